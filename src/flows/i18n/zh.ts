import type { Catalogue } from './en';

// The words of the chat flows in Chinese; keys and parameters come from ./en.ts.
export const zh = {
  common: {
    noCommand: '没有识别到命令。发送 /help 查看可用命令。',
    privatePointer: ({ name }) => `🔒 已私信回复${name ? ` ${name}` : '您'}。`,
    privateUnreachable: '🔒 客户资料只能私信发送：请先与我开始私聊（打开机器人并点击"开始"），然后再发一次命令。',
  },
  help: {
    header: 'Quayside 命令：',
    stranger: '您好！这是 Quayside 销售助手。团队成员请先发送 /link <绑定码> 绑定账号。',
  },
  link: {
    linked: ({ name }) => `已绑定：${name}。发送 /help 查看命令。`,
  },
  language: {
    changed: '好的，之后用中文回复。',
  },
  task: {
    done: ({ id, title }) => `✓ 已完成 #${id} ${title}`,
    reassigned: ({ id, member }) => `👥 已把 #${id} 转交给 ${member}`,
  },
  customer: {
    contactAdded: ({ who, contact, role }) => `已为 ${who} 添加联系人 ${contact}（${role}）。`,
    addressSaved: ({ who, address }) => `已保存 ${who} 的地址：${address}\n之后的形式发票（PI）都会印上此地址。`,
    logged: ({ who, text }) => `已记录到 ${who}：${text}`,
    replySent: ({ who, channel, text }) => `已通过 ${channel} 发送给 ${who}：${text}`,
    claimed: ({ who, until }) => `已认领 ${who}，您是负责人。保护期至 ${until}（期间不会被释放）。`,
  },
  clash: {
    createAnyway: '仍然创建',
    requestTransfer: ({ id, owner }) => `申请转移${id !== undefined ? ` #${id}` : ''}（找 ${owner}）`,
  },
  stage: {
    undone: ({ who, from, to }) => `已撤销：${who} 的商机阶段 ${from} → ${to}。`,
    wonConfirmed: ({ who }) => `已确认成交：${who}。`,
    alreadyAt: ({ who, stage }) => `${who} 已处于「${stage}」阶段。`,
    moved: ({ who, from, to, reason }) => `${who}：${from} → ${to}${reason ? `（原因：${reason}）` : ''}`,
  },
  routing: {
    onIt: ({ who, due, releaseDate }) =>
      `好的：已为 ${who} 创建跟进任务（截止 ${due} UTC）。请在 ${releaseDate} 前跟进，否则将释放到公海。`,
    slaReassigned: ({ customerId, member, reason }) => `已改派 #${customerId} 给 ${member}（${reason}）。`,
    weightsByConversion: '已改为按近 90 天转化率计算权重（每日更新）。',
    weightsUpdated: '权重已更新。',
  },
} satisfies Catalogue;
