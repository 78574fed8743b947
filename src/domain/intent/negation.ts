import { blankSpans, prefilteredBlanking } from './blank-spans';
import { SAID_NOT_ASKED } from './said-not-asked';
import { CUSTOM_NOT_ASKED, CUSTOM_NOT_ASKED_OTHER } from './custom-not-asked';
import { CERT_MARKS } from './certification-marks';
import { rememberLast } from '../text/remember-last';
import { cueTest } from '../text/cue-test';

// Negated asks ("no need sample", "不用样品", "sin muestra") and acknowledgements ("报价收到了", "got your quote")
// name an intent's keyword without asking for it. Their spans are blanked out before the ask intents are
// matched; complaints, opt-outs and payment asks still read the whole text ("not working", "can't pay now"
// are themselves negative).

// Folded Latin text is ASCII: plain classes and edges keep these fast (no Unicode flag).
const W = String.raw`[a-z0-9'/-]+`;
// Words that end a negated span: the buyer turns to what they do want.
const STOP = String.raw`(?!(?:but|just|only|please|pls|plz|and|send|give|pero|solo|mas|mais|so|mais|aber|nur|ma|solo|tylko|ale|tapi|cuma|hanya|nhung|chi|ama|sadece|maar|alleen)\b)`;

// Documents and things a buyer acknowledges (folded; 16 languages).
const OBJECTS = String.raw`(quote|quotes|quotation|quotations|qoute|offer|price ?list|pricelist|prices?|catalog(ue)?s?|brochure|samples?|swatch(es)?|pi|p\.i\.?|proforma( invoice)?|invoice|certificates?|documents?|photos?|pictures?|details|info|cotizacion|cotizaciones|presupuesto|precios?|muestras?|catalogos?|factura|oferta|lista de precios|cotacao|orcamento|precos?|amostras?|fatura|devis|prix|echantillons?|facture|offre|tarifs?|angebot|preise?|muster|katalog|rechnung|preisliste|preventivo|prezz[oi]|campion[ei]|listino|fattura|offerta|wycen\w*|oferte|cen[ay]|cennik|probk[ia]|faktur[ay]|penawaran|harga|sampel|contoh|katalog|faktur|bao gia|gia|mau|danh muc|hoa don|teklif\w*|fiyat\w*|numune\w*|katalog\w*|proforma|offerte|prijs|prijzen|prijslijst|monsters?|catalogus|factuur|certifications?|certificados?|certificats?|certificazion[ei]|certificat[oi]|zertifikate?|sertifika\w*|certyfikat\w*|sertifikat|certificaten|certificaat|chung nhan|payment (slip|receipt|proof|confirmation)|bank slip|swift( copy)?|tt copy|proof of (payment|transfer)|remittance( advice| slip)?|transfer (slip|receipt|confirmation)|comprobante( de (pago|transferencia))?|comprovante( de (pagamento|transferencia))?|preuve de (virement|paiement)|zahlungsbeleg|(uberweisungs|zahlungs)bestatigung|ricevuta( di (pagamento|bonifico))?|potwierdzenie (przelewu|platnosci)|bukti (transfer|bayar|pembayaran|tf)|dekont|betalingsbewijs|discount|discounts|rabatt|remise|descuento|desconto|sconto|rabat|rabatu|diskon|indirim|giam gia|korting)`;
const OBJECTS_RU = String.raw`(кп|скидк\S*|цен\S*|праис\S*|образ\S*|каталог\S*|предложени\S*|сч[ее]т\S*|инвоис\S*|сертификат\S*|платежк\S*|платежк\S*)`;
const OBJECTS_AR = String.raw`(عرض السعر|عرض الاسعار|عرض سعر|السعر|الاسعار|العينه|العينة|العينات|الكتالوج|الكتالوغ|الفاتوره|الفاتورة|قائمة الاسعار|الشهادات|شهادات|لوغو|لوجو|الشعار)`;
// (a certification mark named with the certificate, "CE認証は必要ありません", "CE 인증서는 필요 없어요", is blanked with it)
const MARK_CJK = String.raw`((${CERT_MARKS}|iso\s?\d{0,5})\s*)?`;
const OBJECTS_CJK = String.raw`(型錄|型录|规格书|規格書|折扣|할인|割引|値引き|値下げ|报价单|报价|報價|样品|樣品|样板|目录|目錄|价格表|价目表|PI|pi|形式发票|发票|合同|资料|画册|图片|見積書|お見積り|お見積もり|お見積|見積もり|見積り|見積|サンプル|カタログ|価格表|請求書|견적서|견적|샘플|카탈로그|가격표|인보이스|认证|認証|인증서|인증|证书|証明書|ロゴ|로고|logo|LOGO|Logo|付款水单|汇款水单|银行水单|水单|付款凭证|汇款凭证|送金控え|振込控え|送金明細|입금증|송금증)`;

const NEGATED_PREFIX = [
  String.raw`(skip|forget|never mind|not interested in|no interest in)( about)?|(oubliez|olvide|olvida|olvidate de|esqueca|esquece|vergessen sie|vergiss|lasciate stare|lascia stare|dimenticate|zapomnij|zapomnijcie o|lupakan|unutun|quen)|cancel|no need( for| of| to (send|get|have))?|(do not|don'?t|dont|doesn'?t|won'?t|wont|didn'?t|not|never) (need|want|require)( to (see|get|have|order|receive))?|without|no more`,
  String.raw`no hace falta que (me |nos )?(mandes|mandeis|manden|mande|envies|envieis|envien|envie)|no (necesito|necesitamos|quiero|queremos|requiero|requerimos|hace falta|hacen falta|ocupo|ocupamos|piden|pide|exigen|exige|requieren|requiere)|no (me|nos) (mande|manden|mandes|envie|envien|envies)( (todavia|aun))?|sin|cancel(a|en|ad|ar)|anul(a|en|ad|ar)|no (lleva|llevan|llevara)`,
  String.raw`nao (e|eh) preciso( de)?|nao (leva|levam|levara)|nao precisa (me |nos )?(mandar|enviar)|nao (preciso|precisamos|precisa|quero|queremos|necessito|necessitamos|pedem|pede|exigem|exige)|nao (me|nos) (mande|mandem|envie|enviem|manda)( ainda)?|sem|cancel(a|em|ar)`,
  String.raw`(pas|plus) besoin de (m'|nous |me )?(envoyer|renvoyer)|(pas|plus) besoin (de|d'|du|des)|n'?(ai|avons) pas besoin (de|d')|sans|ne (veux|voulons) pas( de| d')?|pas (de|d')|annul(ez|er|e)`,
  String.raw`(brauche|brauchen|benotige|benotigen)( ich| wir)? (kein|keine|keinen|nicht)|ohne|keinen|keine|kein|stornier(en|t|e)`,
  String.raw`non (mi |ci )?(serve|servono) (mandare|inviare|mandarmi|inviarmi|mandarci|inviarci)|non (mi |ci )?(serve|servono)|non (ho bisogno di|abbiamo bisogno di|voglio|vogliamo|necessito)|senza|niente|annull(a|ate|are)|cancell(a|ate|are)`,
  String.raw`nie (potrzebuje|potrzebujemy|chce|chcemy|trzeba)|nie (przysylajcie|wysylajcie|przesylajcie)( mi| nam)? (juz|wiecej)|bez|anuluj(cie|emy)?|rezygnuj(emy|e) z`,
  String.raw`(tidak|gak|nggak|ga|tak|enggak) (perlu|butuh|usah|mau|pakai)|tanpa|batal(kan)?|lupain`,
  String.raw`(khong|ko|hong) (can|muon|lay)( phai)?|thoi khoi|khoi can|huy( bo)?(?= (mau|don))`,
  String.raw`(geen|zonder|annuleer|annuleren)`,
  String.raw`не (нужно|надо|нужен|нужна|нужны|требуется|хотим|хочу)|забудьте( про)?|без|отмените|отменяем`,
  String.raw`(ما (احتاج|نحتاج|ابي|نبي|ابغي|نبغي|بدي|بدنا|نريد|اريد|يطلب|يطلبون|يطلبوا|يحتاج|يحتاجون)|(مش|مو) (محتاج|محتاجين|عايز|عايزين|عاوز)|انس(ي|ي|وا)|من غير|لا (نحتاج|احتاج|اريد|نريد|داعي ل)|لا (ترسلون|ترسلوا|ترسل|تبعثون|تبعث|تبعتوا|تبعت)( لي| لنا)?|بدون)`,
].join('|');

const NEGATED_POSTFIX = [
  String.raw`(is |are )?(not needed|not necessary|not required|no need|unnecessary)|(isn'?t|aren'?t|arent|isnt) (needed|necessary|required)`,
  String.raw`no (es |son )?(necesari[oa]s?|hace falta)`,
  String.raw`nao (e |sao )?(necessari[oa]s?|precisa)`,
  String.raw`не (нужен|нужна|нужно|нужны|надо|требуется|требуются)`,
  String.raw`(gerek yok|gerekmiyor|gerekmez|istenmiyor|istemiyoruz|istemiyorum|lazim degil|ihtiyacimiz yok|olmasin)`,
  String.raw`(brauche|brauchen) (ich|wir) (diesmal |dieses mal |jetzt |noch )?(nicht|kein\w*)|(ist |sind )?nicht (notig|erforderlich|notwendig)`,
  String.raw`(n'est |ne sont )?pas (necessaires?|requis\w*)|(est |sont )?inutiles?|n'(est|sont) (pas )?requis\w*`,
  String.raw`(nie (sa|jest) (nam |mi )?(wymagan\w*|potrzebn\w*))|niepotrzebn\w*|nie trzeba`,
  String.raw`non (e|sono) (necessari[oaie]|richiest[oaie])|(tidak|gak|nggak|ga|tak) (perlu|usah)`,
  String.raw`(iptal edin|iptal ediyoruz|bos verin|bos verelim)`,
  String.raw`(niet nodig|hoeft niet|(hebben|heb) (we|wij|ik) (niet|geen) nodig|nicht notig|nicht erforderlich|non (ci |mi )?(serve|servono)|non necessari[oa])`,
].join('|');

const ACK_BEFORE = [
  String.raw`(got|received|recieved|recived|have received|has received|thanks for|thank you for|thx for|tks for|noted)( the| your| ur| ya| our| all)?`,
  String.raw`(recibi|recibimos|recibid[oa]s?|ya tengo|ya tenemos|(ya )?(me|nos) llego|ya llegaron|ya llego|gracias por)( el| la| los| las| su| tu| sus)?`,
  String.raw`(recebi|recebemos|recebid[oa]s?|obrigad[oa] pel[oa]s?)( o| a| os| as| sua| seu)?`,
  String.raw`(bien recu|j'ai (bien )?recu|nous avons (bien )?recu|merci pour)( le| la| les| votre| vos| l')?( l(?='))?`,
  String.raw`(danke fur|vielen dank fur)( das| die| den| ihr| ihre| ihren)?`,
  String.raw`(ho ricevuto|abbiamo ricevuto|ricevut[oaie]|grazie per)( il| la| lo| i| le| l'| vostro| vostra)?`,
  String.raw`(otrzymalem|otrzymalam|otrzymalismy|dostalem|dostalam|dostalismy|dziekuje za|dzieki za)`,
  String.raw`((sudah|udah|sdh) (terima|dapat|nerima)|terima kasih (atas|untuk))`,
  String.raw`(da nhan( duoc)?|nhan duoc|nhan (duoc )?roi|cam on (ve|vi))`,
  String.raw`(ontvangen|dank voor|bedankt voor)( de| het| uw| jullie)?`,
].join('|');

const ACK_AFTER = String.raw`(is |are |was |were |well |all |has been |have been |ya |sudah |udah |da |ist |sind |est |e |foi |fue |ha |zijn |today |heute |hoy |hoje |aujourd'hui |oggi |vandaag |dzisiaj |bugun |hari ini |hom nay |yesterday |gestern |ayer |ontem |hier |ieri |gisteren |wczoraj |kemarin |sont |sono |son )*(received|llegaron|chegaram|arrived today|datang|doszl\w*|dotarl\w*|ve (hom nay )?roi|recieved|recived|got it|noted|arrived|recibid[oa]s?|llego|recebid[oa]s?|chegou|bien recue?s?|recue?s?|arrivee?s?|erhalten|bekommen|angekommen|ricevut[oaie]|arrivat[oaie]|otrzymal\w*|otrzyman\w*|dotarl\w*|doszed\w*|((udah|sudah|sdh) )?((sy|saya|kami|aku) )?(udah |sudah |sdh )?(terima|dapat|nerima)|diterima|sampai|nyampe|masuk|toi roi|nhan duoc|((em|anh|chi|minh|toi) )?(da )?nhan (duoc )?roi|aldim|aldik|((elime|elimize) )?ulasti|geldi|ontvangen|binnen|aangekomen|binnengekomen|gearriveerd)`;

// "I already have the catalogue": a document the buyer holds is no ask for it, object before or after the verb.
const HAVE_BEFORE = String.raw`(already (have|got)|ya (tengo|tenemos)|ja (tenho|temos)|j'ai deja|nous avons deja|(habe|haben) (ich |wir )?(schon|bereits)|ho gia|abbiamo gia|juz (mam|mamy)|(sudah|udah|sdh) (ada|punya)|heb(ben)? (ik |we )?al)`;
const HAVE_AFTER = String.raw`((ich|wir|eu|je|we|i|em|anh|chi|toi|minh|ik) )?(already have|already got|have already|ya (lo |la |los |las )?(tengo|tenemos)|ja (o |a |os |as )?(tenho|temos)|(l'ai|l'avons|les ai) deja|(habe|haben) (ich |wir )?(schon|bereits)|ce l'(ho|abbiamo) gia|(ho|abbiamo) gia|juz (mam|mamy)|(sudah|udah|sdh) (ada|punya)|co roi|(bende|bizde|elimde|elimizde) var|heb(ben)? (ik |we )?al)`;

// The same masks twice: over ASCII (folded Latin text, fast, no Unicode flag) and over any letter (Cyrillic,
// Arabic, a Latin letter fold() keeps), the latter only for text with non-ASCII letters.
function wordMasks(word: string, letter: string, flags: string): RegExp[] {
  const WORD = `${STOP}${word}`;
  return [
    // "no sample needed"
    new RegExp(String.raw`(?<!${letter})no(?: ${word}){1,2} (?:needed|necessary|required)(?!${letter})`, flags),
    // the object first ("die Muster brauchen wir nicht mehr"), before the verb-first reading takes "brauchen wir nicht
    // mehr" alone and leaves the samples asked
    new RegExp(String.raw`(?:${word} ){0,1}${word} (?:${NEGATED_POSTFIX})(?!${letter})`, flags),
    new RegExp(String.raw`(?<!${letter})(?:${NEGATED_PREFIX})(?:(?<=')|(?!${letter}))(?:\s*(?:a|an|the|any|your|ur|more|el|la|los|las|un|una|mas|o|a|os|as|um|uma|de|d'|le|les|des|du|ein|eine|einen|il|lo|i|gli|un|de|het|een|de)\b)?(?:\s*${WORD}){1,2}`, flags),
    new RegExp(String.raw`(?<!${letter})(?:${ACK_BEFORE})(?: |')${OBJECTS}(?!${letter})`, flags),
    new RegExp(String.raw`(?<!${letter})(?:(?:the|your|ur|our|la|el|las|los|o|a|os|as|le|les|votre|il|la|de|het|uw) )?${OBJECTS} (?:${ACK_AFTER})(?!${letter})`, flags),
    new RegExp(String.raw`(?<!${letter})(?:${HAVE_BEFORE})(?: (?:the|your|ur|a|el|la|los|las|o|os|le|les|votre|den|die|das|il|de|het|uw))? ${OBJECTS}(?!${letter})`, flags),
    new RegExp(String.raw`(?<!${letter})${OBJECTS} (?:${HAVE_AFTER})(?!${letter})`, flags),
  ];
}
// A certificate waived with its mark, or said to be enough: "Não precisamos do certificado CE", "Không cần chứng nhận
// CE", "het CE-certificaat volstaat". The word masks take two words after a negation ("do certificado") and would leave
// the mark ("CE") asked; a certificate the buyer says suffices asks for none.
// (the marks: certification-marks.ts)
const MARK = String.raw`(${CERT_MARKS}|iso ?\d{0,5}|en ?\d{3,5})`;
const CERT = String.raw`(certificates?|certifications?|certificados?|certificacion(es)?|certificats?|zertifikate?|certificat[oi]|certificazion[ei]|certyfikat\w*|sertifika\w*|sertifikat|certificaat|certificaten|chung nhan|chung chi|test ?reports?|testrapport(en)?|prufbericht\w*|laudos?)`;
const MARKED_CERT = String.raw`(${MARK}[ -]?${CERT}|${CERT} ${MARK})`;
const CERT_ARTICLE = String.raw`( (the|a|an|any|your|el|la|los|las|un|una|o|os|as|do|da|dos|das|de|du|des|le|les|il|lo|i|gli|den|die|das|het|een|extra|additional|adicional|zusatzliche\w*))*`;
const MARKED_CERT_WAIVED = [
  String.raw`(?<![a-z])(${NEGATED_PREFIX})${CERT_ARTICLE} ${MARKED_CERT}(?![a-z])`,
  String.raw`(?<![a-z])${MARKED_CERT}( [a-z]+){0,2} (${NEGATED_POSTFIX})(?![a-z])`,
  String.raw`(?<![a-z])(${MARKED_CERT}|${CERT}) (volstaat|is genoeg|suffices|is enough|will do|reicht( aus)?|genugt|basta|es suficiente|alcanza|e suficiente|suffit|wystarczy|yeterli|cukup|la du)(?![a-z])`,
];

// Turkish says "without" with a suffix: numunesiz (no sample), logosuz (no logo)
const WITHOUT_SUFFIX = /(?<![a-z])(numune|ornek|logo|katalog|sertifika)(siz|suz)(?![a-z])/g;
// a document or sample struck off, the object first: "Muster streichen, wir bestellen direkt"
const STRUCK_OFF = new RegExp(String.raw`(?<![a-z])${OBJECTS} (streichen|stornieren)(?![a-z])`, 'g');
const ASCII_MASKS = [...wordMasks(W, '[a-z]', 'g'), WITHOUT_SUFFIX, STRUCK_OFF, ...SAID_NOT_ASKED.map((source) => new RegExp(source, 'g'))];
const UNICODE_MASKS = [
  ...wordMasks(String.raw`[\p{L}\p{N}'/-]+`, '[\\p{L}]', 'gu'),
  new RegExp(String.raw`(получил\S*|получили|спасибо за)( ваш\S*)? ${OBJECTS_RU}|${OBJECTS_RU} (получил\S*|пришл\S*|пришел|пришел)`, 'gu'),
  new RegExp(String.raw`${OBJECTS_RU} (у (меня|нас) )?уже есть|уже есть ${OBJECTS_RU}`, 'gu'),
  new RegExp(String.raw`${OBJECTS_RU} (отменяем|отменяю|отмените|не присылаите|не отправляите|не высылаите)`, 'gu'),
  new RegExp(String.raw`(доставка|отгрузка)( в прошл\S* раз)? был[аи]? (очень )?быстр\S*|образцы были (хорошие|отличные)|(الشحن|التوصيل)( المره| المرة)?( اللي فاتت)? كان (سريع|بسرعه)|(العينات|العينه|العينة) (كانت )?(كويسه|كويسة|ممتازه|ممتازة|حلوه|حلوة)|الحد الادن[يي] (مناسب|تمام|ماشي)|по (вашеи|согласованнои|указаннои) цене|بالسعر (المتفق عليه|المعروض|المتفق)|по цене (ок|нормально)(?![а-я])|сроки записал\S*|(مدة|موعد) التسليم (معلومة|معلوم|واضح|واضحة)`, 'gu'),
  new RegExp(String.raw`${OBJECTS_AR} ?(موجود )?(عندي|عندنا)`, 'gu'),
  new RegExp(String.raw`(الغوا|الغي|نلغي|الغاء) ?${OBJECTS_AR}`, 'gu'),
  // an ask disowned: "я не прошу скидку", "ما اطلب خصم" (the Latin languages' are in said-not-asked.ts)
  new RegExp(String.raw`(я |мы )?не (прошу|просим|выпрашиваю) (о )?(скидк|снижени|уступк)\S*|(ما|مش|مو|لا) ?(دا |قاعد |عم )?(اطلب|بطلب|نطلب|بنطلب|ابي|ابغي) (خصم|تخفيض)`, 'gu'),
  new RegExp(String.raw`(неитральн|стандартн)\S* упаковк\S*|не перепутаите цвета`, 'gu'),
  new RegExp(String.raw`что дешевле|(перед тем как|прежде чем) (заказать|оформить заказ)|если (закажем|оформим заказ)( сегодня)?`, 'gu'),
  new RegExp(String.raw`(هل )?(ايهما|ايهما|ايش) (ارخص|ارخص)|قبل (ما )?(نطلب|الطلب)`, 'gu'),
  new RegExp(String.raw`(хуже|лучше|отлича\S*|не такого|не тот) (чем |от )?образ\S*|образцы были (нормальные|хорошие|ок)`, 'gu'),
  new RegExp(String.raw`(استلمت|استلمنا|وصلني|وصلنا|وصلت|وصل|تم استلام|شكرا علي|شكرا علي) ?${OBJECTS_AR}|${OBJECTS_AR} ?(وصل|وصلت|استلمته|استلمناه)`, 'gu'),
];

const CJK_MASKS = [
  // the object first ("目录不用再发了", "样品就不用了"), before the cue's own mask blanks what follows it
  new RegExp(String.raw`${MARK_CJK}${OBJECTS_CJK}\s*(就|也|都)?(不用|不需要|无需|無需|不必|先不用|先不要)`, 'g'),
  // Chinese: the negated object follows the cue within a clause.
  /(不需要|不用|无需|無需|没必要|沒必要|暂时不要|暂时不需要|先不要|先不用|不必)了?[^，,。.!！?？;；但只就请]{0,6}/g,
  // acknowledgements, object before or after the verb
  new RegExp(String.raw`(收到|已收到|收到了|拿到|看到|已经收到)(你的|您的|你们的|贵司的)?${OBJECTS_CJK}`, 'g'),
  new RegExp(String.raw`${OBJECTS_CJK}\s*(我们|我)?(今天|昨天|本日|今日|오늘)?\s*(已经|已)?(到了|已到|到货了|到着し|도착했|收到|拿到|看到|受け取り|受領|拝受|届き|いただき|頂き|確認し|を受け取り|を受領|を拝受|が届き|をいただき|を頂き|を確認し|を確認いたし|을 받았|를 받았|은 받았|는 받았|잘 받았|받았|을 잘 받았|를 잘 받았|확인했)`, 'g'),
  // cancelled: "取消样品", "サンプルはキャンセル"; compared: "跟样品不一样" (a sample only held back, "先别寄", is still wanted)
  new RegExp(String.raw`取消${OBJECTS_CJK}|${OBJECTS_CJK}(は|を|も)?キャンセル|${OBJECTS_CJK}(은|는|을|를|도)?\s*취소`, 'g'),
  /(納期|交期|납기)(は|는|은)?\s*(急いでおりません|急いでいません|急ぎません|不急|급하지 않)/g,
  /(交期|纳期|价格|报价)(我)?(知道了|收到了|了解了)/g,
  // the order placed at the price already given: "按报价下单", "ご提示の価格で", "제시해주신 가격으로"
  /按(这个|照|你们的|贵司的)?(报价|价格)|(价格|报价)(可以|没问题|OK|ok)(?![吗?？])|ご提示(の|いただいた)価格で|提示(された|いただいた)価格で|제시(해\s*주신|하신|된)\s*가격으로/g,
  // settled or praised, not asked: "起订量没问题", "最小ロットは問題ありません", "前回の配送はとても早かった", "샘플은 좋았는데"
  /(起订量|最小起订量|MOQ|moq|最小ロット|最低ロット|최소\s*수량)(は|는|은)?\s*(没问题|没有问题|問題ありません|問題ないです|괜찮아요|괜찮습니다)|(配送|発送|배송)(は|은|는)?\s*(とても|すごく|엄청|정말|아주)?\s*(早かった|速かった|빨랐)|(サンプル|샘플|样品)(は|은|는)?\s*(良かった|좋았|很好)/g,
  /(普通|中性|标准)包装|無地(の)?(箱|パッケージ)|簡易包装|(무지|기본)\s*포장|تغليف (عادي|محايد)/g,
  /哪个(更)?便宜|还是.{0,8}便宜|どちらが安い|어느\s*(쪽이|게|것이)\s*(더\s*)?싸|(下单|订货|下訂單)(之)?前|注文(する)?前|발주\s*전|주문\s*전|(如果|若)(现在|今天)?(下单|订货)|(现在|今天)下单[，,]|もし(今日)?注文(したら|すれば)/g,
  /(折扣|割引|할인)(就|は|은|는)?\s*(不说了|算了|不用了|いいです|됐고|필요\s*없)/g,
  // an ask disowned: "値引きをお願いしているわけではありません", "할인해달라는 게 아니고요", "我不是要折扣"
  /(値引き|値下げ|割引)(を|は)?(お願い|要求|求め)(して)?(いる|い)?わけ(では|じゃ)(ありません|ない)|할인\s*(해\s*)?(달라는|해달라는|요청하는)\s*(게|것이|거)\s*아니|(我|我们|我們)?(不是|并不是|並不是)(要|在要|想要|要求)(折扣|优惠|優惠|降价|降價)/g,
  /(跟|和|与)(样品|樣品)(不|有差|差)|(承認した|確認した)?サンプルと(色|品質|仕様)?(が|は)?(かなり|全然|まったく)?(違|異な)|(승인한\s*)?샘플(과|이랑|하고)\s*(색상?|품질)?\S*\s*(너무|완전|많이)?\s*(다르|달라)|サンプルより.{0,6}(悪|劣)|샘플보다\s*(나빠|나쁘|못)|(اسوا|اسوا) من (العينه|العينة)/g,
  // Japanese and Korean "not needed" after the object
  new RegExp(String.raw`${MARK_CJK}${OBJECTS_CJK}(は|も|은|는|도|이|가)?\s*(不要|いりません|要りません|いらない|要らない|必要ありません|もういい|なしで|なし|필요\s*없|안\s*보내|말고|없이|없어도)`, 'g'),
  // already held: "我已经有目录", "目录我已经有了", "カタログはすでに持っています", "카탈로그는 이미 있어서"
  new RegExp(String.raw`(已经有|已有)(你们的|您的|贵司的)?${OBJECTS_CJK}|${OBJECTS_CJK}\s*(我们|我)?(已经|已)有|${OBJECTS_CJK}(は|も)?((すでに|もう)(持って|手元に|あります)|持っている|持っています|手元にある)|${OBJECTS_CJK}(은|는|도)?\s*(이미|벌써)\s*(있|받았)`, 'g'),
  // "不要样品" (don't want samples); after the Japanese "サンプルは不要" above, which it would otherwise cut short
  /不要了?[^，,。.!！?？;；但只就请]{0,6}/g,
];

const CUE_TEST = /(tamam|asking|pidiendo|pedindo|demande|frage|bitte|chied|vraag|prosze|prosimy|minta|nanya|xin|doi|istemiyor|прош|прос|اطلب|بطلب|نطلب|わけ|아니|不是|olmasin|rush|hurry|prisa|pressa|buru|preciso|quoted|agreed|offered|confirmed|angebot|vereinbart|genannt|besprochen|aangeboden|afgesproken|genoemde|geoffreerde|offerto|concordato|indicato|pattuito|preventivo|ofrecido|acordado|cotizado|cotizacion|oferecido|combinado|cotado|propose|convenu|devis|z oferty|uzgodnion|ustalon|penawaran|disepakati|ditawarkan|fiyattan|da bao|thoa thuan|bao gia|按|价格|报价|提示|제시|по вашеи|согласованн|указанн|بالسعر|ulasti|知道了|кп|не присыла|не отправля|не высыла|lleva|leva|mischen|jelek|buruk|beda|odbiega|より悪|より劣|보다|اسوا|اسوا|precisa|lupain|khoi|bos ver|عايز|عاوز|انس|nyampe|toi roi|もういい|値引|値下|laat|по цене|sirve|serve|convient|conviene|tranquilo|aman|cepet|velociss|estaban|estavam|bagus|dep\b|iyiydi|guzeldi|dobre|byly|没问题|問題|괜찮|مناسب|تمام|ماشي|быстр|хорош|отличн|早かった|速かった|빨랐|سريع|بسرع|良かった|좋았|很好|كويس|ممتاز|حلو|akkoord|d'accord|va bene|de acuerdo|tudo bem|einverstanden|oke|uygun|pasuje|ok|noted|notiert|note|anotad|anotei|genoteerd|annotat|preso nota|no rush|not urgent|no hurry|записал|معلوم|واضح|急|급하지|streichen|stornieren|rezygnuj|いらない|要らない|пришел|пришел|neutr|plain|standard|standart|normal|generic|blank|polos|tron|mix|melangez|mezcle|неитрал|стандарт|перепут|普通|中性|标准|無地|簡易|무지|기본|عادي|محايد|pakai|doszed|cheaper|goedkoper|barato|moins cher|billiger|gunstiger|costa meno|re hon|lebih murah|daha ucuz|tansze|дешевле|ارخص|ارخص|便宜|安い|싸|before|prior|antes|avant|bevor|prima di|voordat|zanim|przed|sebelum|truoc khi|перед|прежде|قبل|之前|下单前|注文前|전|if |si |se |wenn|als |jesli|kalau|neu |eger|если|如果|若|もし|现在下单|今天下单|discount|rabatt|remise|descuento|desconto|sconto|rabat|diskon|indirim|giam gia|korting|скидк|折扣|割引|할인|oubliez|olvid|esquec|vergess|vergiss|lasciate|lascia stare|dimentic|zapomnij|lupakan|unutun|quen|забуд|muestr|amostr|echantil|muster|campion|monster|staal|probk|wzor|mau|numune|contoh|образ|cancel|anul|annul|stornier|batal|huy|отмен|iptal|الغ|取消|キャンセル|취소|样品|樣品|サンプル|샘플|ok|fine|good|akkoord|pasuje|passt|bene|bien|bom|prima|uygun|oke|dicatat|noted|orde|accord|fast|quick|rapid|schnell|veloce|snel|szybk|hizli|cepat|nhanh|到了|已到|到货|到着|도착|пришл|arriv|falta|확인|skip|forget|never mind|interest|already|ya (lo |la |los |las )?ten|ja (o |a |os |as )?tem|ja (o |a |os |as )?tenho|deja|schon|bereits|gia|juz|sudah|udah|sdh|roi|(bende|bizde|elimde|elimizde) var|heb(ben)? (ik |we )?al|inutile|requis|wymagan|niepotrzeb|trzeba|richiest|necessari|notig|erforderlich|notwendig|brauch|gerekmez|istenmiyor|isn'?t|aren'?t|arent|isnt|siz\b|suz\b|ما |من غير|مش |مو |عندي|عندنا|уже|すでに|もう持|持って|手元|이미|벌써|已经有|已有|有了|없이|없어도|なし|pas d|niente|no me |no nos |nao me |nao nos |لا تر|لا تب|不要|말고|need|want|require|without|necesit|quier|sin |sem |nao |besoin|sans|kein|ohne|bisogno|serve|servon|senza|piden|pide|exige|requier|pedem|يطلب|يحتاج|potrzeb|bez|perlu|butuh|usah|tanpa|khong|geen|zonder|gerek|istemiyor|lazim|niet|nicht|нуж|надо|треб|хоч|без|получ|спасибо|نحتاج|احتاج|نريد|اريد|بدون|استلم|وصل|شكرا|不需要|不用|无需|無需|没必要|沒必要|不要|先不|不必|收到|拿到|看到|受け取|受領|拝受|届き|いただき|頂き|確認|不要|いりません|要りません|必要|なし|받았|필요|안\s*보내|got|receiv|reciev|noted|thank|thx|tks|recib|gracias|receb|obrigad|recu|merci|danke|erhalten|bekommen|angekommen|ricev|grazie|otrzyma|dostal|dzie|terima|dapat|diterima|sampai|masuk|nhan|cam on|aldi|ulasti|geldi|ontvangen|dank|bedankt|binnen|llego|chegou|arrived|dotarl)/;
const hasCue = cueTest(CUE_TEST);

// Folded Latin text runs the ASCII masks alone; any other letter, all of them. Each list runs only the masks whose
// required literals are in the text.
const maskAscii = prefilteredBlanking(ASCII_MASKS);
const maskAnyScript = prefilteredBlanking([...ASCII_MASKS, ...UNICODE_MASKS, ...CJK_MASKS]);

/**
 * The folded text with negated asks and acknowledged documents blanked out, or the text itself when there
 * are none. Blanking keeps every other character in place, so the rest of the message reads the same.
 */
export function maskNegatedAsks(folded: string): string {
  return negatedAsksBlanked(folded);
}
// (the patterns and the model blank the same text one after the other: the last answer is remembered)
const negatedAsksBlanked = rememberLast((folded) => {
  const waived = blankWaived(folded);
  if (!hasCue(folded)) return waived;
  return /[^\u0000-\u007f]/.test(waived) ? maskAnyScript(waived) : maskAscii(waived);
});

// What need not be custom and the certificates waived with their marks (custom-not-asked.ts, MARKED_CERT_WAIVED) are
// blanked before the masks above, each behind a cue of its own words (most messages name neither): the word masks
// would take the thing before the negation ("het sample hoeft niet") or two words after it ("do certificado") and leave
// "met logo" or the mark asked.
const CUSTOM_CUE = /custom|kustom|personali|personnalis|individuali|maat|bedr|logo|brand|print|impres|estampad|grabad|gravad|grave|gravur|incis|nadruk|cetak|sablon|定制|订制|印|贴牌|ロゴ|名入れ|로고|인쇄|лого|печат|нанесен|гравир|لوجو|لوغو|شعار/;
// (and a word of the waiver: "need", "usah", "hoeft", "不用"…)
const WAIVER_CUE = /n'?t |need|non |nie |hoeft|hoeven|usah|perlu|nao |no |pas |doit|muss|brauch|khong|khoi|不用|不需要|无需|無需|不必|なし|不要|いりません|入れなくて|없이|필요|안|не |لازم|يحتاج|داعي/;
// (each list one regex: one scan of the text)
const CUSTOM_ASCII = [new RegExp(CUSTOM_NOT_ASKED.join('|'), 'g')];
const CUSTOM_ANY_SCRIPT = [...CUSTOM_ASCII, new RegExp(CUSTOM_NOT_ASKED_OTHER.join('|'), 'gu')];
const CERT_CUE = /certif|zertifikat|sertifika|certyfikat|chung nhan|chung chi|report|rapport|prufbericht|laudo/;
const CERT_WAIVED = [new RegExp(MARKED_CERT_WAIVED.join('|'), 'g')];
function blankWaived(folded: string): string {
  let out = folded;
  if (CUSTOM_CUE.test(out) && WAIVER_CUE.test(out)) out = blankSpans(out, /[^\u0000-\u007f]/.test(out) ? CUSTOM_ANY_SCRIPT : CUSTOM_ASCII);
  if (CERT_CUE.test(out)) out = blankSpans(out, CERT_WAIVED);
  return out;
}
