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
} satisfies DomainCatalogue;
