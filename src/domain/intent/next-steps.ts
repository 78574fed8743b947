import type { Intent } from './intents';

export type Locale = 'zh' | 'en';

/**
 * What the rep should do next, per intent. One editable table: sales managers change the wording here,
 * in both languages, without touching code.
 */
export const NEXT_STEPS: Record<Intent, Record<Locale, string>> = {
  greeting: { en: 'Greet back within the hour and ask what product and quantity they need.', zh: '一小时内回复问候，并询问所需产品和数量。' },
  price_inquiry: { en: 'Confirm quantity, Incoterm and destination, then send a quote the same day.', zh: '确认数量、贸易术语和目的港，当天发出报价。' },
  quote_revision: { en: 'Check what changed (qty, model, terms), reissue the quote/PI and highlight the changes.', zh: '核对变更内容（数量、型号、条款），重新出报价/PI 并标出改动。' },
  discount_request: { en: 'Ask for target price and volume; offer a tiered price or added value before cutting price; above your limit, request approval.', zh: '先问目标价和数量；优先给阶梯价或增值服务，再考虑降价；超出权限需申请审批。' },
  competitor_mention: { en: 'Do not race on price: stress QC certificates, factory audit reports, references in their market and after-sales support.', zh: '不要直接拼价格：强调质检证书、验厂报告、当地市场的客户案例和售后保障。' },
  moq: { en: 'State the MOQ and offer a trial quantity or mixed models for a first order.', zh: '说明起订量，首单可提供试单数量或混批方案。' },
  sample_request: { en: 'Send the sample policy (fee, refundable on order) and ask for their courier account (DHL/FedEx) and address.', zh: '发送样品政策（样品费，下单可退），并索要客户的快递到付账号（DHL/FedEx）和地址。' },
  lead_time: { en: 'Check the production schedule with the factory before promising a date; give lead time from deposit.', zh: '先与工厂确认排产再承诺日期；交期从收到定金起算。' },
  shipping: { en: 'Confirm Incoterm and destination port; get a freight quote from the forwarder (sea vs air).', zh: '确认贸易术语和目的港；向货代询运费（海运/空运对比）。' },
  payment_terms: { en: 'Send standard terms (e.g. 30% T/T deposit, 70% before shipment) and the company bank details from the template.', zh: '发送标准付款条件（如 30% 电汇定金，70% 发货前付清）及模板中的公司银行信息。' },
  payment_extension: { en: 'Risk: do not agree in chat. Check the buyer\'s history and credit insurance, then ask finance for approval.', zh: '风险提示：不要在聊天中直接答应。先查客户历史和信保额度，再找财务审批。' },
  order_confirmation: { en: 'Send the PI for signature, confirm deposit receipt, then move the deal to "Won" and book production.', zh: '发 PI 让客户签回，确认定金到账后把商机改为“赢单”并安排生产。' },
  order_split: { en: 'Risk: ask why; split shipments/invoices change costs and can hide payment trouble. Re-quote freight and get approval.', zh: '风险提示：问清原因；分批发货/拆票会增加成本，也可能掩盖付款问题。重新核算运费并报批。' },
  complaint: { en: 'Apologise, ask for photos/video and carton numbers, open a QC case today and agree on a remedy.', zh: '先致歉，索要照片/视频和箱号，当天提交质检工单并协商解决方案。' },
  customization: { en: 'Collect logo file, colours (Pantone), specs and packaging needs; check OEM MOQ and mould/plate costs.', zh: '收集 logo 文件、颜色（潘通色号）、规格和包装要求；确认 OEM 起订量和模具/印版费用。' },
  certification: { en: 'Send the relevant certificates and test reports from the document library; check they are valid for their market.', zh: '从资料库发送相关证书和检测报告；确认适用于客户所在市场且在有效期内。' },
  catalog_request: { en: 'Send the current catalogue and price list for their market; ask which lines interest them.', zh: '发送适用于该市场的最新目录和价格表；询问感兴趣的产品线。' },
  opt_out: { en: 'Stop all sequences for this contact now and mark them do-not-contact.', zh: '立即停止对该联系人的所有跟进序列，并标记为“勿联系”。' },
  other: { en: 'Read and reply personally.', zh: '阅读后亲自回复。' },
};

/** The suggested next steps for these intents, in the rep's language, most urgent first (`other` only if alone). */
export function suggestNextSteps(intents: readonly Intent[], locale: Locale): string[] {
  const urgent: Intent[] = ['opt_out', 'complaint', 'payment_extension', 'order_split', 'order_confirmation'];
  const unique = [...new Set(intents)].filter((i) => i !== 'other' || intents.length === 1);
  unique.sort((a, b) => rank(a) - rank(b));
  return unique.map((intent) => NEXT_STEPS[intent][locale]);

  function rank(intent: Intent): number {
    const i = urgent.indexOf(intent);
    return i === -1 ? urgent.length : i;
  }
}
