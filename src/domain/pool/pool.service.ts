import type { Logger } from '../../logger';
import type { PrismaClient } from '../db/client';
import { inTransaction } from '../db/client';
import { DomainError } from '../errors';
import type { EventBus } from '../events';
import { isLocale, type Locale } from '../i18n';
import type { MemberNotices } from '../notify/member-notices';
import type { MemberNotification } from '../outbound/notifier';
import { toCountryCode } from '../normalize/country';
import { readSetting } from '../settings/settings.repository';
import type { Actor } from '../team/actor';
import { expandRegions, isKnownRegion } from '../team/regions';
import { findMemberById } from '../team/team-member.repository';
import { CLAIM_PERIODS, claimWindow, formatReset, scaledLimit } from './claim-limits';
import {
  claimCustomer, claimsSince, createFollowUpTask, customerIdBounds, customerOwnerAndClock, findPoolRefs, holderOf, listPool,
  lockMemberForClaim, releaseBatch, teamAverageWeight, warnRange, type ReleasedRow, type WarnedRow,
} from './pool.repository';
import { poolSettingsSchema, POOL_SETTINGS_KEY, type PoolSettings } from './pool.settings';
import { MAX_LINES, poolNotices } from './pool-notices';

const DAY = 86_400_000;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);
/** ids per statement: each batch is a short transaction, so reps' queries and edits never wait long */
const SWEEP_BATCH = 20_000;
/**
 * Releases per statement (and ids scanned at most): each batch holds its rows' locks for tens of milliseconds, so a
 * rep's edit never waits long behind the sweep, while a million customers still take a few hundred statements.
 */
const RELEASE_BATCH = 2000;
const RELEASE_SPAN = 50_000;

export function createPoolService(deps: { db: PrismaClient; events: EventBus; notices: MemberNotices; logger: Logger }) {
  const { db, events, notices, logger } = deps;
  const settings = () => readSetting(db, POOL_SETTINGS_KEY, poolSettingsSchema);

  async function sweep<Row>(work: (range: { from: number; to: number }) => Promise<Row[]>, batch = SWEEP_BATCH): Promise<Row[]> {
    const { min, max } = await customerIdBounds(db);
    const out: Row[] = [];
    for (let from = min; from <= max; from += batch) out.push(...(await work({ from, to: from + batch })));
    return out;
  }

  /**
   * One notice per owner, in their language, through the outbox under `key(owner)`: a job run again the same day
   * (BullMQ runs a job at least once) tells nobody twice, and a channel that is down delays the notice instead of
   * losing it. A failed notice is logged and the others still go out.
   */
  async function notifyOwners<T>(byOwner: Map<number, T>, key: (ownerId: number, owned: T) => string, notice: (owned: T, locale: Locale) => MemberNotification) {
    for (const [ownerId, owned] of byOwner) {
      await localeOf(ownerId)
        .then(({ locale }) => notices.tell(key(ownerId, owned), ownerId, notice(owned, locale)))
        .catch((err) => logger.error({ err, ownerId }, 'pool notice failed'));
    }
  }

  async function localeOf(memberId: number) {
    const member = await findMemberById(db, memberId);
    const locale: Locale = isLocale(member?.locale) ? member.locale : 'en';
    return { locale, timezone: member?.timezone ?? 'UTC', member };
  }

  return {
    settings,

    /** Daily: owners without a qualifying follow-up for their grade's N days lose the customer to the pool, with the reason. */
    async releaseDue(now: Date, options: { batch?: number; notify?: boolean } = {}): Promise<{ released: number }> {
      const s = await settings();
      const limit = options.batch ?? RELEASE_BATCH;
      const { min, max } = await customerIdBounds(db);
      // per owner: the first customers (named in the notice) and how many in all; a million rows are never held
      const byOwner = new Map<number, { first: ReleasedRow[]; total: number }>();
      let released = 0;
      // one lane per half of the ids, each its own run of short statements on disjoint rows
      const lane = async (from: number, to: number) => {
        for (let after = from - 1; after < to;) {
          const before = Math.min(after + RELEASE_SPAN, to) + 1;
          const rows = await releaseBatch(db, { after, before, limit }, now, s.releaseDays);
          // a full batch may have left due customers in the span: go on after its last one
          after = rows.length === limit ? rows[rows.length - 1].id : before - 1;
          released += rows.length;
          for (const row of rows) {
            await events.emit('customer.released', { customerId: row.id, previousOwnerId: row.ownerId, reason: row.reason });
            const owner = byOwner.get(row.ownerId) ?? { first: [], total: 0 };
            if (owner.first.length < MAX_LINES) owner.first.push(row);
            owner.total += 1;
            byOwner.set(row.ownerId, owner);
          }
        }
      };
      const middle = Math.floor((min + max) / 2);
      await Promise.all([lane(min, middle), lane(middle + 1, max)]);
      if (options.notify !== false) {
        // a release happens once (the rows leave their owner), so its first customer and the day name it
        const key = (ownerId: number, owner: { first: ReleasedRow[] }) => `pool:released:${ownerId}:${dayOf(now)}:${owner.first[0]?.id ?? 0}`;
        await notifyOwners(byOwner, key, (owner, locale) => ({ text: poolNotices.released(owner.first, locale, owner.total) }));
      }
      return { released };
    },

    /** Daily: owners hear, `warnDaysBefore` days ahead, which customers are about to be released, with "I'm on it" buttons. */
    async warnDue(now: Date, options: { batch?: number } = {}): Promise<{ warned: number }> {
      const s = await settings();
      const warned = await sweep<WarnedRow>((range) => warnRange(db, range, now, s.releaseDays, s.warnDaysBefore), options.batch);
      const byOwner = new Map<number, WarnedRow[]>();
      for (const row of warned) {
        const rows = byOwner.get(row.ownerId);
        if (rows) rows.push(row);
        else byOwner.set(row.ownerId, [row]);
      }
      // the same day's warning lists the same customers: one a day per owner
      await notifyOwners(byOwner, (ownerId) => `pool:warning:${ownerId}:${dayOf(now)}`, (rows, locale) => poolNotices.warning(rows, locale));
      return { warned: warned.length };
    },

    async list(filter: { country?: string; product?: string; limit?: number }) {
      let countries: string[] | undefined;
      if (filter.country) {
        if (isKnownRegion(filter.country)) countries = expandRegions([filter.country]);
        else {
          const code = toCountryCode(filter.country);
          if (!code) throw new DomainError('UNKNOWN_COUNTRY', { value: filter.country });
          countries = [code];
        }
      }
      return listPool(db, { countries, product: filter.product, limit: filter.limit ?? 20 });
    },

    /** What the rep may still claim in each window, and when each resets. */
    async allowance(actor: Actor, now: Date) {
      const s = await settings();
      const limits = await limitsFor(actor, s);
      return Promise.all(CLAIM_PERIODS.filter((p) => limits[p] !== null).map(async (period) => {
        const window = claimWindow(period, now, actor.timezone);
        const used = await claimsSince(db, actor.id, window.start);
        return { period, used, limit: limits[period]!, resetAt: formatReset(window.resetAt, actor.timezone) };
      }));
    },

    /**
     * `/claim`: limits are counted under the rep's own row lock, and the customer is taken only if still in the pool,
     * so of two claims a millisecond apart exactly one wins and the other hears who was faster.
     */
    async claim(actor: Actor, via: string, ref: string, now: Date = new Date()) {
      // Only pool customers are ever named here: a customer someone owns gets the same answer as one that does not
      // exist, so walking the ids (or guessing names) reveals nothing about the book.
      const inPool = (await findPoolRefs(db, ref)).filter((c) => c.status === 'pool');
      if (inPool.length > 1) throw new DomainError('CUSTOMER_AMBIGUOUS', { ref, candidates: inPool.map((c) => `#${c.id} ${c.name}`) });
      const target = inPool[0];
      if (!target) throw new DomainError('NOT_IN_POOL', { customer: ref.trim() });
      const s = await settings();
      const limits = await limitsFor(actor, s);
      const result = await inTransaction(db, async (tx) => {
        await lockMemberForClaim(tx, actor.id);
        for (const period of CLAIM_PERIODS) {
          const limit = limits[period];
          if (limit === null) continue;
          const window = claimWindow(period, now, actor.timezone);
          const used = await claimsSince(tx, actor.id, window.start);
          if (used >= limit) throw new DomainError('CLAIM_LIMIT', { period, used, limit, resetAt: formatReset(window.resetAt, actor.timezone) });
        }
        const protectedUntil = new Date(now.getTime() + s.graceDays * DAY);
        const id = await claimCustomer(tx, target.id, actor.id, now, protectedUntil, via);
        return id === null ? null : { id, protectedUntil };
      });
      if (!result) {
        const holder = await holderOf(db, target.id);
        // lost a race for a customer that was in the pool a moment ago (so its name was public): who was faster is fair to say
        if (holder?.status === 'pool' || !holder?.owner) throw new DomainError('NOT_IN_POOL', { customer: ref.trim() });
        throw new DomainError('ALREADY_CLAIMED', { customer: `#${target.id} ${target.name}`, owner: holder.owner, at: holder.claimedAt?.toISOString() ?? null });
      }
      await events.emit('customer.claimed', { customerId: target.id, memberId: actor.id });
      return { customer: { id: target.id, name: target.name }, protectedUntil: result.protectedUntil };
    },

    /** The warning's one tap: a follow-up task for the owner before the release date (once per warning). */
    async imOnIt(actor: Actor, customerId: number, now: Date = new Date()) {
      const customer = await customerOwnerAndClock(db, customerId);
      if (!customer || customer.ownerId !== actor.id) throw new DomainError('CUSTOMER_NOT_FOUND', { ref: `#${customerId}` });
      const s = await settings();
      const clock = Math.max(customer.lastOutboundAt?.getTime() ?? 0, (customer.ownedSince ?? customer.createdAt).getTime(), customer.claimedAt?.getTime() ?? 0);
      const releaseAt = new Date(clock + s.releaseDays[customer.grade as keyof PoolSettings['releaseDays']] * DAY);
      const dueAt = new Date(Math.max(now.getTime(), Math.min(now.getTime() + DAY, releaseAt.getTime() - DAY / 2)));
      const task = await createFollowUpTask(db, {
        customerId, assigneeId: actor.id, dueAt, dedupeKey: `pool-onit:${customerId}:${new Date(clock).toISOString()}`,
        title: `Follow up #${customerId} ${customer.name} before ${releaseAt.toISOString().slice(0, 10)} (public pool)`,
      });
      return { task, customer, releaseAt };
    },
  };

  async function limitsFor(actor: Actor, s: PoolSettings) {
    if (!s.conversionWeighted) return s.claimLimits;
    const member = await findMemberById(db, actor.id);
    if (!member || member.weightMode !== 'conversion' || !member.teamId) return s.claimLimits;
    const average = await teamAverageWeight(db, member.teamId);
    const scale = (base: number | null) => (base === null ? null : scaledLimit(base, member.weight, average));
    return { day: scale(s.claimLimits.day), week: scale(s.claimLimits.week), month: scale(s.claimLimits.month) };
  }
}

export type PoolService = ReturnType<typeof createPoolService>;
