// Opt-outs in phrasings written for this test (formal letters, closed businesses, blocking, typos, romanised text)
// and ordinary messages that share their words and must not be taken for one.
import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';
import { OPT_OUT_ACT_THRESHOLD } from '../../../src/domain/intent/confidence';

const optOutOf = (text: string) => classifyWithConfidence({ text }).tags.find((t) => t.intent === 'opt_out')?.confidence ?? 0;

describe('opt-out in indirect phrasings', () => {
  it.each([
    'We kindly ask you to refrain from sending us further offers.',
    'Please discontinue all correspondence with our purchasing office.',
    'pls remov me from ur mailing lst',
    'Le rogamos abstenerse de enviarnos más propuestas comerciales.',
    'Cesen el envío de publicidad a este número, gracias.',
    'Merci de cesser tout contact avec notre société.',
    'Wir bitten, von künftigen Zusendungen abzusehen.',
    'Löschen Sie bitte unsere Kontaktdaten.',
    'Vi preghiamo di non contattarci più per offerte.',
    'Prosimy o zaprzestanie wysyłania ofert.',
    'Просим прекратить присылать нам рассылку.',
    'Nous avons fermé, supprimez nos coordonnées svp',
    'Tutup toko, hapus nomor kami ya',
    'Firmamız kapandı, numaramızı silin lütfen',
    'Nghỉ bán rồi, cho tôi ra khỏi danh sách nhé',
    'Fechamos, apaguem nosso cadastro',
    'ne me recontactez plus jamais',
    'otpishite nas pozhaluysta',
    'matb3atlish tany',
    'もう電話してこないでください',
    '다시는 문자 보내지 마세요',
    '以后别再推销了，我要拉黑你',
    'te voy a bloquear, basta de mensajes',
    'Stop met mailen, ik blokkeer dit nummer',
  ])('flags %j', (text) => {
    expect(optOutOf(text)).toBeGreaterThanOrEqual(OPT_OUT_ACT_THRESHOLD);
  });
});

describe('ordinary messages that share opt-out words', () => {
  it.each([
    'Delete the previous message please, wrong chat',
    'Borren el mensaje anterior, lo mandé por error',
    'Dejen de mandar excusas y envíen el contenedor',
    'Dejen de enviar piezas rotas, es la tercera vez',
    '样品不用寄了，直接下单',
    '以后别发空运，走海运',
    'Счёт пока не присылайте, ждём подтверждения',
    'Stop production until we confirm the color',
    'Please cease production of the old model',
    'I will report this defect to our QC team',
    'Remove my address from the invoice, use the new one',
    'me tira uma dúvida: qual o prazo?',
    'vi segnalo un problema con la consegna',
    'Payment blocked by the bank, will retry tomorrow',
    'Bitte löschen Sie die alte Bestellung',
    'Hört auf, uns kaputte Ware zu schicken',
    'no gracias, este mes no compramos',
    'tolong jangan kirim lewat udara, pakai laut',
    'お電話は不要です、メールでお願いします',
    '세관 신고하겠습니다',
  ])('does not flag %j', (text) => {
    expect(classifyWithConfidence({ text }).intents).not.toContain('opt_out');
  });
});
