import type { OutboundButton } from '../domain/channel-contract';
import { DomainError } from '../domain/errors';
import type { Locale } from '../domain/i18n';
import type { MemberContext } from './context';
import { errorReply } from './error-replies';
import { messages } from './i18n';

export const CREATE_ANYWAY = 'customer.create_anyway';
export const TRANSFER_REQUEST = 'transfer.request';

type Detail = { id: number; ownerId: number | null; owner: string | null; ownerIsActor?: boolean };

function transferButton(d: Detail, locale: Locale, withId: boolean): OutboundButton[] {
  if (!d.ownerId || d.ownerIsActor || !d.owner) return [];
  const label = messages(locale).clash.requestTransfer({ id: withId ? d.id : undefined, owner: d.owner });
  return [{ label, action: TRANSFER_REQUEST, value: String(d.id) }];
}

/**
 * The reply to a refused capture, with what the rep can do next: ask for a transfer of someone else's customer,
 * or create anyway after a possible duplicate. Returns false for errors that are not a clash (the boundary answers those).
 */
export async function replyToClash(ctx: MemberContext, error: unknown, createArgs: unknown): Promise<boolean> {
  if (!(error instanceof DomainError)) return false;
  if (error.code === 'DUPLICATE_CUSTOMER') {
    await ctx.reply(errorReply(error, ctx.locale), { buttons: transferButton(error.details as Detail, ctx.locale, false) });
    return true;
  }
  if (error.code === 'POSSIBLE_DUPLICATE') {
    const matches = (error.details.matches as (Detail & { ownerId: number | null })[]) ?? [];
    const others = matches.filter((m) => m.ownerId && m.ownerId !== ctx.actor.id).slice(0, 1);
    const buttons: OutboundButton[] = [
      { label: messages(ctx.locale).clash.createAnyway, action: CREATE_ANYWAY, value: JSON.stringify(createArgs) },
      ...others.flatMap((m) => transferButton(m, ctx.locale, true)),
    ];
    await ctx.reply(errorReply(error, ctx.locale), { buttons });
    return true;
  }
  return false;
}
