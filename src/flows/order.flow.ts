import { DomainError } from '../domain/errors';
import { STATUS_NAMES, TELL_BUYER, type OrderStatus } from '../domain/orders/order-messages';
import { dec, formatAmount } from '../domain/rates/decimal';
import { truncateForEcho } from '../domain/i18n';
import { defineAction, defineCommand, requireActionRecordId } from './command';
import { messages } from './i18n';

type Args =
  | { kind: 'create'; customer: string; quoteNumber?: string; version?: number }
  | { kind: 'status'; ref: string; status: string; note?: string };

const FROM_QUOTE = /^(.+?)\s+(?:from\s+quote|from|从报价|报价)\s*(Q-\d{4}-\d{4,})?\s*(?:v(\d+))?\s*$/i;
const ORDER_REF = /^(#?\d+|PI-\d{4}-\d{4,})$/i;

function parseOrderArgs(args: string): Args {
  const text = args.trim();
  const [first = '', second = '', ...rest] = text.split(/\s+/);
  if (ORDER_REF.test(first) && second) return { kind: 'status', ref: first, status: second, note: rest.join(' ') || undefined };
  const m = FROM_QUOTE.exec(text);
  if (m) return { kind: 'create', customer: m[1].trim(), quoteNumber: m[2], version: m[3] ? Number(m[3]) : undefined };
  if (!text) throw new DomainError('BAD_ARGUMENTS', { missing: 'customer' });
  return { kind: 'create', customer: text };
}

const money = (amount: string, currency: string) => `${formatAmount(dec(amount))} ${currency}`;

/** `/order <customer> from quote v2` makes an order; `/order 1042 shipped BL MSKU1234567` moves one along. */
export const orderCommand = defineCommand<Args>({
  name: 'order',
  aliases: ['订单', '下单'],
  parse: parseOrderArgs,
  async handle(ctx, args) {
    const m = messages(ctx.locale).order;
    if (args.kind === 'status') {
      const r = await ctx.services.orders.updateStatus(ctx.actor, ctx.message.channel, args.ref, args.status, args.note);
      const status = STATUS_NAMES[ctx.locale][r.status as OrderStatus];
      const bl = r.blNumber ? m.bl({ bl: r.blNumber }) : '';
      const due = r.order.balanceDueAt && r.status === 'shipped'
        ? m.balanceDue({ balance: money(r.order.balance, r.order.currency), date: r.order.balanceDueAt.toISOString().slice(0, 10) })
        : '';
      const tell = [{ label: m.tellBuyer, action: `${TELL_BUYER}${r.order.id}`, value: String(r.order.id) }];
      return ctx.reply(m.status({ id: r.order.id, pi: r.order.piNumber, status, bl, due }), { buttons: tell });
    }
    const r = await ctx.services.orders.createFromQuote(ctx.actor, ctx.message.channel, { customerRef: args.customer, quoteNumber: args.quoteNumber, version: args.version });
    const o = r.order;
    const handoffs = r.handoffs.map((h) => `${h.duty}: ${h.name}`).join(m.handoffSeparator);
    await ctx.reply(m.created({
      id: o.id, pi: o.piNumber, customer: o.customerName, quote: r.quote.number, version: r.quote.version,
      amount: money(o.amount, o.currency), depositPct: r.depositPct, deposit: money(o.deposit, o.currency), balance: money(o.balance, o.currency), handoffs,
    }));
  },
});

/** "Tell the buyer": the order's state in plain words, sent on the buyer's own chat through the inbox (reply window and visibility apply). */
export const tellBuyerAction = defineAction({
  id: TELL_BUYER,
  async handle(ctx, value, id) {
    const orderId = requireActionRecordId(value, id);
    const { text, customerId } = await ctx.services.orders.buyerUpdate(orderId);
    const sent = await ctx.services.inbox.reply(ctx.actor, ctx.message.channel, `#${customerId}`, text, ctx.runKey);
    const who = `#${sent.customer.id} ${sent.customer.name}`;
    if (sent.status === 'queued') return ctx.reply(messages(ctx.locale).common.buyerQueued({ who, channel: sent.channel }));
    await ctx.reply(messages(ctx.locale).order.buyerTold({ who, channel: sent.channel, text: truncateForEcho(text, 120) }));
  },
});
