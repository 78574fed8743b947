import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RetryAfterError } from '../../src/adapters/send-limits';
import { linkMember, eventually } from '../support/channel-harness';
import { storedMessageId } from '../../src/domain/crypto/message-id';
import { signSlackRequest, slackMember, startSlackHarness, type SlackHarness } from '../support/fake-slack';

const ALICE = 'UALICE';
let slack: SlackHarness;
let recorder: SlackHarness;

beforeAll(async () => {
  slack = await startSlackHarness();
  recorder = await startSlackHarness({ record: true });
  await slack.app!.services.team.add({ name: 'alice', role: 'rep', locale: 'en' });
  await linkMember(slack.app!, 'alice', 'slack', slackMember(ALICE), ALICE);
});
afterAll(async () => {
  await slack?.stop();
  await recorder?.stop();
});

describe('Slack adapter through Bolt\'s HTTP receiver and a local Web API', () => {
  it('maps /crm <command> to the same commands and answers in the channel', async () => {
    const res = await slack.slashCommand(ALICE, 'find azteca');
    expect(res.status).toBe(200);
    const reply = await eventually(() => slack.api.posted(`D${ALICE}`).find((p) => /No customers found/.test(p.text)));
    expect(reply.text).toContain('No customers found');
    await slack.slashCommand(ALICE, '');
    await eventually(() => slack.api.posted(`D${ALICE}`).some((p) => p.text.includes('Quayside commands')));
  });

  it('handles a DM event once although Slack retries it with the same event_id', async () => {
    const before = slack.api.posted(`D${ALICE}`).length;
    const ts = '1790000000.000200';
    expect((await slack.directMessage(ALICE, '/help', { eventId: 'EvRETRY1', ts })).status).toBe(200);
    expect((await slack.directMessage(ALICE, '/help', { eventId: 'EvRETRY1', ts, retryNum: 1 })).status).toBe(200);
    await eventually(() => slack.api.posted(`D${ALICE}`).length > before);
    await slack.app!.inbound!.drain(3000);
    expect(slack.api.posted(`D${ALICE}`).length).toBe(before + 1);
    expect(await slack.app!.database.prisma.inboundReceipt.count({ where: { channel: 'slack', externalId: storedMessageId(`D${ALICE}:${ts}`) } })).toBe(1);
  });

  it('refuses a bad signature and a stale timestamp with 401, and strangers get no data', async () => {
    const body = JSON.stringify({ type: 'event_callback', event_id: 'EvBAD', event: { type: 'message', channel: 'DX', channel_type: 'im', user: 'UX', text: '/find a', ts: '1.1' } });
    const now = Math.floor(Date.now() / 1000);
    expect((await slack.post(body, 'application/json', { signature: signSlackRequest(body, now, 'wrong-secret') })).status).toBe(401);
    expect((await slack.post(body, 'application/json', { timestamp: now - 600 })).status).toBe(401);
    await slack.slashCommand('USTRANGER', 'find azteca');
    const reply = await eventually(() => slack.api.posted('DUSTRANGER')[0]);
    expect(reply.text).toContain('not linked to a Quayside team member');
  });

  it('translates events, mentions, edits, block actions and view submissions; drops its own and malformed ones', async () => {
    const r = recorder.received;
    await recorder.event({ type: 'app_mention', channel: 'CSALES', user: ALICE, text: '<@UQUAYSIDEBOT> /find acme &amp; co', ts: '1790000001.000100', thread_ts: '1790000000.000001' });
    await recorder.event({ type: 'message', channel: 'CSALES', channel_type: 'channel', user: ALICE, text: 'chatter', ts: '1790000001.000200' });
    await recorder.event({ type: 'message', channel: 'DALICE', channel_type: 'im', bot_id: 'BQUAYSIDE', user: 'UQUAYSIDEBOT', text: 'my own echo', ts: '1790000001.000300' });
    await recorder.event({ type: 'message', subtype: 'message_changed', channel: 'DALICE', channel_type: 'im', ts: '1790000002.0', message: { user: ALICE, text: 'fixed', ts: '1790000001.000400', edited: { ts: '1790000002.0' } } });
    await recorder.event({ type: 'message', channel: 'DALICE', channel_type: 'im', user: ALICE, text: 'see file', ts: '1790000003.0', files: [{ id: 'F9', name: 'spec.pdf', size: 2048, mimetype: 'application/pdf' }] });
    await recorder.event({ type: 'reaction_added', user: ALICE });
    expect((await recorder.post('payload=%7Bnot-json', 'application/x-www-form-urlencoded')).status).toBeLessThan(500);
    expect(r.map((m) => [m.kind, m.text])).toEqual([['message', '/find acme & co'], ['edit', 'fixed'], ['message', 'see file']]);
    expect(r[0]).toMatchObject({ chatId: 'CSALES', threadId: '1790000000.000001', externalId: 'CSALES:1790000001.000100', isDirect: false });
    expect(r[1]).toMatchObject({ targetExternalId: 'DALICE:1790000001.000400' });
    expect(r[2].attachments).toEqual([{ kind: 'document', name: 'spec.pdf', size: 2048, mimeType: 'application/pdf', ref: 'F9' }]);

    await recorder.adapter.send({ channel: 'slack', chatId: 'DALICE', text: 'Approve Q-7 <$5,000>?', buttons: [{ label: 'Approve', action: 'quote.approve:7', style: 'primary' }, { label: 'Reject', action: 'quote.reject:7', value: 'r' }] });
    const posted = recorder.api.posted('DALICE').at(-1)!;
    expect(posted.text).toBe('Approve Q-7 &lt;$5,000&gt;?');
    const buttons = recorder.buttonsIn(posted);
    expect(buttons.map((b) => b.text.text)).toEqual(['Approve', 'Reject']);
    await recorder.pressButton(ALICE, buttons[1], 'DALICE');
    const press = r.at(-1)!;
    expect(press).toMatchObject({ kind: 'action', chatId: 'DALICE', action: { id: 'quote.reject:7', value: 'r', messageId: 'DALICE:1700000000.000100' } });

    await recorder.adapter.send({ channel: 'slack', chatId: 'DALICE', text: '', prompt: { title: 'Reject Q-7', label: 'Why?', submitAction: 'quote.reject.reason:7', value: '7', triggerId: press.action!.triggerId, messageId: press.action!.messageId } });
    const opened = recorder.api.viewsOpened().at(-1)!;
    expect(opened.trigger_id).toBe(press.action!.triggerId);
    expect((await recorder.submitView(ALICE, opened, 'margin below 12%')).status).toBe(200);
    expect(r.at(-1)).toMatchObject({ kind: 'action', chatId: 'DALICE', text: 'margin below 12%', action: { id: 'quote.reject.reason:7', value: '7', text: 'margin below 12%', messageId: 'DALICE:1700000000.000100' } });
  });

  it('uploads a proforma invoice PDF as a Slack file for internal review (files.getUploadURLExternal + completeUploadExternal)', async () => {
    const data = Buffer.from('%PDF-1.7 sample');
    await recorder.adapter.send({ channel: 'slack', chatId: 'DALICE', text: 'Q-2026-0001 v1 for review', files: [{ name: 'Q-2026-0001-v1.pdf', mimeType: 'application/pdf', data }] });
    const calls = recorder.api.calls;
    expect(calls.find((c) => c.method === 'files.getUploadURLExternal')?.body).toMatchObject({ filename: 'Q-2026-0001-v1.pdf', length: String(data.length) });
    expect(JSON.stringify(calls.find((c) => c.method === 'files.completeUploadExternal')?.body)).toContain('DALICE');
  });

  it('uploads a PNG chart as an image shown inline, described by the text it came with; a PDF gets no image fields', async () => {
    const calls = recorder.api.calls;
    const before = calls.length;
    const data = Buffer.from('\x89PNG\r\n\x1a\n chart');
    await recorder.adapter.send({ channel: 'slack', chatId: 'DALICE', text: 'Funnel, last 30 days\n12 leads', files: [{ name: 'funnel.png', mimeType: 'image/png', data }] });
    const asked = calls.slice(before).find((c) => c.method === 'files.getUploadURLExternal')?.body;
    expect(asked).toMatchObject({ filename: 'funnel.png', alt_text: 'Funnel, last 30 days' });
    expect(JSON.stringify(calls.slice(before).find((c) => c.method === 'files.completeUploadExternal')?.body)).toContain('funnel.png');
    const pdfFrom = calls.length;
    await recorder.adapter.send({ channel: 'slack', chatId: 'DALICE', text: 'PI', files: [{ name: 'Q-1.pdf', mimeType: 'application/pdf', data: Buffer.from('%PDF-1.7') }] });
    expect(calls.slice(pdfFrom).find((c) => c.method === 'files.getUploadURLExternal')?.body.alt_text).toBeUndefined();
  });

  it('turns a 429 into Retry-After', async () => {
    recorder.api.rateLimit(1);
    const error = await recorder.adapter.send({ channel: 'slack', chatId: 'DALICE', text: 'hi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryAfterError);
    expect((error as RetryAfterError).retryAfterMs).toBe(1000);
  });
});
