import { cueTest } from '../text/cue-test';
import { rememberLast } from '../text/remember-last';

// The quote or proforma issued anew, or put right, said with a verb the language tables do not pair with it: "quantities
// are fine but change payment to 30/70 and reissue", "bitte Zahlung auf 30/70 ändern und neu ausstellen", "ganti
// pembayaran jadi 30/70 dan terbitkan ulang", "支払いを30/70に変更して再発行をお願いします", "Na proformie jest zły NIP,
// proszę poprawić", "В инвойсе неправильное название компании, исправьте": a quote revision (our labels, and the
// eleventh and twelfth authors'). The papers must be named; a bare "resend" (lost mail) or "correct" (an adjective:
// "the PI is correct") is none. A wrong detail on the papers that is to be put right is no complaint of the goods.
// Folded text.

// the papers: a quote, a proforma, an invoice, in each language
const PAPERS = String.raw`(\bpi\b|\bp\.i\b|\bproform\w*|\bpro-forma\b|\binvoice\w*|\bquot(e|es|ation|ations)\b|\bfactur(a|as|e|es)\b|\bfatura\w*|\bfattur\w*|\brechnung\w*|\bfactuur\w*|\bfaktur\w*|\boffert\w*|\bofferta\b|\bangebot\w*|\bcotiza\w*|\bcotaca\w*|\bdevis\b|\bteklif\w*|\bpenawaran\b|\bhoa don\b|\bbao gia\b|инвоис|проформ|счет|インボイス|請求書|見積|인보이스|견적|形式发票|发票|發票|报价单|報價單|فاتور)`;
// issue anew: a verb that says the papers come out again
const REISSUE = String.raw`(\bre-?issu\w*|\bissue (it |them |a new one )?again\b|\bneu (ausstell|erstell)\w*|\b(vuelv\w*|volver) a (emitir\w*|hacer\w*)|\breemit\w*|\bre-?emett\w*|\breemett\w*|\bemit\w* (de nuevo|de novo|novamente)|\briemett\w*|\briemess\w*|\brifa(te|re|i|ccia)\b|\bopnieuw (uitgeven|uitgegeven|uitgeven|opmaken|maken|aanmaken)\b|\bwystaw\w* (\w+ )?ponownie\b|\bponownie wystaw\w*|\byeniden (duzenle|kes|olustur|hazirla)\w*|\btekrar (duzenle|kes|olustur|hazirla)\w*|\b(di)?(terbitkan|terbit|buat|buatkan|bikin|bikinkan) ulang\b|\bxuat lai\b|\blam lai\b|перевыстав|выставьте заново|заново выстав|переоформ|再発行|再発番|재발행|다시 발행|重新开|重开|重新出|重新做一份|重新发一份|اعد اصدار|اعاده اصدار|اعادة اصدار)`;
// put right: the imperative or infinitive only ("correct" and its kin are adjectives too)
const CORRECT = String.raw`(\b(pls|please|kindly|can you|could you|pl) (correct|fix|amend)\b|\b(correct|amend) (it|this|that|the|them)\b|\bkorrigier\w*|\bberichtig\w*|\bcorrig(e|ez|er|ons|eer|eren|ir|ia|iam|ijam|ija|ijan|ido|ida|e-la|e-le)\b|\bcorreg(ir|id|ida|ido|uen|an|ete|gete|gere|ga|gi|ge)\b|\bcorrij\w*|\bcorregg\w*|\bcorrigeer\w*|\baanpass\w*|\bpopraw(ic|cie|ie|ki|my)\b|\bdüzelt\w*|\bduzelt\w*|\b(di)?koreksi\b|\bperbaiki\b|\bdiperbaiki\b|\brevisi\b|\bsua (lai|giup|di)\b|\bchinh lai\b|исправ(ьте|ить|ите|им|ь(?![а-я]))|поправьте|修正し|訂正|수정해|수정 부탁|改一下|更正|صحح|تصحيح|عدل)`;
// said to be wrong
const WRONG = String.raw`(\bwrong\b|\bincorrect\b|\bmistake\b|\berror\b|\bfalsch\w*|\bfehler\w*|\bmauvais\w*|\berron\w*|\bfaux\b|\bfausse\b|\bequivocad\w*|\berrad\w*|\bsbagliat\w*|\berrat\w*|\bverkeerd\w*|\bfout\w*|\bzl(y|e|a|ego|ym)\b|\bbledn\w*|\byanlis\b|\bhatali\b|\bsalah\b|\bkeliru\b|\bsai\b|неправил\S*|неверн\S*|ошиб\S*|間違|誤り|잘못|틀렸|错|錯|غلط|خطا)`;

// changed and sent again: a resend only counts beside a change ("passez le paiement en 30/70 et renvoyez-la"); alone it
// is a lost email
const CHANGE = String.raw`(\bchang\w*|\bmodif\w*|\b(andern|aendern|anpassen)\b|\bcambi\w*|\bmud(a|e|em|ar)\b|\bpass(ez|er) (le|la|les)\b|\bwijzig\w*|\bzmien\w*|поменя|измени|\bdegistir\w*|\bganti\b|\bdoi\b|変更|바꿔|바꾸|改成|改为|改一下|غير|تغيير)`;
const RESEND = String.raw`(\bre-?send\w*|\bsend (it |them )?(again|back)\b|\brenvoy\w*|\breenvi\w*|\brimand\w*|\breinvi\w*|\bopnieuw (sturen|versturen|zenden)\b|\b(wyslij|przeslij|wyslijcie|przeslijcie)\w* ponownie\b|(пришлите|отправьте|вышлите) заново|заново (пришл|отправ)|\btekrar gonder\w*|\bkirim ulang\b|\bgui lai\b|再送|다시 보내|重新发|من جديد)`;
// (folded Latin text is ASCII, so the native \b is right there; the Cyrillic words carry no \b)
const PAPERS_RE = new RegExp(PAPERS);
const CHANGE_RE = new RegExp(CHANGE);
const RESEND_RE = new RegExp(RESEND);
const REISSUE_RE = new RegExp(REISSUE);
const CORRECT_RE = new RegExp(CORRECT);
const WRONG_RE = new RegExp(WRONG, 'g');
const hasPapers = cueTest(/proform|invoice|quot|factur|fatur|fattur|rechnung|factuur|faktur|offert|angebot|cotiza|cotaca|devis|teklif|penawaran|hoa don|bao gia|инвоис|проформ|счет|インボイス|請求書|見積|인보이스|견적|发票|發票|报价单|報價單|فاتور|\bpi\b|\bp\.i\b/);

const CUE = /resend|re-send|again|back|renvoy|reenvi|rimand|reinvi|sturen|zenden|ponownie|заново|gonder|kirim ulang|gui lai|再送|다시 보내|重新发|من جديد|issu|neu |emit|emet|riemes|rifa|opnieuw|ponownie|yeniden|tekrar|ulang|xuat lai|lam lai|выстав|оформ|再発|재발행|다시 발행|重新|重开|اصدار|correct|fix|amend|korrig|bericht|corrig|correg|corrij|aanpass|popraw|duzelt|düzelt|koreksi|perbaik|revisi|sua |chinh lai|исправ|поправ|修正|訂正|수정|改一下|更正|صحح|تصحيح|عدل/;
const hasCue = cueTest(CUE);

/** Whether the folded text asks for the quote, proforma or invoice issued anew or put right. */
export function reissuesThePapers(folded: string): boolean {
  if (!hasPapers(folded) || !hasCue(folded) || !PAPERS_RE.test(folded)) return false;
  return REISSUE_RE.test(folded) || CORRECT_RE.test(folded) || (RESEND_RE.test(folded) && CHANGE_RE.test(folded));
}

/**
 * The folded text with what is wrong on the papers blanked (same length) when they are to be put right ("the
 * proforma has the wrong VAT number, please correct"): the slip is the revision's reason, no complaint of the goods.
 */
export const maskPapersToCorrect = rememberLast((folded: string): string =>
  reissuesThePapers(folded) ? folded.replace(WRONG_RE, (w) => ' '.repeat(w.length)) : folded);
