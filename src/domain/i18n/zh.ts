import type { DomainCatalogue } from './en';

// The chat texts of the domain in Chinese; keys and parameters come from ./en.ts.
export const zh = {
  reports: {
    numberLocale: 'zh-CN',
    scopeTeam: '团队',
    scopeAll: '可见的全部客户',
    funnelOverall: ({ rate, lost }) => `线索→成交 ${rate} · 丢单 ${lost}`,
    funnelWorstDrop: ({ from, to, rate }) => `最大流失：${from} → ${to}（仅 ${rate} 进入下一步）`,
    funnelStalled: ({ stage, open, idle, median }) => `停滞：${stage} ${open} 个进行中，${idle} 个超过 14 天未推进（中位 ${median} 天）`,
    seriesCustomers: '客户数',
    noLeads: '该时段没有新线索。',
    channelRow: ({ source, leads, won, rate, value }) => `${source}：线索 ${leads}，成交 ${won}（${rate}），成交额 ${value}`,
    seriesLeads: '线索',
    seriesWon: '成交',
    noReps: '没有可显示的销售。',
    teamRow: (p) =>
      `${p.name}：新线索 ${p.newLeads} · 首次响应 中位 ${p.frtMedian} / P90 ${p.frtP90} · 跟进 ${p.followUpsDone}/${p.followUpsDue} · 报价 ${p.quotes} · 成交 ${p.value} · 公海 领取 ${p.claims} / 释放 ${p.releases}`,
    seriesNewLeads: '新线索',
    seriesFollowUpsDone: '已完成跟进',
    seriesFollowUpsDue: '应跟进',
    seriesQuotes: '报价',
    customersTotal: ({ total, grades, dormant }) => `客户 ${total}（${grades}）· 沉睡 ${dormant}`,
    gradeSeparator: '，',
    abcTitle: 'ABC（近 12 个月订单额）',
    atRisk: ({ total }) => `风险客户 ${total}`,
    wakeupSummary: ({ enrolled, sent, replied, rate, revived }) => `唤醒序列：启动 ${enrolled}，已发送 ${sent}，回复 ${replied}（${rate}），复活 ${revived}`,
  },
  approvals: {
    approve: '批准',
    reject: '拒绝',
    askForChange: '要求修改',
    dimensions: { amount: '金额', discountPct: '折扣', marginPct: '毛利率', paymentDays: '账期' },
    risks: { payment_extension: '要求延期付款', order_split: '要求拆单', quote_revision: '要求修改报价' },
    marginUnknown: '未知（未填成本）',
    revised: ({ times }) => `本报价已修改 ${times} 次`,
    history: ({ orders, lastOrder, quotes }) => `历史：${orders} 个订单${lastOrder ? `（最近 ${lastOrder}）` : ''}，${quotes} 份报价`,
    listSeparator: '、',
    escalated: ({ from }) => `⏫ 升级审批（${from} 超过一天未处理）`,
    awaiting: ({ step, steps, because }) => `📝 报价待审批（第 ${step}/${steps} 步，因${because}）`,
    repLine: ({ rep, grade, country }) => `业务员：${rep} · 客户等级 ${grade}${country ? ` · ${country}` : ''}`,
    margin: ({ margin }) => `毛利率：${margin}`,
    risksLine: ({ risks }) => `⚠️ 风险信号: ${risks}`,
    noRisks: '风险信号：无',
    reminder: ({ ref, customer, hours }) => `⏰ 提醒：报价 ${ref}（${customer}）已等待您审批约 ${hours} 个工作小时。`,
    comment: ({ comment }) => `\n意见：${comment}`,
    autoApproved: ({ ref, customer }) => `✅ 报价 ${ref}（${customer}） 在自动审批额度内，已批准。`,
    approvedStep: ({ by, ref, customer, next }) => `👍 ${by} 批准了报价 ${ref}（${customer}），下一步：${next} 审批。`,
    approvedFinal: ({ by, ref, customer, comment }) => `✅ 报价 ${ref}（${customer}） 已由 ${by} 最终批准，可以发给客户。${comment}`,
    rejected: ({ by, ref, customer, comment }) => `❌ 报价 ${ref}（${customer}） 被 ${by} 拒绝。${comment}`,
    changesRequested: ({ by, ref, customer, comment, number }) =>
      `✏️ ${by} 要求修改报价 ${ref}（${customer}）。${comment}\n修改后发送 /quote ${number}: … 生成新版本。`,
  },
  followup: {
    dateLocale: 'zh-CN',
    done: ({ id }) => `✓ 完成 #${id}`,
    snooze: ({ id }) => `⏰ 推迟1天 #${id}`,
    replyTask: ({ id }) => `↩ 回复 #${id}`,
    reassign: ({ id }) => `👥 转交 #${id}`,
    replyBuyer: ({ name }) => `↩ 回复 ${name}`,
    digestGreeting: ({ name }) => `☀️ 早上好，${name}！今日跟进：`,
    digestOverdue: ({ count }) => `⚠️ 已逾期（${count}）`,
    digestToday: ({ count }) => `📋 今天到期（${count}）`,
    digestWrote: ({ count }) => `💬 昨晚来信的买家（${count}）`,
    digestCommands: '命令：/done <编号> · /snooze <编号> 2d · /tasks',
  },
  pool: {
    more: ({ count }) => `\n……另有 ${count} 个`,
    releasedReason: ({ reason }) => {
      const m = /^no follow-up for (\d+) days \(grade (\w)\)$/.exec(reason);
      return m ? `${m[1]} 天未跟进（${m[2]} 级）` : reason;
    },
    releasedHead: '🌊 以下客户已释放到公海：',
    releasesOn: ({ day }) => `${day} 释放`,
    warningHead: '⏳ 以下客户即将因未跟进释放到公海。跟进一次（发消息、打电话或 /log 电话/会议）即可保留：',
    onIt: ({ id }) => `我来跟进 #${id}`,
    unroutedNoRule: '没有匹配的分配规则',
    unroutedUnavailable: ({ detail }) => `无人可接：${detail}`,
    unrouted: ({ id, name, reason }) =>
      `⚠️ 新线索 #${id} ${name} 无法分配（${reason}），已进入公海。认领：/claim #${id}；添加默认规则：/rule add default -> team:<团队>`,
    buyerHead: ({ id }) => `🌊 公海客户来消息了（无负责人）。认领：/claim #${id}`,
  },
  signals: {
    quoted: ({ text }) => `“${text}”`,
    buyer: '买家',
    buyerInline: '买家',
    risks: {
      payment_extension: '要求延长账期或延期付款',
      order_split: '要求拆单（分批发货或拆分发票）',
      quote_revisions: ({ count, days }) => `再次要求修改报价：${days} 天内已 ${count} 次`,
    },
    riskAlert: ({ who, owner, asker, what, quote, next, id }) =>
      [`⚠️ 风险信号：${who}（负责人：${owner ?? '公海'}）`, `${asker} ${what}：${quote}`, `建议：${next}`, `查看客户：/customer #${id}`].join('\n'),
    wonPending: ({ who, asker, quote, from, to }) =>
      `🎉 ${who}：${asker} 确认下单 ${quote}\n商机阶段 ${from} → ${to}（待您确认）。PI 签回/定金到账后请确认；如判断有误可撤销。`,
    stageMoved: ({ who, asker, quote, from, to }) => `📈 ${who}：${asker} 的消息 ${quote}\n商机阶段已自动 ${from} → ${to}。如判断有误可撤销。`,
    undo: '撤销',
    confirmWon: '确认成交',
  },
  quotes: {
    rateAt: '汇率',
    pol: '装运港',
    pod: '目的港',
    leadTime: '交期',
    packing: ({ packing }) => `包装: ${packing}`,
    payment: ({ terms }) => `付款：${terms}`,
    validUntil: ({ day }) => `有效期至 ${day}`,
    discount: ({ pct }) => `折扣 ${pct}%`,
    total: ({ amount }) => `合计: ${amount}`,
    notes: ({ notes }) => `备注: ${notes}`,
  },
  auditAlerts: {
    bulkRead: ({ name, cards, limit }) => `⚠️ ${name} 在过去一小时内查看或导出了 ${cards} 个客户卡片（上限 ${limit}）。请核实；/audit <客户> 可查看明细。`,
  },
  repMessage: {
    notSent: ({ customerId, channel, reason }) =>
      `⚠️ 您通过 ${channel} 发给 #${customerId} 的消息未发送（${reason}）。请用 /customer #${customerId} 查看聊天记录，如仍需要请重新发送。`,
    unconfirmed: ({ customerId, channel }) =>
      `⚠️ 您通过 ${channel} 发给 #${customerId} 的消息可能未送达：发送过程中 Quayside 中断，${channel} 无法确认是否已送达，因此没有重发。请先查看聊天记录，再决定是否重新发送。`,
  },
  assignment: {
    listSeparator: '，',
    roundRobin: ({ rule, slot, cycle }) => `规则 ${rule}，轮询 ${slot}/${cycle}`,
    skipped: ({ list }) => `（跳过：${list}）`,
    direct: ({ rule }) => `规则 ${rule}，指定负责人`,
    managerFallback: ({ rule, team, skipped }) => `规则 ${rule}：团队 ${team} 无人可接（${skipped || '无成员'}），转给团队经理`,
    memberFallback: ({ rule, member, why }) => `规则 ${rule}：${member} ${why}，转给其经理`,
    groupOwner: ({ group }) => `集团 ${group} 的负责人（同一集团归同一人）`,
    reassigned: ({ by, from, why }) => `由 ${by} 改派${from ? `（原负责人 ${from}）` : ''}：${why}`,
    ownNew: '本人新建',
  },
  wakeup: {
    skip: {
      no_channel: ({ step, who }) => `客户 ${who} 的唤醒第 ${step} 步已跳过：该买家没有可联系的聊天账号。请补充账号或改用邮件跟进。`,
      no_timezone: ({ step, who }) => `客户 ${who} 的唤醒第 ${step} 步已跳过：不知道买家所在时区。请设置国家或时区，以便在对方工作时间发送。`,
      reply_window: ({ step, who, detail }) =>
        `客户 ${who} 的唤醒第 ${step} 步已跳过：${detail} 的回复窗口已关闭，且此步骤没有已审核的模板。请手动发送或添加已审核模板。`,
      no_template: ({ step, who, detail }) => `客户 ${who} 的唤醒第 ${step} 步已跳过：“${detail}”没有任何模板（包括英文）。`,
      opted_out: ({ who }) => `客户 ${who} 的唤醒序列已停止：买家已退订。`,
      never_wrote: ({ step, who, detail }) =>
        `客户 ${who} 的唤醒第 ${step} 步已跳过：该买家从未通过 ${detail} 给这个号码发过消息，自动消息只发给先联系过我们的号码（避免封号）。请亲自联系。`,
    },
    notSent: ({ step, who, reason }) => `客户 ${who} 的唤醒第 ${step} 步未发送：${reason}`,
    fallback: ({ step, who, language }) => `客户 ${who} 的唤醒第 ${step} 步没有 "${language}" 语言模板，将以英文发送。可在模板设置中补充该语言。`,
    likelyOptOut: ({ id, name, channel, quote, paused }) =>
      `⚠️ #${id} ${name}（${channel}）可能要求不再联系：“${quote}”\n` +
      `${paused ? '唤醒序列已暂停。' : ''}如确是退订，请发送 /sequence #${id} stop 并将联系人标记为勿联系；如不是，请发送 /sequence #${id} resume。`,
    optedOutReply: ({ id, name, channel, quote }) => `客户 #${id} ${name} 在 ${channel} 回复并要求退订，唤醒序列已停止：“${quote}”`,
    hotReply: ({ id, name, channel, quote }) => `🔥 沉睡客户回复了！#${id} ${name}（${channel}）：“${quote}”\n唤醒序列已停止，请尽快跟进。`,
  },
  cards: {
    tagEvidenceRef: ({ tag, id }) => `${tag}（依据：消息 #${id}）`,
    tagEvidence: ({ tag, when, words }) => `${tag}（依据：${when} “${words}”）`,
    tagSeparator: '，',
    stagePending: ({ stage }) => `${stage}（待确认）`,
    timelineHead: ({ title, zone }) => `${title}（${zone} 时间）：`,
    buyerClock: ({ time }) => `（买家当地 ${time}）`,
    groupHistory: '集团沟通记录：',
    hiddenMember: ({ id, name, owner, last }) => `  #${id} ${name}：负责人 ${owner ?? '公海'}，最近联系 ${last}`,
  },
  transfer: {
    you: '您',
    request: ({ id, requester, customerId, customer, owner, since, lastContact }) =>
      `转移申请 #${id}：${requester} 申请接手客户 #${customerId} ${customer}（负责人 ${owner}，自 ${since} 起；最近联系 ${lastContact}）。`,
    approve: '批准',
    decline: '拒绝',
    approved: ({ by, customerId, customer }) => `${by} 已批准：客户 #${customerId} ${customer} 现在由您负责。`,
    declined: ({ by, customerId, customer }) => `${by} 拒绝了您对 #${customerId} ${customer} 的转移申请。`,
  },
  orders: {
    merchandiser: ({ ref, amount }) => `排产：${ref}（${amount}）`,
    warehouse: ({ ref }) => `安排出运订舱：${ref}`,
    finance: ({ ref, deposit }) => `确认定金 ${deposit} 到账：${ref}`,
    balance: ({ ref, balance, due }) => `催收尾款 ${balance}，到期 ${due}：${ref}`,
    handoff: ({ title, due }) => `📦 新的订单任务：${title}\n截止 ${due}`,
  },
  sla: {
    reminder: ({ id, name, minutes }) => `⏰ 新线索 #${id} ${name} 已等待 ${minutes} 分钟（工作时间）仍未回复。请尽快联系买家。`,
    escalation: ({ id, name, owner, minutes }) => `🚨 升级：新线索 #${id} ${name} 分配给 ${owner} 后 ${minutes} 分钟（工作时间）无人回复。`,
    reassign: '一键改派',
  },
  tasks: {
    passedToYou: ({ by, id, title }) => `${by} 把任务转给了您：#${id} ${title}`,
    due: ({ id, title }) => `⏰ 任务到期：#${id} ${title}`,
  },
  orderStatus: {
    changed: ({ pi, customer, status, note, by }) => `📦 订单 ${pi}（${customer}）：${status}${note ? ` · ${note}` : ''}（${by}）`,
    tellBuyer: '告知买家',
  },
  leads: {
    assignedToYou: ({ reason }) => `🆕 新线索分配给您（${reason}）`,
    nextStep: ({ next }) => ` → 建议：${next}`,
    sendToBuyer: '发送给买家',
    weeklyReport: '📊 每周报表',
    sameCase: ({ count }) => `同样情况的还有 ${count} 位：`,
    intentPhrase: ({ verb, objects }) => `${verb}${objects}`,
  },
  time: {
    luxonLocale: 'zh-CN',
  },
} satisfies DomainCatalogue;
