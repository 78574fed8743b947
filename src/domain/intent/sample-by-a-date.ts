import { cueTest } from '../text/cue-test';

// A sample wanted by a date or before an event, or how soon it can come: "can the sample arrive before the trade
// fair?", "could we have the samples by the 12th?", "how quickly could you get a sample to Dublin?", "¿la muestra
// llega antes de la feria?", "l'échantillon peut arriver avant la fin du mois ?", "Образец успеете до выставки?",
// "numuneleri fuar öncesi yetiştirebilir misiniz?", "样品展会前能到吗", "サンプルは展示会までに届きますか". The date
// asked is a lead time beside the sample (the fifteenth author). A sample wanted "before we order" names no date and
// asks none. Folded text.

const SAMPLE = String.raw`(\b(samples?|muestras?|amostras?|echantillons?|campion[ei]|muster|vorserienmuster|stalen|staal|samples|probk\w*|numune\w*|sampel\w*|mau thu|hang mau)\b|образ\S*|样品|樣品|样板|サンプル|見本|샘플|عينة|العينة|عينات)`;
// before an event or a date
const BEFORE_EVENT = String.raw`(\b(before|by|until|in time for|ahead of|antes de(l| la)?|para (la|el)|avant (la |le |l')?|pour (la|le)|prima (del|della|di)|entro|vor (der|dem)|bis (zur|zum)|voor (de|het)|om|przed|do|oncesi|once|sebelum|truoc)\b[^.?!\n]{0,25}\b(fair|trade ?show|exhibition|show|expo|meeting|presentation|launch|feria|exposicion|reunion|salon|foire|reunion|fiera|riunione|messe|ausstellung|termin|beurs|vergadering|targ\w*|wystaw\w*|fuar\w*|pameran|hoi cho|trien lam|end of|fin de|fin du|finales de|fim d[eo]|fine|ende|eind|koniec\w*|sonu|akhir|cuoi|monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december|\d+(st|nd|rd|th)|\d+[./]\d+)\b|(до|к)\s+(выставк\S*|встреч\S*|конц\S*|\d+)|(展会|展览|展销会|月底|月末|下周|\d+号)(前|之前)|(展示会|商談|月末|\d+日)(まで|までに)|(박람회|전시회|미팅|월말|\d+일)\s*(전|전에|까지)|قبل (المعرض|معرض|الاجتماع|نهاية))`;
// how soon it can come or be made: "how quickly", "how fast", "yetiştirebilir", "успеете", "haal je het"
const HOW_SOON = String.raw`(\b(how (quickly|fast|soon)|what'?s the fastest|yetistir\w*|haal je het|haalt u het|schaffen sie|zdazycie|zdazy|kip khong|sempat)\b|успеете|успеем|来得及|間に合|맞출 수)`;
const SAMPLE_RE = new RegExp(SAMPLE, 'u');
const DATED_RE = new RegExp(`${BEFORE_EVENT}|${HOW_SOON}`, 'u');

/** Cue: a word of the sample, read on the whole text before the key's mask. */
export const namesASample = cueTest(/sample|muestra|amostra|echantillon|campion|muster|stalen|staal|probk|numune|sampel|mau thu|hang mau|образ|样品|樣品|样板|サンプル|見本|샘플|عينة|العينة|عينات/);

/** Whether the folded text asks a sample by a date or an event, or how soon it can come. */
export function asksASampleByADate(folded: string): boolean {
  return folded.length <= 300 && SAMPLE_RE.test(folded) && DATED_RE.test(folded);
}
