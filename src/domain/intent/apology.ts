import { blankSpans } from './blank-spans';
import { rememberLast } from '../text/remember-last';
import { cueTest } from '../text/cue-test';

// "Sorry for the late reply" names a delay without complaining of one: the buyer apologises for their own silence;
// "sorry, wrong chat" is a slip of their own too. Their spans are blanked before any intent is read, as a negated ask
// is before the asks (negation.ts). Folded text.

const LATE_REPLY_LATIN = new RegExp([
  String.raw`\b(sorry|apologi[sz]e|apologies|my apologies)( again)? (for|about) (the |my |our )?(late|delayed|slow|belated) (reply|response|answer|feedback)\b`,
  String.raw`\bsorry (for|about) (the |my )?(delay|lateness) in (replying|responding|answering|getting back)\b|\bsorry (for )?(replying|responding|answering|getting back) (so )?late\b`,
  String.raw`\b(perdon\w*|disculp\w*|lo siento) (por )?(la demora|el retraso|la tardanza)( en (responder|contestar|la respuesta))?\b`,
  String.raw`\b(desculp\w*|perdao) (pela|a) (demora|atraso)( (pra|para|em) responder| na resposta)?\b`,
  String.raw`\b(desole|desolee|pardon|excusez-moi|toutes mes excuses) (pour|du) (le )?retard( de (ma |notre )?reponse| dans (ma|notre) reponse)?\b`,
  String.raw`\b(entschuldig\w*|sorry) (fur|wegen) (die )?(spate|verspatete) (antwort|ruckmeldung)\b`,
  String.raw`\b(scusa\w*|mi scuso|ci scusiamo) (per )?(il ritardo|la risposta tardiva)( nella risposta| nel rispondere)?\b`,
  String.raw`\b(sorry|excuses) voor (de |het |mijn )?(late|laat|trage|late) (reactie|antwoord)\b`,
  String.raw`\b(gec (cevap|donus|yanit)) (icin )?(kusura bakmayin|ozur dilerim)\b|\bgec (dondum|donuyorum|cevap veriyorum)(,)? (kusura bakmayin|ozur dilerim)\b`,
  String.raw`\b(przepraszam|sorry) za (pozna|opoznion\w*|spozniona) odpowiedz\b`,
  String.raw`\bmaaf (atas |untuk )?(balasan |respon |jawaban )?(yang )?(terlambat|telat|lama)\b|\bmaaf (baru|telat) (balas|bales|respon)\b`,
  String.raw`\bxin loi( (em|anh|chi|minh|toi|ban))? (vi |ve )?(da )?(tra loi|phan hoi|rep) (cham|tre|muon)\b`,
].join('|'), 'g');

const LATE_REPLY_OTHER = /(извините|простите) за (позднии|долгии) ответ|(извините|простите) за задержку с ответом|(اسف|اسف|اعتذر|عذرا) (علي|علي|عن) (التاخير|التاخر|التاخر|التاخير)( في الرد)?|(抱歉|不好意思|对不起|sorry)(这么晚|回复晚了|晚回复|回复迟了|迟复|回覆晚了|晚回覆)|(ご)?(返信|返事)が遅(くなり|れて)(まして|申し訳|すみません)|(답장|답변|회신)이?\s*늦어서 죄송|늦게 (답장|답변|회신)(드려)? ?죄송/g;

// "sorry, wrong chat": a message sent to the wrong place asks nothing of this one
const WRONG_CHAT = /\b(wrong (chat|group|person|number, sorry)|sent (it |this )?(to you )?by mistake|chat sbagliata|(ho )?sbagliato (chat|persona|gruppo)|messaggio sbagliato|chat equivocado|me equivoque de chat|(conversa|mensagem|chat) errad[ao]|(mandei|enviei) errado|mauvais (chat|groupe|destinataire)|falscher chat|verkeerde (chat|groep)|zly czat|salah (kirim|chat|grup)|((em|anh|chi|minh|toi) )?(nhan|gui) nham|yanlis (sohbet|kisi|grup)a?)\b|(发错群|發錯群|发错人|發錯人|(那条|这条)?消息发错了|間違えました|間違えて送|間違って送|잘못 보냈|잘못 보내|ошибся чатом|не в тот чат|غلطت بالرسالة)/g;

const CUE = /errad|wrong|mistake|sbagliat|equivoc|mauvais|falsch|verkeerd|zly|salah|nham|yanlis|错|錯|間違|잘못|ошиб|не в тот|غلط|sorry|apolog|perdon|disculp|siento|desculp|perdao|desole|pardon|excus|entschuldig|scus|gec|przeprasz|maaf|xin loi|извин|прост|اسف|اسف|اعتذر|عذرا|抱歉|不好意思|对不起|遅くなり|遅れて|죄송/;
const hasCue = cueTest(CUE);

// "delete the photo I sent, it was the wrong one": the buyer's own wrong photo, message or figure, no fault of the
// supplier's (a wrong artwork file is left to the complaint and custom-spec lines: it changes what is made)
const WRONG_THING_SENT = /\b((i|we) (sent|attached|posted) (you )?the wrong (photo|picture|pic|message|price|model|one)|(te|les|le) (mande|envie|pase) (el|la|los|las|un|una) ((foto|mensaje|precio|imagen|audio)( \w+)? )?equivocad[oa]s?|(mandei|enviei|passei) (a|o|um|uma) (foto|mensagem|preco|imagem|audio)( \w+)? errad[ao]|(la |il )?(foto|messaggio|prezzo|immagine)( che ti ho (mandato|inviato)( prima)?)?,? (era|e) sbagliat[oa]|(je vous ai|je t'ai|j'ai) (envoye|mis) (la |le )?mauvaise? (photo|fichier|message|prix)|falsche[sn]? (foto|bild|datei|nachricht|preis) (geschickt|gesendet)|yanlis (fotograf|foto|mesaj|dosya|resim|fiyat)\w* (attim|gonderdim|yolladim)|yanlislikla (sohbeti|mesaji|mesajlari|fotografi) (sildim|attim|gonderdim))\b/g;

// what is left when the slip is blanked may be the apology alone ("sorry,"), which asks nothing either
const APOLOGY_LEFT = /^[\s\p{P}]*((sorry|oops|my bad|pardon|scusa\w*|scusi|perdon\w*|disculp\w*|desculp\w*|desole\w*|entschuldigung|przepraszam|kusura bakmayin|xin loi|maaf|извините|простите|すみません|申し訳ありません|죄송합니다|对不起|不好意思|抱歉|اسف|اسف)[\s\p{P}]*)*$/u;

/** The folded text with "sorry for the late reply" and "wrong chat" blanked (same length), or the text itself. */
export function maskLateReplyApology(folded: string): string {
  return lateReplyBlanked(folded);
}
// (the patterns and the model blank the same text one after the other: the last answer is remembered)
const lateReplyBlanked = rememberLast((folded) => {
  if (!hasCue(folded)) return folded;
  const out = blankSpans(folded, [LATE_REPLY_LATIN, LATE_REPLY_OTHER, WRONG_CHAT, WRONG_THING_SENT]);
  return out !== folded && APOLOGY_LEFT.test(out) ? ' '.repeat(folded.length) : out;
});
