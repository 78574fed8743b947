// The second net for opt-outs, for phrasings no line of opt-out.patterns.ts foresaw: a word for contacting the
// buyer (messages, my number, your list, write to me) next to a word for stopping it (stop, don't, delete, enough)
// in the message's language or English, within a few words, in a short message. A hit is a *likely* opt-out:
// the owner confirms. Folded text (no accents; Russian й → и).
import type { DetectedLanguage, LanguageCode } from '../language/languages';

interface Lexicon { contact: RegExp; stop: RegExp }

const L = (contact: string, stop: string): Lexicon => ({
  contact: new RegExp(contact, 'g'),
  stop: new RegExp(stop, 'g'),
});
// Folded Latin text is ASCII, so the plain \b is the word edge (and much faster than a Unicode lookbehind);
// a word-initial edge is enough for stems ("contact…").
const w = (alternatives: string) => String.raw`\b(?:${alternatives})`;

export const OPT_OUT_LEXICON: Record<LanguageCode, Lexicon> = {
  en: L(w(String.raw`messages?\b|msgs?\b|texts?\b|sms\b|e-?mails?\b|mails?\b|spam|whats ?apps?\b|promotions?\b|promos?\b|ads\b|newsletters?\b|broadcasts?\b|my (number|no|contact|details|email|data)\b|(the|your|ur|this|mailing|contact|broadcast|distribution) list\b|(contact|message|msg|text|call|write( to)?|email|bother|disturb|ping|chase|spam)(ing)? (me|us)\b|offers?\b|quotes\b|(your|any|more|these|those) quotes?\b|quotations?\b|updates?\b|product (info|news)\b|(this|my) number\b|database\b|my (personal )?data\b|follow(ing)?[ -]?ups?\b`),
    w(String.raw`stop\b|don'?t\b|do not\b|dont\b|never\b|no more\b|no longer\b|remove\b|remve\b|delete\b|take (me |us )?off\b|unsubscribe|quit\b|enough\b|not interested\b|any ?more\b|nothing more\b|no further\b|opt(ing)? out\b|erase\b`)),
  zh: L(String.raw`消息|信息|短信|邮件|广告|推销|推广|联系我|打扰|骚扰|打电话|我的(号码|电话|联系方式|邮箱)|名单|列表|訊息|廣告|聯繫我|打擾|在发|再发|发给我|给我发|再傳|再传|通知|产品信息|搵我|send|名單|電郵|郵件|邮箱|郵箱|这个号|這個號|我号码|我號碼|微信|加我|聯絡我|联络我|聯絡|联络|個人資料|个人资料|个人信息|個人信息|來訊|来讯`, String.raw`别|別|不要|勿|停止|删除|删掉|刪除|刪掉|移除|取消|退订|够了|不需要|不想|唔好|不用|冇興趣|没兴趣|沒興趣|封锁|封鎖|唔使|唔該唔好|咪再|block|拉黑`),
  es: L(w(String.raw`mensajes?\b|mensages?\b|correos?\b|publicidad|promociones|spam|whatsapps?\b|mi (numero|telefono|contacto|correo)\b|mis datos\b|(la|su|tu|sus|esta) lista\b|contact(en|es|e|ar)|escrib\w*|llam(en|es|e|ar)|molest(en|es|e|ar)|ofertas?\b|cotizaciones\b|novedades\b|base de datos\b|newsletter\b|boletin\w*|envi(en|es)\b|comunicaciones\b`),
    w(String.raw`no\b|nunca\b|basta\b|dej(en|a|es|e)\b|par(en|a|e)\b|borr\w*|elimin\w*|quit\w*|saca\w*|baja\b|en paz\b|mas\b|dej(eis|ad)\b|no quiero\b|darme de baja\b|suprim\w*|absten\w*|hart[oa]s?\b|bloque\w*|suspend\w*`)),
  pt: L(w(String.raw`mensage(m|ns)\b|e-?mails?\b|propaganda|promocoes|spam|meu (numero|telefone|contato|contacto|e-?mail)\b|meus dados\b|(da|a|sua) lista\b|contat(em|e|ar)|contact(em|e|ar)|escrev(am|a|er)|lig(uem|ue|ar)\b|procur(em|e|ar)|ofertas?\b|novidades\b|base de dados\b|newsletter\b|subscri\w*|assinatura\b|contatad\w*|interesse\b|contac?tos?\b|enviarem\b|comunicacoes\b|propostas?\b|lista de (transmissao|contatos|contactos|envio|difusao|e-?mails?)\b`),
    w(String.raw`nao\b|nunca\b|parem\b|pare\b|chega\b|apag\w*|remov\w*|remoc\w*|exclu\w*|tir(em|e|a|ar)\b|sair\b|em paz\b|descadastr\w*|mais\b|cancel\w*|elimin\w*|nao quero\b|retir\w*|par(ar|em|e)\b|deix(em|e|ar|assem|asse)\b|suspend\w*`)),
  fr: L(w(String.raw`messages?\b|mesages?\b|ecri\w*|mails?\b|e-?mails?\b|courriels?\b|pub\b|publicites?\b|spam|sms\b|mon (numero|contact|adresse)\b|mes coordonnees\b|(la|votre|vos|cette) liste\b|contact(er|ez)\b|ecri(re|vez)\b|appel(er|ez)\b|relanc(er|ez)\b|solliciter\b|offres?\b|nouveautes\b|base de donnees\b|newsletter\b|sollicit\w*|(m')?envoy\w*|menvoy\w*|msgs?\b|coordonnees\b|contacts?\b|pubs\b|(votre|ce|le) groupe\b|rajout\w*`),
    w(String.raw`ne\b|n'|plus\b|jamais\b|arret\w*|cess\w*|stop\b|supprim\w*|retir\w*|enlev\w*|desinscri\w*|desabonn\w*|tranquille\b|assez\b|effac\w*|inutile\b|lachez\b|suffit\b|la paix\b|suspend\w*`)),
  de: L(w(String.raw`\w*nachrichten\b|(meine|diese|die|ihre|unsere) (\w+)?nummer\b|(handy|telefon|privat|mobil|whatsapp)nummer\b|mails?\b|e-?mails?\b|werbung\b|newsletter\b|spam|sms\b|meine (nummer|daten|adresse|kontaktdaten)\b|(der|die|ihrer|ihre|dieser) liste\b|verteiler\w*|kontaktier\w*|schreiben\b|anschreiben\b|anrufen\b|melden\b|belastig\w*|angebote\b|produktinfos?\b|infos\b|datenbank\b|daten\b|werbezweck\w*|schicken\b|senden\b|zusenden\b|kontakt\w*|schreib (mir|uns)\b|schick (mir|uns)\b|schriib\w*`),
    w(String.raw`nicht mehr\b|keine\b|nie\b|aufhoren\b|auf\b|stopp?\b|losch\w*|loesch\w*|entfern\w*|austrag\w*|abmeld\w*|streich\w*|in ruhe\b|nichts mehr\b|mehr\b|schluss\b|stoppen\b|widersprech\w*|melden sie mich\b|melde (sie|euch)\b|unterlass\w*|verbitte\w*|blockier\w*|abzusehen\b|abseh\w*|nicht weiter\b|sperr\w*|remove\b|num\b|nume\b|nimma\b|nimmer\b`)),
  it: L(w(String.raw`messagg\w*|e-?mail\b|mail\b|pubblicita\b|spam|sms\b|il mio (numero|contatto)\b|i miei dati\b|(la|vostra|dalla|questa) lista\b|contatt\w*|scriv\w*|chiam\w*|disturb\w*|offert\w*|novita\b|database\b|dati\b|mandat\w*|mandar\w*|invia\w*|promozion\w*|grupp\w*|aggiung\w*`),
    w(String.raw`non\b|nn\b|piu\b|basta\b|smett\w*|rimuov\w*|cancell\w*|togli\w*|elimin\w*|disiscriv\w*|in pace\b|niente\b|nessun\w*|rott[oa]\b|piantat\w*|rimoss[oaie]\b|sospend\w*|cchiu\b|nun\b`)),
  ru: L(String.raw`сообщени|рассылк|спам|смс|(^|[^а-я])(писать|пишите|звонить|звоните|присылать|присылаите)|беспоко|мои номер|мои данные|списк|предложени|присыла|шлите|слать|(пиш|пеш)[а-я]* (мне|нам)|контакт|канал|добавл`, String.raw`(^|[^а-я])не(?=[^а-я])|хватит|прекрат|перестан|удал|убер|исключ|отпиш|отстан|не хочу|больше|достал|задолбал|надоел|бесполезно`),
  ar: L(String.raw`رسائل|اللائحة|لائحة|الرسائل|رسالة|رقمي|بياناتي|القائمة|قائمة|تواصل|التواصل|تتواصل|مراسلتي|تراسل|اتصال|تتصل|ازعاج|تزعج|ميساجات|اعلانات|اعلانات|سبام|منتجات|جهات الاتصال|رسائلكم|الرقم|هالرقم|الايميل|ايميل|رسايل|الرسايل|مسجات|الايميلات|الايميلات|ايميلات|بريد|مراسلتنا|مراسل|تبعتل|تكتبل|تبعثل|اسمي|عروض|العروض|المساجات|مساجات|الليستة|ليستة|الليستا`, String.raw`(^|\s)لا(\s|$)|توقف|اوقف|كفي|كفاية|احذف|حذف|ازل|الغاء|امسح|عدم|(^|\s)ما(\s|$)|بطلوا|بركاو|خلاص|شيلونا|ابتعدوا|ايقاف|ايقاف|متبعت|مش عايز|وقفوا|(^|\s)وقف(\s|$)|لا داعي|شطب|ازاله|ازالة|بركا|نحيني|نحوني`),
  tr: L(w(String.raw`mesaj\w*|sms\w*|e-?posta\w*|mail\w*|reklam\w*|numara\w*|liste\w*|ara\w*|yaz\w*|rahatsiz\b|teklif\w*|bulten\w*|ileti\w*|veri\w*|rehber\w*|gonder\w*|urun\w*|spam\w*|whatsapp\w*|kisiyi\b|grub\w*|grup\w*|ekle\w*`),
    w(String.raw`atma\w*|birak\w*|sil\w*|cikar\w*|istemiyor\w*|etmeyin\b|aramayin\b|yazmayin\b|gondermeyin\b|iptal\b|yeter\b|gerek yok\b|bir daha\b|cikmak\b|silinme\w*|ret\b|biktim\b|(bana|bize) yazma\w*|yazmayi kesin\b|yok artik\b|artik yok\b|eklemeyin\b|tekrar\b`)),
  pl: L(w(String.raw`wiadomosc\w*|korespondencj\w*|mail\w*|promocj\w*|e-?maile?\b|sms\w*|reklam\w*|spam\w*|moj numer\b|moje dane\b|dane\b|(ten|tego|moj|mojego|nasz|naszego) numer\w*|numer\w* (mojej|mojego|naszej|naszego|jej|jego)\b|numer\w* (telefonu|komorki)\b|list\w*|pisa\w*|pisz\w*|dzwon\w*|kontakt\w*|newslett\w*|informacji handlowych\b|danych\b|bazy\b|nowosci\b|wysyla\w*|wysylaj\w*|przesyla\w*|whatsapp\w*|zawracaj\w* (mi|nam) glowy\b`),
    w(String.raw`nie\b|przestan\w*|usun\w*|wypis\w*|dosc\b|wystarczy\b|koniec\b|spokoj\b|usuniec\w*|zgody\b|nie(przesyla|wysyla|kontaktowa|pisa|dzwoni)\w*|rezygn\w*|zakoncz\w*`)),
  id: L(w(String.raw`pesan\b|chat\b|wa\b|sms\b|email\b|promo\w*|iklan\b|spam|nomor (saya|sy|aku)\b|grup\b|list\b|hubungi\b|dihubungi\b|menghubungi\b|ganggu\w*|penawaran\b|info\b|data saya\b|database\b|kirim (info|pesan|promo|penawaran|produk|apa)\w*|pesannya\b|unreg\b|daftar harga\b`),
    w(String.raw`jangan\b|jgn\b|stop\b|berhenti\b|hapus\b|keluarkan\b|(tidak|gak|ga|nggak|enggak) (mau|usah)\b|tidak usah\b|hentikan\b|dihapus\b|cukup\b|tidak ingin\b|unreg\b`)),
  vi: L(w(String.raw`tin nhan\b|nhan tin\b|tin\b|email\b|quang cao\b|spam|so dien thoai\b|so cua toi\b|danh sach\b|lien he\b|lien lac\b|goi\b|lam phien\b|nhan them\b|gui (gi|them|tin|san pham|bao gia|thong tin)\b|nhu cau\b|so nay\b|so (cua )?(toi|minh|em|anh)\b|bang gia\b|khuyen mai\b|nhan vao\b|chao hang\b|broadcast\b|nhom\b`),
    w(String.raw`dung\b|khong\b|ngung\b|xoa\b|huy\b|thoi\b|khong muon\b|(ko|k|khong) con\b|yen\b|nghi\b|ko\b|(ko|k) (nhan|gui|can)\b|nua\b|roi khoi\b`)),
  ja: L(String.raw`メッセージ|メール|連絡|案内|営業|配信|dm|電話|番号|リスト|ご案内|購読|個人情報|広告|スパム|めっせーじ|送る|おくら|勧誘|登録|弊社の情報|送って|送ら|送信`, String.raw`しないで|送らないで|不要|停止|解除|やめて|止めて|外して|削除|お断り|迷惑|結構|控え|希望しません|消して|ストップ|おくらないで|くんな|しつこい|うざ`),
  ko: L(String.raw`메시지|문자|메일|연락|광고|스팸|번호|명단|목록|카톡|제안|소식|정보|발송|보내|전화|가입|팔로업|귀찮게`, String.raw`마세요|말아|그만|사절|거부|삭제|빼|지워|취소|않습니다|싶지 않|중단|안 하셔도|안 보내|신고`),
  nl: L(w(String.raw`berichte?n?\b|\w*lijst(en)?\b|promo\w*|mails?\b|e-?mails?\b|reclame\b|nieuwsbrie\w*|\w*spam|(mijn|dit|het|ons|deze|je|jullie|haar|zijn|hun) (\w+)?nummer\b|(telefoon|mobiel|gsm|whatsapp|prive)nummer\b|\w*gegevens\b|databank\b|sms\b|mijn (nummer|gegevens|adres)\b|lijst\b|benader\w*|contacter\w*|mailen\b|bellen\b|sturen\b|appen\b|mailinglijst\w*|contacteren\b|gecontacteerd\b|producten\b|aanbieding\w*|stuur\b|sturen\b|toesturen\b|contact\b|storen\b|promoties?\b|schrijven\b|app\b|appjes?\b`),
    w(String.raw`niet meer\b|geen\b|nooit\b|stop\b|verwijder\w*|haal\b|afmeld\w*|uitschrijv\w*|met rust\b|niet langer\b|genoeg\b|meer\b|kap ermee\b|meld (jullie|u|je)\b|hou op\b|houd op\b|ophouden\b|kappen\b|achterwege\b|eruit\b|schrappen\b|wissen\b|rot op\b|opzouten\b|afgemeld\b|stoppen\b`)),
};

// Languages without a code of ours (their messages are detected as und, ru or id), always run: Thai, Hindi in
// Devanagari and romanised, Ukrainian, Malay, romanised Arabic.
const MORE_LEXICONS: Lexicon[] = [
  // (Thai has no spaces: the stop word must stand right before the contact word, "อย่าลืมโทร" is "don't forget to call")
  L(String.raw`ข้อความ|แชท|ไลน์|โปรโมชั่น|โฆษณา|สแปม|ติดต่อ|โทร|ทัก|เบอร์|รบกวน`,
    String.raw`(อย่า|ไม่ต้อง|เลิก|หยุด|ห้าม)(มา)?(ส่ง)?(?=ข้อความ|แชท|ไลน์|โปรโมชั่น|โฆษณา|สแปม|ติดต่อ|โทร|ทัก|รบกวน)|(ลบ|ยกเลิก|บล็อก)(?=เบอร์|การรับ|ข้อความ)|พอแล้ว|พอที`),
  L(String.raw`मैसेज|मेसेज|संदेश|कॉल|फोन|नंबर|विज्ञापन|परेशान|संपर्क`, String.raw`(^|\s)मत(?=\s|$)|बंद (करो|करें|कीजिए|कर दो)|हटा|डिलीट|ब्लॉक|नहीं चाहिए`),
  L(w(String.raw`msgs?\b|messages?\b|sms\b|spam\b|whatsapp\b|pareshan\b|disturb\b|mesej\b|nombor\b|rasayel\b|rasa2el\b|ra2mi\b|tsift\w*|tsifet\w*|tseft\w*`),
    w(String.raw`mat\b|band\b|bnd\b|hata\w*|jangan\b|jgn\b|buang\b|padam\b|berhenti\b|balash\b|bala\b|wa2ef\b|khalas\b|5alas\b|kafa\b|barak\b|baraka\b|safi\b|matb9ach\b|ba3ad\b`)),
  // romanised Russian: "udalite moy nomer", "ne pishite bolshe"
  L(w(String.raw`nomer\b|soobshch\w*|soobshen\w*|rassylk\w*|pishite\b|pisat\b|zvonite\b`), w(String.raw`udal\w*|uberite\b|hvatit\b|khvatit\b|otpishite\b|bolshe\b`)),
  L(String.raw`повідомлен|розсилк|спам|смс|(пишіть|писати|дзвоніть|дзвонити|телефонуите) (мені|нам)|турбу|міи номер|мои номер|списк`, String.raw`(^|[^а-яіє])не(?=[^а-яіє])|досить|вистачить|припин|перестан|видал|прибер|вилуч|відпиш|заблок`),
];

// Not a request to stop: the buyer did not receive, see or get an answer to messages ("no recibí tus mensajes").
const VETO = new RegExp(String.raw`forget|forgot|worry|olvid|esquec|oubli|vergess|dimentic|забуд|тэнс|تنسي|تنسي|unut|zapomn|\blupa\b|\bquen\b|忘|잊|preocup|inquiet|sorge|担心|confirm|дошл|дозвон|dostal|wrong|错|ошиб|(?<!(want to|wish to|like to|quiero|quero|deseo|desejo|хочу|хотим|хочу больше|хотим больше|möchte|mochte|voglio|wil|desidero|desideriamo|desidero piu|desideriamo piu|piu|longer|anymore|zu) )(receiv|recib|receb|\brecu|erhalt|bekommen|ricev|получ)|استلم|wasn'?t|aldim|otrzyma|terima|nhan duoc|受け取(?!りたく|りを希望し|りを拒否|りを停止|りを辞退)|받았|ontvang|answer|reply|respond|respuesta|respond|antwort|rispost|ответ|\bsee\b|\bsaw\b|\bread\b|\bleer\b|gelesen|letto|прочит|回复|回覆|没收到|沒收到|看到|found|\bcheck|`
  // a slip to undo ("delete the previous message, sent by mistake"), a thing held back for now ("инвойс пока не присылайте"),
  // a failed call ("não consegui ligar, me escreve aqui"), another channel asked for ("お電話は不要です、メールでお願いします")
  // goods held back, not contact ("не присылайте образцы, сразу заказ", "sample mat bhejo")
  + String.raw`образц|зразк|\bsamples?\b|muestra|amostra|echantillon|\bmuster\b|\bmonsters?\b|campion|probek|probk|numune|عينة|sampel|サンプル|샘플|样品|樣品|`
  // a thing the buyer already has ("目录不用再发了，我已经有了", "Katalog bende var, tekrar göndermeyin"), or asks sent
  // again ("das Angebot neu schicken", "kirim ulang")
  + String.raw`already|ya (lo|la) tengo|\bja tenho|\bja tem|уже есть|已经有|已經有|bende var|co roi|juz (go |je )?mam|(ce )?l'(ho|abbiamo) gia|`
  // how the goods travel or when ("nie wysyłajcie samolotem", "przed wpłatą"), nobody answering ("nikt nie odpisuje"),
  // a credit note ("schreiben Sie uns das gut"), a line taken off the quote ("tekliften çıkarın"), goods ready ("está lista")
  + String.raw`samolotem|statkiem|lotniczo|morzem|pociagiem|kurierem|naraz|przed (wplata|zaplata|platnoscia)|ucakla|gemiyle|deniz ?yolu|bir seferde|odpisu|odpowiad|\brepond|yanit|cevap|\bbalas|tra loi|antwoord|beantwort|rispond|gutschr|\bgut\s*[.!]*\s*$|tekliften|dari penawaran|from the (quote|quotation|offer|order|invoice)|\b(esta|estan|estara|estaran) (list[oa]s?|pront[oa]s?)\b|이미 있|すでに|既に|`
  // the buyer away for a while ("Bin bis 7. Jänner auf Urlaub, melden Sie sich danach"), a list of goods, not of
  // contacts ("sipariş listesinden silin"), goods in Turkish ("parsiyel göndermeyin"), the next season
  + String.raw`urlaub|vacation|on holiday|vacaciones|de ferias|in ferie|vakantie|wakacj|urlop|tatilde|\bcuti\b|conges|out of office|siparis listes|lista de pedidos|lista ordini|bestellliste|bestellijst|lista zamowien|fotograf|parsiyel|konteyner|gelecek sezon|next season|proxima temporada|prossima stagione|`
  // a number or a name on the goods or the papers ("verwijder zijn nummer van het etiket", "usunąć numer z faktury"),
  // a line of the offer ("die Position 3 aus der Liste entfernen")
  + String.raw`etiket|etikett|\blabel|verpakking|verpackung|factuur|rechnung|faktur|\bposition\b|\bpositionen\b|\bzeile\b|\bpositie\b|`
  // a numbered line of the quote taken off ("Rifate l'offerta in euro e togliete la voce 4", "quiten la partida 3",
  // "remove item 2"): the offer is edited, the contact kept
  + String.raw`\b(items?|voce|voci|riga|righe|linea|linha|ligne|partida|pozycj\w*|kalem|baris|position|positie|zeile|regel|article|articolo|artikel)( (n|no|nr|num|numero|number|nummer)\.?)? ?#?\d+\b|`
  + String.raw`noch (keine|nicht)|not yet|pas encore|todavia no|aun no|ainda nao|non ancora|jeszcze nie|henuz|عينات|`
  + String.raw`kirim ulang|tekrar gonderin|다시 보내주세요|resend|send (it )?again|reenvi|neu schicken|erneut (senden|schicken)|`
  // "don't call now, I'm in a meeting" in Hindi and Thai (a moment, as NOT_AN_OPT_OUT in opt-out.patterns.ts)
  + String.raw`(अभी|\babhi\b|\babi\b(?= (mat|na|nahi|mt)\b))(?! se\b| से)|ตอนนี้|ลืม|भूल|\bbhul|`
  // the slip in more words ("cancella il messaggio di prima", "usuńcie poprzednią wiadomość", "önceki mesajı silin"), a
  // thing not sent yet with the word after the verb ("non mandatemi ancora la proforma", "nie wysyłajcie jeszcze")
  + String.raw`(messaggio|messaggi|mail|foto) di prima\b|\bfotos?\b|\bphotos?\b|\bpictures?\b|\bbilder\b|\bzdjec|\bfoto'?s\b|\bimagenes\b|\bimmagini\b|фото|poprzedni|ostatni\w* (wiadomosc|mail|zdjeci)|\bonceki\b|\bson (mesaj|maili|e-?postayi)\b|l'ultimo messaggio|последн\S* (сообщени|письм)|\bnon \w+ ancora (il|la|lo|i|le|gli|l'|nulla|niente)\b|\bnie \w+ (mi |nam )?jeszcze\b|`
  + String.raw`previous|\blast (message|msg)|mistake|anterior|precedent|vorige|vorherige|letzte nachricht|предыдущ|السابق|اللي فاتت|الي فاتت|equivoc|errad|\berreur|\berrore|pomyl|salah kirim|\bnham\b|間違え|пока([^а-я]|$)|for now|por ahora|por enquanto|pour l'instant|vorerst|per ora|na razie|simdilik|暂时|consegu(?!ido\b|iram\b|iu\b|ieron\b)|couldn'?t|could not|no pude|не смог|nie moglem|でお願い|instead|stattdessen|invece|вместо|en lugar|em vez|au lieu|zamiast|gantinya|thay vao|改用|대신`);

// Short Romance messages are easily taken for a neighbour's: their lexicons run together.
const CLOSE: Partial<Record<LanguageCode, LanguageCode[]>> = { es: ['pt', 'it', 'fr'], pt: ['es', 'it'], it: ['es', 'pt', 'fr'], fr: ['es', 'it', 'pt'] };

const MAX_CHARS = 140;
const MAX_GAP = 16;
// A clause ends at punctuation: "don't worry, I will send the message" pairs nothing.
const CLAUSE_END = /[,.;:!?，。；：！？、\n]/;

/** Where each match of the global `re` starts and ends (as matchAll finds them, without its copy of the regex). */
function spans(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    // an empty match moves on a character (a code point in Unicode mode), as matchAll does
    if (m[0].length === 0) re.lastIndex = re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? m.index + 2 : m.index + 1;
  }
  return out;
}

/** True when the short message pairs a contact word with a stop word of its language (or English) within a few words. */
export function lexiconOptOut(folded: string, language: DetectedLanguage): boolean {
  // the veto last: few messages pair the words, and its hundreds of alternatives cost more than the pairing
  return folded.length <= MAX_CHARS && pairsContactWithStop(folded, language) && !VETO.test(folded);
}

function pairsContactWithStop(folded: string, language: DetectedLanguage): boolean {
  const langs = new Set<LanguageCode>(['en']);
  if (language !== 'und') for (const l of [language, ...(CLOSE[language] ?? [])]) langs.add(l);
  for (const { contact, stop } of [...[...langs].map((l) => OPT_OUT_LEXICON[l]), ...MORE_LEXICONS]) {
    const a = spans(contact, folded);
    if (!a.length) continue;
    const b = spans(stop, folded);
    for (const [s1, e1] of a) {
      for (const [s2, e2] of b) {
        if (s2 - e1 > MAX_GAP || s1 - e2 > MAX_GAP || (s1 < e2 && s2 < e1)) continue;
        const between = folded.slice(Math.min(e1, e2), Math.max(s1, s2));
        if (!CLAUSE_END.test(between)) return true;
      }
    }
  }
  return false;
}

/**
 * True when the folded message has, in any language, both a contact word and a stop word, and nothing that makes
 * it a slip or a missed message (the veto above). The model may propose a likely opt-out only then: alone it
 * flagged "don't forget…" messages.
 */
export function hasOptOutCue(folded: string): boolean {
  if (VETO.test(folded)) return false;
  for (const { contact, stop } of [...Object.values(OPT_OUT_LEXICON), ...MORE_LEXICONS]) {
    contact.lastIndex = 0;
    stop.lastIndex = 0;
    if (contact.test(folded) && stop.test(folded)) return true;
  }
  return false;
}
