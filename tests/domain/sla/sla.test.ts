import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workingMinutesBetween, DEFAULT_BUSINESS_HOURS } from '../../../src/domain/calendar/business-hours';
import { createRoutingApp, makeTeam, type RoutingApp } from '../assignment/routing-fixture';

const MIN = 60_000;
// Tuesday 2026-11-24, 10:00 in Shanghai
const start = new Date('2026-11-24T02:00:00Z');
let app: RoutingApp;

describe('business hours', () => {
  const shanghai = { timezone: 'Asia/Shanghai', hours: DEFAULT_BUSINESS_HOURS, holidays: [] as string[] };
  it('counts only working minutes in the team zone, skipping nights, weekends and holidays', () => {
    expect(workingMinutesBetween(shanghai, start, new Date(start.getTime() + 45 * MIN))).toBe(45);
    // Tue 17:30 → Wed 09:30 Shanghai: 30 + 30 minutes
    expect(workingMinutesBetween(shanghai, new Date('2026-11-24T09:30:00Z'), new Date('2026-11-25T01:30:00Z'))).toBe(60);
    // Fri 17:00 → Mon 10:00: 60 + 60
    expect(workingMinutesBetween(shanghai, new Date('2026-11-27T09:00:00Z'), new Date('2026-11-30T02:00:00Z'))).toBe(120);
    expect(workingMinutesBetween({ ...shanghai, holidays: ['2026-11-25'] }, new Date('2026-11-24T09:30:00Z'), new Date('2026-11-26T01:30:00Z'))).toBe(60);
  });
});

describe('first-response SLA check', () => {
  let leadId: number;
  beforeAll(async () => {
    app = await createRoutingApp();
    const { ids } = await makeTeam(app, 'cn', { wei: 1 }, 'lin');
    const lead = await app.database.prisma.customer.create({
      data: { name: 'Hanoi Lamps', normalizedName: 'hanoi lamps', country: 'VN', ownerId: ids.wei, ownedSince: start, firstContactAt: start, lastInboundAt: start, lastContactAt: start },
    });
    leadId = lead.id;
  });
  afterAll(async () => app.stop());

  it('does nothing before X working minutes', async () => {
    expect(await app.services.sla.check(new Date(start.getTime() + 29 * MIN))).toMatchObject({ reminded: 0, escalated: 0 });
  });

  it('reminds the owner after 30 working minutes, once', async () => {
    expect(await app.services.sla.check(new Date(start.getTime() + 31 * MIN))).toMatchObject({ reminded: 1, escalated: 0 });
    expect(await app.services.sla.check(new Date(start.getTime() + 40 * MIN))).toMatchObject({ reminded: 0 });
    expect(app.recorder.to('wei').at(-1)!.text).toContain('New lead #');
  });

  it('escalates to the manager after 2 working hours with a one-tap reassign, once', async () => {
    expect(await app.services.sla.check(new Date(start.getTime() + 119 * MIN))).toMatchObject({ escalated: 0 });
    expect(await app.services.sla.check(new Date(start.getTime() + 121 * MIN))).toMatchObject({ escalated: 1 });
    expect(await app.services.sla.check(new Date(start.getTime() + 180 * MIN))).toMatchObject({ escalated: 0 });
    const escalation = app.recorder.to('lin').at(-1)!;
    expect(escalation.text).toContain('Escalation');
    expect(escalation.buttons?.[0]).toMatchObject({ action: `sla.reassign:${leadId}` });
  });

  it('closes the SLA tasks once the rep answers, and stores the first-response time', async () => {
    await app.database.prisma.customer.update({ where: { id: leadId }, data: { firstResponseAt: new Date(start.getTime() + 200 * MIN), lastOutboundAt: new Date(start.getTime() + 200 * MIN) } });
    const result = await app.services.sla.check(new Date(start.getTime() + 240 * MIN));
    expect(result).toEqual({ reminded: 0, escalated: 0, closed: 2 });
  });
});
