// A buyer who has had enough without naming what to stop (reported as spam, blocked, leave me alone, out of the
// group, no more follow-ups, a bare "stop it"), written for this test; and trade messages that share the words.
import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';

const optOutOf = (text: string) => classifyWithConfidence({ text }).tags.find((t) => t.intent === 'opt_out')?.confidence ?? 0;

describe('a buyer who has had enough, without naming what to stop', () => {
  it.each([
    'Marked as spam.', 'If you text me again I will report you', 'Lo he marcado como spam', 'Vous êtes signalé comme spam', 'Als Spam gemeldet.',
    'Segnalato come spam', 'Nomor ini saya laporkan sebagai spam', 'Spam olarak şikayet ettim', 'Zgłoszone jako spam.', 'Пожаловался на спам',
    'スパムとして報告しました', '已举报', 'Blocked.', 'Bloqueado!', 'Geblokkeerd', 'Engellendi.', 'Заблокирован', 'ich lasse mich nicht mehr stören, lasst mich in Ruhe',
    'Leave me alone please', 'Déjenme en paz', 'Lasciatemi in pace', 'Dajcie mi spokój', 'Оставьте меня в покое', 'خليني في حالي',
    'Please take me off this group', 'Haal me eraf aub', 'Beni listeden çıkarın', 'stop following up, we are done', 'Jangan follow up lagi ya',
    'Stop it!', 'Hör auf!', 'Chega.', 'Хватит!', '그만하세요', 'Przestańcie', '别再私信我了', '不要再骚扰我',
    // told again and again, and had enough
    'I told you a hundred times already. Enough.', 'Ich habe es euch schon hundertmal gesagt. Schluss!', 'Te lo dije cien veces, basta ya',
    'Сто раз говорил вам. Хватит!', '都说了多少次了，够了',
  ])('%s is an opt-out to confirm (at least likely)', (text) => {
    expect(optOutOf(text)).toBeGreaterThan(0);
  });

  it.each([
    'I will report this defect to our QC team', 'The payment was blocked by the bank, can you resend the bank details?', 'Bloqueado el pago, envíame la PI otra vez',
    'The port is blocked by the strike, when can you ship?', 'Please remove the logo from the box', '박스에서 로고 빼주세요', '追加された梱包費を外してください',
    'Enough samples, now send the price for 500 pcs', 'Stop the production until we confirm the color', 'Chega amanhã o contêiner?', 'Хватит ли 20 тонн на контейнер?',
    'We need the circuit breaker 차단기 price', 'Leave the blue ones out of the order', 'Remove me from the CC of the invoice email, send it to Ana',
    // told again and again about the goods: a complaint, not a no to the messages
    'I told you twice the colour is wrong', 'Ich habe schon dreimal gesagt, die Kartons sind zu schwach',
  ])('%s is not', (text) => {
    expect(optOutOf(text)).toBe(0);
  });
});
