import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';

// The seventeenth pass: the constructions the dev opt-out authors used for revisions, complaints, discounts, orders and
// later payments that the tables did not know, and the look-alikes kept apart. Invented examples.
const intents = (text: string, previous?: string[]) => classifyWithConfidence({ text, previous }).intents;

describe('the old quote set aside for a new one is a revision', () => {
  it.each([
    'Olvida la cotización de ayer y cotízame el modelo de 20 litros',
    'Esqueçam o orçamento antigo, agora queremos só as cadeiras',
    'Zapomnijcie o starej ofercie, przeliczcie po nowym kursie',
    '不要欧元报价，改成美元',
  ])('reads a revision in "%s"', (text) => expect(intents(text)).toContain('quote_revision'));

  it('reads none in a reminder not to forget the quote', () => {
    expect(intents("Don't forget to send the quotation")).not.toContain('quote_revision');
  });
});

describe('a line taken out of the quote is a revision', () => {
  it.each([
    'Quitad los cables de la proforma, ya los tenemos',
    'Togliete i cuscini dal preventivo, il resto va bene',
    'Removam as capas da cotação, por favor',
    'Streichen Sie bitte die Lampen aus dem Angebot',
    'Haal de kussens uit de offerte, de rest blijft',
    'Supprimez les housses du devis, merci',
    'Xóa mẫu số 3 khỏi báo giá giúp em',
    '请把第5项从报价单里删掉',
  ])('reads a revision in "%s"', (text) => expect(intents(text)).toContain('quote_revision'));

  it("keeps the patterns' revision over the model's guess at an edited order", () => {
    const read = intents('Eliminen la línea 2 de la proforma, la de los cargadores, y mándenme la PI corregida.');
    expect(read).toContain('quote_revision');
    expect(read).not.toContain('order_confirmation');
  });
});

describe('a credit for bad goods off the next proforma is a revision; off the next invoice it is not', () => {
  it('reads a revision with the proforma', () => {
    expect(intents('For the broken units please deduct the amount from the next PI')).toContain('quote_revision');
  });

  it('reads none with the invoice', () => {
    expect(intents('Please deduct the broken units from the next invoice')).not.toContain('quote_revision');
  });
});

describe("the buyer's own late money, the reason for asking time, is no complaint", () => {
  it.each([
    'Unser Endkunde hat verspätet bezahlt, können wir die Restzahlung zwei Wochen später leisten?',
    'Клиент задерживает оплату, можно перенести остаток на две недели?',
    'Mamy opóźnienie od klienta, czy możemy zapłacić resztę za 14 dni?',
  ])('reads a later payment and no complaint in "%s"', (text) => {
    const read = intents(text);
    expect(read).toContain('payment_extension');
    expect(read).not.toContain('complaint');
  });

  it('hears time asked in words of its own', () => {
    expect(intents('Cho chị khất 50% đến cuối tháng nhé')).toContain('payment_extension');
  });
});

describe("the buyer's own slips complain of nothing", () => {
  it.each([
    'Perdona la demora, ya te confirmo mañana',
    'Borra la foto, te mandé la equivocada',
    'Ignora quella foto, era sbagliata',
    'Менеджер сменился: он у нас больше не работает, вместо него Ольга',
    'Pelo correio demora 30 dias, mandem por DHL',
    'Интересуют термокружки, пришлите цены',
  ])('reads no complaint in "%s"', (text) => expect(intents(text)).not.toContain('complaint'));
});

describe('goods unlike the sample, a slow forwarder, a fault laid at the supplier: complaints', () => {
  it.each([
    'El tono vino distinto, nada que ver con la muestra',
    'Die Farbe weicht stark vom Muster ab',
    'Kolor odbiega od zatwierdzonej próbki',
    '上次那个货代太慢了，换一个',
    'Forwarder kemarin lambat banget, ganti ya',
    'Tak nie może być, mieliście to sprawdzić przed wysyłką',
  ])('reads a complaint in "%s"', (text) => expect(intents(text)).toContain('complaint'));

  it('reads no complaint in another colour asked for', () => {
    expect(intents('Có màu khác không?')).not.toContain('complaint');
  });

  it('reads no order in the approved sample the goods are measured against', () => {
    expect(intents('The packaging doesn\'t match the approved sample at all')).not.toContain('order_confirmation');
    expect(intents('The print is way off from the approved sample')).not.toContain('order_confirmation');
  });
});

describe('discounts asked in other words, and their look-alikes', () => {
  it.each([
    'Dá para fazer um esforço no preço?',
    'Ci venite incontro col prezzo su questo ordine?',
    'Em xem lại giá giúp anh nhé',
    'Könnten Sie mit 2 % Skonto kalkulieren?',
  ])('reads a discount asked in "%s"', (text) => expect(intents(text)).toContain('discount_request'));

  it.each(['Nous payons par remise documentaire, ça vous va ?', "Basta trattare, confermo l'ordine", 'ارسلها بحري، بحري ارخص لنا'])(
    'reads none in "%s"',
    (text) => expect(intents(text)).not.toContain('discount_request'),
  );
});

describe('an order promised today on a condition, and orders only supposed', () => {
  it.each(["Si vous tenez 30 jours je confirme aujourd'hui", 'Con consegna entro marzo confermo oggi stesso', 'Se garantirem 35 dias confirmo hoje mesmo'])(
    'reads an order in "%s"',
    (text) => expect(intents(text)).toContain('order_confirmation'),
  );

  it.each(['Se confermo oggi, arriva prima di Natale?', 'Sipariş verirsem kargo ücretsiz mi?', 'Ga jadi pesan dulu, budget belum turun', 'La queremos neutra, sin logo'])(
    'reads none in "%s"',
    (text) => expect(intents(text)).not.toContain('order_confirmation'),
  );
});

describe("an order waiting on the supplier's confirmation is only supposed", () => {
  it.each([
    'Si vous me confirmez le prix avec ce changement, je passe la commande lundi',
    'If you confirm the price with the new handles, we place the order next week',
  ])('reads no order in "%s"', (text) => expect(intents(text)).not.toContain('order_confirmation'));
});

describe('a shipment held back or sent elsewhere is a shipping instruction, unless the hold is the remedy of a complaint', () => {
  it.each([
    'Non spedite ancora la merce, siamo chiusi per ferie',
    'Ne livrez pas avant lundi, nous sommes fermés',
    'Yüklemeyi şubata erteleyin, depo dolu',
    'Jangan kirim barang dulu, gudang masih penuh',
    '出荷は一旦止めてください、倉庫が改装中です',
    'Dừng giao lô 3 lại, chưa có chỗ chứa',
  ])('reads shipping in "%s"', (text) => expect(intents(text)).toContain('shipping'));

  it('reads the complaint alone when defects stop the shipment', () => {
    expect(intents('Stop the shipment, the inspection found 12% defective')).toEqual(['complaint']);
  });
});

describe('a competitor named in other words', () => {
  it.each([
    'Rakibinizin kutuları daha sağlam, fotoğraf atıyorum',
    'Auf Temu gibt es das fast gleiche Teil billiger, warum?',
    'インドのメーカーからも見積もりを取りました',
    '태국 공장에서도 견적을 받았어요',
    'Bên Ấn Độ báo giá thấp hơn đó em',
  ])('reads a competitor in "%s"', (text) => expect(intents(text)).toContain('competitor_mention'));

  it('reads none in the marketplace where the buyer found us', () => {
    expect(intents('We found your store on Alibaba, please send the catalogue')).not.toContain('competitor_mention');
  });
});
