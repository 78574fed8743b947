import { INCOTERMS } from '../../domain/quotes/incoterms';

// The words of the chat flows in English. This file is the source of the keys: every other catalogue must have
// exactly these keys, with a string where this has a string and a function of the same parameters where this has one.
// Keys are grouped by flow and name what the text is for, not what it says.

export const en = {
  common: {
    noCommand: 'I did not recognise a command. Send /help to see what I can do.',
    buyerQueued: ({ who, channel }: { who: string; channel: string }) =>
      `⏳ ${channel} did not take the message for ${who} just now. It goes out as soon as ${channel} does (retried for up to 45 minutes) and is logged on the timeline then; you will be told if it cannot be sent.`,
    privatePointer: ({ name }: { name?: string }) => `🔒 ${name ? `${name}, ` : ''}I answered you privately.`,
    privateUnreachable: '🔒 Customer data is only sent privately: open a private chat with me first (open the bot, press Start), then send the command again.',
  },
  help: {
    header: 'Quayside commands:',
    stranger: 'Hello! This is the Quayside sales assistant. Team members: send /link <code> to link this account first.',
  },
  link: {
    linked: ({ name }: { name: string }) => `Linked to ${name}. Send /help to see what I can do.`,
  },
  language: {
    changed: 'OK, I will reply in English from now on.',
  },
  task: {
    done: ({ id, title }: { id: number; title: string }) => `✓ Done: #${id} ${title}`,
    reassigned: ({ id, member }: { id: number; member: string }) => `👥 #${id} is now ${member}'s`,
  },
  customer: {
    contactAdded: ({ who, contact, role }: { who: string; contact: string; role: string }) => `Added ${contact} (${role}) to ${who}.`,
    addressSaved: ({ who, address }: { who: string; address: string }) => `Saved the address of ${who}: ${address}\nProforma invoices print it from now on.`,
    logged: ({ who, text }: { who: string; text: string }) => `Logged on ${who}: ${text}`,
    replySent: ({ who, channel, text }: { who: string; channel: string; text: string }) => `Sent to ${who} on ${channel}: ${text}`,
    claimed: ({ who, until }: { who: string; until: string }) => `Claimed ${who}; you are the owner. Protected from release until ${until}.`,
  },
  clash: {
    createAnyway: 'Create anyway',
    requestTransfer: ({ id, owner }: { id?: number; owner: string }) => `Request transfer${id !== undefined ? ` of #${id}` : ''} from ${owner}`,
  },
  stage: {
    undone: ({ who, from, to }: { who: string; from: string; to: string }) => `Undone: the deal of ${who} is back at ${to} (was ${from}).`,
    wonConfirmed: ({ who }: { who: string }) => `Confirmed: the deal of ${who} is won.`,
    alreadyAt: ({ who, stage }: { who: string; stage: string }) => `${who} is already at ${stage}.`,
    moved: ({ who, from, to, reason }: { who: string; from: string; to: string; reason: string | null }) =>
      `${who}: ${from} → ${to}${reason ? ` (reason: ${reason})` : ''}`,
  },
  routing: {
    onIt: ({ who, due, releaseDate }: { who: string; due: string; releaseDate: string }) =>
      `OK: follow-up task for ${who} (due ${due} UTC). Follow up before ${releaseDate} or it goes to the public pool.`,
    slaReassigned: ({ customerId, member, reason }: { customerId: number; member: string; reason: string }) =>
      `Reassigned #${customerId} to ${member} (${reason}).`,
    weightsByConversion: "Weights now follow each rep's 90-day conversion (updated daily).",
    weightsUpdated: 'Weights updated.',
  },
  format: {
    // for Luxon: the locale of weekday and month names, and how a due time reads
    dateLocale: 'en-GB',
    dueTime: 'ccc d LLL HH:mm',
  },
  group: {
    members: ({ group, members }: { group: string; members: string }) => `Group ${group}: ${members}.`,
    left: ({ who, group }: { who: string; group: string }) => `${who} left group ${group}.`,
    notInGroup: ({ who }: { who: string }) => `${who} is not in a group.`,
  },
  pool: {
    today: 'today',
    thisWeek: 'this week',
    thisMonth: 'this month',
    listSeparator: ', ',
    footer: ({ left }: { left: string }) => `Claims left: ${left || 'no limit'}. Claim with /claim <#id>`,
  },
  audit: {
    head: ({ who, count }: { who: string; count: number }) => `Audit trail of ${who} (last ${count}):`,
    system: 'system',
    nothing: '(nothing recorded)',
  },
  remind: {
    set: ({ id, when, name, title }: { id: number; when: string; name: string; title: string }) => `⏰ Reminder #${id} set for ${when}: ${name} — ${title}`,
  },
  snooze: {
    fromDue: ({ when, due }: { when: string; due: string }) => ` (${when} from its due time ${due})`,
    fromNow: ({ when }: { when: string }) => ` (it was overdue: ${when} from now)`,
    wasDue: ({ due }: { due: string }) => ` (was due ${due})`,
    snoozed: ({ id, until, how }: { id: number; until: string; how: string }) => `⏰ #${id} snoozed until ${until}${how}`,
  },
  tasks: {
    none: 'No open tasks. Add one with /remind <customer> <when>: <what>.',
    overdue: ({ count }: { count: number }) => `⚠️ Overdue (${count})`,
    today: ({ count }: { count: number }) => `📋 Today (${count})`,
    later: ({ count }: { count: number }) => `🗓 Later (${count})`,
    hint: '/done <id> · /snooze <id> 2d',
  },
  approvalRules: {
    current: 'Approval rules (amounts in base currency):',
    saved: '✅ Approval rules saved:',
    howToEdit: 'To change them, send /approvalrules set followed by an edited copy (YAML):',
  },
  newCustomer: {
    created: ({ who, country, owner }: { who: string; country: string | null; owner: string }) =>
      `Created customer ${who}${country ? ` (${country})` : ''}, owner ${owner}.`,
    joinedGroup: ({ group, owner }: { group: string; owner: string | null }) => `\nBelongs to group ${group}, owned by ${owner ?? 'nobody'}; added to the group.`,
    countryUnknown: ({ value }: { value: string }) => `\nUnknown country "${value}": left empty and tagged country-unknown; set it with an ISO code such as MX.`,
    phoneUnverified: ({ value }: { value: string }) => `\nPhone ${value} is possible but could not be verified; saved and tagged phone-unverified.`,
  },
  rule: {
    matched: ({ match, rule, kind, target }: { match: string; rule: string; kind: string; target: string }) => `${match} → rule ${rule} (${kind} ${target})`,
    team: 'team',
    member: 'member',
    removed: ({ name }: { name: string }) => `Removed rule ${name}.`,
    replacesDefault: ' (replaces the previous default)',
    added: ({ name, match, target, note }: { name: string; match: string | null; target: string; note: string }) =>
      `Added rule ${name}: ${match ?? 'everything else'} → ${target}${note}`,
  },
  firstAnswer: {
    head: ({ enabled, quietDays }: { enabled: boolean; quietDays: number }) =>
      `First answer to new buyers: ${enabled ? 'on' : 'off'}; a buyer who wrote nothing for ${quietDays} days opens a new conversation.`,
    edited: 'edited',
    builtIn: 'built-in',
    how: 'Change (admins): /firstanswer <lang> <text with {owner} and {when}> | /firstanswer <lang> default | /firstanswer on|off',
    saved: '✅ First answer saved.',
  },
  transfer: {
    requested: ({ id, who, owner, notified }: { id: number; who: string; owner: string; notified: boolean }) =>
      `Transfer request #${id} sent for ${who} (owner ${owner}). ${notified ? 'The owner and their manager decide in chat.' : 'The owner cannot be reached right now; the request is recorded.'}`,
    approved: ({ id, who, requester }: { id: number; who: string; requester: string }) => `Approved transfer #${id}: ${who} now belongs to ${requester}.`,
    declined: ({ id, who }: { id: number; who: string }) => `Declined transfer #${id} for ${who}.`,
  },
  quote: {
    // an approver's role as the rep reads it in the approval chain
    approverRoles: { manager: 'manager', director: 'director', finance: 'finance', admin: 'admin' } as Record<string, string>,
    sentToBuyer: ({ file, who, channel }: { file: string; who: string; channel: string }) => `Sent ${file} to ${who} on ${channel}; logged on the timeline.`,
    newVersionOf: ({ ref, who }: { ref: string; who: string }) => `a new version of ${ref} (${who})`,
    guidedStart: ({ what }: { what: string }) => `Quote for ${what}. Send "cancel" at any time to stop.\n`,
    cancelled: 'Quote cancelled; nothing was saved.',
    created: ({ ref, newVersion }: { ref: string; newVersion: boolean }) => `Quote ${ref} created${newVersion ? ' (a new version: approval starts again)' : ''}.`,
    autoApproved: ({ hasFile }: { hasFile: boolean }) => `✅ Within the auto-approval limits: approved.${hasFile ? ' The PDF is attached.' : ''}`,
    sentForApproval: ({ chain }: { chain: string }) => `⏳ Sent for approval: ${chain}. You will hear of each decision, with the PDF once approved.`,
  },
  quoteHistory: {
    statusNames: {
      approved: 'approved', pending: 'awaiting approval', draft: 'draft', rejected: 'rejected', changes_requested: 'sent back for changes', superseded: 'superseded',
    } as Record<string, string>,
    validUntil: ({ date }: { date: string }) => ` · valid until ${date}`,
    none: ({ who }: { who: string }) => `${who} has no quotes yet.`,
    head: ({ who }: { who: string }) => `Quotes of ${who} (every version is kept):`,
    howToGet: ({ number, version }: { number: string; version: number }) =>
      `A version's PDF again: /quote pdf ${number} v${version}; the approved one to the buyer: /quote send ${number}`,
    noFiles: 'This chat cannot receive files: use /quote pdf where files arrive (Telegram, Slack, WhatsApp, the terminal).',
    notApproved: ({ status }: { status: string }) => ` (${status}: marked so on the PDF)`,
    copy: ({ number, version, note }: { number: string; version: number; note: string }) => `Proforma invoice ${number} v${version}${note}, for you only.`,
  },
  order: {
    bl: ({ bl }: { bl: string }) => `, B/L ${bl}`,
    balanceDue: ({ balance, date }: { balance: string; date: string }) => `; balance ${balance} due ${date}, handed to finance`,
    tellBuyer: 'Tell the buyer',
    status: ({ id, pi, status, bl, due }: { id: number; pi: string; status: string; bl: string; due: string }) => `Order #${id} ${pi}: ${status}${bl}${due}.`,
    handoffSeparator: '; ',
    created: (p: { id: number; pi: string; customer: string; quote: string; version: number; amount: string; depositPct: number; deposit: string; balance: string; handoffs: string }) =>
      `Order #${p.id} created, PI ${p.pi} (${p.customer}, from quote ${p.quote} v${p.version})\nAmount ${p.amount} · deposit ${p.depositPct}% ${p.deposit} · balance ${p.balance}\nHanded off: ${p.handoffs || 'nobody (no member has those duties)'}`,
    buyerTold: ({ who, channel, text }: { who: string; channel: string; text: string }) => `Told ${who} on ${channel}: ${text}`,
  },
  merge: {
    confirm: ({ source, target, differences }: { source: string; target: string; differences: string }) =>
      `Merge ${source} into ${target}? They ${differences}. Nothing is merged yet.`,
    differenceSeparator: ' and ',
    mergeAnyway: 'Merge anyway',
    cancel: 'Cancel',
    countries: ({ source, target }: { source: string; target: string }) => `are in different countries (${source} / ${target})`,
    owners: ({ source, target }: { source: string; target: string }) => `have different owners (${source} / ${target})`,
    publicPool: 'public pool',
    merged: (p: { source: string; target: string; mergeId: number; contacts: number; communications: number; opportunities: number; quotes: number; orders: number; tasks: number; tags: number }) =>
      `Merged ${p.source} into ${p.target} (merge #${p.mergeId}): ${p.contacts} contacts, ${p.communications} communications, ${p.opportunities} opportunities, ${p.quotes} quotes, ${p.orders} orders, ${p.tasks} tasks, ${p.tags} tags moved; the old name is kept as an alias. Undo within 30 days: /unmerge ${p.mergeId}`,
    cancelled: 'Cancelled; nothing was merged.',
    unmerged: ({ mergeId, source, target }: { mergeId: number; source: string; target: string }) => `Undid merge #${mergeId}: ${source} and ${target} are separate again.`,
  },
  sequence: {
    paused: 'paused',
    resumed: 'resumed',
    stopped: 'stopped',
    changed: ({ who, verb }: { who: string; verb: string }) => `Wake-up sequence of ${who} ${verb}.`,
    none: ({ who }: { who: string }) => `${who} has no wake-up sequence.`,
    // sequence and message states are shown as stored in English
    status: ({ status }: { status: string }) => status,
    head: ({ who, status, reason, started }: { who: string; status: string; reason: string | null; started: string }) =>
      `${who} wake-up sequence: ${status}${reason ? ` (${reason})` : ''}, started ${started}`,
    step: ({ step, status, at, channel, error }: { step: number; status: string; at: string; channel: string | null; error: string | null }) =>
      `  step ${step}: ${status} ${at}${channel ? ` ${channel}` : ''}${error ? ` (${error})` : ''}`,
    pause: 'Pause',
    resume: 'Resume',
  },
  taskActions: {
    snoozedADay: ({ id }: { id: number }) => `⏰ #${id} snoozed for a day. Other times: /snooze ${id} 3d`,
    latestFromBuyer: ({ channel, text }: { channel: string; text: string }) => `Latest from the buyer (${channel}): "${text}"`,
    howToReply: ({ id }: { id: number }) => `Reply to the buyer: /reply ${id}: <text>  (log a call with /log ${id}: call: …)`,
    memberSeparator: ', ',
    howToHandOver: ({ id, members }: { id: string; members: string }) => `To hand over #${id}: send /reassign ${id} <member>${members ? ` (${members})` : ''}`,
  },
  approval: {
    approved: 'Approved',
    rejected: 'Rejected',
    changes_requested: 'Sent back for changes',
    next: ({ approver }: { approver: string }) => `; next: ${approver}`,
    comment: 'Comment',
    cardDecided: ({ icon, ref, decision, by, next, note }: { icon: string; ref: string; decision: string; by: string; next: string; note: string }) =>
      `${icon} ${ref}: ${decision} by ${by}${next}${note}`,
    decided: ({ decision, ref, next }: { decision: string; ref: string; next: string }) => `${decision}: ${ref}${next}. The rep has been told.`,
    rejectTitle: 'Reject quote',
    changeTitle: 'Ask for changes',
    whyReject: ({ ref }: { ref: string }) => `Why reject ${ref}?`,
    whatChange: ({ ref }: { ref: string }) => `What should change in ${ref}?`,
    replyWithComment: 'Reply with your comment (or "cancel").',
    commentCancelled: 'Cancelled; the approval is still pending.',
  },
  approvalRulesFormat: {
    dimensionNames: { amount: 'Amount', discountPct: 'Discount', marginPct: 'Margin', paymentDays: 'Payment terms' },
    roleNames: { manager: 'manager', director: 'director', finance: 'finance', admin: 'admin' },
    days: ({ n }: { n: string }) => `${n} days`,
    any: 'any',
    upTo: ({ to }: { to: string }) => `up to ${to}`,
    above: ({ from }: { from: string }) => `above ${from}`,
    between: ({ from, to }: { from: string; to: string }) => `${from} to ${to}`,
    autoApproved: 'auto-approved',
    tier: ({ range, who }: { range: string; who: string }) => `${range}: ${who}`,
    tierSeparator: '; ',
    marginNote: ' (skipped when a quote has no costs)',
    dimension: ({ name, tiers, note }: { name: string; tiers: string; note: string }) => `• ${name}: ${tiers}${note}`,
    order: ({ roles }: { roles: string }) => `Order of approvers: ${roles}`,
    timers: ({ remind, escalate }: { remind: number; escalate: number }) =>
      `The approver is reminded after ${remind} working hours and it is escalated after ${escalate}.`,
  },
  routingFormat: {
    noRules: 'No assignment rules yet. Add one: /rule add country=MX,CO product=lighting -> team:latam',
    team: 'team ',
    everythingElse: 'everything else',
    rulesHead: 'Assignment rules (first match wins):',
    byConversion: ' (conversion)',
    teamLine: ({ team, members, order }: { team: string; members: string; order: string }) => `Team ${team}: ${members}\nOrder: ${order}`,
    emptyPool: 'No customers in the public pool match.',
    releasedAgo: ({ days }: { days: number }) => ` · released ${days}d ago`,
    grade: 'grade',
  },
  errors: {
    line: ({ n }: { n: number }) => `line ${n}`,
    why: ({ score }: { score: number }) => `\nWhy (score ${score}%): `,
    reasonSeparator: '; ',
    contacts: 'Contacts',
    owner: 'owner',
    publicPool: 'public pool',
  },
  // the /help line of each command, and its usage (also shown after input it could not read)
  commands: {
    done: {
      summary: 'mark a task done',
      usage: '/done <task id>',
    },
    find: {
      summary: 'search by company, contact, email, phone or country',
      usage: '/find <text>',
    },
    tasks: {
      summary: 'your open follow-up tasks',
      usage: '/tasks',
    },
    group: {
      summary: 'link customers that are one buyer group (several legal names)',
      usage: '/group <customer> with <customer> [as <group name>]',
    },
    ungroup: {
      summary: 'take a customer out of its group',
      usage: '/ungroup <customer>',
    },
    pool: {
      summary: 'browse the public pool (公海)',
      usage: '/pool [country or region] [product]',
    },
    contact: {
      summary: 'add a contact with a role (purchasing, technical, finance, boss…)',
      usage: '/contact <customer>: <name>, <role>, <email or phone>',
    },
    customer: {
      summary: 'the customer card: contacts, owner, stage, timeline; or set its address',
      usage: '/customer <name or #id>\n/customer <name or #id>: address <street, city, country>',
    },
    merge: {
      summary: 'merge a duplicate into a customer (undo within 30 days)',
      usage: '/merge <duplicate> into <customer>',
    },
    unmerge: {
      summary: 'undo a merge (within 30 days)',
      usage: '/unmerge <merge id>',
    },
    order: {
      summary: 'turn an approved quote into an order, or update an order',
      usage: '/order <customer> from quote [Q-number] v<n>  ·  /order <order id or PI> deposit|production|shipped [BL <no.>]|paid|closed|cancelled',
    },
    log: {
      summary: 'log a note, call or meeting on the timeline',
      usage: '/log <customer>: [call:|meeting:] <note>',
    },
    audit: {
      summary: 'who viewed, exported or changed a customer (managers)',
      usage: '/audit <customer name or #id>',
    },
    snooze: {
      summary: 'postpone a task',
      usage: '/snooze <task id> <2d | 3h | tomorrow 9am | next monday>',
    },
    help: {
      summary: 'this list',
      usage: '/help',
    },
    firstanswer: {
      summary: 'the first answer new buyers get (admins edit it)',
      usage: '/firstanswer | /firstanswer on|off | /firstanswer <lang> <text with {owner} and {when}> | /firstanswer <lang> default',
    },
    sequence: {
      summary: "see or pause a customer's wake-up sequence",
      usage: '/sequence <customer> [: pause | resume | stop]',
    },
    report: {
      summary: 'funnel, channels, team and customer reports with a chart',
      usage: '/report funnel|channels|team|customers [30d|week|month|last-month|2026-Q3] [team|rep] [country] [xlsx]',
    },
    reassign: {
      summary: 'hand a task to a teammate',
      usage: '/reassign <task id> <member>',
    },
    remind: {
      summary: 'remind me to follow up a customer',
      usage: '/remind <customer> <when>: <what>  (e.g. /remind Acme next tuesday: send catalogue)',
    },
    reply: {
      summary: "reply to a buyer on their own chat (WhatsApp, Telegram…)",
      usage: '/reply <customer>: <text>',
    },
    lang: {
      summary: 'reply language: zh or en',
      usage: '/lang zh|en',
    },
    approvalrules: {
      summary: 'show (admins: replace) the quote approval rules',
      usage: '/approvalrules [set <YAML or JSON rule set>]',
    },
    rules: {
      summary: 'lead assignment rules, in order',
      usage: '/rules',
    },
    stage: {
      summary: 'move a deal along the pipeline (lost needs a reason)',
      usage: '/stage <customer> lead|contacted|quoted|sample|won|lost [price|lead_time|quality|competitor|no_reply|other]',
    },
    weights: {
      summary: 'round robin weights of your team (managers)',
      usage: '/weights | /weights alice=3 bob=2 carol=1 | /weights auto',
    },
    claim: {
      summary: 'claim a customer from the public pool',
      usage: '/claim <#id or name>',
    },
    new: {
      summary: 'create a customer (you become the owner)',
      usage: '/new <company>, <country>, <email or phone>…',
    },
    quote: {
      summary: 'make a quote (one line, or step by step); a quote number makes a new version',
      usage: '/quote <customer or Q-number>: <product> ["<specification>"] [HS <code>] x<qty>[unit] @<price>[; …] <currency> <Incoterm> <port>, <payment terms>, valid <days>d, discount <n>%, POL <port>, POD <port>, lead time <days>, packing <text>, note: <text>\n/quote send <Q-number [vN] or customer>: the approved PDF to the buyer\n/quote history <Q-number or customer>: every version\n/quote pdf <Q-number [vN]>: a version\'s PDF again',
    },
    link: {
      summary: 'link this chat account to your team member',
      usage: '/link <code>',
    },
    rule: {
      summary: 'add, remove or test a lead assignment rule (managers)',
      usage: '/rule add country=MX,CO product=lighting -> team:latam | /rule add default -> team:sales | /rule remove <name> | /rule test country=MX product=lighting',
    },
  },
  quotePrompts: {
    items: 'Products: one per message, e.g. "LED-600 x2000 @3.20" (add "cost 2.55" for the margin).',
    more: 'Added. Another product, or "done".',
    delivery: `Currency, Incoterm and port, e.g. "USD FOB Ningbo" (Incoterms: ${INCOTERMS.join(', ')}).`,
    payment: 'Payment terms, e.g. "30% deposit, 70% against BL copy" (or "skip").',
    validity: 'Valid for how many days? e.g. "15" (or "skip" for 30).',
    notes: 'Notes for the buyer, and shipment details if you have them, e.g. "POD Hamburg, lead time 25 days, packing 10 pcs per carton, note: samples free" (or "skip").',
  },
};

export type Catalogue = typeof en;
