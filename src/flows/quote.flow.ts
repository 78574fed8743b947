import { DomainError, isDomainError } from '../domain/errors';
import { parseDelivery, parseDetails, parseItem, parsePaymentTerms, parseQuoteLine, parseValidDays, type QuoteInput, type QuoteLineInput } from '../domain/quotes/quote-terms';
import type { OutboundFile } from '../domain/channel-contract';
import { defineAction, defineCommand, requireActionRecordId, splitHead, type ConversationFlow } from './command';
import { quoteRef } from '../domain/quotes/quote-text';
import { QUOTE_SEND_ACTION, sendToBuyerButton } from '../domain/quotes/send-button';
import type { Locale } from '../domain/i18n';
import type { MemberContext } from './context';
import { errorReply } from './error-replies';
import { quoteCreatedText } from './format/quote.format';
import { replyQuoteCopy, replyQuoteHistory } from './quote-history.flow';
import { messages } from './i18n';

export const QUOTE_FLOW = 'quote';

type Args = { customer: string; input: QuoteInput | null; send?: boolean; mode?: 'history' | 'pdf' };

const SEND = /^(?:send|发送)\s+(.+)$/i;
// no colon after the target: "/quote History Lights Ltd: LED-600 …" is a quote for a customer, not a history
const HISTORY = /^(?:history|versions|历史|版本)\s+([^:：]+)$/i;
const PDF = /^(?:pdf|copy|副本)\s+([^:：]+)$/i;

/** Creates the quote and answers with its summary, approval status and (when approved) the PDF. */
async function createAndReply(ctx: MemberContext, customer: string, input: QuoteInput) {
  const result = await ctx.services.quotes.create(ctx.actor, ctx.message.channel, customer, input);
  let files: OutboundFile[] | undefined;
  if (result.auto && ctx.capabilities.files) files = [await ctx.services.quotePdf(result.quote)];
  // an approved quote can go to the buyer with one press
  const buttons = result.auto && ctx.capabilities.buttons ? [sendToBuyerButton(result.quote.id, ctx.locale)] : undefined;
  await ctx.reply(quoteCreatedText(result, ctx.locale, Boolean(files)), { files, buttons });
}

/** `/quote send Q-2026-0001 [v2]` (or a customer: their latest quote): the approved PDF to the buyer's own chat. */
async function sendToBuyer(ctx: MemberContext, ref: string) {
  const { customer, channel, file, status } = await ctx.services.quoteDelivery.send(ctx.actor, ref, ctx.runKey);
  const who = `#${customer.id} ${customer.name}`;
  if (status === 'queued') return ctx.reply(messages(ctx.locale).common.buyerQueued({ who, channel }));
  await ctx.reply(messages(ctx.locale).quote.sentToBuyer({ file: file.name, who, channel }));
}

/** The "Send to buyer" button on an approved quote. */
export const quoteSendAction = defineAction({
  id: QUOTE_SEND_ACTION,
  async handle(ctx, value, id) {
    const quoteId = requireActionRecordId(value, id);
    const quote = await ctx.services.quotes.byId(quoteId);
    if (!quote) throw new DomainError('QUOTE_NOT_FOUND', { ref: String(quoteId) });
    await sendToBuyer(ctx, quoteRef(quote));
  },
});

/** `/quote Acme: LED-600 x2000 @3.20 USD FOB Ningbo, 30% deposit, 70% against BL copy, valid 15d`, or `/quote Acme` to be asked step by step. */
export const quoteCommand = defineCommand<Args>({
  name: 'quote',
  aliases: ['报价'],
  parse(args) {
    const send = SEND.exec(args.trim());
    if (send) return { customer: send[1].trim(), input: null, send: true };
    const history = HISTORY.exec(args.trim());
    if (history) return { customer: history[1].trim(), input: null, mode: 'history' };
    const pdf = PDF.exec(args.trim());
    if (pdf) return { customer: pdf[1].trim(), input: null, mode: 'pdf' };
    const head = splitHead(args);
    if (!head) {
      if (!args.trim()) throw new DomainError('BAD_ARGUMENTS', { missing: 'customer' });
      return { customer: args.trim(), input: null };
    }
    const [customer, rest] = head;
    if (!customer) throw new DomainError('BAD_ARGUMENTS', { missing: 'customer' });
    return { customer, input: rest ? parseQuoteLine(rest) : null };
  },
  async handle(ctx, args) {
    if (args.send) return sendToBuyer(ctx, args.customer);
    if (args.mode === 'history') return replyQuoteHistory(ctx, args.customer);
    if (args.mode === 'pdf') return replyQuoteCopy(ctx, args.customer);
    if (args.input) return createAndReply(ctx, args.customer, args.input);
    const target = await ctx.services.quotes.checkTarget(ctx.actor, args.customer);
    await ctx.services.conversations.startFlow(ctx.message.channel, ctx.message.chatId, QUOTE_FLOW, { customer: target.revising ?? `#${target.id}`, step: 'items', lines: [] });
    const what = target.revising
      ? messages(ctx.locale).quote.newVersionOf({ ref: target.revising, who: `#${target.id} ${target.name}` })
      : `#${target.id} ${target.name}`;
    await ctx.reply(
      messages(ctx.locale).quote.guidedStart({ what }) + prompt('items', ctx.locale),
    );
  },
});

type Step = 'items' | 'delivery' | 'payment' | 'validity' | 'notes';
interface GuidedState {
  customer: string;
  step: Step;
  lines: QuoteLineInput[];
  currency?: string;
  incoterm?: string;
  port?: string;
  paymentTerms?: string;
  validDays?: number;
  portOfLoading?: string;
  portOfDestination?: string;
  leadTime?: string;
  packing?: string;
  [key: string]: unknown;
}

// the question of each step of the guided quote, and the one after a product was added
const prompt = (step: Step | 'more', locale: Locale) => messages(locale).quotePrompts[step];

const isWord = (text: string, words: string[]) => words.includes(text.trim().toLowerCase());
const SKIP = ['skip', '跳过', '无', '-', 'none'];
const DONE = ['done', '完成', '好了', 'ok'];
const CANCEL = ['cancel', '取消', 'stop'];

/** The guided quote: one question per step, each answer checked by the same parsers as the one-line form. */
export const quoteConversation: ConversationFlow = {
  name: QUOTE_FLOW,
  async continue(ctx, data) {
    const state = data as GuidedState;
    const text = ctx.message.text.trim();
    const { channel, chatId } = ctx.message;
    if (isWord(text, CANCEL)) {
      await ctx.services.conversations.endFlow(channel, chatId);
      return ctx.reply(messages(ctx.locale).quote.cancelled);
    }
    const skip = isWord(text, SKIP);
    let next: Step | 'create' = state.step;
    try {
      switch (state.step) {
        case 'items':
          if (isWord(text, DONE)) {
            if (!state.lines.length) throw new DomainError('BAD_ARGUMENTS', { missing: 'lines' });
            next = 'delivery';
          } else {
            state.lines = [...state.lines, ...text.split(/\s*[;；]\s*/).filter(Boolean).map(parseItem)];
          }
          break;
        case 'delivery':
          Object.assign(state, parseDelivery(text));
          next = 'payment';
          break;
        case 'payment':
          if (!skip) state.paymentTerms = parsePaymentTerms(text).text;
          next = 'validity';
          break;
        case 'validity':
          if (!skip) state.validDays = parseValidDays(text);
          next = 'notes';
          break;
        case 'notes':
          if (!skip) Object.assign(state, parseDetails(text));
          next = 'create';
          break;
      }
    } catch (error) {
      if (!isDomainError(error)) throw error;
      // a bad answer is explained and the same question asked again; nothing is lost
      return ctx.reply(`${errorReply(error, ctx.locale)}\n${prompt(state.step, ctx.locale)}`);
    }
    if (next === 'create') {
      await ctx.services.conversations.endFlow(channel, chatId);
      const input: QuoteInput = {
        lines: state.lines, currency: state.currency!, incoterm: state.incoterm!, port: state.port,
        paymentTerms: state.paymentTerms, validDays: state.validDays, notes: typeof state.notes === 'string' ? state.notes : undefined,
        portOfLoading: state.portOfLoading, portOfDestination: state.portOfDestination, leadTime: state.leadTime, packing: state.packing,
      };
      return createAndReply(ctx, state.customer, input);
    }
    await ctx.services.conversations.startFlow(channel, chatId, QUOTE_FLOW, { ...state, step: next } as never);
    await ctx.reply(state.step === 'items' && next === 'items' ? prompt('more', ctx.locale) : prompt(next, ctx.locale));
  },
};
