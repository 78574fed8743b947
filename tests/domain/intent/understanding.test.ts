import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';
import { EMIT_THRESHOLD, OPT_OUT_ACT_THRESHOLD, actionableIntents, optOutLevel } from '../../../src/domain/intent/confidence';
import { detectOptOut } from '../../../src/domain/intent/opt-out';
import { fold } from '../../../src/domain/language/clean-text';

const intents = (text: string, previous?: string[]) => classifyWithConfidence({ text, previous }).intents;
const optOut = (text: string) => detectOptOut(fold(text));

describe('opt-outs', () => {
  it.each([
    ['en', 'please take me off your mailing list'],
    ['zh', '以后别再给我发消息了'],
    ['es', 'no me vuelvan a escribir'],
    ['pt', 'parem de me mandar mensagens'],
    ['fr', 'merci de ne plus m’écrire'],
    ['de', 'streichen Sie mich aus Ihrem Verteiler'],
    ['ru', 'удалите меня из рассылки'],
    ['ar', 'توقفوا عن مراسلتي'],
    ['tr', 'lütfen beni listeden çıkarın'],
    ['it', 'non mi contattate più'],
    ['pl', 'proszę mnie wypisać, nie piszcie więcej'],
    ['id', 'tolong jangan hubungi saya lagi'],
    ['vi', 'hủy đăng ký'],
    ['ja', '今後のご連絡は不要です'],
    ['ko', '수신 거부합니다'],
    ['nl', 'haal mij uit uw verzendlijst'],
  ])('hears a %s request to stop as certain', (_lang, text) => {
    expect(optOut(text)).toBeGreaterThanOrEqual(OPT_OUT_ACT_THRESHOLD);
  });

  it.each(['not interested', 'No me interesa', 'kein Interesse', '不感兴趣', 'tidak tertarik'])('reads "%s" as likely, not certain', (text) => {
    const level = optOut(text);
    expect(level).toBeGreaterThanOrEqual(EMIT_THRESHOLD);
    expect(level).toBeLessThan(OPT_OUT_ACT_THRESHOLD);
  });

  it.each([
    'stop production until we confirm the colour',
    "don't send by air",
    'please don’t send the sample yet',
    '别发空运，走海运',
    'no lo manden por avión',
    'nicht per Luftfracht schicken',
    'не отправляйте самолётом',
    'To unsubscribe from this newsletter click here',
    'not interested in the red one, do you have blue?',
  ])('does not flag the ordinary "%s"', (text) => {
    expect(optOut(text)).toBe(0);
  });

  it.each([
    "don't worry, I will send the message later",
    "I didn't get your message yesterday",
    'no messages from the forwarder yet, where is my container?',
    "please don't forget to send the list of products",
    "we don't have your number, pls call +44 20 1234 5678",
    'no necesito más mensajes de confirmación, ya está pagado',
    'no te preocupes, te escribo mañana',
    'não se preocupe, te ligo amanhã',
    'ne vous inquiétez pas, je vous écris demain',
    'keine Sorge, ich schreibe morgen',
    'non preoccuparti, ti scrivo domani',
    '不要担心，我明天联系你',
    '不要发错地址，联系人是张三',
    '别忘了发我价格表',
    '请不要把发票号码写错',
    'сообщение не дошло, отправьте еще раз',
    'не могу дозвониться, напишите в WhatsApp',
    'لا تنسى ارسال قائمة الأسعار',
    'mesajınızı aldım, yarın dönerim',
    'nie dostałem wiadomości z numerem śledzenia',
    'jangan lupa kirim nomor resi ya',
    'đừng quên gửi số theo dõi',
    'メールが届いていません',
    '문자 못 받았어요, 다시 보내주세요',
    'geen bericht ontvangen van de expediteur',
    'stop the production line, the color is wrong',
    'remove the logo from the box please',
    'delete the old PI and send the new one',
    "don't ship before the deposit arrives",
  ])('does not read "%s" as any opt-out', (text) => {
    expect(classifyWithConfidence({ text }).intents).not.toContain('opt_out');
  });

  it.each([
    ['fr', 'supprimez mon numéro'],
    ['pt', 'me deixem em paz'],
    ['es', 'ya basta de mensajes'],
    ['tr', 'numaramı silin'],
    ['ko', '번호 삭제해 주세요'],
    ['nl', 'ik wil niet meer benaderd worden'],
  ])('hears the %s "%s" at least as a likely opt-out', (_lang, text) => {
    expect(classifyWithConfidence({ text }).intents).toEqual(['opt_out']);
  });
});

describe('negations and acknowledgements', () => {
  it.each([
    ['no need sample, just send price', ['price_inquiry']],
    ['不需要样品，直接报价', ['price_inquiry']],
    ['sin muestra, solo la cotización por favor', ['price_inquiry']],
    ['Wir brauchen keine Muster, nur den Preis', ['price_inquiry']],
    // "don't want / no / not this but" forms a DEV author used (negation.ts)
    ['不要样品，直接报个价', ['price_inquiry']],
    ["Pas d'échantillon, seulement le prix svp", ['price_inquiry']],
    ['Niente campioni, mi serve solo il prezzo', ['price_inquiry']],
    ['샘플 말고 가격 알려주세요', ['price_inquiry']],
    ['No nos manden muestras, pásenos el precio', ['price_inquiry']],
  ])('"%s" asks only for %j', (text, expected) => {
    expect(intents(text)).toEqual(expected);
  });

  it.each([
    '报价收到了，谢谢', 'got your quotation, thanks', 'recibí la cotización, gracias',
    // the object first, or the verb before an elided article
    "J'ai bien reçu l'échantillon, merci", 'Ya nos llegó la muestra, gracias', 'Das Muster ist angekommen, danke', 'Campione arrivato, grazie',
    // arrived, with the day in between
    'Die Muster sind gestern angekommen, danke', '样品昨天到了，谢谢',
    'De samples zijn gisteren aangekomen, bedankt', 'Recibida la cotización, gracias',
    // settled, not asked: the buyer accepts the MOQ
    'MOQ is fine for us, I will check with my boss',
    // the passive participle, a payment proof, the verb before the object in Vietnamese
    'Wycena otrzymana, dziękuję', 'Платёжку получили, спасибо', 'Em nhận rồi báo giá nha, cảm ơn',
  ])('"%s" is a thank-you, not a price inquiry', (text) => {
    expect(intents(text)).toEqual(['other']);
  });

  it.each([
    // a document the buyer already holds, object before or after the verb
    ['We already have your catalogue, just the price for 500 pcs please', ['price_inquiry']],
    ['Den Katalog haben wir schon, bitte nur den Preis für 500 Stück', ['price_inquiry']],
    ['El catálogo ya lo tenemos, solo necesito el precio', ['price_inquiry']],
    ['Каталог у нас уже есть, пришлите только цены', ['price_inquiry']],
    ['目录我们已经有了，直接报价吧', ['price_inquiry']],
    ['カタログはもう持っています。価格だけ教えてください', ['price_inquiry']],
    // waived: "skip", "pas besoin du", "aren't needed", Turkish -siz ("without")
    ['skip the brochure and send me the price for 1000 units', ['price_inquiry']],
    ['Pas besoin du catalogue, seulement le prix pour 500 pièces', ['price_inquiry']],
    ["Certificates aren't needed for our market, thanks", ['other']],
    ['Numunesiz fiyat verin lütfen', ['price_inquiry']],
  ])('"%s" asks only for %j (what is held or waived is no ask)', (text, expected) => {
    expect(intents(text)).toEqual(expected);
  });

  it('keeps "MOQ ok?" a question', () => {
    expect(intents('MOQ ok? And the price for 500?')).toEqual(['price_inquiry', 'moq']);
  });

  it('keeps the real ask next to an acknowledgement', () => {
    expect(intents('received the quote, but the price is too high')).toEqual(['discount_request']);
  });

  it('keeps negative complaints ("not working")', () => {
    expect(intents("the lights don't work, no need to send a sample")).toEqual(['complaint']);
  });
});

describe('the buyer\'s own slips: a late reply, a wrong chat, a late payment', () => {
  it.each([
    ['Apologies for my late response, I was at the Canton Fair', ['other']],
    ['Perdón por el retraso en contestar', ['other']],
    ['Entschuldigung für die späte Antwort', ['other']],
    ['抱歉回复晚了', ['other']],
    // the buyer's own delay is no complaint; the goods' damage still is
    ['Sorry for the late reply. The goods arrived damaged, 30 cartons broken', ['complaint']],
    // a message sent to the wrong chat, alone or with the apology
    ['Sorry, sent this by mistake', ['other']],
    ['Scusate, ho sbagliato chat', ['other']],
    ['すみません、間違えて送りました', ['other']],
    // the buyer's own payment running late asks for time and complains of nothing
    ['Our payment will be delayed by two weeks, can you hold the goods?', ['payment_extension']],
    ['Платеж задержится на неделю, подождите пожалуйста', ['payment_extension']],
    ['Your shipment is delayed again, this is the third time', ['complaint']],
  ])('"%s" is %j', (text, expected) => {
    expect(intents(text)).toEqual(expected);
  });
});

describe('a negation is a word of its own', () => {
  it('reads "bez" (without) only as a word: "Bezpłatne próbki?" (free samples?) asks for samples', () => {
    expect(intents('Bezpłatne próbki?')).toEqual(['sample_request']);
  });
});

describe('still too high, after a quote', () => {
  it.each(['Still too much for us', 'Toujours cher', 'Nog steeds duur', 'Vẫn còn mắc anh ơi'])(
    '"%s" asks for a discount',
    (text) => {
      expect(intents(text)).toEqual(['discount_request']);
    },
  );
});

describe('a colour beside another ask', () => {
  it.each([
    ['What is the MOQ for each colour?', ['moq']],
    ['Mindestmenge pro Farbe?', ['moq']],
    ['每种颜色的起订量是多少？', ['moq']],
    ['Please send one sample in every colour', ['sample_request']],
    // a colour of their own is still custom work
    ['Can you make it in our own colour, Pantone 286C?', ['customization']],
  ])('"%s" is %j: a bare colour word is no custom order when a specific ask names it', (text, expected) => {
    expect(intents(text)).toEqual(expected);
  });
});

describe('kinds the patterns used to miss', () => {
  it.each([
    ['still not shipped after 3 weeks', ['complaint']],
    ['cartons came crushed', ['complaint']],
    ['you sent the wrong colour', ['complaint']],
    ['can you redo the quote with CIF Santos', ['quote_revision', 'shipping']],
    ['can we pay the balance 60 days after BL?', ['payment_extension']],
  ])('"%s" → %j (not a price inquiry)', (text, expected) => {
    expect(intents(text)).toEqual(expected);
  });
});

describe('context and confidence', () => {
  it('reads "yes" after a quote as an order, with a lower confidence than a direct order', () => {
    const quote = 'LED-600 x2000 @ USD 3.20 FOB Ningbo, valid 15 days';
    expect(classifyWithConfidence({ text: 'yes, go ahead', previous: [quote] }).tags).toEqual([{ intent: 'order_confirmation', confidence: 0.9 }]);
    const after = classifyWithConfidence({ text: 'Yes, agreed', previous: [quote] });
    expect(after.intents).toEqual(['order_confirmation']);
    expect(after.tags[0].confidence).toBeLessThan(0.8);
    expect(classifyWithConfidence({ text: 'yes', previous: ['hello, do you make LED panels?'] }).intents).toEqual(['other']);
  });

  it('gives every emitted tag a confidence at or above the emit threshold', () => {
    const { intents: list, tags } = classifyWithConfidence({ text: 'Hi, pls send sample and price, we want to place an order' });
    expect(tags.map((t) => t.intent)).toEqual(list);
    for (const t of tags) expect(t.confidence).toBeGreaterThanOrEqual(EMIT_THRESHOLD);
  });

  it('reads a forwarded quote with no words of the buyer as nothing to act on', () => {
    const text = '---------- Forwarded message ----------\nFrom: sales@x.com\nQuotation: 2000 pcs @ USD 3.20 FOB Ningbo, sample free';
    expect(intents(text)).toEqual(['other']);
    expect(intents(`can you match this?\n${text}`)).toEqual(['discount_request']);
  });

  it('acts only on sure tags, and tells a certain opt-out from a likely one', () => {
    expect(actionableIntents(['order_confirmation', 'sample_request'], { order_confirmation: 0.7, sample_request: 0.9 })).toEqual(['sample_request']);
    expect(actionableIntents(['complaint'], undefined)).toEqual(['complaint']);
    expect(optOutLevel(['opt_out'], { opt_out: 0.95 })).toBe('certain');
    expect(optOutLevel(['opt_out'], { opt_out: 0.7 })).toBe('likely');
    expect(optOutLevel(['greeting'], {})).toBeNull();
  });
});

describe('defects and specifications', () => {
  it.each([
    ['de', 'Kratzer an 12 Schränken'],
    ['fr', 'des rayures sur 12 armoires'],
    ['es', '40 focos no encienden'],
    ['pt', 'as garrafas estão vazando'],
    ['nl', 'krassen op 12 kasten'],
    ['pl', 'rysy na 12 szafach'],
    ['ru', 'бутылки протекают'],
    ['tr', '20 lamba yanmıyor'],
    ['id', '20 lampu tidak menyala'],
    ['ar', 'خدوش على 12 خزانة'],
    ['zh', '有几个裂了'],
    ['ja', '20個のライトが点かない'],
    ['ko', '캐비닛 12개에 스크래치가 있어요'],
  ])('hears scratches, cracks, leaks and dead lights as a complaint (%s)', (_lang, text) => {
    expect(intents(text)).toContain('complaint');
  });

  it.each([
    'Is the coating scratch-resistant?',
    'We need leak-proof bottles, price?',
    'anti-scratch film for iPhone 15, MOQ?',
    'film anti-rayures pour iPhone, prix ?',
    'botellas a prueba de fugas, precio?',
    'стекло устойчивое к царапинам?',
    'kaca anti gores harga berapa?',
    '防漏水杯子报价',
    '傷防止フィルムの価格は？',
    '스크래치 방지 필름 가격?',
  ])('reads a resistance asked for as a specification, not a complaint: "%s"', (text) => {
    expect(intents(text)).not.toContain('complaint');
  });

  it('keeps idioms that only look like defects out: not urgent, a typo, an offer running out', () => {
    expect(intents('С доставкой не горит, но когда закончите производство?')).not.toContain('complaint');
    expect(intents('카타로그 보내주새요')).not.toContain('complaint');
  });
});

describe('the proforma asked for', () => {
  it.each(['envoyez-moi la PI', 'envíame la proforma por favor', 'me manda a proforma', '请发PI', '可以出PI了', 'ارسل لي الفاتورة المبدئية', 'PIを送ってください'])(
    'reads "%s" as the order going ahead',
    (text) => expect(intents(text)).toContain('order_confirmation'),
  );

  it('reads a proforma held back or redone as no order', () => {
    expect(intents("Don't send the PI yet. first tell me when production can finish")).not.toContain('order_confirmation');
    expect(intents('先别发PI，先告诉我什么时候能做完')).not.toContain('order_confirmation');
    expect(intents('Acrescenta 200 peças do modelo B e me manda a proforma atualizada')).toEqual(['quote_revision']);
  });
});

describe('words that only look like asks', () => {
  it('reads German "bis" (until) as no certification; the Bureau of Indian Standards is written BIS', () => {
    expect(intents('Bin bis Montag im Urlaub, melde mich danach')).not.toContain('certification');
    expect(intents('Was kostet die Seefracht für einen 40HC bis Hamburg?')).not.toContain('certification');
    expect(intents('Do you have BIS certification for India?')).toContain('certification');
  });

  it('reads a datasheet as product information, not a certificate', () => {
    expect(intents('¿Tienen ficha técnica de toda la línea?')).toEqual(['catalog_request']);
    expect(intents('這個系列所有型號有規格書嗎？')).toEqual(['catalog_request']);
    expect(intents('Envíeme el certificado CE y la hoja técnica del cargador')).toContain('certification');
  });

  it.each([
    'I certificati non ci servono, solo il prezzo per 200 pezzi',
    'Certificaten hebben we niet nodig, alleen de prijs',
    'Certyfikaty nie są nam potrzebne, tylko cena za 200 szt.',
    'Para nuestro mercado no piden certificados, gracias.',
    '저희 시장에서는 인증이 필요 없어요, 감사합니다.',
  ])('reads certificates the buyer does not need as no ask for them: "%s"', (text) => {
    expect(intents(text)).not.toContain('certification');
  });
});

describe('the balance held back', () => {
  it.each([
    'Wegen der Mängel halten wir die Restzahlung zurück, bis das geklärt ist',
    'Door de vertraging houden we de restbetaling in tot dit is opgelost',
    'sisa pembayaran kami tahan dulu sampai ada kompensasi',
    '補償が決まるまで残金は保留します',
    'chúng tôi giữ lại khoản thanh toán còn lại cho đến khi giải quyết',
    'mag de restbetaling een week later?',
  ])('reads "%s" as time taken to pay, not as payment terms', (text) => {
    const found = intents(text);
    expect(found).toContain('payment_extension');
    expect(found).not.toContain('payment_terms');
  });
});

describe('what overrides what, whichever reader saw it', () => {
  it('reads a quote to change as a revision, with no new price inquiry beside it', () => {
    expect(intents('Cancel the blue ones from the quote and update the total.')).toEqual(['quote_revision']);
    expect(intents('报价换成欧元')).toEqual(['quote_revision']);
  });
});

describe('a size, a spec or a package beside a more specific ask', () => {
  it.each(['Do you have a spec sheet for the full line?', 'シリーズ全体の仕様書はありますか？', '¿Hay otras medidas disponibles en stock?'])(
    'reads "%s" as a catalogue request, not a custom order',
    (text) => expect(intents(text)).not.toContain('customization'),
  );

  it('still reads a size or a design of the buyer\'s own as a custom order', () => {
    expect(intents('Can you make it in our own design, 40x30 cm?')).toContain('customization');
    expect(intents('能按我们的尺寸定制吗？')).toContain('customization');
  });
});

describe('containers and payments as the words of another ask', () => {
  it('reads containers counted for a price, a discount or an order as a quantity, not a shipping question', () => {
    expect(intents('PRICE FOR 1 CONTAINER??')).toEqual(['price_inquiry']);
    expect(intents('Ada diskon kalau ambil 3 kontainer?')).toEqual(['discount_request']);
    expect(intents('we will take 2 containers, pls start')).toEqual(['order_confirmation']);
    expect(intents('How much is freight for one container to Lagos?')).toContain('shipping');
  });

  it('reads a payment named in a complaint, a sample ask or a lead-time question as no question on terms', () => {
    expect(intents('Zaliczka zapłacona pięć tygodni temu, a wysyłki dalej nie ma. Tak nie może być.')).toEqual(['complaint']);
    expect(intents('The stitching on half the bags is rubbish, mate. Not what we paid for.')).toEqual(['complaint']);
    expect(intents('Potete mandarmi 2 campioni nero opaco? Il corriere lo pago io')).toEqual(['sample_request']);
    expect(intents('Als we vandaag betalen, wat is dan de levertijd?')).toEqual(['lead_time']);
    expect(intents('What are your payment terms? 30% deposit ok?')).toContain('payment_terms');
  });
});

describe('a sample cancelled or compared', () => {
  it.each(['Muster streichen, wir bestellen direkt die 500 Stück.', 'Образец отменяем, сразу заказываем 500 шт.', 'Rezygnujemy z próbki, od razu zamawiamy 500 szt.', 'Cancelá la muestra, hacemos directamente el pedido de 500.', 'Annulez l\'échantillon, on passe directement la commande de 500.', 'Hủy mẫu đi, bên em đặt luôn 500 cái.', '샘플은 취소하고 바로 500개 주문할게요.', 'ألغوا العينة، منطلب الـ 500 قطعة مباشرة'])(
    'reads "%s" as the order, with no sample asked',
    (text) => expect(intents(text)).toEqual(['order_confirmation']),
  );

  it.each(['die Qualität ist schlechter als das Muster', 'la calidad es peor que la muestra', 'Il colore è molto diverso dal campione approvato, così non possiamo venderli.', 'качество хуже образца', '承認したサンプルと色がかなり違います。このままでは販売できません。'])(
    'reads "%s" as a complaint measured against the sample, not a sample request',
    (text) => {
      const found = intents(text);
      expect(found).toContain('complaint');
      expect(found).not.toContain('sample_request');
    },
  );

  it('still reads a sample held back for now as the sample under way', () => {
    expect(intents("Don't send the samples yet, we're still finalising the design.")).toContain('sample_request');
  });
});

describe('complaint words that complain of nothing', () => {
  it.each([
    'Haha no complaints, the customers loved the last batch',
    "je n'ai pas reçu votre mail, envoyez-le sur WhatsApp",
    'Geç döndüm kusura bakmayın, hastaydım',
    '返信が遅れてすみません、出張中でした',
    'تقدرون تسوون مقاس خاص 120x60 ولون وردي؟',
  ])('reads "%s" as no complaint', (text) => expect(intents(text)).not.toContain('complaint'));

  it('reads the buyer short of cash as asking for time, not complaining of a shortage', () => {
    expect(intents('추석 지나고 잔금 드려도 될까요? 지금 현금이 부족해서요')).toEqual(['payment_extension']);
    expect(intents('박스 3개가 부족합니다')).toContain('complaint');
  });
});

describe('a send held back for how, when or what, not for whom', () => {
  it.each([
    'no envíen por mar, lo necesitamos por avión',
    "N'envoyez pas tout d'un coup, faites deux expéditions",
    'No envíen el contenedor todavía, cambió la dirección del consignatario',
    'サンプルはまだ送らないでください、色を先に確定します',
    "Don't WhatsApp me this week, I'm at the Canton Fair. Will call you Monday",
    'Oggi non scrivermi, sono in macchina. Ci sentiamo domani.',
    'El modelo A8 no me interesa, pero ¿cuánto cuesta el A10?',
    'El azul no me interesa, solo negro y gris',
    '파란색은 관심 없고 검정이랑 회색만요',
  ])('reads "%s" as no opt-out', (text) => expect(intents(text)).not.toContain('opt_out'));

  it.each([
    'Stop sending me messages now. Tomorrow I will block you',
    'Not interested, but thanks for reaching out',
    'Não me interessa, não me mandem mais mensagens',
    'ya no me interesa, no me manden más mensajes',
  ])('still hears "%s" as an opt-out', (text) => expect(intents(text)).toContain('opt_out'));
});

describe('stop words on their own and said in passing', () => {
  it.each(['IPTAL', 'HUY', 'إيقاف', '중지', 'ストップ', 'cancel'])('hears "%s" alone as an opt-out', (text) => expect(intents(text)).toEqual(['opt_out']));

  it.each(['Abeg stop sending me all these things', 'niet appen aub', 'Nunca me inscrevi nisso. Me remove.', '御社からのメッセージは今後受け取りたくありません', '한 번만 더 보내면 차단하고 신고할게요'])(
    'hears "%s" as a likely opt-out',
    (text) => expect(intents(text)).toEqual(['opt_out']),
  );

  it('keeps a cancelled order line an order matter', () => {
    expect(intents('cancel the blue ones from the quote')).not.toContain('opt_out');
  });
});

describe('greetings that are not', () => {
  it('reads Indonesian "selamat" in a holiday wish as no Turkish "selam", and "¿Cómo va la producción?" as no greeting', () => {
    expect(intents('Selamat Natal dan Tahun Baru!')).toEqual(['other']);
    expect(intents('Cómo va la producción? Tenemos el lanzamiento el día 20')).not.toContain('greeting');
    expect(intents('Selamlar, fiyat nedir?')).toContain('greeting');
    expect(intents('Hola, ¿cómo va?')).toContain('greeting');
  });
});

describe('asks that are not made', () => {
  it.each([
    ['Air or sea, which is cheaper for 3 cartons?', ['shipping']],
    ['3箱走空运还是海运便宜？', ['shipping']],
    ['Vergessen Sie den Rabatt, sagen Sie mir nur, wann die Ware fertig ist', ['lead_time']],
    ['折扣不说了，你就告诉我什么时候能出货', ['lead_time']],
    ['Si hago el pedido hoy, ¿cuál sería el tiempo de entrega?', ['lead_time']],
    ['现在下单，交期大概多久？', ['lead_time']],
  ])('reads "%s" as %j only', (text, want) => expect(intents(text)).toEqual(want));

  it('reads samples asked before the order as a sample request, and an order that follows a price as an order', () => {
    expect(intents('Est-il possible de recevoir deux échantillons du fauteuil avant de passer commande ? Nous réglons les frais.')).toEqual(['sample_request']);
    expect(intents('If you can do 1.95 we place the order today')).toContain('order_confirmation');
  });
});

describe('when the goods leave', () => {
  it.each([
    '出荷はいつですか？残金の支払いを1週間延ばせますか',
    'Sevkiyat ne zaman? Bakiyeyi bir hafta geç ödeyebilir miyiz?',
    '선적 언제예요? 잔금은 일주일 미뤄도 될까요?',
    'Wanneer gaat het de deur uit? En mag de restbetaling een week later?',
    'Con il logo personalizzato i tempi si allungano?',
  ])('hears the lead time asked in "%s"', (text) => expect(intents(text)).toContain('lead_time'));
});

describe('a catalogue received', () => {
  it.each(['Em nhận catalogue rồi nhé, để em xem.', 'Katalog udah sy terima, makasih.', 'Katalog doszedł'])('reads "%s" as an acknowledgement', (text) => expect(intents(text)).toEqual(['other']));
});

describe('how much of something else', () => {
  it.each([
    ['how much is the MOQ?', ['moq']],
    ['MOQ nya berapa?', ['moq']],
    ['¿cuánto es el MOQ?', ['moq']],
    ['Ongkir brp?', ['shipping']],
    ['运费多少？', ['shipping']],
    ['Was kostet die Seefracht nach Bremerhaven?', ['shipping']],
    ['How much does shipping cost to Lagos?', ['shipping']],
    ['Quanto ci vuole a produrre 5000 pezzi?', ['lead_time']],
    ['сколько времени производство', ['lead_time']],
    ['Geht Luftfracht nach Frankfurt? Was würde das kosten?', ['shipping']],
    ['By sea is fine, what\'s the cost?', ['shipping']],
  ])('reads "%s" as %j, no price inquiry', (text, want) => expect(intents(text)).toEqual(want));

  it('still hears the unit price asked beside the MOQ', () => {
    expect(intents('MOQ and how much per piece?')).toEqual(['price_inquiry', 'moq']);
    expect(intents('Price for 500 pcs by sea to Lagos?')).toEqual(['price_inquiry', 'shipping']);
  });
});

describe('the carriage named for another ask', () => {
  it.each([
    'Podem mandar amostras? a gente paga o frete',
    'サンプルを送っていただけますか。送料はこちらで負担します',
    '무광 블랙 샘플 2개 보내줄 수 있나요? 택배비는 제가 낼게요',
    'Can you send samples? we will pay the courier',
  ])('reads "%s" as a sample request only', (text) => expect(intents(text)).toEqual(['sample_request']));

  it('reads customs named as a reason as no shipping question', () => {
    expect(intents('Şarj adaptörlerinin CE ve RoHS belgesi var mı? Gümrükte istiyorlar.')).toEqual(['certification']);
    expect(intents('Kasih waktu 2 minggu lagi ya utk pelunasan, dana sy ketahan di bea cukai')).toEqual(['payment_extension']);
    expect(intents('Who handles customs clearance at the port?')).toContain('shipping');
  });
});

describe('the buyer asking for time, in their own words', () => {
  it.each([
    'can I delay the payment by two weeks',
    'Die Überweisung verzögert sich leider bis nächsten Freitag. Bitte halten Sie die Ware so lange zurück.',
    'Désolé, le virement sera retardé jusqu\'à vendredi prochain. Gardez la marchandise svp.',
    '尾款能不能晚一个星期付？',
  ])('reads "%s" as a payment extension, no complaint', (text) => {
    const found = intents(text);
    expect(found).toContain('payment_extension');
    expect(found).not.toContain('complaint');
  });

  it('reads "no hace falta" as no need, and "nos hacen falta 20 piezas" as pieces missing', () => {
    expect(intents('No hace falta certificados, solo precio para 200 unidades')).toEqual(['price_inquiry']);
    expect(intents('nos hacen falta 20 piezas')).toContain('complaint');
  });
});

describe('nothing custom asked', () => {
  it.each([
    'Pas de logo, un emballage neutre suffit.',
    'Gak pakai logo, packing polos saja.',
    '不用加logo，普通包装就行',
    'ne mélangez pas les couleurs',
    'Patronla konuşup size dönerim',
  ])('reads "%s" as no custom order', (text) => expect(intents(text)).not.toContain('customization'));

  it('still reads a custom size or our logo as one', () => {
    expect(intents('Can you print our logo on the box?')).toContain('customization');
    expect(intents('Do you have this in a bigger size?')).toContain('customization');
  });
});

describe('how the sample is paid', () => {
  it.each(['Kann ich das Muster per PayPal bezahlen?', '樣品單可以用PayPal付嗎？', 'Aceita PayPal pra amostra?', 'Trả tiền mẫu bằng PayPal được ko?'])(
    'reads "%s" as a question on payment terms only',
    (text) => expect(intents(text)).toEqual(['payment_terms']),
  );

  it('keeps the sample asked when it is also to be sent', () => {
    expect(intents("I'll pay the sample fee by PayPal, send it with FedEx to Lagos pls")).toContain('sample_request');
  });
});

describe('a colour struck off is still a colour chosen', () => {
  it('reads "cancel the blue, all in grey" as a custom order', () => {
    expect(intents('Синий цвет отменяем, делайте всё в сером.')).toContain('customization');
  });
});

describe('stock and lead time said, not asked', () => {
  it.each(['Ok, Lieferzeit notiert', 'ok noted on the lead time', 'Понял, сроки записал', '納期は急いでおりません。品質を優先してください。'])(
    'reads "%s" as nothing asked',
    (text) => expect(intents(text)).toEqual(['other']),
  );

  it('reads other sizes in stock as the range asked, and stock alone as availability', () => {
    expect(intents('Any other sizes available in stock?')).toEqual(['catalog_request']);
    expect(intents('Do you have it in stock?')).toEqual(['lead_time']);
  });
});

describe('an agreement asked, not given', () => {
  it('reads "…, ok?" as terms proposed, and a sample before production as no order', () => {
    expect(intents('30% aanbetaling, 70% tegen kopie B/L, akkoord?')).toEqual(['payment_terms']);
    expect(intents("We'd like a pre-production sample before you start mass production.")).toEqual(['sample_request']);
    expect(intents('ok, go ahead with the order')).toContain('order_confirmation');
  });
});

describe('how much of the freight, the deposit or the transit', () => {
  it.each([
    'Ongkir laut ke Batam kira-kira berapa?',
    'Cước biển đi Cát Lái bao nhiêu vậy?',
    'Navlun İskenderun limanına ne kadar?',
    'Сколько стоит морской фрахт до Владивостока?',
    'Сколько идёт поезд до Минска?',
    'Ok the price is fine, what is the freight to Durban?',
    'Fiyat tamam, Mersin limanına navlun kaç dolar?',
  ])('reads "%s" as shipping, no price inquiry', (text) => expect(intents(text)).toEqual(['shipping']));

  it.each(['Cuánto es el anticipo para este pedido?', 'Ile zaliczki musimy wpłacić?'])('reads "%s" as payment terms only', (text) =>
    expect(intents(text)).toEqual(['payment_terms']),
  );

  it.each(['How much for 500 pcs including shipping to Lagos?', 'Harga dan ongkir ke Medan berapa?', 'By sea is fine. How much for 300 units?', 'Price ok?'])(
    'still reads "%s" as a price inquiry',
    (text) => expect(intents(text)).toContain('price_inquiry'),
  );
});

describe('how much of the MOQ or the lead time', () => {
  it.each([
    ['Сколько по срокам займёт партия 3000 шт?', 'lead_time'],
    ['Plazo de fabricación cuánto es?', 'lead_time'],
    ['minimal pesan brp ya kak?', 'moq'],
    ['Số lượng tối thiểu cho màu đen là bao nhiêu?', 'moq'],
  ])('reads "%s" as %s, no price inquiry', (text, intent) => expect(intents(text)).toEqual([intent]));

  it('still reads a price asked after a lead time accepted', () => {
    expect(intents('Lead time is ok, how much for 800 pcs?')).toContain('price_inquiry');
  });
});

describe('settled or praised, not asked', () => {
  it.each([
    'El pedido mínimo nos sirve, gracias',
    'Votre minimum nous convient.',
    'MOQ-nya aman kok',
    'Minimum sipariş adedi uygun',
    '最低ロットは問題ないです',
    'Geçen seferki kargo çok hızlıydı',
    'Pengiriman kemarin cepet banget',
    'Отгрузка в прошлый раз была быстрая',
  ])('reads "%s" as nothing asked', (text) => expect(intents(text)).toEqual(['other']));

  it.each(['Las muestras estaban perfectas, pero el lote llegó roto', 'Próbki były dobre, ale karton przyszedł zgnieciony'])(
    'reads "%s" as a complaint, no sample asked',
    (text) => expect(intents(text)).toEqual(['complaint']),
  );

  it('keeps an MOQ asked about', () => {
    expect(intents('Is the MOQ ok for custom colours?')).not.toEqual(['other']);
  });
});

describe('a discount or a sample waved away, another thing asked', () => {
  it.each([
    'Lupain diskonnya, kirim katalog aja',
    'Thôi khỏi giảm giá, gửi catalogue cho a',
    'İndirimi boş verin, katalog gönderin',
    '値引きはもういいです。カタログを送ってください',
    'مش عايز خصم، ابعت الكتالوج',
    'Laat die korting maar, stuur de catalogus',
    'Não precisa de amostra, manda o catálogo',
    'Non mi serve il campione, mandatemi il catalogo',
    'Ko cần mẫu, gửi catalogue giúp em',
  ])('reads "%s" as a catalogue request only', (text) => expect(intents(text)).toEqual(['catalog_request']));

  it.each(['Ya llegó la muestra, ¿cuándo pueden producir?', 'Mẫu tới rồi nhé, khi nào sản xuất được?'])('reads the sample in "%s" as arrived, not asked', (text) =>
    expect(intents(text)).not.toContain('sample_request'),
  );

  it('keeps "laat me … weten" an ask', () => {
    expect(intents('Laat me de prijs weten')).toContain('price_inquiry');
  });
});

describe('the buyer’s own customer or bank paying late, and words inside other words', () => {
  it.each([
    'Our clients are paying us late, can we have 30 more days for the balance?',
    'Pelanggan kami telat bayar, bisa mundur 2 minggu?',
    '入金が今月末まで遅れそうです。支払いを来月にしてもいいですか',
  ])('reads "%s" as a later payment, no complaint', (text) => expect(intents(text)).toEqual(['payment_extension']));

  it('reads Vietnamese "xin lỗi" as sorry, no defect', () => {
    expect(intents('Xin lỗi chị, cho em hỏi giá 200 cái?')).toEqual(['price_inquiry']);
    expect(intents('Hàng bị lỗi nhiều quá')).toContain('complaint');
  });

  it('reads "customer" as no customisation', () => {
    expect(intents('Customer kami minta katalog terbaru')).toEqual(['catalog_request']);
  });

  it('still hears a late shipment as a complaint', () => {
    expect(intents('The shipment is late again, this is unacceptable')).toContain('complaint');
  });
});

describe('the buyer’s own late reply or slip', () => {
  it.each(['답장 늦어서 죄송합니다, 휴가였어요', 'Xin lỗi anh trả lời trễ, em bận quá', 'Desculpa, mensagem errada', '这条消息发错了，不好意思'])(
    'reads "%s" as nothing asked',
    (text) => expect(intents(text)).toEqual(['other']),
  );

  it('still hears goods sent wrong', () => {
    expect(intents('Vocês mandaram a cor errada')).toContain('complaint');
  });
});

describe('a size or the packaging priced, nothing custom', () => {
  it.each(['Quanto costa la misura grande?', 'Сколько стоит размер XL?', 'Harga ukuran 2 meter berapa?', 'Ambalaj fiyata dahil mi?'])(
    'reads "%s" as a price inquiry only',
    (text) => expect(intents(text)).toEqual(['price_inquiry']),
  );

  it('keeps a custom print asked with its price', () => {
    expect(intents('How much if you print our logo on the bag?')).toEqual(['price_inquiry', 'customization']);
  });
});

describe('the goods against the sample, and Vietnamese "mẫu" as the model', () => {
  it.each(['Le tissu est moins bon que l’échantillon', 'Warna barangnya beda dari sampel, kecewa', 'サンプルより品質が劣っています', '본품이 샘플보다 못해요'])(
    'reads "%s" as a complaint, no sample asked',
    (text) => expect(intents(text)).toEqual(['complaint']),
  );

  it.each([
    ['Mẫu này còn màu đỏ không, giá bao nhiêu?', ['price_inquiry']],
    ['Mỗi mẫu lấy tối thiểu bao nhiêu cái?', ['moq']],
  ])('reads "%s" as asking about the model', (text, expected) => expect(intents(text)).toEqual(expected));

  it.each(['Cho em xin mẫu thử nhé', 'Gửi em 2 mẫu nhé'])('still reads "%s" as a sample request', (text) =>
    expect(intents(text)).toContain('sample_request'),
  );
});

describe('Vietnamese "màu" (colour) is no "mẫu" (sample) without its accents', () => {
  it('reads "Đặt màu riêng" as a custom colour, and "Đặt mẫu" as a sample', () => {
    expect(intents('Đặt màu riêng thì MOQ bao nhiêu?')).not.toContain('sample_request');
    expect(intents('Đặt mẫu trước được không anh?')).toContain('sample_request');
  });
});

describe('a payment split, and split words that are something else', () => {
  it.each(['货款可以分三次付吗', 'Можно разбить платёж на две части?'])('reads "%s" as a later payment, no order split', (text) =>
    expect(intents(text)).toEqual(['payment_extension']),
  );

  it.each(['Коробки пришли, половина ламп разбита', 'How much is the 2 ton split AC?', 'Sudah telepon dua kali, tidak diangkat'])(
    'reads no order split in "%s"',
    (text) => expect(intents(text)).not.toContain('order_split'),
  );

  it.each(['Can you split the order into two shipments?', 'Ship half now and the rest next month, and can we pay in 2 instalments?', 'Можно разбить заказ на две отгрузки?'])(
    'still reads the goods split in "%s"',
    (text) => expect(intents(text)).toContain('order_split'),
  );

  it.each(['La queremos con tapa negra', 'Üretime başladınız mı?'])('reads "%s" as no order confirmed', (text) =>
    expect(intents(text)).not.toContain('order_confirmation'),
  );

  it('still reads "los tomamos" as an order', () => {
    expect(intents('Los tomamos, mándame la proforma')).toContain('order_confirmation');
  });
});

describe('the carriage paid by the buyer, said after the sample ask', () => {
  it.each(['Bisa kirim 2 sampel? Ongkir saya bayar', 'Gửi em 3 mẫu nhé, phí ship em chịu', 'サンプルを1個お願いします。送料はこちらで持ちます'])(
    'reads "%s" as a sample request only',
    (text) => expect(intents(text)).toEqual(['sample_request']),
  );

  it('still reads a question on the carriage', () => {
    expect(intents('Can you send a sample? How much is the shipping to Lagos?')).toContain('shipping');
  });
});

describe('masks read folded text: Cyrillic й and Arabic hamza are folded too', () => {
  it('reads "платят с задержкой" (й folded to и) as the buyer’s customers paying late, no complaint', () => {
    expect(intents('Наши клиенты платят с задержкой, можно отсрочку на месяц?')).toEqual(['payment_extension']);
  });
});

describe('no logo, colours not mixed, a file by chat', () => {
  it.each(['Die Farben nicht vermischen, bitte', 'No lleva logo, gracias', 'Não leva logo, obrigado', 'Fotonya kirim lewat WA aja kak'])(
    'reads "%s" as nothing asked',
    (text) => expect(intents(text)).toEqual(['other']),
  );

  it('still reads the goods sent by sea as shipping', () => {
    expect(intents('Kirim lewat laut ke Surabaya ya')).toContain('shipping');
  });
});

describe('the price as one item of a list of asks', () => {
  it('reads "Preço, prazo e frete" as price, lead time and shipping', () => {
    expect(intents('Preço, prazo e frete até Recife?')).toEqual(['price_inquiry', 'lead_time', 'shipping']);
  });

  it('keeps a lead time noted as nothing asked, and a list without a price as no price inquiry', () => {
    expect(intents('Ok, anotado o prazo, obrigado')).toEqual(['other']);
    expect(intents('Price list, catalogue and certificates please')).not.toContain('price_inquiry');
  });
});

describe('a waving hand alone', () => {
  it('reads "👋" and "🙋‍♀️" as a greeting, a thumbs-up as nothing', () => {
    expect(intents('👋')).toEqual(['greeting']);
    expect(intents('🙋‍♀️')).toEqual(['greeting']);
    expect(intents('👍')).toEqual(['other']);
  });
});

describe('greetings that are another word', () => {
  it.each([
    'Lieber mit dem Schiff als mit dem Flugzeug',
    'Hải Phòng nhận hàng được không anh?',
    '¿A cómo está el kilo de café verde?',
    'Como está o pedido? Já embarcou?',
    'Dá pra fechar em 3 parcelas, tudo bem?',
    'ارسلوا العينة هلأ',
  ])('reads no greeting in "%s"', (text) => expect(intents(text)).not.toContain('greeting'));

  it.each(['Lieber Herr Wang, bitte Preisliste schicken', 'Oi, tudo bem? Qual o preço do modelo X?', 'هلا، كم السعر؟', 'Hola, ¿cómo estás? Necesito precio'])(
    'still hears the greeting in "%s"',
    (text) => expect(intents(text)).toContain('greeting'),
  );
});

describe('a word of one language inside another’s', () => {
  it('reads 香港 as Hong Kong, no port', () => {
    expect(intents('货款可以转到香港公司吗')).not.toContain('shipping');
  });

  it('reads an Italian "negozio" as a shop, no negotiation; "negoziabile" still is', () => {
    expect(intents('Abbiamo un negozio a Milano, quanti pezzi minimo?')).toEqual(['moq']);
    expect(intents('Il prezzo è negoziabile?')).toContain('discount_request');
  });

  it('reads "¿se demora más?" as a question, no complaint; "está demorando demasiado" still is one', () => {
    expect(intents('¿Se demora más si lleva logo?')).not.toContain('complaint');
    expect(intents('La entrega está demorando demasiado')).toContain('complaint');
  });
});

describe('a document not to be sent, received or noted', () => {
  it.each([
    'Não precisa me enviar o catálogo, obrigado',
    'Pas besoin de m’envoyer les échantillons',
    'Das Muster müssen Sie nicht schicken',
    'Каталог не высылайте',
    'КП получили, спасибо',
    'Teklifiniz elimize ulaştı',
    '价格知道了，谢谢',
    'カタログは持っています',
  ])('reads "%s" as nothing asked', (text) => expect(intents(text)).toEqual(['other']));

  it('still reads "割引はありますか" as a discount asked', () => {
    expect(intents('割引はありますか？')).toContain('discount_request');
  });
});

describe('how many years, and a department', () => {
  it.each(['Combien d’années de garantie ?', 'Garansinya berapa tahun?', 'Satış bölümüne soruyorum'])('reads "%s" as nothing asked', (text) =>
    expect(intents(text)).toEqual(['other']),
  );

  it('still reads a Turkish split', () => {
    expect(intents('Siparişi ikiye bölebilir misiniz?')).toContain('order_split');
  });
});

describe('some now, the rest later', () => {
  it.each(['Could you dispatch 500 units now and the rest when the blue is ready?', 'Yarısını hemen, kalanını haftaya gönderebilir misiniz?'])(
    'reads "%s" as an order split',
    (text) => expect(intents(text)).toContain('order_split'),
  );

  it.each(['Send it now, the rest of the docs by email', 'Can we pay 50% now and the rest in 30 days?'])('reads no order split in "%s"', (text) =>
    expect(intents(text)).not.toContain('order_split'),
  );
});

describe('an amount named when asking for time to pay', () => {
  it.each(['잔액은 다음 달에 드려도 될까요? 금액이 커서요', 'Cho em gia hạn thanh toán 2 tuần nhé'])('reads "%s" as a later payment, no price inquiry', (text) =>
    expect(intents(text)).toEqual(['payment_extension']),
  );

  it('still reads a price asked with a later payment', () => {
    expect(intents('What is the price? And can we pay 30 days later?')).toEqual(['price_inquiry', 'payment_extension']);
  });
});

describe('an order at the price already given', () => {
  it.each([
    'We confirm 800 units at the quoted price, please send the PI',
    'Confirmamos 500 unidades al precio acordado, envíen la proforma',
    'Nous validons 300 pièces au prix convenu',
    '按这个价格下单，300套',
    '제시해주신 가격으로 500개 주문합니다',
    'Заказываем 300 шт по согласованной цене',
    '直接下300个',
  ])('reads "%s" as an order, no price inquiry', (text) => expect(intents(text)).toEqual(['order_confirmation']));

  it('still reads a price asked', () => {
    expect(intents('Qual o preço para 500 peças?')).toEqual(['price_inquiry']);
  });
});

describe('no hurry on the delivery', () => {
  it.each(['We are not in a hurry with the shipment, quality first', 'La entrega no tiene prisa, primero la calidad'])('reads "%s" as nothing asked', (text) =>
    expect(intents(text)).toEqual(['other']),
  );

  it('reads "não é preciso amostra" as no sample asked, and still hears a rush delivery asked', () => {
    expect(intents('Não é preciso amostra, podem produzir')).not.toContain('sample_request');
    expect(intents('Is there any rush fee for faster delivery?')).toContain('shipping');
  });
});

describe('"instead of" a number asks a change; only goods received short complain', () => {
  it.each(['Could you quote 1,500 pcs instead of 1,000?', '¿Pueden hacerlo de 40 cm en vez de 35?'])('reads no complaint in "%s"', (text) =>
    expect(intents(text)).not.toContain('complaint'),
  );

  it.each(['We got 950 pcs instead of 1000', 'Llegaron 90 cajas en vez de 100'])('still reads "%s" as a complaint', (text) =>
    expect(intents(text)).toContain('complaint'),
  );

  it('reads a French "délai pour payer" as time to pay, no lead time; "délai de livraison" still is one', () => {
    expect(intents('Il nous faut un délai pour payer le solde')).toEqual(['payment_extension']);
    expect(intents('Quel est le délai de livraison ?')).toContain('lead_time');
  });
});

describe('the material or size named beside a certificate asked', () => {
  it.each(['Is this material food-grade with an FDA certificate?', 'Material ini ada sertifikat SGS?', '¿Tienen certificado CE para este tamaño?'])(
    'reads "%s" as a certification question only',
    (text) => expect(intents(text)).toEqual(['certification']),
  );

  it('keeps a custom print asked beside a certificate', () => {
    expect(intents('Can you print our logo, and do you have CE certificate?')).toEqual(['customization', 'certification']);
  });
});

describe('Turkish "olmasın" (let there be no …)', () => {
  it('reads "logo olmasın" as no custom print, "logolu olsun" as one', () => {
    expect(intents('Kutuda logo olmasın, sade olsun')).toEqual(['other']);
    expect(intents('Logolu olsun, kutu beyaz')).toContain('customization');
  });
});
