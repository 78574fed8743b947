import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';

// The sixth pass (twentieth stop), after training on a fourteenth and a fifteenth author: what that training tipped,
// now held by rules the model reads too. Invented examples.
const intents = (text: string, previous?: string[]) => classifyWithConfidence({ text, previous }).intents;

describe('a bare yes means what the rep asked', () => {
  it('reads "はい、お願いします" after an offer of the catalogue or samples as that, not as an order', () => {
    expect(intents('はい、お願いします', ['カタログをお送りしましょうか？'])).toEqual(['catalog_request']);
    expect(intents('はい、お願いします', ['サンプルをお送りしましょうか？'])).toEqual(['sample_request']);
  });

  it('still reads it after a PI as an order', () => {
    expect(intents('はい、お願いします', ['PI-2231: 500 pcs USD 3.10 FOB Ningbo'])).toEqual(['order_confirmation']);
  });
});

describe("the buyer's customer paying late asks no time", () => {
  it.each([
    'Il nostro cliente non ci ha ancora pagato',
    'Nuestro cliente todavía no nos ha pagado',
    'O nosso cliente ainda não nos pagou',
    'Notre client ne nous a toujours pas payé',
    'Onze klant heeft ons nog niet betaald',
  ])('reads no extension in "%s"', (text) => expect(intents(text)).not.toContain('payment_extension'));

  it('still hears the time when it is asked', () => {
    expect(intents("Our customer hasn't paid us yet, can we have 30 more days?")).toContain('payment_extension');
  });
});

describe('everything in one container: no split', () => {
  it.each(['Pongan los dos modelos en un mismo contenedor', 'Mettete tutto nello stesso container', 'Coloquem os dois modelos no mesmo contêiner'])(
    'reads no order split in "%s"',
    (text) => expect(intents(text)).not.toContain('order_split'),
  );
});

describe('what is held or waived is no ask, whatever the rest reads as', () => {
  it.each([
    ['Каталог у нас уже есть, пришлите только цены', 'catalog_request'],
    ['Die Muster brauchen wir nicht mehr, nur den Preis bitte', 'sample_request'],
  ])('"%s" asks no %s', (text, intent) => {
    const read = intents(text);
    expect(read).toContain('price_inquiry');
    expect(read).not.toContain(intent);
  });
});

describe('a customer pleased, reported in Japanese: no complaint', () => {
  it.each(['お客様はサンプルが良いと言っています。', '顧客はデザインが気に入ったと言っています'])('reads no complaint in "%s"', (text) =>
    expect(intents(text)).not.toContain('complaint'),
  );
});

describe('the thing sent by chat', () => {
  it('hears the tracking number asked, sent on WhatsApp', () => {
    expect(intents('Send the tracking number on WhatsApp please')).toContain('shipping');
  });
});

describe("a train's time on the way is shipping", () => {
  it('reads "Сколько идёт поезд до Минска?" as shipping only', () => {
    expect(intents('Сколько идёт поезд до Минска?')).toEqual(['shipping']);
  });
});

describe('opt-outs the lexicon now hears beside the model (a likely opt-out at least)', () => {
  it.each([
    'no mas mensages por favor, no me interesa',
    'Me escriben todos los días, los voy a bloquear',
    'Wir bitten Sie, von weiterer Kontaktaufnahme abzusehen.',
    'geen berichte meer aub',
    'por favor retirem o meu contacto',
    'plus de mesage svp',
    '唔使再聯絡我，多謝',
    'больше не шлите ничего',
    'احذفوني من اللائحة من فضلكم',
  ])('hears "%s"', (text) => expect(intents(text)).toEqual(['opt_out']));

  it.each([
    'Não manda a PI ainda, primeiro me diz o prazo de produção',
    'Bên anh nhận L/C không hay chỉ T/T?',
    'falsche Nummer auf der Rechnung',
  ])('hears no opt-out in "%s"', (text) => expect(intents(text)).not.toContain('opt_out'));
});

describe('a colour or model declined, another kept: no opt-out', () => {
  it.each(['藍色那款沒興趣，還是照原來的灰色', '베이지는 관심없고 블랙으로 가기로 한거 맞죠', 'Чёрный вариант не интересует, берём только белый как договорились'])(
    'reads no opt-out in "%s"',
    (text) => expect(intents(text)).not.toContain('opt_out'),
  );

  it.each(['没兴趣，别再发了', 'Не интересует, не пишите больше'])('still hears "%s"', (text) => expect(intents(text)).toEqual(['opt_out']));
});
