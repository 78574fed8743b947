import type { Intent } from './intents';
import { domainMessages } from '../i18n';
import type { Locale } from './next-steps';

/** Intents that should raise a risk alert to the rep's manager (credit and logistics exposure). */
export const RISK_INTENTS: readonly Intent[] = ['payment_extension', 'order_split'];

export function isRiskIntent(intent: Intent): boolean {
  return RISK_INTENTS.includes(intent);
}

/** The risk signals among these intents, in a stable order. */
export function riskSignals(intents: readonly Intent[]): Intent[] {
  return RISK_INTENTS.filter((risk) => intents.includes(risk));
}

// Verb phrases per intent; "asks for a sample and lead time" / "询问样品和交期".
const PHRASES: Record<Intent, Record<Locale, { verb: string; object: string }>> = {
  greeting: { en: { verb: 'says', object: 'hello' }, zh: { verb: '', object: '打招呼' } },
  price_inquiry: { en: { verb: 'asks for', object: 'a price' }, zh: { verb: '询问', object: '价格' } },
  quote_revision: { en: { verb: 'asks for', object: 'a revised quote' }, zh: { verb: '要求', object: '修改报价' } },
  discount_request: { en: { verb: 'asks for', object: 'a discount' }, zh: { verb: '要求', object: '降价' } },
  competitor_mention: { en: { verb: 'mentions', object: 'a competitor' }, zh: { verb: '提到', object: '竞争对手' } },
  moq: { en: { verb: 'asks for', object: 'the MOQ' }, zh: { verb: '询问', object: '起订量' } },
  sample_request: { en: { verb: 'asks for', object: 'a sample' }, zh: { verb: '询问', object: '样品' } },
  lead_time: { en: { verb: 'asks for', object: 'lead time' }, zh: { verb: '询问', object: '交期' } },
  shipping: { en: { verb: 'asks for', object: 'shipping' }, zh: { verb: '询问', object: '运输' } },
  payment_terms: { en: { verb: 'asks for', object: 'payment terms' }, zh: { verb: '询问', object: '付款方式' } },
  payment_extension: { en: { verb: 'asks for', object: 'longer payment terms' }, zh: { verb: '要求', object: '延期付款' } },
  order_confirmation: { en: { verb: 'confirms', object: 'the order' }, zh: { verb: '确认', object: '下单' } },
  order_split: { en: { verb: 'asks for', object: 'a split order' }, zh: { verb: '要求', object: '拆单' } },
  complaint: { en: { verb: 'complains about', object: 'the goods or delivery' }, zh: { verb: '投诉', object: '货物或交付问题' } },
  customization: { en: { verb: 'asks for', object: 'customisation' }, zh: { verb: '询问', object: '定制' } },
  certification: { en: { verb: 'asks for', object: 'certificates' }, zh: { verb: '询问', object: '认证证书' } },
  catalog_request: { en: { verb: 'asks for', object: 'the catalogue' }, zh: { verb: '索要', object: '产品目录' } },
  opt_out: { en: { verb: 'asks', object: 'not to be contacted' }, zh: { verb: '要求', object: '不再联系' } },
  other: { en: { verb: 'sent', object: 'a message' }, zh: { verb: '发来', object: '消息' } },
};

function joinList(items: string[], locale: Locale): string {
  if (locale === 'zh') return items.join('和').replace(/和(?=.*和)/g, '、');
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A short phrase for notifications: consecutive intents sharing a verb are merged
 * (["sample_request","lead_time"] → "asks for a sample and lead time" / "询问样品和交期").
 */
export function describeIntents(intents: readonly Intent[], locale: Locale): string {
  // A greeting next to a real ask is not worth a word in a notification.
  const unique = [...new Set(intents)];
  const list = unique.filter((i) => (i !== 'other' && i !== 'greeting') || unique.length === 1);
  if (list.length === 0) list.push('other');
  const groups: Array<{ verb: string; objects: string[] }> = [];
  for (const intent of list) {
    const { verb, object } = PHRASES[intent][locale];
    const same = groups.find((g) => g.verb === verb);
    if (same) same.objects.push(object);
    else groups.push({ verb, objects: [object] });
  }
  const parts = groups.map((g) => {
    const objects = joinList(g.objects, locale);
    return domainMessages(locale).leads.intentPhrase({ verb: g.verb, objects });
  });
  if (locale === 'zh') return parts.join('，');
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
}
