import { DateTime } from 'luxon';
import { storedMessageId } from '../crypto/message-id';
import type { Logger } from '../../logger';
import { recordAudit } from '../audit/audit.repository';
import { inDailySpan, minutesOfDay } from '../calendar/hhmm';
import type { CustomerService } from '../customers/customer.service';
import { inTransaction, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import { domainMessages, isLocale, truncateForEcho, type Locale } from '../i18n';
import { isValidTimezone } from '../normalize/timezone';
import { findOutboxByKey } from '../outbox/outbox.repository';
import type { OutboxService } from '../outbox/outbox.service';
import { isManagerOrAbove, type Actor } from '../team/actor';
import { findMemberByName, managedMemberIds, toActor } from '../team/team-member.repository';
import { buildDigest, taskButtons } from './digest';
import { readSopSettings } from './followup.settings';
import {
  activeMembers, closeSatisfiedSopTasks, completeTask, createSopTasks, createTask, findTask, findTaskByKey,
  inboundSince, markNudged, openTasksFor, reassignTask, rescheduleTask, tasksToNudge, type TaskWithCustomer,
} from './task.repository';

export const MAX_TASK_TITLE = 500;


/** Follow-up tasks: the SOP sweep, reps' commands, nudges when tasks fall due and the morning digest. */
/** How far `/snooze` moves a task: by a duration, or to a date. */
export type SnoozeBy = { kind: 'duration'; ms: number } | { kind: 'at'; at: Date };

export function createFollowupService(deps: { db: PrismaClient; outbox: OutboxService; customers: CustomerService; defaultTimezone: string; logger: Logger }) {
  const { db, outbox } = deps;
  const zoneOf = (zone: string | null | undefined) => (zone && isValidTimezone(zone) ? zone : deps.defaultTimezone);

  /** A task the actor may act on: their own, or (managers) their team's. Anything else is "not found". */
  async function ownTask(actor: Actor, ref: string): Promise<TaskWithCustomer> {
    const id = /^#?(\d{1,9})$/.exec(ref.trim())?.[1];
    const task = id ? await findTask(db, Number(id)) : null;
    if (!task) throw new DomainError('TASK_NOT_FOUND', { ref });
    if (task.assigneeId !== actor.id && !(isManagerOrAbove(actor) && (await managedMemberIds(db, actor.id)).includes(task.assigneeId))) {
      throw new DomainError('TASK_NOT_FOUND', { ref });
    }
    if (task.status !== 'open') throw new DomainError('TASK_NOT_OPEN', { id: task.id, status: task.status });
    return task;
  }

  return {
    zoneOf,

    /** `/tasks`: open tasks split into overdue, today (in the actor's zone) and later. */
    async list(actor: Actor, now: Date) {
      const zone = zoneOf(actor.timezone);
      const startOfDay = DateTime.fromJSDate(now, { zone }).startOf('day').toJSDate();
      const endOfDay = DateTime.fromJSDate(now, { zone }).endOf('day').toJSDate();
      const tasks = await openTasksFor(db, actor.id, undefined, 100);
      return {
        zone,
        overdue: tasks.filter((t) => t.dueAt < startOfDay),
        today: tasks.filter((t) => t.dueAt >= startOfDay && t.dueAt <= endOfDay),
        later: tasks.filter((t) => t.dueAt > endOfDay),
      };
    },

    async done(actor: Actor, via: string, ref: string, now: Date) {
      const task = await ownTask(actor, ref);
      if (!(await completeTask(db, task.id, now))) throw new DomainError('TASK_NOT_OPEN', { id: task.id, status: 'done' });
      await recordAudit(db, { actorId: actor.id, via, action: 'update', entityType: 'task', entityId: task.id, customerId: task.customerId, details: { status: 'done' } });
      return task;
    },

    /**
     * Moves a task's due time later, never sooner: a duration counts from the later of now and the current due time
     * ("2d" on a task due next Tuesday means next Thursday); a date before the current due time is refused.
     */
    async snooze(actor: Actor, via: string, ref: string, by: SnoozeBy | Date, now: Date) {
      const when: SnoozeBy = by instanceof Date ? { kind: 'at', at: by } : by;
      const task = await ownTask(actor, ref);
      const from = task.dueAt > now ? 'due' : 'now';
      const base = from === 'due' ? task.dueAt : now;
      const until = when.kind === 'duration' ? new Date(base.getTime() + when.ms) : when.at;
      if (until <= now) throw new DomainError('BAD_DATE', { reason: 'past' });
      if (until <= task.dueAt) throw new DomainError('BAD_DATE', { reason: 'before_due', due: task.dueAt.toISOString() });
      await rescheduleTask(db, task.id, until);
      await recordAudit(db, { actorId: actor.id, via, action: 'update', entityType: 'task', entityId: task.id, customerId: task.customerId, details: { dueAt: until.toISOString(), previousDueAt: task.dueAt.toISOString() } });
      return { ...task, dueAt: until, previousDueAt: task.dueAt, countedFrom: when.kind === 'duration' ? from : null };
    },

    /** `/remind`: a reminder task on a visible customer; the platform message id makes a redelivery harmless. */
    async remind(actor: Actor, via: string, input: { customer: string; at: Date; text: string; messageKey?: string }, now: Date) {
      if (input.at <= now) throw new DomainError('BAD_DATE', { reason: 'past' });
      if (input.text.length > MAX_TASK_TITLE) throw new DomainError('TEXT_TOO_LONG', { max: MAX_TASK_TITLE, length: input.text.length });
      const customer = await deps.customers.resolveVisible(actor, input.customer);
      // keyed: the message id names the rep's chat (Telegram "<chat>:<message>")
      const dedupeKey = input.messageKey ? `remind:${storedMessageId(input.messageKey)}` : undefined;
      const [created] = await createTask(db, { customerId: customer.id, assigneeId: actor.id, title: input.text, kind: 'reminder', dueAt: input.at, dedupeKey, createdById: actor.id });
      const task = created ? { ...created, customer: { id: customer.id, name: customer.name } } : await findTaskByKey(db, dedupeKey!);
      await recordAudit(db, { actorId: actor.id, via, action: 'create', entityType: 'task', entityId: task!.id, customerId: customer.id });
      return task!;
    },

    async reassign(actor: Actor, via: string, ref: string, memberName: string, now: Date) {
      const task = await ownTask(actor, ref);
      const target = await findMemberByName(db, memberName);
      if (!target || target.status === 'left') throw new DomainError('MEMBER_NOT_FOUND', { name: memberName });
      // the task's title and customer would reach someone who may not see that customer: the customer moves first (a transfer)
      if (task.customerId !== null && !(await deps.customers.maySee(toActor(target), task.customerId))) {
        throw new DomainError('ASSIGNEE_CANNOT_SEE', { id: task.id, member: target.displayName });
      }
      await inTransaction(db, async (tx) => {
        await reassignTask(tx, task.id, target.id);
        await recordAudit(tx, { actorId: actor.id, via, action: 'assign', entityType: 'task', entityId: task.id, customerId: task.customerId, details: { from: task.assigneeId, to: target.id } });
      });
      const locale: Locale = isLocale(target.locale) ? target.locale : 'en';
      const text = domainMessages(locale).tasks.passedToYou({ by: actor.displayName, id: task.id, title: task.title });
      await outbox.notifyOnce(`reassign:${task.id}:${target.id}:${now.getTime()}`, target.id, { text, buttons: taskButtons(task, locale), kind: 'nudge' }, now);
      return { task, target };
    },

    /** The SOP sweep: close tasks whose reason went away, then create the ones the rules call for. */
    async runSop(now: Date) {
      const sop = await readSopSettings(db);
      const closed = await closeSatisfiedSopTasks(db, now);
      const created = await createSopTasks(db, sop, now);
      return { created, closed };
    },

    /** Nudges each task that fell due, once per due time, outside the rep's quiet hours. */
    async nudgeDue(now: Date) {
      const sop = await readSopSettings(db);
      let sent = 0;
      for (const task of await tasksToNudge(db, now)) {
        const zone = zoneOf(task.timezone);
        const local = DateTime.fromJSDate(now, { zone });
        const m = local.hour * 60 + local.minute;
        if (inDailySpan(m, sop.quietFrom, sop.quietUntil)) continue;
        const locale: Locale = isLocale(task.locale) ? task.locale : 'en';
        const text = domainMessages(locale).tasks.due({ id: task.id, title: truncateForEcho(task.title, 200) });
        const result = await outbox.notifyOnce(`nudge:${task.id}:${task.dueAt.getTime()}`, task.assigneeId, { text, buttons: taskButtons(task, locale), kind: 'nudge', customerId: task.customerId }, now);
        await markNudged(db, task.id, task.dueAt, now);
        if (result.outcome === 'sent') sent += 1;
      }
      return { sent };
    },

    /**
     * The morning digest: each active member whose local time is past `digestAt` (and before `digestUntil`)
     * gets one per local date; the outbox key `digest:<member>:<date>` makes it once however often this runs.
     */
    async sendDigests(now: Date) {
      const sop = await readSopSettings(db);
      let sent = 0;
      for (const member of await activeMembers(db)) {
        const zone = zoneOf(member.timezone);
        const local = DateTime.fromJSDate(now, { zone });
        const m = local.hour * 60 + local.minute;
        if (m < minutesOfDay(sop.digestAt) || m >= minutesOfDay(sop.digestUntil)) continue;
        const key = `digest:${member.id}:${local.toISODate()}`;
        if (await findOutboxByKey(db, key)) continue;
        const locale: Locale = isLocale(member.locale) ? member.locale : 'en';
        const startOfDay = local.startOf('day').toJSDate();
        const tasks = await openTasksFor(db, member.id, local.endOf('day').toJSDate(), 50);
        const overnight = local.minus({ days: 1 }).set({ hour: 18, minute: 0, second: 0, millisecond: 0 }).toJSDate();
        const wrote = (await inboundSince(db, member.id, overnight)).map((w) => ({ ...w, count: Number(w.count) }));
        const digest = buildDigest({
          locale, zone, name: member.displayName,
          overdue: tasks.filter((t) => t.dueAt < startOfDay),
          today: tasks.filter((t) => t.dueAt >= startOfDay),
          wrote,
        });
        if (!digest) {
          await outbox.enqueue([{ dedupeKey: key, channel: 'member', chatId: String(member.id), memberId: member.id, text: '', dueAt: now, status: 'skipped', lastError: 'empty' }]);
          continue;
        }
        const result = await outbox.notifyOnce(key, member.id, { text: digest.text, buttons: digest.buttons, kind: 'digest' }, now);
        if (result.outcome === 'sent') sent += 1;
      }
      return { sent };
    },
  };
}

export type FollowupService = ReturnType<typeof createFollowupService>;
