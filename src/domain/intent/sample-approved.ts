import { spanMask } from './blank-spans';

// A sample the buyer reports approved ("Sample OK, go ahead with mass production", "Muster freigegeben", "Échantillon
// validé", "Próbka zaakceptowana", "Образец одобрен", "Numune onaylandı", "Mẫu đạt rồi", "サンプル確認OK", "샘플 확인 완료",
// "样品确认没问题", "العينة معتمدة") is a verdict on the one already sent, no ask for another: every author labels it the
// go-ahead it comes with (or nothing), never a sample request. Sample words are blanked when sample requests are read
// (tag-intents.ts). sample-not-asked.ts reads an approval said before the word ("approved sample") and a few after it;
// this file reads the verdict said after it in the 16 languages, with up to two words between ("la muestra está
// aprobada", "the sample is OK"). Another sample asked beside it ("sample OK, send one more in blue") is left alone.
// Folded text (lower case, no accents; ı → i, ł → l, đ → d).

const LATIN_SAMPLE = String.raw`\b(samples?|sampel(nya)?|muster|muestras?|amostras?|campion[ei]|echantillons?|probk[aiey]|numune(niz|miz)?|staal)\b`;
// the verdict after the sample word: approved, accepted, validated, fine
const LATIN_VERDICT = String.raw`((is|was|are|were|esta|estan|foi|est|ist|wurde|e|è|jest|zostala|sudah|udah|da|rat|khong) )?(\w+ )?(approved|ok|okay|oke|fine|good|accepted|passed|aprobad[oa]s?|aceptad[oa]s?|aprovad[oa]s?|aceit[oa]s?|valide(e|es|s)?|approuve(e|es|s)?|accepte(e|es|s)?|freigegeben|genehmigt|abgenommen|in ordnung|approvat[oiae]|validat[oiae]|accettat[oiae]|goedgekeurd|akkoord|zaakceptowan[aey]|zatwierdzon[aey]|onaylandi|onaylanmistir|disetujui|lolos)\b(?!\s*\?)`;
// (Vietnamese apart: "mau" is also Indonesian "want", and "dat" Dutch "that")
const VIETNAMESE = String.raw`\bmau(?= (nay |do |thu )?(da |duoc )?(dat|duyet|ok|on)\b(?!\s*\?))`;
const LATIN = new RegExp(`${LATIN_SAMPLE}(?=[ ,:]+${LATIN_VERDICT})|${VIETNAMESE}`, 'g');
// (the verdict before the word in the other scripts: "一致", "確認OK", "확인 완료", "معتمدة", "одобрен")
const OTHER = /(样品|樣品|サンプル|샘플)(?=\s*(は|も|の)?\s*(确认|確認|承认|承認|ok|没问题|沒問題|通过|通過|问题なし|問題(あり)?ません|問題なし|승인|확인\s*완료|확인했|ok|괜찮))|образ\S*(?= (\S+ )?(одобрен|утвержд[её]н|согласован|принят|ок)\S*)|(ال)?عين(ة|ه)(?= (\S+ )?(معتمد|تمام|ممتاز|مقبول|اوكي))/g;
// another sample asked beside it: the ask stands
const ANOTHER = /\b(another|one more|new|again|otra|nueva|outra|nova|autre|nouvel\w*|weitere\w*|neue\w*|altr[oa]|nuov[oa]|nieuw\w*|nowe?\w*|kolejn\w*|baska|yeni|lagi|baru|moi)\b.{0,20}\b(samples?|sampel|muster|muestras?|amostras?|campion[ei]|echantillons?|probk\w*|numune\w*|staal|mau)\b|再(寄|发|發|送)|もう一(つ|度)|다시 보내|(ещё|еще|новы\S*) образ|عينة (ثانية|جديدة|اخرى)/;

const CUE = /sample|sampel|muster|muestra|amostra|campion|echantillon|probk|numune|staal|mau|样品|樣品|サンプル|샘플|образ|عين/;
const blankApproved = spanMask(CUE, [LATIN, OTHER]);

/** The folded text with sample words blanked (same length) where the sample is reported approved; else the text. */
export function maskSampleApproved(folded: string): string {
  const masked = blankApproved(folded);
  return masked !== folded && !ANOTHER.test(folded) ? masked : folded;
}
