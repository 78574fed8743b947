import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';

// What buyers write, the third pass (#16): opt-outs written as a privacy-law request, last warnings and Maghrebi
// Arabic; asks to stop one channel while being told something here (no opt-out); a discount disowned; the goods
// leaving the factory; a quote redone on another Incoterm; spec sheets asked for. Examples invented for these tests.
const intents = (text: string, previous?: string[]) => classifyWithConfidence({ text, previous }).intents;

describe('an opt-out written as a privacy-law request', () => {
  it.each([
    'Under data protection law, please erase all personal data you hold about me.',
    'I object to the processing of my personal data for marketing purposes.',
    'De acuerdo con la LOPD, pido la supresión de mis datos y el cese de toda comunicación comercial.',
    'Solicito a eliminação dos meus dados e que cessem qualquer contato.',
    "Je demande l'effacement de mes données et la cessation de toute prospection.",
    'Ich verlange die Löschung meiner personenbezogenen Daten.',
    'Chiedo la cancellazione dei miei dati e la cessazione di ogni contatto commerciale.',
    'Graag verwijdering van mijn persoonsgegevens uit uw systemen.',
    'Żądam usunięcia moich danych z waszej bazy.',
    'Kişisel verilerimin silinmesini rica ediyorum.',
    'Прошу прекратить обработку моих персональных данных.',
    'Mohon hapus data pribadi saya dari sistem Anda.',
    'Vui lòng xóa dữ liệu cá nhân của tôi.',
    '请删除我的个人信息。',
    '私の個人情報を削除してください。',
    '제 개인정보 삭제 부탁드립니다.',
    'أطلب حذف بياناتي الشخصية من قاعدة بياناتكم',
  ])('reads "%s" as an opt-out', (text) => expect(intents(text)).toEqual(['opt_out']));

  it.each([
    'Please delete the old price list, it is out of date, and send the new prices',
    'Remove my name from the packing list please, use the company name',
    'Remove the data plate from the machine before shipping',
  ])('keeps "%s" apart (no opt-out)', (text) => expect(intents(text)).not.toContain('opt_out'));
});

describe('a last warning and Maghrebi Arabic', () => {
  it.each([
    'One more message and I am reporting this number.',
    'Next time you text me I will block you.',
    'Otro mensaje más y los denuncio.',
    'Mais uma mensagem e eu bloqueio.',
    'Encore un message et je vous signale.',
    'Un altro messaggio e vi blocco.',
    'Noch eine Mail und ich melde das.',
    'Nog één bericht en ik blokkeer jullie.',
    'Ещё раз напишете — и в бан.',
    'مين عطاك رقمي؟',
    'ما تزيدش تصيفط ليا هاد الميساجات',
    'امسح النمرة ديالي عافاك',
  ])('reads "%s" as an opt-out', (text) => expect(intents(text)).toEqual(['opt_out']));

  it.each(['One more question: can you make it in blue?', 'Noch eine Frage: wie lange dauert die Produktion?'])(
    'keeps "%s" apart (no opt-out)',
    (text) => expect(intents(text)).not.toContain('opt_out'),
  );
});

describe('one channel stopped, the buyer told here instead (no opt-out)', () => {
  it.each([
    'Stop sending me the brochures by email, just tell me here how much the 20W one is',
    'Dejen de mandarme correos, díganme por aquí el precio del modelo grande',
    'Para de mandar e-mail, me diz aqui o prazo de entrega',
    "Arrêtez de m'envoyer des catalogues, dites-moi ici le prix",
    '别再发邮件了，直接在这里告诉我交期',
    'Berhenti kirim brosur, saya cuma mau tahu harga yang 20W',
  ])('does not read "%s" as an opt-out', (text) => expect(intents(text)).not.toContain('opt_out'));

  it.each([
    'Stop sending me offers, I never signed up. Tell me here how you got my number',
    'Stop messaging me, I will block you. Just write to my assistant instead',
    'I left the company, stop sending me offers and write to the office instead',
  ])('still reads "%s" as an opt-out', (text) => expect(intents(text)).toContain('opt_out'));
});

describe('a discount disowned, the goods leaving the factory', () => {
  it.each([
    "We're not asking for a discount, we only need to know when the order leaves the factory",
    'No te estoy pidiendo rebaja, solo quiero saber cuándo sale el pedido',
    'Je ne demande pas de remise, je veux savoir quand la marchandise quitte l’usine',
    'Non chiediamo sconti, solo quando esce la merce',
    'Nie prosimy o rabat, kiedy towar wyjedzie z fabryki?',
    'Kami tidak minta diskon, kapan barangnya keluar dari pabrik?',
    'Мы не просим скидку, когда партия выйдет с завода?',
    '我们不是要折扣，什么时候出货？',
  ])('reads "%s" as lead time, no discount', (text) => {
    const got = intents(text);
    expect(got).toContain('lead_time');
    expect(got).not.toContain('discount_request');
  });

  it.each(['Can you give a discount? And when does it leave the factory?', 'Pouvez-vous faire une remise ?'])(
    'still reads "%s" as a discount request',
    (text) => expect(intents(text)).toContain('discount_request'),
  );
});

describe('a quote redone on another Incoterm', () => {
  it.each([
    'Please redo the quotation DAP Rotterdam instead of FOB',
    'Rehaga la cotización en CIF Callao, por favor',
    'Bitte das Angebot auf CIF Hamburg umstellen',
    'Proszę przerobić ofertę na CIF Gdynia',
  ])('reads "%s" as a quote revision, no shipping question', (text) => expect(intents(text)).toEqual(['quote_revision']));

  it('keeps shipping when the buyer says more about it than the term', () =>
    expect(intents('Please redo the quote CIF Lagos, we have no forwarder and need sea freight handled')).toEqual(['quote_revision', 'shipping']));
});

describe('a spec sheet asked for', () => {
  it.each([
    'Could you share the datasheets for the 48V batteries?',
    'Mándame la ficha técnica del compresor',
    'Haben Sie ein Datenblatt für die Pumpe?',
    'Gửi mình thông số kỹ thuật của máy nhé',
    'コンプレッサーの仕様書をください',
    '펌프 사양서 받을 수 있을까요?',
  ])('reads "%s" as a catalogue request', (text) => expect(intents(text)).toContain('catalog_request'));

  it.each(['The cartons are bigger than the spec sheet says, this is wrong', '规格书收到了，谢谢'])('does not read "%s" as a catalogue request', (text) =>
    expect(intents(text)).not.toContain('catalog_request'),
  );
});
