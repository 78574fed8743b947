import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';

// What buyers write, the second wide pass (#16): asks made of something other than the goods' price, things settled or
// waved away, and words that read as another inside a longer word or another language.
const intents = (text: string, previous?: string[]) => classifyWithConfidence({ text, previous }).intents;
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
