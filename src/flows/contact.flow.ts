import { z } from 'zod';
import { DomainError } from '../domain/errors';
import { defineCommand, parseArgs, splitHead, splitList } from './command';
import { lookupTable } from '../domain/text/lookup-table';
import { messages } from './i18n';

// Roles as reps say them, in both languages, folded to one word each.
const ROLE_WORDS: Record<string, string> = lookupTable({
  purchasing: 'purchasing', buyer: 'purchasing', procurement: 'purchasing', 采购: 'purchasing',
  technical: 'technical', engineer: 'technical', tech: 'technical', 技术: 'technical', 工程师: 'technical',
  finance: 'finance', accounting: 'finance', accounts: 'finance', 财务: 'finance',
  boss: 'boss', owner: 'boss', ceo: 'boss', gm: 'boss', director: 'boss', 老板: 'boss', 总经理: 'boss',
  logistics: 'logistics', shipping: 'logistics', 物流: 'logistics', 货代: 'logistics',
  sales: 'sales', 销售: 'sales', other: 'other', 其他: 'other',
});

const CONTACT_ROLES = ['purchasing', 'technical', 'finance', 'boss', 'logistics', 'sales', 'other'] as const;

const argsSchema = z.object({
  customer: z.string().trim().min(1, 'customer required'),
  name: z.string().trim().min(1, 'contact name required').max(200),
  role: z
    .string()
    .trim()
    .transform((r) => ROLE_WORDS[r.toLowerCase()] ?? r.toLowerCase())
    .pipe(z.enum(CONTACT_ROLES, { message: 'unknown role' })),
  detail: z.string().trim().max(200).optional(),
});

/** `/contact <customer>: <name>, <role>, <email/phone>` */
export const contactCommand = defineCommand({
  name: 'contact',
  aliases: ['联系人'],
  parse(args) {
    const [customer, rest] = splitHead(args) ?? ['', ''];
    const [name, role, detail] = splitList(rest);
    const word = (role ?? 'other').trim().toLowerCase();
    // named, with the list, rather than "could not read that" (own keys only: a role typed as "constructor" is unknown)
    if (name && !Object.hasOwn(ROLE_WORDS, word)) throw new DomainError('UNKNOWN_ROLE', { value: role, roles: CONTACT_ROLES });
    return parseArgs(argsSchema, { customer, name, role: role ?? 'other', detail });
  },
  async handle(ctx, args) {
    const { customer, contact } = await ctx.services.customers.addContact(ctx.actor, ctx.message.channel, args.customer, args);
    await ctx.reply(messages(ctx.locale).customer.contactAdded({ who: `#${customer.id} ${customer.name}`, contact: contact.name, role: args.role }));
  },
});
