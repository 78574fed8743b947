import { z } from 'zod';
import { defineCommand, parseArgs } from './command';
import { formatRules } from './format/routing.format';

/** `/rules`: the lead assignment rules in the order they are tried. */
export const rulesCommand = defineCommand({
  name: 'rules',
  aliases: ['规则列表'],
  parse: (args) => parseArgs(z.string().max(0, 'no arguments'), args),
  async handle(ctx) {
    await ctx.reply(formatRules(await ctx.services.assignmentRules.list(), ctx.locale));
  },
});
