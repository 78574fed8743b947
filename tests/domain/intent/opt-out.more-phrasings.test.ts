// Opt-outs written for this test in phrasings the first tables missed: soft endings (another supplier, a closed
// business, "I'll contact you if I need", wrong number), emoji, and languages we have no code for (Thai, Hindi and
// Hinglish, Ukrainian, Malay, Arabizi); and trade messages sharing their words that must not stop a live deal.
import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';
import { OPT_OUT_ACT_THRESHOLD } from '../../../src/domain/intent/confidence';

const optOutOf = (text: string) => classifyWithConfidence({ text }).tags.find((t) => t.intent === 'opt_out')?.confidence ?? 0;

describe('explicit opt-outs in more languages and spellings (acted on at once)', () => {
  it.each([
    // English, with emoji and shouting
    'STOP 🙏', 'stop texting me 😡😡', 'pls stop sending me promotions', 'NO MORE MESSAGES PLEASE', 'how did you get my number?? dont message me',
    'Business is closed now. Take our number off your list',
    // the unsubscribe link failed: the buyer tried to leave, so it counts
    'unsubscribe button in your email is broken?',
    // Ukrainian (detected as ru)
    'Не пишіть мені більше', 'Припиніть надсилати повідомлення', 'Видаліть мій номер, будь ласка', 'Не турбуйте мене',
    // romanised Russian, whatever language it is taken for
    'ne zvonite bolshe',
    // Malay (detected as id)
    'jangan hantar mesej lagi', 'tolong buang nombor saya', 'Jangan kacau saya', 'Tolong berhenti hantar mesej promosi',
    // Thai
    'ไม่ต้องส่งข้อความมาอีก', 'หยุดส่งโปรโมชั่น', 'อย่าโทรมาอีก', 'ลบเบอร์ผมด้วย', 'เลิกส่งโฆษณามาได้แล้ว',
    // Hindi (Devanagari) and Hinglish
    'कृपया मुझे मैसेज मत भेजो', 'परेशान मत करो', 'मेरा नंबर हटा दो', 'ये मैसेज बंद करो',
    'msg mat karo', 'mujhe call mat karo', 'pareshan mat karo yaar', 'spam band karo',
    // Arabizi
    'matb3atlish rasayel tany', 'balash rasayel please',
    // Vietnamese without diacritics, Portuguese colloquial
    'dung nhan tin cho toi nua', 'não me manda mais mensagem',
    'Kindly remove our company from your mailing', 'Para de me encher com mensagem', 'مش عايز رسائل تاني', 'ما تبعتليش حاجة تاني',
    'Por favor, retirem o meu contacto da vossa base de dados', 'Це спам, припиніть', 'Kami tak perlukan lagi, jangan contact kami',
    '我们已经不做这行了，不用再联系', 'Làm ơn đừng liên lạc với tôi nữa', 'हमें आपकी सेवा की जरूरत नहीं है, संपर्क मत करें',
    'please stop reaching out', 'please do not send anymore', 'Vocês de novo? Já pedi para pararem', 'انا مش عايز اتعامل معاكم تاني',
    'Please update your records, we no longer wish to be contacted',
    'Les pedí que no me escribieran más', 'この番号にかけないでください',
    // typed in a hurry, shouted
    'PLS STOP MESAGING ME', 'stp sending msgs', 'unsubscibe', 'pls remove my numbr', 'leav me alone', 'يكفي رسائل', '不需要，勿扰', 'ĐỪNG NHẮN NỮA', 'ХВАТИТ ПИСАТЬ',
    'Prosimy nie przysyłać więcej ofert', 'Lütfen bana bir daha teklif göndermeyin', 'Будь ласка, більше не телефонуйте',
    'Mohon maaf, kami tidak membutuhkan lagi. Terima kasih, tidak perlu dihubungi', 'ขอไม่รับข้อความโฆษณาค่ะ', 'wallah ma baddi shi, ma tb3atli',
    'mera number list se hata do', '請勿再聯絡', 'Відпишіть мене від розсилки', 'กรุณาอย่าติดต่อมาอีก', 'बार बार कॉल मत करो',
  ])('acts on %j', (text) => {
    expect(optOutOf(text)).toBeGreaterThanOrEqual(OPT_OUT_ACT_THRESHOLD);
  });
});

describe('soft endings and other likely opt-outs (sequences pause, the owner confirms)', () => {
  it.each([
    'We found another supplier, no need to follow up. Thanks', 'we have closed the business', "I'll contact you if I need anything",
    "don't need anything, thanks, will reach out if we need", 'wrong number, who is this?', 'who gave you my number', 'who is this? i dont know u',
    'I never signed up for this',
    'Can you guys stop? This is the 5th message today',
    'Ya no necesitamos sus servicios, gracias', 'Ya no compramos, no insistan', "Nous n'avons plus besoin de vos services",
    'Qui vous a donné mon numéro ?', 'Wir brauchen Ihre Produkte nicht mehr', 'Chi le ha dato il mio numero?', 'Wie heeft u mijn nummer gegeven?',
    'Nie potrzebujemy już waszych usług', 'Kto dał wam mój numer?', 'Numaramı kim verdi?', 'Siapa yang kasih nomor saya?',
    '제 번호 어디서 받으셨어요?', '誰給你我的電話的',
    'We have moved on with a different supplier. Please close our file.', "We won't be needing your services anymore",
    'Thanks, but we\'re all set. No need to keep reaching out.', "You keep messaging me, I'm not interested",
    'No longer with the company, please remove this contact', 'I left that company, please update your list', 'Este número não é da empresa, por favor parem',
    "you've got the wrong guy", 'انا مش التاجر ده، غلطان في الرقم', 'khong can gui nua, cam on', 'Wir benötigen keine weiteren Angebote',
    'ได้เบอร์มาจากไหนคะ', 'ye kaun hai? mera number kahan se mila', 'Вибачте, ви помилилися номером', 'Minta maaf, salah nombor ni',
    'Who is this and why do you keep texting me', 'Please don\'t send me any more catalogues or offers',
    'ya tenemos otro proveedor, gracias, no necesitamos más', 'número equivocado', 'si necesito algo te contacto',
    'já temos outro fornecedor, obrigado', 'fechamos a empresa', 'nous avons trouvé un autre fournisseur, merci', 'mauvais numéro',
    'wir haben einen anderen Lieferanten gefunden, danke', 'woher haben Sie meine Nummer?', 'abbiamo trovato un altro fornitore, grazie',
    'we hebben een andere leverancier gevonden, bedankt', 'нашли другого поставщика, спасибо', 'не цікаво', 'ми закрилися',
    'znaleźliśmy innego dostawcę', 'başka bir tedarikçi bulduk', 'yanlış numara', 'الرقم غلط', 'mesh mohtam',
    'salah sambung', 'sudah ada supplier lain', 'tak berminat', 'salah nombor', 'nhầm số rồi', 'đã có nhà cung cấp khác',
    'ไม่สนใจค่ะ', 'โทรผิดแล้วค่ะ', 'रुचि नहीं है', 'interest nahi hai', 'galat number',
    '番号間違えてますよ', '他の仕入先に決まりました', '번호 잘못 거셨어요', '다른 업체로 정했습니다', '已经找到别的供应商了', '打错了', '你怎么有我的电话',
    // asks to stop offers, newsletters and product news, and to erase the buyer's data (GDPR, RODO, KVKK), in the
    // words a fifth author's training messages showed the lexicon lacked (opt-out.lexicon.ts)
    'Please, no further offers to this number', 'Bitte keine Angebote mehr an diese Adresse', 'Schicken Sie uns nichts mehr zu',
    'Je ne veux plus de vos offres', 'Effacez mes coordonnées, merci', 'Desejo cancelar a subscrição da newsletter',
    'Não tenho mais interesse nos vossos produtos', 'Proszę usunąć moje dane z waszej bazy', 'Artık teklif göndermeyin lütfen',
    'Verilerimin silinmesini istiyorum', 'Mohon hentikan penawaran ke nomor ini', 'Tôi không muốn nhận thêm báo giá nữa',
    'Не хочу больше получать ваши рассылки', '新品通知以后不用再发给我了', '今後のご案内は結構です', '앞으로 제안 메일은 받고 싶지 않습니다',
    'Graag geen aanbiedingen meer sturen', 'Non mandatemi più offerte',
    // this number, a contact (the noun), traditional Chinese, "no longer wish to receive", dialect Arabic spelling
    'Đừng gửi khuyến mãi cho số này nữa', 'Non desidero più ricevere le vostre offerte', '請把我的號碼從名單刪除', 'Merci de supprimer ce contact',
    'Удалите этот контакт, пожалуйста', 'Por favor apaguem os meus contactos', 'هالرقم لا عاد ترسلون عليه',
    'Nie chcę więcej maili od was', 'Solicito a remoção do meu e-mail da lista', 'Chị ngừng gửi chào hàng giúp em nhé',
    '御社からのご案内は今後受け取りを希望しません',
  ])('flags %j', (text) => {
    expect(optOutOf(text)).toBeGreaterThan(0);
  });

  it('a soft ending is only likely: the owner confirms before the contact is marked', () => {
    for (const text of ['We found another supplier, no need to follow up. Thanks', 'wrong number, who is this?', 'ไม่สนใจค่ะ', 'ми закрилися']) {
      expect(optOutOf(text)).toBeLessThan(OPT_OUT_ACT_THRESHOLD);
    }
  });
});

describe('trade messages that share opt-out words', () => {
  it.each([
    'stop production of the red ones', 'remove the logo', 'not interested in the blue one, send black price', "don't send by air, send by sea",
    'cancel the sample, send the full order', 'no need for samples', 'we stopped buying from Acme, can you quote',
    'we found another supplier cheaper, can you beat $2.10?', 'no need to follow up on the sample, we received it',
    'our factory is closed for the holidays until Feb 10', 'we closed the deal with the customer, send PI',
    'I will contact you if I need more samples of the green', 'the parcel went to the wrong person', 'you have the wrong size on the invoice',
    'wrong number of cartons in the packing list', 'número equivocado de cajas en la factura', 'mauvais numéro de commande sur la facture',
    'Hóa đơn sai số lượng, sửa lại giúp em', 'salah nomor rekening, tolong cek', 'falsche Nummer auf der Rechnung',
    'air se mat bhejo, sea se bhejo', 'sample mat bhejo, direct order karo', 'abhi call mat karo meeting me hu', 'अभी कॉल मत करो, मीटिंग में हूँ',
    'सैंपल मत भेजो, पूरा ऑर्डर भेजो', 'ไม่ต้องส่งตัวอย่าง ส่งของเลย', 'ส่งทางเรือ ไม่ต้องส่งทางอากาศ',
    'видаліть логотип', 'не надсилайте зразки, одразу замовлення', 'Не присылайте образцы, сразу заказ',
    'jangan hantar melalui udara, guna laut', 'đừng gửi bằng đường hàng không', 'サンプルは送らないでください、本注文します',
    'why do you keep sending me the wrong invoice?', 'remove our company name from the label', 'ما تبعتش الشحنة بالجوي',
    'مش عايز عينات، ابعت الطلب', 'Не пишіть на коробці логотип', 'item list se hata do red color', 'ये रंग मत भेजो, नीला भेजो',
    'we found another supplier but prefer your quality, best price?', 'how did you get this price? it\'s double last year',
    "I'll contact you if I need to change the quantity", 'we never signed the contract, send it again',
    'ยกเลิกออเดอร์เก่า แล้วโทรมาคุยเรื่องใหม่', 'เบอร์โทรของคนขับคือ 0812345678 อย่าลืมโทรนะ', 'ไม่ต้องรีบ ส่งข้อความมาเมื่อของพร้อม',
    'मैसेज में कीमत भेजो', 'कल कॉल करो, आज बंद है', 'फोन नंबर गलत लिखा है इनवॉइस पर, ठीक करो', 'msg me price, mat bhulna',
    'Не дзвоніть зараз, я на нараді', 'Видаліть старе замовлення, ось нове', 'Jangan hantar warna merah, hantar biru', 'Padam pesanan lama, ini pesanan baru',
    // a moment (a meeting, at the wheel) in more languages, and the buyer's own customers
    'No me llames ahora, estoy en una reunión', 'Ne m\'appelez pas maintenant, je conduis', 'Nie dzwońcie teraz, proszę', 'Şimdi aramayın lütfen',
    'Сейчас не звоните, я на совещании', '现在别打电话，我在开会', '今は会議中なので電話しないでください', '지금 회의 중이라 전화하지 마세요',
    'Please do not contact my customers directly', 'No contacten a mis clientes, todo pasa por mí', '不要直接联系我的客户，有事找我',
    "don't reach out to the forwarder, I'll do it", 'We moved to a new address, please update your records', 'Remove item 3 from the order',
    'no longer need the red ones, only blue', 'You keep sending wrong colours!', "we're not interested in air freight, too expensive",
    'Não tenho mais dúvidas, pode faturar', 'ارجو عدم شحن البضاعة قبل الدفع',
    'no insistan con el descuento, el precio ya es final', 'Wir brauchen Ihre Produkte bis Freitag',
    'remove my number from the shipping label, use office number', 'Delete my email from the CC, send to purchasing only',
    'stop messing with the price, give me final', 'كفاية شحن جوي، نشحن بحري',
    '工厂春节关门了，二月十号回来', '这款红色的不做了，换黑色', 'wa2ef el shipment', '50 mt per container, what number of bags?',
    // something the buyer already has, or wants sent again; a thing not to be sent yet
    'Catalogue already received, no need to send it again', 'El catálogo ya lo tengo, no hace falta enviarlo', '样册我已经有了，不用再发',
    'Bitte das Angebot neu schicken, Position 2 streichen', 'Kirim ulang penawarannya, item 4 dihapus', 'Noch keine Rechnung schicken, erst die Fotos',
    "N'envoyez pas encore la facture, j'attends l'accord", 'Gửi hàng bằng đường bay được không?', '先发一半，另一半下个月再发可以吗？',
  ])('does not flag %j', (text) => {
    expect(classifyWithConfidence({ text }).intents).not.toContain('opt_out');
  });
});

describe('opt-outs in dialect and soft phrasings (#16, other authors)', () => {
  it.each([
    'Merci, mais inutile de me recontacter.',
    'a ko cần nữa, đừng nhắn e nữa nha',
    'apaguem o meu contacto, obrigado',
    'لا عاد ترسلون لي عروض',
    'ما تبقاش تبعث ليا',
    'وقف ترسل هالعروض',
  ])('hears "%s" as an opt-out', (text) => expect(optOutOf(text)).toBeGreaterThan(0));
});

describe('sends held back, goods sent wrong and replies promised are no opt-out (#16)', () => {
  it.each([
    'Nie wysyłajcie kurierem, wolimy pocztę',
    'Lütfen gemiyle göndermeyin, uçak olsun',
    'Hepsini tek seferde göndermeyin',
    'Dejen de mandarnos el color equivocado',
    'Хватит слать не ту модель',
    'Ок, обсудим с коллегами и отпишусь',
    'Kırmızıları tekliften çıkarın lütfen',
    'Kırmızıyla ilgilenmiyorum, sadece beyaz',
    'Синий не интересует, только белый',
    '색상 잘못 보내셨어요',
    'Jangan hubungi customer kami, lewat kami saja',
    'Dziś nie dzwońcie, jutro pogadamy',
    '¿La carga ya está lista para retirar?',
  ])('does not stop the deal on "%s"', (text) => expect(optOutOf(text)).toBe(0));

  it.each(['Stop sending me messages', 'Nie wysyłajcie mi więcej wiadomości', 'Прошу исключить мой email из вашей рассылки'])(
    'still hears "%s"',
    (text) => expect(optOutOf(text)).toBeGreaterThanOrEqual(OPT_OUT_ACT_THRESHOLD),
  );
});
