import { z } from 'zod';
import { defineCommand, parseArgs } from './command';
import { formatCustomerCard } from '../domain/cards/customer-card.format';
import { messages } from './i18n';

type Args = { ref: string; address?: string };

// `/customer Acme: address …` (any customer) or `/customer #12 address …` (an id cannot run into the keyword, a name can:
// "New Address Ltd" stays a name)
const ADDRESS = /^(?:(.+?)\s*[:：]\s*|(#\d+)\s+)(?:address|地址)(?=$|[\s:：]|\p{Script=Han})\s*[:：]?\s*([\s\S]*)$/iu;

const argsSchema = z.object({
  ref: z.string().trim().min(1, 'customer required').max(300),
  // checked in full (length, emptiness) by the service, which names the address in its error
  address: z.string().optional(),
});

/** `/customer <name or id>`: the 360° card; `/customer <name or id>: address <text>` sets the address a proforma invoice prints. */
export const customerCardCommand = defineCommand<Args>({
  name: 'customer',
  aliases: ['客户', 'card', 'c'],
  parse(args) {
    const address = ADDRESS.exec(args.trim());
    if (address) return parseArgs(argsSchema, { ref: address[1] ?? address[2], address: address[3] });
    return parseArgs(argsSchema, { ref: args });
  },
  async handle(ctx, args) {
    if (args.address !== undefined) {
      const { customer, address } = await ctx.services.customers.setAddress(ctx.actor, ctx.message.channel, args.ref, args.address);
      return ctx.reply(messages(ctx.locale).customer.addressSaved({ who: `#${customer.id} ${customer.name}`, address }));
    }
    const card = await ctx.services.customers.card(ctx.actor, ctx.message.channel, args.ref);
    const group = card.groupId ? await ctx.services.groups.history(ctx.actor, card.groupId) : null;
    await ctx.reply(formatCustomerCard(card, ctx.locale, new Date(), group, ctx.services.followup.zoneOf(ctx.actor.timezone)));
  },
});
