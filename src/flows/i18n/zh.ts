import { INCOTERMS } from '../../domain/quotes/incoterms';
import type { Catalogue } from './en';

// states of wake-up sequences and their messages, as stored
const SEQUENCE_STATUS: Record<string, string> = {
  active: '进行中', paused: '已暂停', stopped: '已停止', completed: '已完成', pending: '待发送', sending: '发送中', sent: '已发送', skipped: '已跳过', failed: '失败',
};

// The words of the chat flows in Chinese; keys and parameters come from ./en.ts.
export const zh = {
  common: {
    noCommand: '没有识别到命令。发送 /help 查看可用命令。',
    buyerQueued: ({ who, channel }) =>
      `⏳ ${channel} 暂时未接收发给 ${who} 的消息。渠道恢复后会立即发送（最多重试 45 分钟），发送后记入时间线；如无法发送会通知您。`,
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
    approverRoles: { manager: '主管', director: '总监', finance: '财务', admin: '管理员' },
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
  approval: {
    approved: '已批准',
    rejected: '已拒绝',
    changes_requested: '已退回修改',
    next: ({ approver }) => `，下一步由 ${approver} 审批`,
    comment: '意见',
    cardDecided: ({ icon, ref, decision, by, next, note }) => `${icon} ${ref}: ${decision}（${by}）${next}${note}`,
    decided: ({ decision, ref, next }) => `${decision}: ${ref}${next}. 已通知业务员。`,
    rejectTitle: '拒绝报价',
    changeTitle: '要求修改',
    whyReject: ({ ref }) => `拒绝 ${ref} 的理由`,
    whatChange: ({ ref }) => `${ref} 需要修改什么？`,
    replyWithComment: '请回复理由（发送"取消"放弃）。',
    commentCancelled: '已放弃，审批仍待处理。',
  },
  approvalRulesFormat: {
    dimensionNames: { amount: '金额', discountPct: '折扣', marginPct: '毛利率', paymentDays: '账期' },
    roleNames: { manager: '经理', director: '总监', finance: '财务', admin: '管理员' },
    days: ({ n }) => `${n} 天`,
    any: '全部',
    upTo: ({ to }) => `≤ ${to}`,
    above: ({ from }) => `> ${from}`,
    between: ({ from, to }) => `${from} – ${to}`,
    autoApproved: '自动批准',
    tier: ({ range, who }) => `${range}：${who}`,
    tierSeparator: '；',
    marginNote: '（报价未填成本时不看毛利率）',
    dimension: ({ name, tiers, note }) => `• ${name}：${tiers}${note}`,
    order: ({ roles }) => `审批顺序：${roles}`,
    timers: ({ remind, escalate }) => `待审批超过 ${remind} 个工作小时提醒审批人，超过 ${escalate} 个工作小时升级给上级。`,
  },
  routingFormat: {
    noRules: '还没有分配规则。添加：/rule add country=MX,CO product=lighting -> team:latam',
    team: '团队 ',
    everythingElse: '其余全部',
    rulesHead: '分配规则（按顺序，先匹配先得）：',
    byConversion: '（按转化）',
    teamLine: ({ team, members, order }) => `团队 ${team}: ${members}\n轮询顺序: ${order}`,
    emptyPool: '公海中没有符合条件的客户。',
    releasedAgo: ({ days }) => ` · ${days} 天前释放`,
    grade: '等级',
  },
  errors: {
    line: ({ n }) => `第 ${n} 行`,
    why: ({ score }) => `\n依据（相似度 ${score}%）：`,
    reasonSeparator: '；',
    contacts: '联系人',
    owner: '负责人',
    publicPool: '公海',
  },
  commands: {
    done: {
      summary: '标记任务完成',
      usage: '/done <任务编号>',
    },
    find: {
      summary: '按公司、联系人、邮箱、电话或国家搜索',
      usage: '/find <关键词>',
    },
    tasks: {
      summary: '我的待办跟进任务',
      usage: '/tasks',
    },
    group: {
      summary: '关联同一集团的多个抬头',
      usage: '/group <客户> with <客户> [as <集团名>]',
    },
    ungroup: {
      summary: '将客户移出集团',
      usage: '/ungroup <客户>',
    },
    pool: {
      summary: '浏览公海客户',
      usage: '/pool [国家或区域] [产品]',
    },
    contact: {
      summary: '添加联系人及角色（采购、技术、财务、老板…）',
      usage: '/contact <客户>: <姓名>, <角色>, <邮箱或电话>',
    },
    customer: {
      summary: '客户卡片：联系人、负责人、阶段、沟通记录；或设置地址',
      usage: '/customer <客户名或 #编号>\n/customer <客户名或 #编号>: 地址 <街道、城市、国家>',
    },
    merge: {
      summary: '合并重复客户（30 天内可撤销）',
      usage: '/merge <重复客户> into <保留的客户>',
    },
    unmerge: {
      summary: '撤销合并（30 天内）',
      usage: '/unmerge <合并编号>',
    },
    order: {
      summary: '将已批准报价转为订单，或更新订单状态',
      usage: '/order <客户> from quote [报价编号] v<版本>  ·  /order <订单号或PI号> 定金到账|生产中|已发货 [BL <提单号>]|尾款到账|完成|取消',
    },
    log: {
      summary: '记录备注、电话或会议',
      usage: '/log <客户>: [电话:|会议:] <内容>',
    },
    audit: {
      summary: '查看谁查看、导出或修改了客户（经理）',
      usage: '/audit <客户名或 #编号>',
    },
    snooze: {
      summary: '推迟任务',
      usage: '/snooze <任务编号> <2d | 3小时 | 明天上午9点 | 下周一>',
    },
    help: {
      summary: '显示本列表',
      usage: '/help',
    },
    firstanswer: {
      summary: '新买家的首次自动回复（管理员可修改）',
      usage: '/firstanswer | /firstanswer on|off | /firstanswer <语言> <文本，含 {owner} 和 {when}> | /firstanswer <语言> default',
    },
    sequence: {
      summary: '查看或暂停客户的唤醒序列',
      usage: '/sequence <客户> [: 暂停 | 恢复 | 停止]',
    },
    report: {
      summary: '漏斗、渠道、团队、客户报表（附图表）',
      usage: '/report funnel|channels|team|customers [30d|本周|本月|上月|2026-Q3] [team|销售名] [国家] [xlsx]',
    },
    reassign: {
      summary: '把任务转交给同事',
      usage: '/reassign <任务编号> <成员>',
    },
    remind: {
      summary: '提醒我跟进客户',
      usage: '/remind <客户> <时间>: <内容>（如 /remind Acme 下周二：发新目录）',
    },
    reply: {
      summary: '在买家自己的聊天渠道（WhatsApp、Telegram…）回复',
      usage: '/reply <客户>: <内容>',
    },
    lang: {
      summary: '回复语言：zh 或 en',
      usage: '/lang zh|en',
    },
    approvalrules: {
      summary: '查看（管理员可修改）报价审批规则',
      usage: '/approvalrules [set <YAML 或 JSON 规则>]',
    },
    rules: {
      summary: '线索分配规则（按顺序）',
      usage: '/rules',
    },
    stage: {
      summary: '更新商机阶段（丢单需注明原因）',
      usage: '/stage <客户> 线索|已联系|已报价|样品|成交|丢单 [价格|交期|质量|竞争对手|没回复|其他]',
    },
    weights: {
      summary: '团队轮询权重（经理）',
      usage: '/weights | /weights alice=3 bob=2 carol=1 | /weights auto（按转化率）',
    },
    claim: {
      summary: '从公海认领客户',
      usage: '/claim <#编号或客户名>',
    },
    new: {
      summary: '新建客户（您为负责人）',
      usage: '/new <公司名>, <国家>, <邮箱或电话>…',
    },
    quote: {
      summary: '报价（一行或逐步填写）；用报价编号生成新版本',
      usage: '/quote <客户或报价编号>: <产品> ["<规格>"] [HS <编码>] x<数量>[单位] @<单价>[; …] <币种> <贸易术语> <港口>, <付款条件>, valid <天数>d, discount <n>%, 装运港 <港口>, 目的港 <港口>, 交期 <天数>天, 包装 <说明>, 备注: <备注>\n/quote send <报价编号 [vN] 或客户>：把已批准的 PDF 发给买家\n/quote history <报价编号或客户>：所有版本\n/quote pdf <报价编号 [vN]>：再次获取某个版本的 PDF',
    },
    link: {
      summary: '将此聊天账号绑定到您的成员账号',
      usage: '/link <绑定码>',
    },
    rule: {
      summary: '添加、删除或测试线索分配规则（经理）',
      usage: '/rule add country=MX,CO product=lighting -> team:latam | /rule add default -> team:sales | /rule remove <名称> | /rule test country=MX product=lighting',
    },
  },
  quotePrompts: {
    items: '产品：每条消息一个，如 "LED-600 x2000 @3.20"（加 "cost 2.55" 可计算毛利）。',
    more: '已添加。继续发送产品，或发送"完成"。',
    delivery: `币种、贸易术语和港口，如 "USD FOB Ningbo"（术语：${INCOTERMS.join('、')}）。`,
    payment: '付款条件，如 "30% deposit, 70% against BL copy"（或"跳过"）。',
    validity: '有效期多少天？如 "15"（或"跳过"，默认 30 天）。',
    notes: '给客户的备注，以及运输信息（如有），如 "目的港 Hamburg, 交期 25天, 包装 10只/箱, 备注: 样品免费"（或"跳过"）。',
  },
} satisfies Catalogue;
