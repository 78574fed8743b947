import { randomInt } from 'node:crypto';
import type { Logger } from '../../logger';
import { inTransaction, type PrismaClient } from '../db/client';
import { domainMessages, isLocale, type Locale } from '../i18n';
import type { ChannelCapabilities } from '../channel-contract';
import type { NewOutboxRow } from '../outbox/outbox.repository';
import type { OutboxService } from '../outbox/outbox.service';
import { findMemberById } from '../team/team-member.repository';
import { planStep, type StepPlan } from './plan-step';
import { advanceSteps, contactChannels, enrollSilentCustomers, enrollmentsWithDueStep, setEnrollmentStatus, type StepCandidate } from './sequence.repository';
import { readTemplates } from './templates';
import { readWakeupSettings } from './wakeup.settings';
import { fallbackNotice, skipNotice } from './wakeup.messages';

const DAY = 86_400_000;

export const wakeupKey = (customerId: number, enrollmentId: number, step: number) => `wakeup:${customerId}:${enrollmentId}:${step}`;

export interface ScheduleReport {
  enrolled: number;
  planned: number;
  skipped: number;
  /** rows created now: the caller queues a delayed delivery job for each */
  created: { id: number; dueAt: Date }[];
}

/**
 * Enrols newly silent customers and writes the outbox rows of every step falling due within the horizon,
 * a page of enrollments at a time (bulk reads, one transaction per page). Re-running is harmless: keys are
 * unique and an enrollment only moves on from the step it was planned from.
 */
export function createWakeupScheduler(deps: {
  db: PrismaClient;
  outbox: OutboxService;
  capabilities: (channel: string) => ChannelCapabilities | undefined;
  logger: Logger;
  random?: () => number;
}) {
  const { db, outbox, logger } = deps;
  const random = deps.random ?? (() => randomInt(0, 1_000_000) / 1_000_000);

  async function tellRep(ownerId: number, key: string, text: (locale: Locale) => string, customerId: number, now: Date) {
    const member = await findMemberById(db, ownerId);
    if (!member) return;
    const locale: Locale = isLocale(member.locale) ? member.locale : 'en';
    await outbox.notifyOnce(key, ownerId, { text: text(locale), customerId }, now).catch((err) => logger.error({ err, key }, 'rep notice failed'));
  }

  /**
   * One message per rep, reason and run (not one per buyer: a big import would bury the rep), naming up to ten
   * customers. Keys carry the run's time, so a re-run that plans nothing new tells nothing new.
   */
  async function notices(planned: { c: StepCandidate; plan: StepPlan }[], now: Date) {
    const groups = new Map<string, { ownerId: number; reason: string; items: { c: StepCandidate; plan: StepPlan }[] }>();
    for (const item of planned) {
      const reason = item.plan.kind === 'skip' ? item.plan.reason : item.plan.languageFallback ? 'language' : null;
      if (!reason) continue;
      const key = `${item.c.ownerId}:${reason}`;
      const group = groups.get(key) ?? { ownerId: item.c.ownerId, reason, items: [] };
      group.items.push(item);
      groups.set(key, group);
    }
    for (const [key, group] of groups) {
      const first = group.items[0];
      const text = (l: Locale) => {
        const head = group.reason === 'language'
          ? fallbackNotice(l, { ...first.c, language: first.c.language ?? first.c.detectedLanguage ?? '?' })
          : skipNotice(l, group.reason, { ...first.c, detail: first.plan.kind === 'skip' ? first.plan.detail : undefined });
        if (group.items.length === 1) return head;
        const others = group.items.slice(1, 10).map(({ c }) => `#${c.customerId} ${c.customerName}`).join(', ');
        const more = group.items.length > 10 ? ` … +${group.items.length - 10}` : '';
        return `${head}\n${domainMessages(l).leads.sameCase({ count: group.items.length - 1 })}${others}${more}`;
      };
      await tellRep(group.ownerId, `notice:wakeup:${key}:${now.getTime()}:${first.c.id}`, text, first.c.customerId, now);
    }
  }

  async function schedulePage(page: StepCandidate[], now: Date, settings: Awaited<ReturnType<typeof readWakeupSettings>>, templates: Awaited<ReturnType<typeof readTemplates>>) {
    const channels = await contactChannels(db, page.map((c) => c.contactId).filter((id): id is number => id !== null));
    const byContact = new Map<number, typeof channels>();
    for (const ch of channels) byContact.set(ch.contactId, [...(byContact.get(ch.contactId) ?? []), ch]);
    const plans = page.map((c) => ({
      c,
      plan: planStep({
        candidate: c,
        channels: byContact.get(c.contactId ?? -1) ?? [],
        capabilities: deps.capabilities,
        settings,
        templates,
        now,
        random: random(),
      }),
    }));
    const rows: NewOutboxRow[] = plans.map(({ c, plan }) => ({
      dedupeKey: wakeupKey(c.customerId, c.id, c.step),
      customerId: c.customerId,
      contactId: c.contactId,
      enrollmentId: c.id,
      step: c.step,
      ...(plan.kind === 'send'
        ? { channel: plan.channel, chatId: plan.chatId, text: plan.text, dueAt: plan.dueAt, payload: { kind: 'wakeup', template: plan.template, zone: plan.zone, language: plan.language, lastStep: c.step === settings.steps.length - 1 } }
        : { channel: '', chatId: '', text: '', dueAt: now, status: 'skipped' as const, lastError: plan.reason, payload: { kind: 'wakeup' } }),
    }));
    const created = await inTransaction(db, async (tx) => {
      const inserted = await outbox.enqueueWith(tx, rows);
      await advanceSteps(tx, plans.map(({ c, plan }) => ({ id: c.id, fromStep: c.step, nextDueAt: plan.kind === 'send' ? plan.dueAt : null })));
      for (const { c, plan } of plans) {
        // opted out ends the sequence; a skipped last step completes it
        if (plan.kind === 'skip' && plan.reason === 'opted_out') await setEnrollmentStatus(tx, c.id, ['active'], 'stopped');
        else if (plan.kind === 'skip' && c.step === settings.steps.length - 1) await setEnrollmentStatus(tx, c.id, ['active'], 'completed');
      }
      return inserted;
    });
    const createdKeys = new Set(created.map((r) => r.dedupeKey));
    await notices(plans.filter(({ c }) => createdKeys.has(wakeupKey(c.customerId, c.id, c.step))), now);
    return { created, skipped: plans.filter((p) => p.plan.kind === 'skip').length };
  }

  return {
    async run(now: Date, options: { pageSize?: number; concurrency?: number } = {}): Promise<ScheduleReport> {
      const settings = await readWakeupSettings(db);
      if (!settings.enabled) return { enrolled: 0, planned: 0, skipped: 0, created: [] };
      const templates = await readTemplates(db);
      const enrolled = await inTransaction(db, (tx) => enrollSilentCustomers(tx, now, new Date(now.getTime() - settings.dormantDays * DAY)));
      const horizonEnd = new Date(now.getTime() + settings.horizonHours * 3_600_000);
      const days = settings.steps.map((s) => s.day);
      const report: ScheduleReport = { enrolled, planned: 0, skipped: 0, created: [] };
      // pages are read in id order (keyset) and written concurrently: the writes, not the reads, take the time
      const inFlight = new Set<Promise<void>>();
      let afterId = 0;
      for (;;) {
        const page = await enrollmentsWithDueStep(db, days, horizonEnd, afterId, options.pageSize ?? 2000);
        if (!page.length) break;
        afterId = page[page.length - 1].id;
        const work: Promise<void> = schedulePage(page, now, settings, templates).then((result) => {
          report.created.push(...result.created.filter((r) => r.status === 'pending').map(({ id, dueAt }) => ({ id, dueAt })));
          report.planned += page.length - result.skipped;
          report.skipped += result.skipped;
          inFlight.delete(work);
        });
        inFlight.add(work);
        if (inFlight.size >= (options.concurrency ?? 3)) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      logger.info({ enrolled, planned: report.planned, skipped: report.skipped }, 'wake-up schedule run');
      return report;
    },
  };
}

export type WakeupScheduler = ReturnType<typeof createWakeupScheduler>;
