import type { Catalogue } from './en';

// states of wake-up sequences and their messages, as stored
const SEQUENCE_STATUS: Record<string, string> = {
  active: '进行中', paused: '已暂停', stopped: '已停止', completed: '已完成', pending: '待发送', sending: '发送中', sent: '已发送', skipped: '已跳过', failed: '失败',
};

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
    matched: ({ match, rule, kind, target }) => `${match} → 规则 ${rule}（${kind} ${target}）`,
    team: '团队',
    member: '成员',
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
  quoteHistory: {
    statusNames: { approved: '已批准', pending: '审批中', draft: '草稿', rejected: '已拒绝', changes_requested: '已退回修改', superseded: '已被新版本取代' },
    validUntil: ({ date }) => ` · 有效期至 ${date}`,
    none: ({ who }) => `${who} 还没有报价。`,
    head: ({ who }) => `${who} 的报价（每个版本都保留）：`,
    howToGet: ({ number, version }) => `取回某个版本的 PDF：/quote pdf ${number} v${version}；发送已批准的版本给买家：/quote send ${number}`,
    noFiles: '此聊天渠道不能接收文件：请在可接收文件的渠道（Telegram、Slack、WhatsApp、终端）中使用 /quote pdf。',
    notApproved: ({ status }) => `（${status}，PDF 上已标明）`,
    copy: ({ number, version, note }) => `${number} v${version} 的形式发票${note}，仅发给您。`,
  },
  order: {
    bl: ({ bl }) => `，提单号 ${bl}`,
    balanceDue: ({ balance, date }) => `；尾款 ${balance} 到期 ${date}，已交财务跟进`,
    tellBuyer: '告知买家',
    status: ({ id, pi, status, bl, due }) => `订单 #${id} ${pi}：${status}${bl}${due}。`,
    handoffSeparator: '；',
    created: (p) =>
      `已创建订单 #${p.id}，PI 号 ${p.pi}（${p.customer}，来自报价 ${p.quote} v${p.version}）\n金额 ${p.amount} · 定金 ${p.depositPct}% ${p.deposit} · 尾款 ${p.balance}\n已分派：${p.handoffs || '无（无人负责相关职责）'}`,
    buyerTold: ({ who, channel, text }) => `已通过 ${channel} 告知 ${who}：${text}`,
  },
  merge: {
    confirm: ({ source, target, differences }) => `确定将 ${source} 合并到 ${target} 吗？两者${differences}。尚未合并。`,
    differenceSeparator: '，',
    mergeAnyway: '仍然合并',
    cancel: '取消',
    countries: ({ source, target }) => `国家不同（${source} / ${target}）`,
    owners: ({ source, target }) => `负责人不同（${source} / ${target}）`,
    publicPool: '公海',
    merged: (p) =>
      `已将 ${p.source} 合并到 ${p.target}（合并 #${p.mergeId}）：联系人 ${p.contacts}、沟通 ${p.communications}、商机 ${p.opportunities}、报价 ${p.quotes}、订单 ${p.orders}、任务 ${p.tasks}、标签 ${p.tags}。原名称保留为别名。30 天内可用 /unmerge ${p.mergeId} 撤销。`,
    cancelled: '已取消，未合并。',
    unmerged: ({ mergeId, source, target }) => `已撤销合并 #${mergeId}：${source} 与 ${target} 重新分开。`,
  },
  sequence: {
    paused: '已暂停',
    resumed: '已恢复',
    stopped: '已停止',
    changed: ({ who, verb }) => `${who} 的唤醒序列${verb}。`,
    none: ({ who }) => `${who} 没有唤醒序列。`,
    status: ({ status }) => (Object.hasOwn(SEQUENCE_STATUS, status) ? SEQUENCE_STATUS[status] : status),
    head: ({ who, status, reason, started }) => `${who} 唤醒序列：${status}${reason ? `（${reason}）` : ''}，开始于 ${started}`,
    step: ({ step, status, at, channel, error }) => `  第 ${step} 步：${status} ${at}${channel ? ` ${channel}` : ''}${error ? `（${error}）` : ''}`,
    pause: '暂停',
    resume: '恢复',
  },
  taskActions: {
    snoozedADay: ({ id }) => `⏰ #${id} 推迟一天。其他时间：/snooze ${id} 3d`,
    latestFromBuyer: ({ channel, text }) => `最新来信（${channel}）：“${text}”`,
    howToReply: ({ id }) => `回复买家：/reply ${id}: <内容>（电话/会议用 /log ${id}: call: … 记录）`,
    memberSeparator: '、',
    howToHandOver: ({ id, members }) => `转交任务 #${id}：发送 /reassign ${id} <成员>${members ? `（${members}）` : ''}`,
  },
} satisfies Catalogue;
