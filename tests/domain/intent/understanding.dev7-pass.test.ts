import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';

// The DEV 7 pass (a helper; tuning sets only, no retraining), fixed by the general shape of what DEV 7 missed, not by
// its sentences: goods said to be overdue (a complaint, and on the lead time when a date is asked), a payment told with
// the go-ahead it pays for (no payment terms asked), the quote named as the one to go by (no price asked; a go-ahead
// on it confirms), and an opt-out look-alike that moves the contact (an old address for a new one, the writer as the
// new contact, a carrier dropped). Invented examples, none from a data set; each rule has a look-alike it must leave.
const intents = (text: string, previous?: string[]) => classifyWithConfidence({ text, previous }).intents;

describe('overdue goods (overdue-delivery.ts)', () => {
  it.each([
    'The pallets should have arrived in Durban on Monday. When will they come now?',
    'Die Paletten sollten letzte Woche in Basel ankommen. Wann kommen sie jetzt?',
    'Le camion devait arriver lundi à Lyon. Quand arrive-t-il maintenant ?',
    'Het order is drie weken te laat, ik wil een datum.',
  ])('reads a complaint on the lead time in "%s"', (text) => {
    expect(intents(text)).toEqual(expect.arrayContaining(['complaint', 'lead_time']));
  });

  it.each([
    'Gdzie jest wycena na kable? Miała być wczoraj.',
    'Kurtki miały być wodoodporne, a przemakają.',
  ])('reads no overdue goods in "%s"', (text) => expect(intents(text)).not.toContain('lead_time'));
});

describe('a payment told with its go-ahead (payment-made.ts)', () => {
  it.each([
    'We wired the 30% deposit this morning, please start production.',
    "J'ai viré l'acompte de 30% par T/T ce matin, lancez la production.",
  ])('asks no payment terms in "%s"', (text) => {
    const got = intents(text);
    expect(got).not.toContain('payment_terms');
    expect(got).toContain('order_confirmation');
  });

  it.each([
    'Payment terms: 30% deposit, balance paid against B/L copy. Please confirm so we can start.',
    'Can we pay 30% deposit and 70% against the B/L copy?',
  ])('still reads the terms in "%s"', (text) => expect(intents(text)).toContain('payment_terms'));
});

describe('the quote gone by (as-quoted.ts)', () => {
  it.each([
    'Fine, go ahead with the order as per your final quotation.',
    'Ok, procedete con l\'ordine secondo la vostra ultima offerta.',
    'Ok kak, lanjut sesuai penawaran terakhir ya.',
  ])('confirms without a price question in "%s"', (text) => {
    const got = intents(text);
    expect(got).toContain('order_confirmation');
    expect(got).not.toContain('price_inquiry');
  });

  it('still asks the price when the price is asked', () => {
    expect(intents('What is your price for 500 pcs of the 40W panel?')).toContain('price_inquiry');
  });
});

describe('the contact moved, not ended (opt-out.new-contact.patterns.ts)', () => {
  it.each([
    'Ne plus envoyer les factures à mon adresse perso, utilisez compta@exemple.fr',
    'Stop met het mailen van mijn collega, ik ben nu uw contactpersoon.',
    'Não enviem mais pelos Correios, agora só pela transportadora.',
  ])('flags no opt-out in "%s"', (text) => expect(intents(text)).not.toContain('opt_out'));

  it.each([
    'Stop messaging me, remove my number from your list.',
    'Please remove me from your contacts.',
  ])('still hears the opt-out in "%s"', (text) => expect(intents(text)).toContain('opt_out'));
});

describe('a quantity per colour, and "from how many?" (per-colour-quantity.ts, from-how-many.ts)', () => {
  it.each([
    'Her renkten 20 adet alabilir miyim? Yeni başlıyorum.',
    'Si può fare il colore blu petrolio sulle sedie? Da che quantità?',
  ])('asks the minimum order in "%s"', (text) => expect(intents(text)).toContain('moq'));

  it.each([
    'Could you send 2 samples of each colour to our office?',
    'Please pack 6 per colour in each carton, mixed.',
  ])('asks no minimum order in "%s"', (text) => expect(intents(text)).not.toContain('moq'));

  it('reads no colour made to order in a quantity per colour', () => {
    expect(intents('Her renkten 20 adet alabilir miyim? Yeni başlıyorum.')).not.toContain('customization');
  });
});

describe('a letter\'s salutation (letter-salutation.ts)', () => {
  it.each([
    'Yth. Ibu Sari,\nPesanan kami sudah diterima.',
    'Caro Sig. Zhou,\nvi confermiamo l\'ordine n. 55.',
    'Kính gửi chị Mai,\nBên em xác nhận đơn hàng 200 bộ.',
  ])('greets in "%s"', (text) => expect(intents(text)).toContain('greeting'));

  it.each([
    'Caro demais, consegue baixar?',
    '대표님 결재 받고 다시 연락드릴게요',
  ])('greets nobody in "%s"', (text) => expect(intents(text)).not.toContain('greeting'));
});

describe('a buyer left waiting or sent the wrong goods (unheeded-buyer.ts)', () => {
  it.each([
    'WO BLEIBT MEINE BESTELLUNG? SEIT ZWEI WOCHEN BEZAHLT!',
    'Ci avete spedito le lampade bianche invece che nere.',
  ])('reads a complaint in "%s"', (text) => expect(intents(text)).toContain('complaint'));

  it.each([
    '發錯了，不好意思，請忽略',
    'Can you send the grey cushions instead of the blue ones in the next order?',
  ])('reads no complaint in "%s"', (text) => expect(intents(text)).not.toContain('complaint'));
});

describe('a forwarded message in the mail client\'s own language (context.ts)', () => {
  it('reads the forwarded ask when the buyer\'s own words ask nothing', () => {
    const got = intents('Pouvez-vous fournir ce document ?\n-------- Message transféré --------\nDe : bureau de contrôle\nMerci de fournir le certificat CE des luminaires.');
    expect(got).toContain('certification');
    expect(got).not.toContain('payment_terms');
  });
});

describe('the buyer\'s present or another supplier named (current-supplier.ts)', () => {
  it.each([
    'Derzeit beziehen wir Armaturen aus Indien, suchen aber eine Alternative.',
    'Сейчас берём у польского производителя, хотим попробовать вас.',
    'Attualmente acquistiamo da un produttore spagnolo, valutiamo voi per i lavabi.',
  ])('reads a competitor in "%s"', (text) => expect(intents(text)).toContain('competitor_mention'));

  it('reads none in goods of the buyer\'s other supplier loaded with ours', () => {
    expect(intents('Czy możecie skonsolidować nasze palety z towarem drugiego dostawcy z Ningbo?')).not.toContain('competitor_mention');
  });
});
