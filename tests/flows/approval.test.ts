import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import type { Actor } from '../../src/domain/team/actor';
import { createTestApp, runTerminalScript } from '../support/terminal-harness';

let app: App & { databaseUrl: string };
let customerId: number;
const db = () => app.database.prisma;
const say = (user: string, lines: string[]) => runTerminalScript(app.databaseUrl, user, lines);
const actor = (name: string): Promise<Actor> => app.services.team.byName(name);
const latestQuote = () => db().quote.findFirstOrThrow({ orderBy: { id: 'desc' }, include: { approvals: { orderBy: { step: 'asc' } } } });
const decisions = (quoteId: number) =>
  db().auditLog.findMany({ where: { entityType: 'quote', entityId: String(quoteId), action: { in: ['approve', 'reject', 'request_change'] } }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  app = await createTestApp();
  const team = app.services.team;
  await team.add({ name: 'zhao', role: 'director', locale: 'en' });
  await team.add({ name: 'wang', role: 'manager', locale: 'en' });
  await team.add({ name: 'alice', role: 'rep', locale: 'en', manager: 'wang' });
  await team.add({ name: 'eve', role: 'rep', locale: 'en', manager: 'wang' });
  await team.add({ name: 'fiona', role: 'rep', locale: 'en' });
  await db().teamMember.update({ where: { name: 'fiona' }, data: { duties: ['finance'] } });
  const customer = await app.services.customers.create(await actor('alice'), 'test', { name: 'Andes Energy SpA', country: 'CL', details: [] });
  customerId = customer.id;
  await db().customer.update({ where: { id: customerId }, data: { grade: 'B' } });
  // the buyer recently asked to pay later: a risk signal the approver should see
  await db().communication.create({
    data: { customerId, channel: 'whatsapp', direction: 'inbound', text: 'Can we pay 90 days after arrival?', intents: ['payment_extension'], occurredAt: new Date() },
  });
});
afterAll(async () => app.stop());

describe('two-level approval, end to end on the terminal', () => {
  it('goes rep → manager → director, each told in their chat, and a rejection takes a typed comment', async () => {
    const created = await say('alice', ['/quote Andes Energy SpA: LED-600 x20000 @3.20 USD FOB Ningbo, 30% deposit, 70% against BL copy']);
    expect(created).toMatch(/Sent for approval: wang \(manager\) → zhao \(director\)/);
    // (changed: each member's terminal shows only their own messages; the approver's card waits for
    // their next session, and their "1" answers it there)
    expect(created).not.toContain('Quote awaiting your approval');
    const quote = await latestQuote();
    expect(quote.status).toBe('pending');
    expect(quote.approvals.map((a) => [a.step, a.approverRole, a.status])).toEqual([[1, 'manager', 'pending'], [2, 'director', 'pending']]);

    const byManager = await say('wang', ['1']);
    // the manager's card: summary, grade, history, risk signals, numbered buttons
    expect(byManager).toContain('Quote awaiting your approval (step 1 of 2, because of amount)');
    expect(byManager).toContain('Rep: alice · grade B · CL');
    expect(byManager).toContain('Total: 64,000.00 USD');
    expect(byManager).toContain('Margin: unknown (no costs given)');
    expect(byManager).toContain('History: 0 order(s), 1 quote(s)');
    expect(byManager).toContain('Risk signals: asked for longer payment terms ×1');
    expect(byManager).toMatch(/1\) Approve\n2\) Reject\n3\) Ask for change/);
    expect(byManager).toMatch(/Approved: Q-\d{4}-0001 v1 \(Andes Energy SpA\); next: zhao/);
    expect(byManager).not.toContain('step 2 of 2');

    const byDirector = await say('zhao', ['2', 'Margin too thin at this volume']);
    expect(byDirector).toContain('Quote awaiting your approval (step 2 of 2, because of amount)');
    expect(byDirector).toContain('Why reject Q-');
    expect(byDirector).toContain('Reply with your comment');
    expect(byDirector).toMatch(/Rejected: Q-\d{4}-0001 v1/);
    const rep = await say('alice', []);
    expect(rep).toContain('wang approved quote');
    expect(rep).toMatch(/❌ Quote Q-\d{4}-0001 v1 \(Andes Energy SpA\) was rejected by zhao\.\nComment: Margin too thin at this volume/);

    const after = await latestQuote();
    expect(after.status).toBe('rejected');
    expect(after.approvals.map((a) => [a.status, a.decidedVia, a.comment])).toEqual([
      ['approved', 'terminal', null],
      ['rejected', 'terminal', 'Margin too thin at this volume'],
    ]);
    const audit = await decisions(after.id);
    const [wang, zhao] = [await actor('wang'), await actor('zhao')];
    expect(audit.map((a) => [a.action, a.actorId, a.via, (a.details as { version: number }).version])).toEqual([
      ['approve', wang.id, 'terminal', 1],
      ['reject', zhao.id, 'terminal', 1],
    ]);
    expect(audit[1].details).toMatchObject({ step: 2, role: 'director', comment: 'Margin too thin at this volume' });
  });

  it('changes nothing on a second press, a press on a decided quote, or a press by someone who is not the approver', async () => {
    const quote = await latestQuote();
    // (changed: a "1" in a later session answers nothing; the press on the decided card is refused by the service)
    const twice = await say('zhao', ['1']);
    expect(twice).toContain('That number answers nothing on this screen any more');
    await expect(app.services.approvals.decide(await actor('zhao'), 'terminal', quote.approvals[1].id, 'approved')).rejects.toMatchObject({ code: 'APPROVAL_ALREADY_DECIDED' });
    const eve = await actor('eve');
    await expect(app.services.approvals.decide(eve, 'slack', quote.approvals[1].id, 'approved')).rejects.toMatchObject({ code: 'APPROVAL_NOT_YOURS' });
    await expect(app.services.approvals.decide(await actor('wang'), 'terminal', quote.approvals[0].id, 'approved')).rejects.toMatchObject({ code: 'APPROVAL_ALREADY_DECIDED' });
    const same = await latestQuote();
    expect(same.status).toBe('rejected');
    expect(same.approvals.map((a) => [a.status, a.decidedAt?.getTime()])).toEqual(quote.approvals.map((a) => [a.status, a.decidedAt?.getTime()]));
    expect(await decisions(quote.id)).toHaveLength(2);
  });

  it('restarts approval for a new version; that approval is for v2 only and ends with the PDF to the rep', async () => {
    const v1 = await latestQuote();
    const out = await say('alice', [`/quote ${v1.number}: LED-600 x20000 @3.35 USD FOB Ningbo, 30% deposit, 70% against BL copy`]);
    expect(out).toMatch(/Q-\d{4}-0001 v2 created \(a new version: approval starts again\)/);
    const v2 = await latestQuote();
    expect(v2.version).toBe(2);
    expect(v2.approvals.map((a) => a.status)).toEqual(['pending', 'pending']);
    // v1's decisions are untouched, and v1's buttons cannot approve v2
    expect((await db().approval.findMany({ where: { quoteId: v1.id }, orderBy: { step: 'asc' } })).map((a) => a.status)).toEqual(['approved', 'rejected']);
    await expect(app.services.approvals.decide(await actor('zhao'), 'terminal', v1.approvals[1].id, 'approved')).rejects.toMatchObject({ code: 'APPROVAL_ALREADY_DECIDED' });
    // the director cannot jump the queue
    await expect(app.services.approvals.decide(await actor('zhao'), 'terminal', v2.approvals[1].id, 'approved')).rejects.toMatchObject({ code: 'APPROVAL_NOT_YOUR_TURN' });

    expect(await say('wang', ['1'])).toContain('quote revised 1 time(s)');
    await say('zhao', ['1']);
    const final = await say('alice', []);
    expect(final).toMatch(/✅ Quote Q-\d{4}-0001 v2 \(Andes Energy SpA\) approved by zhao; you can send it to the buyer\./);
    expect(final).toMatch(/\[file\] \S+Q-\d{4}-0001-v2\.pdf/);
    expect((await latestQuote()).status).toBe('approved');
    const audit = await decisions(v2.id);
    expect(audit.map((a) => [a.action, (a.details as { version: number }).version])).toEqual([['approve', 2], ['approve', 2]]);
  });

  it('sends long credit terms to finance, and an ask-for-change back to the rep with the comment', async () => {
    const out = await say('alice', ['/quote Andes Energy SpA: Driver 40W x1000 @2.50 USD CIF Valparaiso, OA 90 days']);
    expect(out).toMatch(/Sent for approval: fiona \(finance\)/);
    const changed = await say('fiona', ['3', 'Ask for 30% deposit first']);
    expect(changed).toContain('because of payment terms');
    expect(changed).toContain('What should change in Q-');
    expect(await say('alice', [])).toMatch(/✏️ fiona asked for changes to quote Q-\d{4}-\d{4} v\d \(Andes Energy SpA\)\.\nComment: Ask for 30% deposit first\nSend \/quote Q-/);
    const quote = await latestQuote();
    expect(quote.status).toBe('changes_requested');
    expect(quote.approvals[0]).toMatchObject({ status: 'changes_requested', approverRole: 'finance', comment: 'Ask for 30% deposit first' });
  });

  it('refuses a change request without a comment, and cancelling the comment keeps it pending', async () => {
    await say('alice', ['/quote Andes Energy SpA: Driver 40W x1000 @2.50 USD CIF Valparaiso, OA 75 days']);
    const pending = await latestQuote();
    await expect(app.services.approvals.decide(await actor('fiona'), 'terminal', pending.approvals[0].id, 'rejected', '  ')).rejects.toMatchObject({ code: 'COMMENT_REQUIRED' });
    const out = await say('fiona', ['2', 'cancel']);
    expect(out).toContain('Cancelled; the approval is still pending.');
    expect((await latestQuote()).approvals[0].status).toBe('pending');
  });

  it('applies one of two simultaneous presses (the update is conditional on the approval still pending)', async () => {
    const pending = await latestQuote();
    const fiona = await actor('fiona');
    const results = await Promise.allSettled([
      app.services.approvals.decide(fiona, 'slack', pending.approvals[0].id, 'approved'),
      app.services.approvals.decide(fiona, 'telegram', pending.approvals[0].id, 'rejected', 'no'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'APPROVAL_ALREADY_DECIDED' } });
    expect(await decisions(pending.id)).toHaveLength(1);
  });
});

describe('approval rules as data', () => {
  it('lets an admin replace the rules, refusing a set with a gap or an overlap and changing nothing', async () => {
    await app.services.team.add({ name: 'root', role: 'admin', locale: 'en' });
    const gap = JSON.stringify({
      amount: [{ above: null, upTo: 10000, approvers: [] }, { above: 20000, upTo: null, approvers: ['manager'] }],
      discountPct: [{ above: null, upTo: null, approvers: [] }],
      marginPct: [{ above: null, upTo: null, approvers: [] }],
      paymentDays: [{ above: null, upTo: 50, approvers: [] }, { above: 40, upTo: null, approvers: ['finance'] }],
    });
    const out = await say('root', [`/approvalrules set ${gap}`, '/approvalrules']);
    expect(out).toContain('Approval rules refused, nothing was changed:');
    expect(out).toContain('- amount: gap between 10000 and 20000');
    expect(out).toContain('- paymentDays: tiers 1 and 2 overlap (40 < 50)');
    // (changed: the rules read as words with units and role names, no longer as raw JSON)
    expect(out).toContain('• Amount: up to 10,000: auto-approved; 10,000 to 50,000: manager; above 50,000: manager → director');
    expect(out).not.toContain('{"amount"');
    expect(await db().setting.count({ where: { key: 'approval_rules' } })).toBe(0);

    const fixed = gap.replace('"above":20000', '"above":10000').replace('"upTo":50', '"upTo":40');
    const saved = await say('root', [`/approvalrules set ${fixed}`]);
    expect(saved).toContain('✅ Approval rules saved');
    expect(saved).toContain('• Amount: up to 10,000: auto-approved; above 10,000: manager');
    expect(saved).toContain('• Payment terms: up to 40 days: auto-approved; above 40 days: finance');
    // a manager reads the rules; the editable copy is for admins only
    const read = await say('wang', ['/approvalrules']);
    expect(read).toContain('Order of approvers: manager → director → finance → admin');
    expect(read).not.toContain('approvers: [');
    const denied = await say('wang', [`/approvalrules set ${fixed}`]);
    expect(denied).toContain('You do not have permission to do that.');
    expect(await db().auditLog.count({ where: { entityType: 'setting', entityId: 'approval_rules' } })).toBe(1);
  });
});
