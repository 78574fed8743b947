import type { PrismaClient } from '../db/client';
import type { DomainEvents } from '../events';
import type { OutboxService } from '../outbox/outbox.service';
import { poolBuyerHead } from '../pool/pool-notices';
import { poolWatchers } from '../pool/pool-watchers';
import { findMemberById, toActor } from '../team/team-member.repository';
import { buyerNotice } from './buyer-notice';
import type { KnownBuyer } from './inbox.repository';

type BuyerMessage = DomainEvents['buyer.message'];

/**
 * Who hears about a buyer's message, through the outbox (one row per message and reader, so a retried reaction job
 * never tells anyone twice, and the send has the outbox's retries, send limits and crash policy): the owner; for a
 * buyer in the public pool writing again, the pool's watchers (nobody owns them, someone should claim them).
 */
export function createMessageNotices(deps: { db: PrismaClient; outbox: OutboxService; now: () => Date }) {
  const { db, outbox, now } = deps;

  function noticeInput(buyer: KnownBuyer, event: BuyerMessage, newLead: boolean) {
    return { buyer, channel: event.channel, text: event.text, attachmentKinds: event.attachmentKinds ?? [], at: event.occurredAt, newLead, intents: event.intents };
  }

  async function notifyPoolWatchers(buyer: KnownBuyer, event: BuyerMessage): Promise<void> {
    const input = noticeInput(buyer, event, false);
    for (const watcher of await poolWatchers(db, buyer.country)) {
      const text = `${poolBuyerHead(buyer.customerId, watcher.locale)}\n${buyerNotice(input, watcher.locale)}`;
      await outbox.notifyLater(`pool-buyer:${event.communicationId}:${watcher.id}`, watcher.id, { text, customerId: buyer.customerId, kind: 'notice' }, now());
    }
  }

  /**
   * The owner's notice (key `buyer-notice:<communication>`), or the pool watchers' when the buyer sits in the pool.
   * `readBuyer` gives the buyer as they are now, or null when nobody is to hear of the message (erased meanwhile).
   */
  async function notifyOwner(event: BuyerMessage, readBuyer: () => Promise<KnownBuyer | null>): Promise<void> {
    // A new lead's owner hears of it from routing's card, which carries this message. Routing may run before or after
    // this point (in process or as a queued job), so a notice here too would tell the owner twice, some of the time.
    if (event.newLead) return;
    const buyer = await readBuyer();
    if (!buyer) return;
    if (!buyer.ownerId) return buyer.status === 'pool' && !event.newLead ? notifyPoolWatchers(buyer, event) : undefined;
    const member = await findMemberById(db, buyer.ownerId);
    if (!member || member.status === 'left') return;
    const text = buyerNotice(noticeInput(buyer, event, event.newLead), toActor(member).locale);
    await outbox.notifyLater(`buyer-notice:${event.communicationId}`, member.id, { text, customerId: buyer.customerId, kind: 'notice' }, now());
  }

  return { notifyOwner };
}
