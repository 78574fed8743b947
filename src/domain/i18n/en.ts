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
  approvals: {
    approve: 'Approve',
    reject: 'Reject',
    askForChange: 'Ask for change',
    dimensions: { amount: 'amount', discountPct: 'discount', marginPct: 'margin', paymentDays: 'payment terms' },
    risks: { payment_extension: 'asked for longer payment terms', order_split: 'asked to split an order', quote_revision: 'asked for a revised quote' },
    marginUnknown: 'unknown (no costs given)',
    revised: ({ times }: { times: number }) => `quote revised ${times} time(s)`,
    history: ({ orders, lastOrder, quotes }: { orders: number; lastOrder: string | null; quotes: number }) =>
      `History: ${orders} order(s)${lastOrder ? ` (last ${lastOrder})` : ''}, ${quotes} quote(s)`,
    listSeparator: ', ',
    escalated: ({ from }: { from: string }) => `⏫ Escalated: ${from} has not decided for a day`,
    awaiting: ({ step, steps, because }: { step: number; steps: number; because: string }) =>
      `📝 Quote awaiting your approval (step ${step} of ${steps}, because of ${because})`,
    repLine: ({ rep, grade, country }: { rep: string; grade: string; country: string | null }) => `Rep: ${rep} · grade ${grade}${country ? ` · ${country}` : ''}`,
    margin: ({ margin }: { margin: string }) => `Margin: ${margin}`,
    risksLine: ({ risks }: { risks: string }) => `⚠️ Risk signals: ${risks}`,
    noRisks: 'Risk signals: none',
    reminder: ({ ref, customer, hours }: { ref: string; customer: string; hours: number }) =>
      `⏰ Reminder: quote ${ref} (${customer}) has waited ${hours} working hours for your approval.`,
    comment: ({ comment }: { comment: string }) => `\nComment: ${comment}`,
    autoApproved: ({ ref, customer }: { ref: string; customer: string }) => `✅ Quote ${ref} (${customer}) is within the auto-approval limits: approved.`,
    approvedStep: ({ by, ref, customer, next }: { by: string; ref: string; customer: string; next: string }) =>
      `👍 ${by} approved quote ${ref} (${customer}); next: ${next}.`,
    approvedFinal: ({ by, ref, customer, comment }: { by: string; ref: string; customer: string; comment: string }) =>
      `✅ Quote ${ref} (${customer}) approved by ${by}; you can send it to the buyer.${comment}`,
    rejected: ({ by, ref, customer, comment }: { by: string; ref: string; customer: string; comment: string }) =>
      `❌ Quote ${ref} (${customer}) was rejected by ${by}.${comment}`,
    changesRequested: ({ by, ref, customer, comment, number }: { by: string; ref: string; customer: string; comment: string; number: string }) =>
      `✏️ ${by} asked for changes to quote ${ref} (${customer}).${comment}\nSend /quote ${number}: … to make a new version.`,
  },
  followup: {
    dateLocale: 'en-GB', // for Luxon: the locale of a task's due time
    done: ({ id }: { id: number }) => `✓ Done #${id}`,
    snooze: ({ id }: { id: number }) => `⏰ Snooze 1d #${id}`,
    replyTask: ({ id }: { id: number }) => `↩ Reply #${id}`,
    reassign: ({ id }: { id: number }) => `👥 Reassign #${id}`,
    replyBuyer: ({ name }: { name: string }) => `↩ Reply ${name}`,
    digestGreeting: ({ name }: { name: string }) => `☀️ Good morning, ${name}! Today's follow-ups:`,
    digestOverdue: ({ count }: { count: number }) => `⚠️ Overdue (${count})`,
    digestToday: ({ count }: { count: number }) => `📋 Due today (${count})`,
    digestWrote: ({ count }: { count: number }) => `💬 Buyers who wrote overnight (${count})`,
    digestCommands: 'Commands: /done <id> · /snooze <id> 2d · /tasks',
  },
  pool: {
    more: ({ count }: { count: number }) => `\n…and ${count} more`,
    // the release reason is stored in English ("no follow-up for 30 days (grade B)"); other languages reword it
    releasedReason: ({ reason }: { reason: string }) => reason,
    releasedHead: '🌊 Released to the public pool:',
    releasesOn: ({ day }: { day: string }) => `released on ${day}`,
    warningHead: '⏳ These customers go to the public pool soon for lack of follow-up. One follow-up (a message, a call, or /log a call/meeting) keeps them:',
    onIt: ({ id }: { id: number }) => `I'm on it: #${id}`,
    unroutedNoRule: 'no routing rule matched it',
    unroutedUnavailable: ({ detail }: { detail: string }) => `nobody could take it: ${detail}`,
    unrouted: ({ id, name, reason }: { id: number; name: string; reason: string }) =>
      `⚠️ New lead #${id} ${name} was not assigned (${reason}); it waits in the public pool. Claim it: /claim #${id}; add a default rule: /rule add default -> team:<team>`,
    buyerHead: ({ id }: { id: number }) => `🌊 A buyer in the public pool wrote (nobody owns them). Claim: /claim #${id}`,
  },
  signals: {
    quoted: ({ text }: { text: string }) => `"${text}"`,
    buyer: 'The buyer',
    buyerInline: 'the buyer',
    risks: {
      payment_extension: 'asks for longer payment terms or to pay later',
      order_split: 'asks to split the order into several shipments or invoices',
      quote_revisions: ({ count, days }: { count: number; days: number }) => `asks for a revised quote again: ${count} requests in ${days} days`,
    },
    riskAlert: ({ who, owner, asker, what, quote, next, id }: { who: string; owner: string | null; asker: string; what: string; quote: string; next: string; id: number }) =>
      [`⚠️ Risk signal: ${who} (owner: ${owner ?? 'public pool'})`, `${asker} ${what}: ${quote}`, `Next: ${next}`, `Card: /customer #${id}`].join('\n'),
    wonPending: ({ who, asker, quote, from, to }: { who: string; asker: string; quote: string; from: string; to: string }) =>
      `🎉 ${who}: ${asker} confirms the order ${quote}\nDeal moved ${from} → ${to}, pending your confirmation. Confirm once the PI is signed or the deposit is in; undo if this is wrong.`,
    stageMoved: ({ who, asker, quote, from, to }: { who: string; asker: string; quote: string; from: string; to: string }) =>
      `📈 ${who}: ${asker} wrote ${quote}\nDeal moved ${from} → ${to} automatically. Undo if this is wrong.`,
    undo: 'Undo',
    confirmWon: 'Confirm won',
  },
  quotes: {
    rateAt: 'at',
    pol: 'POL',
    pod: 'POD',
    leadTime: 'lead time',
    packing: ({ packing }: { packing: string }) => `packing: ${packing}`,
    payment: ({ terms }: { terms: string }) => `payment: ${terms}`,
    validUntil: ({ day }: { day: string }) => `valid until ${day}`,
    discount: ({ pct }: { pct: string }) => `discount ${pct}%`,
    total: ({ amount }: { amount: string }) => `Total: ${amount}`,
    notes: ({ notes }: { notes: string }) => `Notes: ${notes}`,
  },
  auditAlerts: {
    bulkRead: ({ name, cards, limit }: { name: string; cards: number; limit: number }) =>
      `⚠️ ${name} viewed or exported ${cards} customer cards in the last hour (limit ${limit}). Please check; /audit <customer> shows the detail.`,
  },
  repMessage: {
    notSent: ({ customerId, channel, reason }: { customerId: number; channel: string; reason: string }) =>
      `⚠️ Your message to #${customerId} on ${channel} was not sent (${reason}). Check the chat with /customer #${customerId} and send it again if it is still needed.`,
    unconfirmed: ({ customerId, channel }: { customerId: number; channel: string; reason: string }) =>
      `⚠️ Your message to #${customerId} on ${channel} may not have arrived: Quayside stopped while sending it and ${channel} cannot tell whether it got through, so it was not sent again. Check the chat before sending it once more.`,
  },
  assignment: {
    listSeparator: ', ',
    roundRobin: ({ rule, slot, cycle }: { rule: string; slot: number; cycle: number }) => `rule ${rule}, round robin ${slot}/${cycle}`,
    skipped: ({ list }: { list: string }) => ` (skipped: ${list})`,
    direct: ({ rule }: { rule: string }) => `rule ${rule}, direct`,
    managerFallback: ({ rule, team, skipped }: { rule: string; team: string; skipped: string }) =>
      `rule ${rule}: nobody available in team ${team} (${skipped || 'no members'}), sent to the team manager`,
    memberFallback: ({ rule, member, why }: { rule: string; member: string; why: string }) => `rule ${rule}: ${member} is ${why}, sent to their manager`,
    groupOwner: ({ group }: { group: string }) => `owner of group ${group} (one owner per group)`,
    reassigned: ({ by, from, why }: { by: string; from: string | null; why: string }) => `reassigned by ${by}${from ? ` from ${from}` : ''}: ${why}`,
    ownNew: 'created by the rep',
  },
  wakeup: {
    skip: {
      no_channel: ({ step, who }: { step: number; who: string; detail?: string }) =>
        `Wake-up step ${step} for ${who} was skipped: the buyer has no chat account we can reach. Add one or follow up by email.`,
      no_timezone: ({ step, who }: { step: number; who: string; detail?: string }) =>
        `Wake-up step ${step} for ${who} was skipped: the buyer's timezone is unknown. Set the country or timezone so messages arrive in their business hours.`,
      reply_window: ({ step, who, detail }: { step: number; who: string; detail?: string }) =>
        `Wake-up step ${step} for ${who} was skipped: on ${detail} the buyer's reply window is closed and no approved template exists for this step. Send it yourself or add an approved template.`,
      no_template: ({ step, who, detail }: { step: number; who: string; detail?: string }) =>
        `Wake-up step ${step} for ${who} was skipped: no template (not even English) for "${detail}".`,
      opted_out: ({ who }: { step: number; who: string; detail?: string }) => `Wake-up sequence for ${who} stopped: the buyer opted out.`,
      never_wrote: ({ step, who, detail }: { step: number; who: string; detail?: string }) =>
        `Wake-up step ${step} for ${who} was skipped: the buyer never wrote to this number on ${detail}, and automated messages go only to numbers that wrote first (ban risk). Write to them yourself.`,
    },
    notSent: ({ step, who, reason }: { step: number; who: string; reason: string }) => `Wake-up step ${step} for ${who} was not sent: ${reason}`,
    fallback: ({ step, who, language }: { step: number; who: string; language: string }) =>
      `Wake-up step ${step} for ${who} has no "${language}" template; it will go out in English. Add that language to the templates.`,
    likelyOptOut: ({ id, name, channel, quote, paused }: { id: number; name: string; channel: string; quote: string; paused: boolean }) =>
      `⚠️ #${id} ${name} (${channel}) may be asking not to be contacted: "${quote}"\n` +
      `${paused ? 'The wake-up sequence is paused. ' : ''}If so, send /sequence #${id} stop and mark the contact do-not-contact; if not, /sequence #${id} resume.`,
    optedOutReply: ({ id, name, channel, quote }: { id: number; name: string; channel: string; quote: string }) =>
      `#${id} ${name} replied on ${channel} asking to opt out; the wake-up sequence stopped: "${quote}"`,
    hotReply: ({ id, name, channel, quote }: { id: number; name: string; channel: string; quote: string }) =>
      `🔥 A dormant buyer replied! #${id} ${name} (${channel}): "${quote}"\nThe wake-up sequence stopped; follow up now.`,
  },
  cards: {
    tagEvidenceRef: ({ tag, id }: { tag: string; id: number }) => `${tag} (evidence: message #${id})`,
    tagEvidence: ({ tag, when, words }: { tag: string; when: string; words: string }) => `${tag} (evidence: ${when} "${words}")`,
    tagSeparator: ', ',
    stagePending: ({ stage }: { stage: string }) => `${stage} (pending confirmation)`,
    timelineHead: ({ title, zone }: { title: string; zone: string }) => `${title} (${zone} time):`,
    buyerClock: ({ time }: { time: string }) => ` (buyer's ${time})`,
    groupHistory: 'Group history:',
    hiddenMember: ({ id, name, owner, last }: { id: number; name: string; owner: string | null; last: string }) =>
      `  #${id} ${name}: owner ${owner ?? 'public pool'}, last contact ${last}`,
  },
  transfer: {
    you: 'you',
    request: ({ id, requester, customerId, customer, owner, since, lastContact }: {
      id: number; requester: string; customerId: number; customer: string; owner: string; since: string; lastContact: string;
    }) =>
      `Transfer request #${id}: ${requester} asks to take over #${customerId} ${customer} (owned by ${owner} since ${since}; last contact ${lastContact}).`,
    approve: 'Approve',
    decline: 'Decline',
    approved: ({ by, customerId, customer }: { by: string; customerId: number; customer: string }) => `${by} approved: #${customerId} ${customer} is now yours.`,
    declined: ({ by, customerId, customer }: { by: string; customerId: number; customer: string }) =>
      `${by} declined your transfer request for #${customerId} ${customer}.`,
  },
  orders: {
    merchandiser: ({ ref, amount }: { ref: string; amount: string }) => `Production schedule: ${ref} (${amount})`,
    warehouse: ({ ref }: { ref: string }) => `Plan shipping and book space: ${ref}`,
    finance: ({ ref, deposit }: { ref: string; deposit: string }) => `Confirm deposit ${deposit} received: ${ref}`,
    balance: ({ ref, balance, due }: { ref: string; balance: string; due: string }) => `Collect balance ${balance} due ${due}: ${ref}`,
    handoff: ({ title, due }: { title: string; due: string }) => `📦 New order task: ${title}\nDue ${due}`,
  },
  sla: {
    reminder: ({ id, name, minutes }: { id: number; name: string; minutes: number }) =>
      `⏰ New lead #${id} ${name} has waited ${minutes} working minutes without an answer. Please reply to the buyer now.`,
    escalation: ({ id, name, owner, minutes }: { id: number; name: string; owner: string; minutes: number }) =>
      `🚨 Escalation: new lead #${id} ${name} has had no answer from ${owner} for ${minutes} working minutes.`,
    reassign: 'Reassign',
  },
  tasks: {
    passedToYou: ({ by, id, title }: { by: string; id: number; title: string }) => `${by} passed you a task: #${id} ${title}`,
    due: ({ id, title }: { id: number; title: string }) => `⏰ Task due: #${id} ${title}`,
  },
  orderStatus: {
    changed: ({ pi, customer, status, note, by }: { pi: string; customer: string; status: string; note: string | null; by: string }) =>
      `📦 Order ${pi} (${customer}): ${status}${note ? ` · ${note}` : ''} (by ${by})`,
    tellBuyer: 'Tell the buyer',
  },
  leads: {
    assignedToYou: ({ reason }: { reason: string }) => `🆕 New lead for you (${reason})`,
    nextStep: ({ next }: { next: string }) => ` → Next: ${next}`,
    sendToBuyer: 'Send to buyer',
    weeklyReport: '📊 Weekly report',
    sameCase: ({ count }: { count: number }) => `${count} more the same: `,
    // an intent phrase: verb and its objects ("asks for a price and samples")
    intentPhrase: ({ verb, objects }: { verb: string; objects: string }) => `${verb} ${objects}`,
  },
  time: {
    luxonLocale: 'en-GB', // weekday names in "09:14 (Tue)"
  },
};

export type DomainCatalogue = typeof en;
