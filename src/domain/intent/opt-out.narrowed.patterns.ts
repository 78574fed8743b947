// Look-alikes of an opt-out where the buyer narrows the contact and does not end it, found in three authors' files of
// opt-outs and their look-alikes (#16, the twenty-first stop), in every language they wrote:
// - to a time: "No me escribas los fines de semana, el lunes lo vemos", "밤 10시 이후엔 톡 보내지 마세요", "Cuma namazı
//   saatinde aramayın", "朝礼中なので9時半までは連絡しないでください". When to write, not whether.
// - to us: "Don't share my number with other distributors in Lagos", "Đừng đưa số anh cho đại lý khác", "제 번호 다른
//   대리점에 주지 마세요". Who may write, not the supplier.
// - to the right thing: "Dejen de mandar excusas y envíen el contenedor", "stop sending photos and send the video".
// A message that also says spam, never, unsubscribe, block or "any more" is left to the opt-out lines: "stop writing
// to me, even at night" still ends the contact. Folded text (lower case, no accents; Arabic alef and yeh unified).
import { OPT_OUT_WORDS, OPT_OUT_WORDS_CYRILLIC } from './opt-out.look-alikes.patterns';

// Said beside the narrowing, these still end the contact: the look-alikes' words, and "any more", "remove", "not
// interested", "leave me in peace".
const NO_ENDING_WORD = String.raw`^(?!.*\b(${OPT_OUT_WORDS}|any ?more|no more|mas|mais|plus|mehr|piu|juz|meer|artik|nua|lagi|remove|delete|list[ae]?|liste|lijst|listy|interes\w*|interess\w*|ilgilenm\w*|tertarik|quan tam|zainteresowan\w*|geinteresseerd|paz|ruhe|rust|pace|paix|spokoj)\b)(?!.*(${OPT_OUT_WORDS_CYRILLIC}|больше|интерес|再也|不要再|别再|別再|兴趣|興趣|もう|二度と|興味|더 이상|다시는|관심|ابدا|أبدا|نهائي|مهتم))`;

// A part of the week or the day, a clock time, a prayer or a working time: when the buyer can be written to.
const A_TIME = String.raw`(\b(weekends?|week-?ends?|weekend\w*|fin(es)? de semana|fins? de semana|fine settimana|wochenende\w*|hafta ?sonu\w*|akhir pekan|cuoi tuan|sundays?|saturdays?|fridays?|domingos?|sabados?|domenica|sabato|sonntag\w*|samstag\w*|freitag\w*|dimanches?|samedis?|vendredis?|zondag\w*|zaterdag\w*|vrijdag\w*|niedziel\w*|sobot\w*|piat\w*|pazar gunu|pazar gunleri|pazarlari|cumartesi|cuma|chu nhat|jumat\w*|at night|nights?|evenings?|early mornings?|de noche|por la noche|a la noche|de madrugada|a noite|de noite|la nuit|le soir|tot le matin|di notte|la sera|nachts|abends|in der nacht|am abend|'s nachts|'s avonds|'s ochtends|w nocy|noca|wieczorem|gece\w*|aksam\w*|malam|ban dem|buoi toi|dem khuya|namaz\w*|sholat|salat|prayers?|magal|tabaski|ramadan|mesai\w*|office hours|working hours|business hours|horario (de trabajo|laboral|comercial|de oficina)|horas de trabajo|horario de trabalho|orario di (lavoro|ufficio)|arbeitszeit\w*|burozeit\w*|werktijd\w*|kantooruren|godzin\w* pracy|gio hanh chinh|jam kerja)\b|\b(after|before|until|till|despues de las|antes de las|hasta las|depois das|antes das|ate as|apres|avant|dopo le|prima delle|nach|vor|bis|na|voor|tot|po|przed|do|as|a las|alle|sau|jam)\s?(\d{1,2}[:.]\d\d|\d{1,2}\s?(h|hs|hrs|uhr|uur|am|pm|o'?clock|godz\w*|gio|da manha|de la manana|du matin|del mattino)\b)|\b\d{1,2}[:.]?\d{0,2} ?'?(den|dan|ten|tan) (sonra|once)\b|\bsaat \d|(^|[^а-я])(в выходные|по выходным|ночью|вечером|утром|рано утром|в пятницу|по пятницам|после \d{1,2}(:\d\d| ?(утра|вечера|ч))|в рабочее время|жума)|الويكند|نهايه الاسبوع|نهاية الاسبوع|الجمعه|الجمعة|بالليل|الليل|الصلاه|الصلاة|بعد الساعه|بعد الساعة|周末|週末|晚上|半夜|深夜|凌晨|\d+点(以后|之后|后|前|以前|之前)|[一二三四五六七八九十]+点(以后|之后|后|前|以前|之前)|上班时间|上班時間|礼拜天|禮拜天|星期天|週末|土日|夜間|夜は|早朝|\d+時(半)?(まで|以降|過ぎ|前|以後)|朝礼|営業時間|주말|밤|새벽|\d+시 ?(이후|전|넘어|부터)|일요일|근무 ?시간)`;

// A stop or don't of writing, calling or messaging (any language), so a time alone ("see you at night") is no case.
const DONT_CONTACT = String.raw`(\b(don'?t|do not|dont|stop|no|not|nicht|keine?|nie|niet|geen|non|nao|ne|n'|pas|yok|jangan|jgn|dung|khong|ko)\b|\w+(mayin|meyin|maz|mez)\b|(^|[^а-я])не([^а-я]|$)|لا |ما |别|別|不要|勿|しないで|ないで|控え|마세요|말아)`;

const SAME_SENTENCE = String.raw`[^.!?。！？]*`;

/** Look-alikes that hold back every opt-out tier (opt-out.ts reads them first), the model's too. */
export const NARROWED_NOT_AN_OPT_OUT: RegExp[] = [
  // (in one sentence: "6 messages before 9am. Now please stop." is an opt-out)
  new RegExp(`${NO_ENDING_WORD}.*(${DONT_CONTACT}${SAME_SENTENCE}${A_TIME}|${A_TIME}${SAME_SENTENCE}${DONT_CONTACT})`),
  // the number passed on, asked not to be: "Don't share my number with other distributors", "No le pases mi número a
  // otros agentes", "Jangan kasih nomor saya ke distributor lain", "لا تعطي رقمي لأي وكيل", "别把我电话给别的代理" ("who
  // gave you my number?" and "I never gave you my number" are opt-outs, and stay)
  new RegExp(String.raw`${NO_ENDING_WORD}.*(\b(don'?t|do not|dont|please don'?t|no|nao|non|nie|jangan|jgn|tolong jangan|dung|ko|khong) (\w+ ){0,2}(share|give|pass|forward|send|pases|pasen|des|den|compartas|compartan|deis|passe|passem|deem|compartilhe\w*|date|dare|passate|passare|podawajcie|przekazujcie|dawajcie|udostepniajcie|kasih|berikan|bagikan|sebar\w*|dua|cho|gui|chia se) (out |le |les |a |o |il )?(my|our|mi|nuestro|meu|nosso|mio|nostro|mojego|naszego|no|nomor|kontak|so)( (number|no|contact|details|phone|numero|contacto|telefono|contato|contatto|numeru|kontaktu|saya|sy|aku|kami|cua anh|cua chi|cua em|cua toi|cua minh|anh|chi|em|toi|minh))\b|\b(geben|gebt|leiten) sie (meine|unsere) (nummer|kontaktdaten|daten) nicht\b|\b(geef|deel) (mijn|ons) (nummer|contact\w*) niet\b|\b(numarami|numaramizi|telefonumu) (kimseye|baskasina|baska\w*|diger\w*) (vermeyin|verme)\b|لا (تعطي|تعطوا|تعط|تدي|تدوا) رقمي|(^|[^а-я])не (давайте|давай|передавайте|передавай|раздавайте) (мой|наш) (номер|контакт)|(别|別|不要)把(我|我们|我們)(的)?(号码|號碼|电话|電話|微信|联系方式|聯絡方式)(给|給|告诉|告訴)|番号を.{0,20}(教えないで|渡さないで)|번호.{0,12}(주지 마|알려주지 마|넘기지 마))`),
  // the wrong thing stopped and the right one asked for in the same breath: "Dejen de mandar excusas y envíen el
  // contenedor", "Stop sending photos and send the video", "Hört auf mit Ausreden und schickt die Ware"
  new RegExp(String.raw`${NO_ENDING_WORD}.*\b(stop|quit|dejen de|deja de|paren de|parem de|para de|smettete di|smettila di|smetti di|arretez de|arrete de|hort auf|horen sie auf|przestancie|przestan|stop met|stoppen met|birakin|birak)\b.{0,40}\b(and|y|e|und|et|i|en|ve|ile|but|pero|mas|ma|aber|mais|ale|maar|ama) (just |only |solo |sadece |nur )?(send|ship|load|envien|enviad|manden|mandad|embarquen|despachen|enviem|mandem|embarquem|inviate|mandate|spedite|caricate|schickt|schicken sie|senden sie|liefert|verladet|envoyez|expediez|chargez|wyslijcie|przyslijcie|zaladujcie|stuur|verstuur|laad|gonderin|yukleyin|yollayin)\b`),
];
