import { domainMessages, type Locale } from '../i18n';
import { dec, formatAmount } from '../rates/decimal';
import type { OrderRecord } from './order.repository';
import { lookupTable } from '../text/lookup-table';

export const ORDER_STATUSES = ['confirmed', 'deposit_received', 'in_production', 'shipped', 'balance_received', 'closed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const FINAL_STATUSES: readonly OrderStatus[] = ['closed', 'cancelled'];

const STATUS_ALIASES: Record<string, OrderStatus> = lookupTable({
  confirmed: 'confirmed', 已确认: 'confirmed', deposit: 'deposit_received', deposit_received: 'deposit_received', 定金到账: 'deposit_received', 收到定金: 'deposit_received',
  production: 'in_production', in_production: 'in_production', producing: 'in_production', 生产: 'in_production', 生产中: 'in_production',
  shipped: 'shipped', ship: 'shipped', 已发货: 'shipped', 发货: 'shipped', 出运: 'shipped',
  paid: 'balance_received', balance: 'balance_received', balance_received: 'balance_received', 尾款到账: 'balance_received', 收到尾款: 'balance_received',
  closed: 'closed', close: 'closed', 完成: 'closed', 结单: 'closed', cancelled: 'cancelled', canceled: 'cancelled', cancel: 'cancelled', 取消: 'cancelled',
});

export function toOrderStatus(text: string): OrderStatus | null {
  return STATUS_ALIASES[text.trim().toLowerCase()] ?? null;
}

export const STATUS_NAMES: Record<Locale, Record<OrderStatus, string>> = {
  en: { confirmed: 'confirmed', deposit_received: 'deposit received', in_production: 'in production', shipped: 'shipped', balance_received: 'balance received', closed: 'closed', cancelled: 'cancelled' },
  zh: { confirmed: '已确认', deposit_received: '定金已到账', in_production: '生产中', shipped: '已发货', balance_received: '尾款已到账', closed: '已完结', cancelled: '已取消' },
};

/** The button that sends the buyer the order's state (handled by the order flow). */
export const TELL_BUYER = 'order.tell:';

export type Duty = 'merchandiser' | 'warehouse' | 'finance';
export const DUTIES: readonly Duty[] = ['merchandiser', 'warehouse', 'finance'];

const money = (amount: string, currency: string) => `${formatAmount(dec(amount))} ${currency}`;
const day = (d: Date) => d.toISOString().slice(0, 10);

/** The task each role gets when an order is confirmed. */
export function handoffTitle(duty: Duty | 'balance', order: OrderRecord, locale: Locale): string {
  const m = domainMessages(locale).orders;
  const ref = `${order.piNumber} · ${order.customerName}`;
  switch (duty) {
    case 'merchandiser': return m.merchandiser({ ref, amount: money(order.amount, order.currency) });
    case 'warehouse': return m.warehouse({ ref });
    case 'finance': return m.finance({ ref, deposit: money(order.deposit, order.currency) });
    case 'balance': return m.balance({ ref, balance: money(order.balance, order.currency), due: order.balanceDueAt ? day(order.balanceDueAt) : '—' });
  }
}

export function handoffNotice(title: string, due: Date, locale: Locale): string {
  return domainMessages(locale).orders.handoff({ title, due: day(due) });
}

/** What the buyer can be told about their order (sent by whoever owns buyer conversations). */
export function buyerOrderUpdate(order: OrderRecord, note: string | null): string {
  const lines = [`Order update ${order.piNumber}: ${STATUS_NAMES.en[order.status as OrderStatus] ?? order.status}.`];
  if (order.blNumber) lines.push(`B/L number: ${order.blNumber}.`);
  if (order.status === 'shipped' && Number(order.balance) > 0) {
    lines.push(`Balance due: ${money(order.balance, order.currency)}${order.balanceDueAt ? ` by ${day(order.balanceDueAt)}` : ''}.`);
  }
  if (note) lines.push(note);
  return lines.join(' ');
}
