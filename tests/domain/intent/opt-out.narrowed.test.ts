import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';

// The opt-out pass of the twenty-first stop, read from three authors' opt-outs and look-alikes (dev-optout.jsonl):
// contact narrowed to a time, to us, or to the right thing is no opt-out (opt-out.narrowed.patterns.ts), and more
// words for contacting and stopping let the model's opt-out through (opt-out.lexicon.ts). Invented examples.
const intents = (text: string) => classifyWithConfidence({ text }).intents;

describe('contact narrowed, not ended', () => {
  it.each([
    "Please don't call me on Saturdays, I'm at the market all day",
    'No me manden mensajes después de las 22h, mañana respondo',
    'Bitte am Wochenende keine Anrufe, Montag gerne wieder',
    '周末别发消息，周一再聊',
    'Gece yazmayın lütfen, sabah dönerim',
    'Ночью не звоните, пишите утром',
    "Please don't give my number to your other agents",
    'No pases mi número a otros distribuidores, por favor',
    '别把我电话给别的代理',
    'Stop sending excuses and ship the goods',
    'Dejen de mandar fotos y envíen la factura',
  ])('hears no opt-out in "%s"', (text) => expect(intents(text)).not.toContain('opt_out'));

  it.each([
    'Three texts at 11pm. Enough, remove my number.',
    'Stop messaging me, not even at night. Never again.',
    'Who gave you my number? Stop writing to me.',
  ])('still hears the opt-out in "%s"', (text) => expect(intents(text)).toContain('opt_out'));
});

describe('more words for contacting and stopping', () => {
  it.each([
    'Gelieve ons uit uw lijsten te schrappen, wij stoppen met de import.',
    'Bitte meine Handynummer für Ihre Angebote sperren.',
    'Agradecia que deixassem de mandar mensagens para este número.',
    'Woher haben Sie meine Telefonnummer? Sofort löschen.',
    'Lütfen beni gruptan çıkarın, tekrar eklemeyin.',
    'ارجو شطب اسمي من قائمتكم',
  ])('hears an opt-out in "%s"', (text) => expect(intents(text)).toContain('opt_out'));
});
