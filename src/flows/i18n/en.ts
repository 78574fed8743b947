// The words of the chat flows in English. This file is the source of the keys: every other catalogue must have
// exactly these keys, with a string where this has a string and a function of the same parameters where this has one.
// Keys are grouped by flow and name what the text is for, not what it says.

export const en = {
  common: {
    noCommand: 'I did not recognise a command. Send /help to see what I can do.',
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
};

export type Catalogue = typeof en;
