import { cueTest } from '../text/cue-test';

// A buyer left waiting: paid and no goods ("WHERE IS MY ORDER? PAID 3 WEEKS AGO", "SİPARİŞİM NEREDE? ÜÇ HAFTA ÖNCE
// ÖDEDİM!"), or no answer for days ("Ik krijg al een week geen antwoord", "Sudah seminggu chat saya tidak dibalas"),
// or the wrong goods sent ("Ci avete mandato le sedie grigie invece che antracite", "顏色寄錯了", "أرسلتوا لون غلط",
// "the certificate you sent is for a different model"). Each is a complaint with no anger or damage word the tables
// pair with one; every author labels them so ("發錯了，不好意思", the buyer's own slip, is none). Folded text.

// "where is my order?" with a payment made
const WHERE_PAID = new RegExp(String.raw`(\b(where is|where's|wo ist|wo bleibt|dove e|dov'e|waar is|waar blijft|gdzie jest|ou est|donde esta|onde esta|cade)( \w+){0,2} (order|bestellung|ordine|bestelling|zamowienie|commande|pedido|encomenda|goods|ware|merce|goederen|towar)\b|\b(siparis\w*|urunler\w*) nerede\b|\bbarang( saya| kami)? mana\b)(?=.*\b(paid|bezahlt|pagato|pagata|betaald|zaplac\w*|oded\w*|bayar|paye|pague|paguei|pagamos)\b)`);
// no answer for a span of time
const NO_ANSWER = new RegExp(String.raw`(\b(no (reply|answer|response)|not (replied|answered)|nobody (answers|replies|replied)|geen (antwoord|reactie)|(tidak|belum|ga|gak|nggak) (di)?bala[sl]|sin respuesta|nadie (me|nos) (contesta|responde)|keine (antwort|ruckmeldung)|pas de reponse|aucune reponse|nessuna risposta|nessuno (mi|ci) risponde|brak odpowiedzi|nikt nie odpowiada|cevap (yok|vermiyor\w*|alamiyorum)|khong ai tra loi|ninguem (me )?responde|sem resposta)\b|没人回|沒人回|不回复|不回覆|返信がない|返事がない|답이 없|답장이 없|لا احد يرد|ما حد يرد|никто не отвечает|нет ответа)`);
const SPAN = /\b(day|days|week|weeks|tage|woche|wochen|giorni|settimana|settimane|dag|dagen|week|weken|dni|tydzien|tygodni|gun|hafta|hari|minggu|seminggu|jours|semaine|semaines|dias|semana|semanas|ngay|tuan)\b|天|周|週|星期|日|일|주|يوم|ايام|أيام|اسبوع|أسبوع|дн|недел/;
// the wrong goods or papers sent: "sent … instead of …", "wrong colour", "de otro modelo"
const WRONG_SENT = new RegExp(String.raw`\b(you sent|sent us|you shipped|ci avete mandato|avete mandato|avete spedito|vous avez envoye|nous avez envoye|nos (enviaron|mandaron)|enviaron|mandaron|voces mandaram|mandaram|haben sie (uns )?geschickt|hebben jullie gestuurd|wyslaliscie|gonderdiniz|kalian kirim|dikirim)\b[^.?!]{0,60}\b(instead of|invece (d\w*|che)|au lieu d\w*|en (lugar|vez) d\w*|em vez d\w*|statt|anstatt|in plaats van|zamiast|yerine|bukan|a different|the wrong|wrong|sbagliat\w*|errone\w*|equivocad\w*|falsch\w*|verkeerd\w*|zl\w*|yanlis|salah|otro modelo|de otro|outro modelo)\b|\b(is|es|e|est|ist) (for|de|per|pour|fur|voor) (a different|another|otro|outro|un altro|un autre|ein anderes|een ander) (model|modelo|modello|modele|produkt|product)\b|(颜色|顏色|型号|型號|货|貨|款)(寄|发|發|送)(错|錯)|(寄|发|發|送)(错|錯)了(?![^。！？]{0,4}(不好意思|抱歉|对不起|對不起|sorry))|(ارسلتوا|أرسلتوا|ارسلتم|أرسلتم|بعتوا)[^.؟!]{0,20}(غلط|بدل|خطا|خطأ)|(прислали|отправили)( \S+){0,2} не (те|ту|тот|той|того)|(пришли|пришел|пришла) \S+ не (той|того|тех)`);
const CUE = /where|wo |dove|waar|gdzie|ou est|donde|onde|cade|nerede|mana|reply|replied|answer|response|antwoord|reactie|bala|respuesta|contesta|responde|antwort|ruckmeldung|reponse|risposta|risponde|odpowi|cevap|tra loi|resposta|回|返信|返事|답|يرد|отвеча|ответ|sent|shipped|mandato|spedito|envoye|enviaron|mandaron|mandaram|geschickt|gestuurd|wyslal|gonderdi|kirim|is for|es de|e per|est pour|ist fur|is voor|寄|发|發|送|ارسل|أرسل|بعت|прислал|отправил|пришл|пришел/;
const hasCue = cueTest(CUE);
/** Whether a text may tell a buyer left waiting or wronged: the cue alone, cheap enough to test before a mask. */
export const leftWaitingCue = hasCue;

/** Whether the folded text complains of being left waiting or sent the wrong goods. */
export function leftWaitingOrWronged(folded: string): boolean {
  if (!hasCue(folded)) return false;
  return WHERE_PAID.test(folded) || (NO_ANSWER.test(folded) && SPAN.test(folded)) || WRONG_SENT.test(folded);
}
