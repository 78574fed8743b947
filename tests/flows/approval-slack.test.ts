import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { eventually, linkMember } from '../support/channel-harness';
import { signSlackRequest, slackMember, startSlackHarness, type SlackHarness } from '../support/fake-slack';

// Approvals through Bolt's HTTP receiver against the local fake Slack Web API, with signed payloads.
let slack: SlackHarness;
let app: App;
const db = () => app.database.prisma;
const quote = () => db().quote.findFirstOrThrow({ orderBy: { id: 'desc' }, include: { approvals: { orderBy: { step: 'asc' } } } });
const texts = (chat: string) => slack.api.posted(chat).map((p) => String(p.text));
const lastWithButtons = (chat: string) => slack.api.posted(chat).filter((p) => slack.buttonsIn(p).length).at(-1);
const button = (posted: Record<string, unknown> | undefined, label: string) => {
  const found = posted && slack.buttonsIn(posted).find((b) => b.text.text === label);
  if (!found) throw new Error(`no ${label} button`);
  return found;
};
const decisionsAudited = async () => db().auditLog.count({ where: { action: { in: ['approve', 'reject', 'request_change'] }, actorId: { not: null } } });

beforeAll(async () => {
  slack = await startSlackHarness();
  app = slack.app!;
  const team = app.services.team;
  await team.add({ name: 'zhao', role: 'director', locale: 'en' });
  await team.add({ name: 'wang', role: 'manager', locale: 'en' });
  await team.add({ name: 'alice', role: 'rep', locale: 'en', manager: 'wang' });
  await team.add({ name: 'eve', role: 'rep', locale: 'en', manager: 'wang' });
  for (const [name, id] of [['zhao', 'UZHAO'], ['wang', 'UWANG'], ['alice', 'UALICE'], ['eve', 'UEVE']]) await linkMember(app, name, 'slack', slackMember(id), id);
  await app.services.customers.create(await team.byName('alice'), 'test', { name: 'Andes Energy SpA', country: 'CL', details: [] });
  await slack.slashCommand('UALICE', 'quote Andes Energy SpA: LED-600 x20000 @3.20 USD FOB Ningbo, 30% deposit, 70% against BL copy');
  await eventually(() => lastWithButtons('UWANG'));
}, 60_000);
afterAll(async () => slack?.stop());

describe('quote approval in Slack', () => {
  it('sends the manager a card with Approve / Reject / Ask for change buttons; Approve moves it to the director', async () => {
    const card = lastWithButtons('UWANG')!;
    expect(card.text).toContain('Quote awaiting your approval (step 1 of 2, because of amount)');
    expect(card.text).toContain('Total: 64,000.00 USD');
    expect(slack.buttonsIn(card).map((b) => b.text.text)).toEqual(['Approve', 'Reject', 'Ask for change']);
    expect((await slack.pressButton('UWANG', button(card, 'Approve'), 'DUWANG', slack.api.tsOf(card))).status).toBe(200);
    const directorCard = await eventually(() => lastWithButtons('UZHAO'));
    expect(directorCard.text).toContain('step 2 of 2');
    await eventually(() => texts('UALICE').find((t) => t.includes('wang approved quote')));
    const q = await quote();
    expect(q.approvals.map((a) => [a.status, a.decidedVia])).toEqual([['approved', 'slack'], ['pending', null]]);
    // the manager's card no longer offers the buttons: the decision stands in their place
    const updated = await eventually(() => slack.api.updated('DUWANG').find((u) => u.ts === slack.api.tsOf(card)));
    expect(updated.text).toMatch(/^✅ Q-\d{4}-0001 v1 \(Andes Energy SpA\): Approved by wang; next: zhao$/);
    expect(updated.blocks.map((b: { type: string }) => b.type)).toEqual(['section']);
  });

  it('ignores a second press of the same button: nothing changes and the presser is told why', async () => {
    const before = (await quote()).approvals[0];
    const audited = await decisionsAudited();
    await slack.pressButton('UWANG', button(lastWithButtons('UWANG'), 'Approve'));
    // (changed: the answer to a press is ephemeral, for the presser only, instead of a new DM message)
    const answer = await eventually(() => slack.api.ephemeral('DUWANG').find((p) => String(p.text).includes('nothing was changed')));
    expect(answer.user).toBe('UWANG');
    const reply = String(answer.text);
    expect(texts('DUWANG').filter((t) => t.includes('nothing was changed'))).toEqual([]);
    // and the pressed card's buttons give way to what happened
    expect(slack.api.updated('DUWANG').at(-1)?.text).toContain('already approved by wang');
    expect(reply).toMatch(/Quote Q-\d{4}-0001 v1 is already approved by wang at .+ UTC; nothing was changed\./);
    const after = (await quote()).approvals[0];
    expect(after.decidedAt).toEqual(before.decidedAt);
    expect(await decisionsAudited()).toBe(audited);
  });

  it('changes nothing when someone who is not the approver presses the director’s button', async () => {
    await slack.pressButton('UEVE', button(lastWithButtons('UZHAO'), 'Approve'), 'DUEVE');
    const answer = await eventually(() => slack.api.ephemeral('DUEVE').find((p) => String(p.text).includes('assigned to someone else')));
    expect(answer.user).toBe('UEVE');
    expect((await quote()).approvals[1].status).toBe('pending');
  });

  it('refuses a forged payload (bad signature) with 401 before any flow runs', async () => {
    const approve = button(lastWithButtons('UZHAO'), 'Approve');
    const payload = {
      type: 'block_actions', trigger_id: `trg.${randomBytes(4).toString('hex')}`, user: { id: 'UZHAO', name: 'zhao' }, team: { id: 'T0001' },
      channel: { id: 'DUZHAO' }, container: { type: 'message', channel_id: 'DUZHAO' }, message: { ts: '1700000000.000100' },
      actions: [{ type: 'button', action_id: approve.action_id, block_id: 'b', value: approve.value, action_ts: '1' }],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const now = Math.floor(Date.now() / 1000);
    const forged = await slack.post(body, 'application/x-www-form-urlencoded', { signature: signSlackRequest(body, now, 'not-the-secret') });
    expect(forged.status).toBe(401);
    await app.inbound!.drain(3000); // had it been accepted, it would have been handled by now
    expect((await quote()).approvals[1].status).toBe('pending');
  });

  it('opens a modal for the rejection comment and tells the rep the reason', async () => {
    const audited = await decisionsAudited();
    const card = lastWithButtons('UZHAO')!;
    await slack.pressButton('UZHAO', button(card, 'Reject'), 'DUZHAO', slack.api.tsOf(card));
    const opened = (await eventually(() => slack.api.viewsOpened().at(-1))) as { view: { callback_id: string; private_metadata?: string; title: { text: string } } };
    expect(opened.view.callback_id).toMatch(/^approval\.reject\.submit:\d+$/);
    expect(opened.view.title.text).toBe('Reject quote');
    expect((await quote()).status).toBe('pending'); // nothing decided until the comment is in
    expect((await slack.submitView('UZHAO', opened, 'Margin too thin at this volume')).status).toBe(200);
    const told = await eventually(() => texts('UALICE').find((t) => t.includes('was rejected by zhao')));
    expect(told).toContain('Comment: Margin too thin at this volume');
    const q = await quote();
    expect(q.status).toBe('rejected');
    expect(q.approvals[1]).toMatchObject({ status: 'rejected', decidedVia: 'slack', comment: 'Margin too thin at this volume' });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: 'reject' } });
    expect(audit).toMatchObject({ via: 'slack', details: expect.objectContaining({ version: 1, step: 2, comment: 'Margin too thin at this volume' }) });
    expect(await decisionsAudited()).toBe(audited + 1);
    // the card the modal came from shows the decision and the reason instead of its buttons
    const updated = await eventually(() => slack.api.updated('DUZHAO').find((u) => u.ts === slack.api.tsOf(card)));
    expect(updated.text).toMatch(/^❌ Q-\d{4}-0001 v1 \(Andes Energy SpA\): Rejected by zhao\nComment: Margin too thin at this volume$/);

    // the same modal submitted again changes nothing, and says so to the presser alone
    await slack.submitView('UZHAO', opened, 'second thoughts');
    await eventually(() => slack.api.ephemeral('DUZHAO').find((p) => /already rejected by zhao/.test(String(p.text))));
    expect((await quote()).approvals[1].comment).toBe('Margin too thin at this volume');
    expect(await decisionsAudited()).toBe(audited + 1);
  });
});
