import { z } from 'zod';
import { defineCommand, parseArgs, splitList } from './command';

const argsSchema = z
  .array(z.string().max(300, 'each part at most 300 characters'))
  .min(1, 'company name required')
  .transform(([name, country, ...details]) => ({ name, country, details }));

/** `/new <company>, <country>, <email or phone>…` */
export const newCustomerCommand = defineCommand({
  name: 'new',
  aliases: ['新建', '新客户'],
  summary: { en: 'create a customer (you become the owner)', zh: '新建客户（您为负责人）' },
  usage: { en: '/new <company>, <country>, <email or phone>…', zh: '/new <公司名>, <国家>, <邮箱或电话>…' },
  parse: (args) => parseArgs(argsSchema, splitList(args)),
  async handle(ctx, args) {
    const customer = await ctx.services.customers.create(ctx.actor, ctx.message.channel, args);
    await ctx.reply(
      ctx.locale === 'zh'
        ? `已创建客户 #${customer.id} ${customer.name}${customer.country ? `（${customer.country}）` : ''}，负责人：${ctx.actor.displayName}。`
        : `Created customer #${customer.id} ${customer.name}${customer.country ? ` (${customer.country})` : ''}, owner ${ctx.actor.displayName}.`,
    );
  },
});
