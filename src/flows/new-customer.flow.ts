import { z } from 'zod';
import type { NewCustomerInput } from '../domain/customers/customer.service';
import { DomainError } from '../domain/errors';
import { CREATE_ANYWAY, replyToClash } from './clash-reply';
import { defineAction, defineCommand, parseArgs, splitList } from './command';
import type { MemberContext } from './context';
import { messages } from './i18n';

const argsSchema = z
  .array(z.string().max(300, 'each part at most 300 characters'))
  .min(1, 'company name required')
  .transform(([name, country, ...details]) => ({ name, country, details }));

const storedArgs = z.object({ name: z.string().max(300), country: z.string().max(300).optional(), details: z.array(z.string().max(300)).max(20) });

async function createAndReply(ctx: MemberContext, args: NewCustomerInput) {
  let customer: Awaited<ReturnType<MemberContext['services']['customers']['create']>>;
  await ctx.services.customers.assertCaptureAllowed(ctx.actor);
  try {
    customer = await ctx.services.customers.create(ctx.actor, ctx.message.channel, args);
  } catch (error) {
    if (await replyToClash(ctx, error, { name: args.name, country: args.country, details: args.details })) return;
    throw error;
  }
  const group = customer.joinedGroup;
  const m = messages(ctx.locale).newCustomer;
  await ctx.reply(
    m.created({ who: `#${customer.id} ${customer.name}`, country: customer.country || null, owner: ctx.actor.displayName }) +
      (group ? m.joinedGroup({ group: group.name, owner: group.owner ?? null }) : '') +
      customer.notices.map((n) => (n.tag === 'country-unknown' ? m.countryUnknown({ value: n.value }) : m.phoneUnverified({ value: n.value }))).join(''),
  );
}

/** `/new <company>, <country>, <email or phone>…` */
export const newCustomerCommand = defineCommand({
  name: 'new',
  aliases: ['新建', '新客户'],
  parse: (args) => parseArgs(argsSchema, splitList(args)),
  handle: (ctx, args) => createAndReply(ctx, args),
});

/** "Create anyway" after a possible-duplicate warning: the same input again, forced (a certain duplicate still refuses). */
export const createAnywayAction = defineAction({
  id: CREATE_ANYWAY,
  async handle(ctx, value) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value ?? '');
    } catch {
      throw new DomainError('BAD_ARGUMENTS', { value });
    }
    const args = storedArgs.safeParse(parsed);
    if (!args.success) throw new DomainError('BAD_ARGUMENTS', { value });
    await createAndReply(ctx, { ...args.data, force: true });
  },
});
