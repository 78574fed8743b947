import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/domain/classify';

// Invented messages (none is a data line): order-split look-alikes that split nothing of the goods, and polite
// opt-outs in Japanese, Indonesian, Dutch and Italian, with the look-alikes that must stay no opt-out.
const intentsOf = (text: string, country?: string) => classifyMessage({ text, country }).intents;

describe('order split look-alikes (twenty-eighth pass)', () => {
  it.each([
    // a payment in parts
    ['Est-ce possible de séparer le règlement en trois ?', 'FR'],
    ['Bisa pembayarannya dipisah jadi dua termin?', 'ID'],
    ['Можно разбить остаток суммы на два платежа?', 'RU'],
    ['On peut payer la facture en plusieurs fois ?', 'FR'],
    // a split refused
    ['分納しないで、全部まとめて出荷してください', 'JP'],
    ['나누지 말고 한 번에 보내 주세요', 'KR'],
    ['不要分批，一次发完', 'CN'],
    // a container shared or mixed, goods packed apart
    ['We plan to share the container with another importer, what is the price per CBM?', 'GB'],
    ['Kan het in een gemengde container met 3 modellen?', 'NL'],
    ['사이즈별로 나눠서 포장 가능한가요?', 'KR'],
    // broken parts, lots in a certificate's question, a line cancelled, a partial delivery received, a product
    ['Zwei Teile waren bei der Ankunft zerbrochen', 'DE'],
    ['Is the SGS report valid for all three batches?', 'US'],
    ['Usuńcie tylko pozycję 2 z zamówienia, reszta bez zmian', 'PL'],
    ['Die Teillieferung ist gestern angekommen. Wann kommt der Rest?', 'DE'],
    ['Jaka jest cena za rozdzielacz 6-sekcyjny?', 'PL'],
  ])('%s is no order split', (text, country) => {
    expect(intentsOf(text, country)).not.toContain('order_split');
  });

  it.each([
    ['Please ship half the order now and the other half next month', 'US'],
    ['Bitte in zwei Lieferungen aufteilen: 300 Stück jetzt, den Rest im Mai', 'DE'],
    ['分两批发货，先发一半', 'CN'],
  ])('%s is still an order split', (text, country) => {
    expect(intentsOf(text, country)).toContain('order_split');
  });
});

describe('polite opt-outs (twenty-eighth pass)', () => {
  it.each([
    ['恐れ入りますが、今後は営業メールを送らないでいただけますか', 'JP'],
    ['広告メールの配信はご遠慮ください', 'JP'],
    ['Tolong jangan kirimkan email promosi lagi ke saya', 'ID'],
    ['Mag ik van uw mailinglijst af?', 'NL'],
    ['Hou alsjeblieft op met mailen', 'BE'],
    ['Non sono più il responsabile acquisti, non voglio ricevere altre offerte: cancellatemi', 'IT'],
  ])('%s is an opt-out', (text, country) => {
    expect(intentsOf(text, country)).toEqual(['opt_out']);
  });

  it.each([
    ['サンプルは送らないでください、見積だけで大丈夫です', 'JP'],
    ['黒は送らないで、白だけでお願いします', 'JP'],
    ['Stop met mailen naar mijn oude adres, gebruik voortaan inkoop@voorbeeld.nl', 'NL'],
    ['Non sono più il referente, scrivete alla mia collega Paola', 'IT'],
    ['Jangan kirim pakai kardus tipis lagi ya', 'ID'],
  ])('%s is no opt-out', (text, country) => {
    expect(intentsOf(text, country)).not.toContain('opt_out');
  });
});
