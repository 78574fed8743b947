import type { SalesErrorCode } from '../../domain/errors';
import type { Localized } from '../../domain/i18n';

// Words for quote, rate, approval, pipeline and order errors; spread into the one table in ../error-replies.ts.

type Details = Record<string, unknown>;
type Reply = (d: Details) => string;

const list = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));

const FIELD: Record<string, Localized<string>> = {
  quantity: { en: 'quantity', zh: '数量' },
  price: { en: 'unit price', zh: '单价' },
  cost: { en: 'unit cost', zh: '成本' },
  discount: { en: 'discount', zh: '折扣' },
  margin: { en: 'margin', zh: '毛利率' },
};
const field = (d: Details, locale: 'en' | 'zh') => FIELD[String(d.field)]?.[locale] ?? String(d.field ?? '');

// Each part of a proforma invoice a rep types: its name, and what a valid one looks like
const DOCUMENT_FIELD: Record<string, Localized<[string, string]>> = {
  hsCode: { en: ['HS code', 'give 6, 8 or 10 digits, e.g. "HS 9405.42"'], zh: ['HS 编码', '请写 6、8 或 10 位数字，如 "HS 9405.42"'] },
  spec: { en: ['specification', 'write it in quotes after the product, at most 500 characters, e.g. LED-600 "600x600 mm, 40 W" x2000 @3.20'], zh: ['规格', '写在产品名后的引号内，最多 500 字，如 LED-600 "600x600 mm, 40 W" x2000 @3.20'] },
  portOfLoading: { en: ['port of loading', 'give a port name, e.g. "POL Ningbo"'], zh: ['装运港', '请写港口名，如 "装运港 宁波"'] },
  portOfDestination: { en: ['port of destination', 'give a port name, e.g. "POD Hamburg"'], zh: ['目的港', '请写港口名，如 "目的港 Hamburg"'] },
  leadTime: { en: ['lead time', 'give days or weeks (1–365 days), e.g. "lead time 25 days" or "lead time 30 days after deposit"'], zh: ['交期', '请写天数或周数（1–365 天），如 "交期 25天" 或 "交期 收到定金后30天"'] },
  packing: { en: ['packing', 'describe it in at most 300 characters, e.g. packing "10 pcs/carton, 40 cartons/pallet"'], zh: ['包装', '最多 300 字，如 包装 "10只/箱，40箱/托"'] },
  address: { en: ['address', 'give the address in at most 500 characters'], zh: ['地址', '请写地址，最多 500 字'] },
};
const document = (d: Details, locale: 'en' | 'zh') => DOCUMENT_FIELD[String(d.field)]?.[locale] ?? [String(d.field), ''];

const STATUS: Localized<Record<string, string>> = {
  en: { approved: 'approved', rejected: 'rejected', changes_requested: 'sent back for changes', superseded: 'replaced by a newer version', cancelled: 'cancelled', pending: 'still pending', draft: 'a draft' },
  zh: { approved: '已批准', rejected: '已拒绝', changes_requested: '已退回修改', superseded: '已被新版本取代', cancelled: '已取消', pending: '仍在审批中', draft: '草稿' },
};
const status = (d: Details, locale: 'en' | 'zh') => STATUS[locale][String(d.status)] ?? String(d.status);

export const SALES_ERROR_REPLIES: Record<SalesErrorCode, Localized<Reply>> = {
  INVALID_INCOTERM: {
    en: (d) => `${d.value ? `"${d.value}" is not an Incoterm` : 'The Incoterm is missing'}. Use one of: ${list(d.valid)}. Nothing was saved.`,
    zh: (d) => `${d.value ? `"${d.value}" 不是有效的贸易术语` : '缺少贸易术语'}。可用：${list(d.valid)}。未保存。`,
  },
  INVALID_AMOUNT: {
    en: (d) => `The ${field(d, 'en')} "${d.value}" is not valid: it must be a positive number${d.field === 'discount' ? ' below 100' : ''}. Nothing was saved.`,
    zh: (d) => `${field(d, 'zh')} "${d.value}" 无效：必须是正数${d.field === 'discount' ? '且小于 100' : ''}。未保存。`,
  },
  INVALID_CURRENCY: {
    en: (d) => `${d.value ? `"${d.value}" is not a currency code` : 'The currency is missing'}: use an ISO code such as USD, EUR, CNY.`,
    zh: (d) => `${d.value ? `"${d.value}" 不是货币代码` : '缺少币种'}：请使用 USD、EUR、CNY 等 ISO 代码。`,
  },
  INVALID_RATE: {
    en: (d) => `"${d.value}" is not a valid exchange rate (a positive number with at most 8 decimals).`,
    zh: (d) => `"${d.value}" 不是有效汇率（正数，最多 8 位小数）。`,
  },
  NO_RATE: {
    en: (d) => `There is no exchange rate from ${d.from} to ${d.to}, so the quote cannot be converted. Nothing was saved. An admin can set one: crm rates set ${d.from}/${d.to} <rate>`,
    zh: (d) => `没有 ${d.from} 兑 ${d.to} 的汇率，无法换算报价，未保存。请管理员设置：crm rates set ${d.from}/${d.to} <汇率>`,
  },
  INVALID_PAYMENT_TERMS: {
    en: (d) => `The payment terms "${d.value}" add up to ${d.total}%, not 100%. Nothing was saved.`,
    zh: (d) => `付款条件 "${d.value}" 合计 ${d.total}%，不是 100%。未保存。`,
  },
  INVALID_FIELD: {
    en: (d) => `The ${document(d, 'en')[0]} "${d.value}" is not valid: ${document(d, 'en')[1]}. Nothing was saved.`,
    zh: (d) => `${document(d, 'zh')[0]} "${d.value}" 无效：${document(d, 'zh')[1]}。未保存。`,
  },
  INVALID_VALIDITY: {
    en: (d) => `"${d.value}" is not a validity: give a whole number of days from 1 to 365, e.g. "valid 15d". Nothing was saved.`,
    zh: (d) => `"${d.value}" 不是有效期：请写 1 到 365 的整数天数，如 "valid 15d"。未保存。`,
  },
  CUSTOMER_NOT_OWNED: {
    en: (d) => `#${d.id} ${d.name} is ${d.owner ? `owned by ${d.owner}` : 'not owned by anyone (public pool)'}; you can only quote or order for your own customers${d.owner ? '' : ' — claim it first'}. Nothing was saved.`,
    zh: (d) => `#${d.id} ${d.name} ${d.owner ? `的负责人是 ${d.owner}` : '当前无负责人（公海）'}，您只能为自己的客户报价或下单${d.owner ? '' : '，请先认领'}。未保存。`,
  },
  QUOTE_NOT_FOUND: {
    en: (d) => `No quote "${d.ref}" that you can see.`,
    zh: (d) => `找不到您可查看的报价 "${d.ref}"。`,
  },
  QUOTE_NOT_APPROVED: {
    en: (d) => `Quote ${d.ref} is ${status(d, 'en')}; only an approved quote version can ${d.purpose === 'send' ? 'be sent to the buyer' : 'become an order'}.`,
    zh: (d) => `报价 ${d.ref} ${status(d, 'zh')}，只有已批准的报价版本才能${d.purpose === 'send' ? '发送给买家' : '转为订单'}。`,
  },
  APPROVAL_NOT_FOUND: {
    en: () => 'That approval request no longer exists.',
    zh: () => '该审批请求已不存在。',
  },
  APPROVAL_NOT_YOURS: {
    en: () => 'This approval is assigned to someone else; nothing was changed.',
    zh: () => '该审批不是分配给您的，未做任何更改。',
  },
  APPROVAL_NOT_YOUR_TURN: {
    en: (d) => `Quote ${d.quote} is still waiting for an earlier approval step; nothing was changed.`,
    zh: (d) => `报价 ${d.quote} 仍在等待前一步审批，未做任何更改。`,
  },
  APPROVAL_ALREADY_DECIDED: {
    en: (d) => `Quote ${d.quote} is already ${status(d, 'en')}${d.by ? ` by ${d.by}` : ''}${typeof d.at === 'string' ? ` at ${d.at.slice(0, 16).replace('T', ' ')} UTC` : ''}; nothing was changed.`,
    zh: (d) => `报价 ${d.quote} 已${d.by ? `由 ${d.by} ` : ''}${status(d, 'zh')}${typeof d.at === 'string' ? `（${d.at.slice(0, 16).replace('T', ' ')} UTC）` : ''}，未做任何更改。`,
  },
  INVALID_APPROVAL_RULES: {
    en: (d) => `Approval rules refused, nothing was changed:\n- ${list(d.problems).split(', ').join('\n- ')}`,
    zh: (d) => `审批规则未保存：\n- ${list(d.problems).split(', ').join('\n- ')}`,
  },
  NO_APPROVER: {
    en: (d) => `Nobody can approve as ${d.role}: add a team member with that role or duty. Nothing was saved.`,
    zh: (d) => `没有可担任 ${d.role} 审批的人：请添加该角色或职责的成员。未保存。`,
  },
  COMMENT_REQUIRED: {
    en: () => 'Please give a reason: rejections and change requests need a comment.',
    zh: () => '请填写理由：拒绝或要求修改需要附意见。',
  },
  CONFLICT: {
    en: () => 'Someone else changed this at the same moment; nothing was changed. Please look again and retry.',
    zh: () => '他人同时修改了此记录，本次未做更改。请刷新后重试。',
  },
  INVALID_STAGE: {
    en: (d) => `"${d.value}" is not a stage. Stages: ${list(d.valid)}.`,
    zh: (d) => `"${d.value}" 不是有效阶段。可用：线索、已联系、已报价、样品、成交、丢单（${list(d.valid)}）。`,
  },
  LOST_REASON_REQUIRED: {
    en: (d) => `${d.value ? `"${d.value}" is not a reason. ` : ''}Say why it was lost: ${list(d.valid)}.`,
    zh: (d) => `${d.value ? `"${d.value}" 不是有效原因。` : ''}请注明丢单原因：价格、交期、质量、竞争对手、客户未回复、其他（${list(d.valid)}）。`,
  },
  ORDER_NOT_FOUND: {
    en: (d) => `No order "${d.ref}" that you can update.`,
    zh: (d) => `找不到您可更新的订单 "${d.ref}"。`,
  },
  ORDER_EXISTS: {
    en: (d) => `This quote version is already order #${d.id} (${d.pi}); nothing was created.`,
    zh: (d) => `该报价版本已生成订单 #${d.id}（${d.pi}），未重复创建。`,
  },
  ORDER_CLOSED: {
    en: (d) => `Order ${d.pi} is ${d.status}; it can no longer change.`,
    zh: (d) => `订单 ${d.pi} 已${d.status === 'cancelled' ? '取消' : '完结'}，不能再更改。`,
  },
  INVALID_ORDER_STATUS: {
    en: (d) => `"${d.value}" is not an order status. Use: ${list(d.valid)}.`,
    zh: (d) => `"${d.value}" 不是订单状态。可用：定金到账、生产中、已发货、尾款到账、完成、取消（${list(d.valid)}）。`,
  },
};
