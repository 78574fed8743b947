import type { Localized } from '../i18n';
import { lookupTable } from '../text/lookup-table';

export const STAGES = ['lead', 'contacted', 'quoted', 'sample', 'won', 'lost'] as const;
export type Stage = (typeof STAGES)[number];

export const LOST_REASONS = ['price', 'lead_time', 'quality', 'competitor', 'no_reply', 'other'] as const;
export type LostReason = (typeof LOST_REASONS)[number];

/** Names reps type, in both languages. */
const STAGE_ALIASES: Record<string, Stage> = lookupTable({
  lead: 'lead', 线索: 'lead', contacted: 'contacted', contact: 'contacted', 已联系: 'contacted', 联系: 'contacted',
  quoted: 'quoted', quote: 'quoted', 已报价: 'quoted', 报价: 'quoted', sample: 'sample', samples: 'sample', 样品: 'sample', 打样: 'sample',
  won: 'won', win: 'won', 成交: 'won', 赢单: 'won', lost: 'lost', lose: 'lost', 丢单: 'lost', 输单: 'lost',
});

const REASON_ALIASES: Record<string, LostReason> = lookupTable({
  price: 'price', 价格: 'price', lead_time: 'lead_time', 'lead-time': 'lead_time', leadtime: 'lead_time', 交期: 'lead_time',
  quality: 'quality', 质量: 'quality', competitor: 'competitor', 竞争对手: 'competitor', 对手: 'competitor',
  no_reply: 'no_reply', 'no-reply': 'no_reply', noreply: 'no_reply', 不回复: 'no_reply', 没回复: 'no_reply', other: 'other', 其他: 'other',
});

export function toStage(text: string): Stage | null {
  return STAGE_ALIASES[text.trim().toLowerCase()] ?? null;
}

export function toLostReason(text: string): LostReason | null {
  return REASON_ALIASES[text.trim().toLowerCase().replace(/\s+/g, '_')] ?? null;
}

/** Position along the funnel; automatic moves only go forward. */
export function stageRank(stage: string): number {
  return STAGES.indexOf(stage as Stage);
}

export const STAGE_NAMES: Localized<Record<Stage, string>> = {
  en: { lead: 'lead', contacted: 'contacted', quoted: 'quoted', sample: 'sample', won: 'won', lost: 'lost' },
  zh: { lead: '线索', contacted: '已联系', quoted: '已报价', sample: '样品', won: '成交', lost: '丢单' },
};

export const LOST_REASON_NAMES: Localized<Record<LostReason, string>> = {
  en: { price: 'price', lead_time: 'lead time', quality: 'quality', competitor: 'competitor', no_reply: 'no reply', other: 'other' },
  zh: { price: '价格', lead_time: '交期', quality: '质量', competitor: '竞争对手', no_reply: '客户未回复', other: '其他' },
};
