// The chat texts of the domain in English. This file is the source of the keys: every other catalogue must have
// exactly these keys, with a string where this has a string and a function of the same parameters where this has one.
// Keys are grouped by module and name what the text is for. Nothing here imports the domain (no cycles): values a
// text needs, already formatted (percentages, money, labels), come in as parameters.

export const en = {
  reports: {
    numberLocale: 'en-US', // for toLocaleString of amounts
    scopeTeam: 'team',
    scopeAll: 'all customers you can see',
    funnelOverall: ({ rate, lost }: { rate: string; lost: number }) => `Lead→won ${rate} · lost ${lost}`,
    funnelWorstDrop: ({ from, to, rate }: { from: string; to: string; rate: string }) => `Biggest drop: ${from} → ${to} (only ${rate} move on)`,
    funnelStalled: ({ stage, open, idle, median }: { stage: string; open: number; idle: number; median: number | string }) =>
      `Stalled: ${stage} ${open} open, ${idle} idle 14+ days (median ${median} d)`,
    seriesCustomers: 'customers',
    noLeads: 'No new leads in this period.',
    channelRow: ({ source, leads, won, rate, value }: { source: string; leads: number; won: number; rate: string; value: string }) =>
      `${source}: ${leads} leads, ${won} won (${rate}), ${value} won`,
    seriesLeads: 'leads',
    seriesWon: 'won',
    noReps: 'No reps to show.',
    teamRow: (p: {
      name: string; newLeads: number; frtMedian: string; frtP90: string; followUpsDone: number; followUpsDue: number;
      quotes: number; value: string; claims: number; releases: number;
    }) =>
      `${p.name}: ${p.newLeads} new leads · first response median ${p.frtMedian} / p90 ${p.frtP90} · follow-ups ${p.followUpsDone}/${p.followUpsDue} done · ${p.quotes} quotes · ${p.value} won · pool ${p.claims} claimed / ${p.releases} released`,
    seriesNewLeads: 'new leads',
    seriesFollowUpsDone: 'follow-ups done',
    seriesFollowUpsDue: 'follow-ups due',
    seriesQuotes: 'quotes',
    customersTotal: ({ total, grades, dormant }: { total: number; grades: string; dormant: number }) => `${total} customers (${grades}) · ${dormant} dormant`,
    gradeSeparator: ', ',
    abcTitle: 'ABC by 12-month order value',
    atRisk: ({ total }: { total: number }) => `${total} at risk`,
    wakeupSummary: ({ enrolled, sent, replied, rate, revived }: { enrolled: number; sent: number; replied: number; rate: string; revived: number }) =>
      `Wake-up sequences: ${enrolled} started, ${sent} sent, ${replied} replied (${rate}), ${revived} revived`,
  },
};

export type DomainCatalogue = typeof en;
