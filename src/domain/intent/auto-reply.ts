// An automatic reply of the buyer's mailbox or chat ("Auto-reply: out of the office until Monday 14th", "Respuesta
// automática: estaré de vacaciones hasta el 2 de septiembre", "Автоответ: я в отпуске до 20 июля", "【自動返信】…")
// asks nothing: its dates are no lead time and its "contact Lucía" no opt-out. Every labelled one is "other". Told by
// the marker it opens with.
import { fold } from '../language/clean-text';

const MARKER = /^[^\p{L}\p{N}]{0,3}(auto(matic)?[- ]?(reply|response|answer)|out of (the )?office|respuesta automatica|resposta automatica|reponse automatique|risposta automatica|automatische antwort|abwesenheitsnotiz|automatisch antwoord|afwezigheidsbericht|autoodpowiedz|odpowiedz automatyczna|otomatik (yanit|cevap)|автоответ|автоматический ответ|balasan otomatis|tra loi tu dong|自動返信|自动回复|自動回覆|자동\s*응답|رد تلقائي|الرد التلقائي)/u;

// (a cheap look at the raw opening first: most messages are not folded for this)
const MAYBE = /auto|out of|resp|r[ée]po|risp|abwes|afwez|odpow|otomat|автоот|автомат|balas|tr[aả] l|自動|自动|자동|رد/i;

/** True when the message (its raw text) opens as an automatic (out-of-office) reply. */
export function isAutoReply(text: string): boolean {
  const head = text.trimStart().slice(0, 40);
  return MAYBE.test(head) && MARKER.test(fold(head));
}
