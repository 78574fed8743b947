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
  format: {
    dateLocale: 'zh-CN',
    dueTime: 'M月d日 (ccc) HH:mm',
  },
  group: {
    members: ({ group, members }) => `集团 ${group}：${members}。`,
    left: ({ who, group }) => `${who} 已移出集团 ${group}。`,
    notInGroup: ({ who }) => `${who} 不属于任何集团。`,
  },
  pool: {
    today: '今日',
    thisWeek: '本周',
    thisMonth: '本月',
    listSeparator: '，',
    footer: ({ left }) => `可认领：${left || '不限'}。认领：/claim <#编号>`,
  },
  audit: {
    head: ({ who, count }) => `${who} 的审计记录（最近 ${count} 条）：`,
    system: '系统',
    nothing: '（无记录）',
  },
  remind: {
    set: ({ id, when, name, title }) => `⏰ 已设提醒 #${id}：${when} 跟进 ${name} —— ${title}`,
  },
  snooze: {
    fromDue: ({ when, due }) => `（${when} 从原到期时间 ${due} 起算）`,
    fromNow: ({ when }) => `（已过期，${when} 从现在起算）`,
    wasDue: ({ due }) => `（原到期 ${due}）`,
    snoozed: ({ id, until, how }) => `⏰ #${id} 推迟到 ${until}${how}`,
  },
  tasks: {
    none: '没有待办任务。用 /remind <客户> <时间>: <内容> 添加提醒。',
    overdue: ({ count }) => `⚠️ 已逾期（${count}）`,
    today: ({ count }) => `📋 今天（${count}）`,
    later: ({ count }) => `🗓 之后（${count}）`,
    hint: '/done <编号> · /snooze <编号> 2d',
  },
  approvalRules: {
    current: '当前审批规则（金额以本位币计）：',
    saved: '✅ 审批规则已更新：',
    howToEdit: '修改：发送 /approvalrules set 加上改好的规则（YAML）：',
  },
  newCustomer: {
    created: ({ who, country, owner }) => `已创建客户 ${who}${country ? `（${country}）` : ''}，负责人：${owner}。`,
    joinedGroup: ({ group, owner }) => `\n属于集团 ${group}（负责人 ${owner ?? '无'}），已加入该集团。`,
    countryUnknown: ({ value }) => `\n无法识别国家 "${value}"：国家留空，已标记 country-unknown，请用 ISO 代码（如 MX）补上。`,
    phoneUnverified: ({ value }) => `\n电话 ${value} 格式可能但无法核实，已保存并标记 phone-unverified。`,
  },
  rule: {
    matched: ({ match, rule, targetType, target }) => `${match} → 规则 ${rule}（${targetType === 'team' ? '团队' : '成员'} ${target}）`,
    removed: ({ name }) => `已删除规则 ${name}。`,
    replacesDefault: '（替换了原默认规则）',
    added: ({ name, match, target, note }) => `已添加规则 ${name}：${match ?? '其余全部'} → ${target}${note}`,
  },
  firstAnswer: {
    head: ({ enabled, quietDays }) => `新买家首次自动回复：${enabled ? '开启' : '关闭'}；买家 ${quietDays} 天未来消息后再来信即视为新对话。`,
    edited: '自定义',
    builtIn: '默认',
    how: '修改（管理员）：/firstanswer <语言> <文本，含 {owner} 和 {when}> | /firstanswer <语言> default | /firstanswer on|off',
    saved: '✅ 首次自动回复已更新。',
  },
  transfer: {
    requested: ({ id, who, owner, notified }) =>
      `已发送转移申请 #${id}：客户 ${who}（负责人 ${owner}）。${notified ? '负责人及其主管将在聊天中审批。' : '暂时无法联系到负责人，申请已记录。'}`,
    approved: ({ id, who, requester }) => `已批准转移申请 #${id}：${who} 现由 ${requester} 负责。`,
    declined: ({ id, who }) => `已拒绝转移申请 #${id}（${who}）。`,
  },
  quote: {
    sentToBuyer: ({ file, who, channel }) => `已通过 ${channel} 将 ${file} 发送给 ${who}，已记入时间线。`,
    newVersionOf: ({ ref, who }) => `${ref} 新版本（${who}）`,
    guidedStart: ({ what }) => `为 ${what} 报价。随时发送"取消"退出。\n`,
    cancelled: '已取消报价，未保存任何内容。',
    created: ({ ref, newVersion }) => `已生成报价 ${ref}${newVersion ? '（新版本，需重新审批）' : ''}。`,
    autoApproved: ({ hasFile }) => `✅ 在自动审批额度内，已批准。${hasFile ? '报价单 PDF 见附件。' : ''}`,
    sentForApproval: ({ chain }) => `⏳ 已提交审批：${chain}。批准后会通知您并发送 PDF。`,
  },
} satisfies Catalogue;
