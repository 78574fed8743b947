import { DomainError } from '../domain/errors';
import { STATUS_NAMES, TELL_BUYER, type OrderStatus } from '../domain/orders/order-messages';
import { dec, formatAmount } from '../domain/rates/decimal';
import { truncateForEcho } from '../domain/i18n';
import { defineAction, defineCommand, requireActionRecordId } from './command';

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
  summary: { en: 'turn an approved quote into an order, or update an order', zh: '将已批准报价转为订单，或更新订单状态' },
  usage: {
    en: '/order <customer> from quote [Q-number] v<n>  ·  /order <order id or PI> deposit|production|shipped [BL <no.>]|paid|closed|cancelled',
    zh: '/order <客户> from quote [报价编号] v<版本>  ·  /order <订单号或PI号> 定金到账|生产中|已发货 [BL <提单号>]|尾款到账|完成|取消',
  },
  parse: parseOrderArgs,
  async handle(ctx, args) {
    const zh = ctx.locale === 'zh';
    if (args.kind === 'status') {
      const r = await ctx.services.orders.updateStatus(ctx.actor, ctx.message.channel, args.ref, args.status, args.note);
      const status = STATUS_NAMES[ctx.locale][r.status as OrderStatus];
      const bl = r.blNumber ? (zh ? `，提单号 ${r.blNumber}` : `, B/L ${r.blNumber}`) : '';
      const due = r.order.balanceDueAt && r.status === 'shipped'
        ? zh ? `；尾款 ${money(r.order.balance, r.order.currency)} 到期 ${r.order.balanceDueAt.toISOString().slice(0, 10)}，已交财务跟进` : `; balance ${money(r.order.balance, r.order.currency)} due ${r.order.balanceDueAt.toISOString().slice(0, 10)}, handed to finance`
        : '';
      const tell = [{ label: zh ? '告知买家' : 'Tell the buyer', action: `${TELL_BUYER}${r.order.id}`, value: String(r.order.id) }];
      return ctx.reply(zh ? `订单 #${r.order.id} ${r.order.piNumber}：${status}${bl}${due}。` : `Order #${r.order.id} ${r.order.piNumber}: ${status}${bl}${due}.`, { buttons: tell });
    }
    const r = await ctx.services.orders.createFromQuote(ctx.actor, ctx.message.channel, { customerRef: args.customer, quoteNumber: args.quoteNumber, version: args.version });
    const o = r.order;
    const handoffs = r.handoffs.map((h) => `${h.duty}: ${h.name}`).join(zh ? '；' : '; ');
    await ctx.reply(
      zh
        ? `已创建订单 #${o.id}，PI 号 ${o.piNumber}（${o.customerName}，来自报价 ${r.quote.number} v${r.quote.version}）\n金额 ${money(o.amount, o.currency)} · 定金 ${r.depositPct}% ${money(o.deposit, o.currency)} · 尾款 ${money(o.balance, o.currency)}\n已分派：${handoffs || '无（无人负责相关职责）'}`
        : `Order #${o.id} created, PI ${o.piNumber} (${o.customerName}, from quote ${r.quote.number} v${r.quote.version})\nAmount ${money(o.amount, o.currency)} · deposit ${r.depositPct}% ${money(o.deposit, o.currency)} · balance ${money(o.balance, o.currency)}\nHanded off: ${handoffs || 'nobody (no member has those duties)'}`,
    );
  },
});

/** "Tell the buyer": the order's state in plain words, sent on the buyer's own chat through the inbox (reply window and visibility apply). */
export const tellBuyerAction = defineAction({
  id: TELL_BUYER,
  async handle(ctx, value, id) {
    const orderId = requireActionRecordId(value, id);
    const { text, customerId } = await ctx.services.orders.buyerUpdate(orderId);
    const sent = await ctx.services.inbox.reply(ctx.actor, ctx.message.channel, `#${customerId}`, text);
    await ctx.reply(
      ctx.locale === 'zh'
        ? `已通过 ${sent.channel} 告知 #${sent.customer.id} ${sent.customer.name}：${truncateForEcho(text, 120)}`
        : `Told #${sent.customer.id} ${sent.customer.name} on ${sent.channel}: ${truncateForEcho(text, 120)}`,
    );
  },
});
