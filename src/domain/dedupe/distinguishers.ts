// Words that tell two entities of one name apart: "Azteca Uno" / "Azteca Dos", "Acme North" / "Acme South", "Lima 2",
// and the legal-form family ("GmbH" / "Ltd"). A name that differs from another only by such a word is another firm,
// however alike the rest is; token similarity alone cannot see it (and "dos", "i" are connectors in other languages).
import { innerSlip } from '../text/typing-slip';

// Number words, ordinals and Roman numerals to one digit; compass words to one letter.
const MARKERS: Record<string, string> = Object.assign(Object.create(null), {
  one: '1', uno: '1', una: '1', um: '1', eins: '1', un: '1', first: '1', primero: '1', primera: '1', premier: '1', erste: '1',
  two: '2', dos: '2', dois: '2', duas: '2', zwei: '2', deux: '2', due: '2', second: '2', segundo: '2', segunda: '2', zweite: '2', ii: '2',
  three: '3', tres: '3', drei: '3', trois: '3', tre: '3', third: '3', tercero: '3', tercera: '3', iii: '3',
  four: '4', cuatro: '4', quatro: '4', vier: '4', quatre: '4', iv: '4', five: '5', cinco: '5', funf: '5', cinq: '5', vi: '6', vii: '7', viii: '8',
  north: 'n', norte: 'n', nord: 'n', northern: 'n', south: 's', sur: 's', sud: 's', sul: 's', sued: 's', southern: 's', sut: 's',
  east: 'e', este: 'e', ost: 'e', leste: 'e', eastern: 'e', west: 'w', oeste: 'w', ouest: 'w', ovest: 'w', western: 'w',
});
// Connectors elsewhere ("Comércio dos Santos", "Luz y Sombra"): a marker only as the last word of the name.
const ONLY_LAST = new Set(['dos', 'un', 'una', 'due', 'tre', 'est', 'um', 'sud']);

// Who runs a family firm, in any language: "& Sons" and "Frères" come off the name as legal forms do, so "Novák a syn"
// meets "Novak & Son"; but "Martin et Fils" and "Martin Frères" are two firms of one town's Martins. After the first
// word only: "Son Ha", "Fils Lighting" are names.
const FAMILY: Record<string, string> = Object.assign(Object.create(null), {
  son: 'sons', sons: 'sons', syn: 'sons', synove: 'sons', synowie: 'sons', fils: 'sons', figli: 'sons', figlio: 'sons', hijos: 'sons', hijo: 'sons',
  filhos: 'sons', filho: 'sons', sohn: 'sons', sohne: 'sons', zonen: 'sons', zoon: 'sons', ogullari: 'sons', fia: 'sons', fiai: 'sons',
  brothers: 'brothers', bros: 'brothers', freres: 'brothers', hermanos: 'brothers', hnos: 'brothers', irmaos: 'brothers', fratelli: 'brothers',
  gebruder: 'brothers', gebroeders: 'brothers', kardesler: 'brothers', bratya: 'brothers',
  partner: 'partners', partners: 'partners', tarsa: 'partners', tarsai: 'partners', ortaklari: 'partners', associates: 'partners', asociados: 'partners', associados: 'partners',
});

/**
 * A family word typed a letter wrong after the name's first word ("Souza & Filos", "Rocha & Flhos"): the family word, so
 * that it comes off the name as the others do (a slip that keeps the consonants and the ending, of a family word of five
 * letters or more).
 */
export function familyWordBySlip(tokens: string[]): string[] {
  return tokens.map((t, i) => (i === 0 || t.length < 4 || FAMILY[t] ? t : FAMILY_WORDS.find((w) => innerSlip(t, w)) ?? t));
}
const FAMILY_WORDS = Object.keys(FAMILY).filter((w) => w.length >= 5);

// The brothers lead the name in the Romance and Germanic languages ("Irmãos Rocha", "Hermanos Pérez", "Fratelli Rossi",
// "Gebrüder Weiss"), and none of these words is a name: "Irmãos Rocha" and "Rocha & Filhos" are two firms of one family.
const LEADING_FAMILY = new Set(['irmaos', 'hermanos', 'hnos', 'fratelli', 'freres', 'gebruder', 'gebroeders']);
/** The family words of a name: after its first word, or leading it where the word is never a name. */
const familyWords = (tokens: string[]) => tokens.filter((t, i) => FAMILY[t] && (i > 0 || LEADING_FAMILY.has(t))).map((t) => FAMILY[t]);

/** Distinguishing words of a folded, tokenised name (legal forms still on): canonical digits and compass letters, family words. */
export function nameMarkers(tokens: string[], isLegal: (t: string) => boolean): string[] {
  const family = familyWords(tokens);
  const words = tokens.filter((t) => !isLegal(t));
  const out: string[] = [...family];
  words.forEach((t, i) => {
    if (/^\d{1,3}$/.test(t)) out.push(String(Number(t)));
    else if (MARKERS[t] && (!ONLY_LAST.has(t) || (i === words.length - 1 && i > 0))) out.push(MARKERS[t]);
  });
  return [...new Set(out)].sort();
}

// The style of a firm its name states and the key drops ("Khan Enterprises", "Chukwuemeka Ventures", "Himalaya Trade
// Concern", "Trading Est."): with the family words above, what one family's firms differ by ("Khan Brothers" /
// "Khan Enterprises"). After the first word only, as the family words.
const STYLES: Record<string, string> = Object.assign(Object.create(null), {
  enterprise: 'enterprise', enterprises: 'enterprise', ent: 'enterprise', ventures: 'venture', venture: 'venture', concern: 'concern',
  est: 'establishment', establishment: 'establishment', etablissements: 'establishment', etablissement: 'establishment', ets: 'establishment',
});

// Of the styles, the words that never name a firm after its first word: "Shing Fook Enterprise International" is the
// "Shing Fook Enterprise Co." another rep typed, "Bright Ventures Group" the "Bright Ventures Ltd." (At the edges they
// come off as legal forms do.)
const STYLE_WORDS = new Set(['enterprise', 'enterprises', 'venture', 'ventures', 'concern']);
// "and" in the languages whose family words FAMILY holds, as the name writes it before them ("&" reads "and")
const FAMILY_AND = new Set(['and', 'e', 'et', 'y', 'und', 'en', 've', 'a', 'i', 'es']);

/**
 * The name's words without a style word after its first ("Shing Fook Enterprise International" → shing fook
 * international), nor the owner's sons or partners led by "and" inside the name ("Haddad & Sons Furniture" → haddad
 * furniture, as another rep writes it): who runs the firm, not which firm. Ending the name, the legal forms' list decides
 * (legal-forms.ts): there "Kowalski & Syn" is one family's firm beside "PH Kowalski", as the DEV sets have it.
 */
export function withoutInnerStyles(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > 0 && STYLE_WORDS.has(t)) continue;
    const family = FAMILY[tokens[i + 1]];
    if (i > 0 && FAMILY_AND.has(t) && (family === 'sons' || family === 'partners') && i + 2 < tokens.length) { i++; continue; }
    out.push(t);
  }
  return out.length === tokens.length ? tokens : out;
}

/** The words of a folded, tokenised name (legal forms still on) that say how the firm is styled: family words and STYLES. */
export function nameStyles(tokens: string[]): string[] {
  return [...new Set([...familyWords(tokens), ...tokens.slice(1).flatMap((t) => (STYLES[t] ? [STYLES[t]] : []))])].sort();
}

/** The family words among a name's markers ("sons", "brothers", "partners"): the words before them name a family. */
export const familyMarkers = (markers: string[]) => markers.filter((m) => m === 'sons' || m === 'brothers' || m === 'partners');

/** Both names carry a distinguishing word and each has one the other lacks ("Uno" / "Dos", "North" / "South"). */
export function markersConflict(a: string[], b: string[]): boolean {
  return a.some((m) => !b.includes(m)) && b.some((m) => !a.includes(m));
}

// Legal-form families: forms of one family are one kind of firm in one legal system.
const LEGAL_FAMILY: Record<string, string> = Object.assign(Object.create(null), {
  ltd: 'ltd', limited: 'ltd', plc: 'ltd', pte: 'ltd', pty: 'ltd', pvt: 'ltd', llp: 'ltd', wll: 'ltd', 'co ltd': 'ltd',
  inc: 'inc', incorporated: 'inc', corp: 'inc', corporation: 'inc', llc: 'inc',
  gmbh: 'gmbh', mbh: 'gmbh', gesmbh: 'gmbh', ag: 'gmbh', kg: 'gmbh', ug: 'gmbh', ohg: 'gmbh', kgaa: 'gmbh', gbr: 'gmbh',
  sarl: 'sa', sas: 'sa', sasu: 'sa', eurl: 'sa', srl: 'sa', srls: 'sa', spa: 'sa', sac: 'sa', saa: 'sa', slu: 'sa', ltda: 'sa', limitada: 'sa', eireli: 'sa', lda: 'sa', sa: 'sa',
  'sa de cv': 'sa', 'de cv': 'sa', 's de rl': 'sa',
  bv: 'bv', nv: 'bv', ab: 'ab', aps: 'ab', oy: 'ab', oyj: 'ab',
  kk: 'kk', 'kabushiki kaisha': 'kk', 'kabushiki gaisha': 'kk', 'yugen kaisha': 'kk', 'godo kaisha': 'kk', yk: 'kk', gk: 'kk',
  ooo: 'ooo', oao: 'ooo', zao: 'ooo', pao: 'ooo', tov: 'ooo', jsc: 'ooo', pjsc: 'ooo', cjsc: 'ooo',
  'sdn bhd': 'bhd', bhd: 'bhd', tnhh: 'tnhh', 'cong ty': 'tnhh', sti: 'sti', 'ltd sti': 'sti', 'sp z oo': 'zoo', 'sp zoo': 'zoo', kft: 'kft', sro: 'sro',
});
// The forms by their first word, longest first: every candidate's name is read for them in each duplicate check, and
// trying every form at every word (a closure each) was the check's largest allocation.
const LEGAL_SEQS_BY_FIRST = new Map<string, string[][]>();
for (const seq of Object.keys(LEGAL_FAMILY).map((k) => k.split(' ')).sort((x, y) => y.length - x.length)) {
  LEGAL_SEQS_BY_FIRST.set(seq[0], [...(LEGAL_SEQS_BY_FIRST.get(seq[0]) ?? []), seq]);
}

function legalSeqAt(tokens: string[], i: number): string[] | undefined {
  const seqs = LEGAL_SEQS_BY_FIRST.get(tokens[i]);
  if (!seqs) return undefined;
  for (const seq of seqs) {
    let k = 1;
    while (k < seq.length && tokens[i + k] === seq[k]) k++;
    if (k === seq.length) return seq;
  }
  return undefined;
}

/** The legal-form families a folded, tokenised name states ("Acme Trading GmbH & Co. KG" → gmbh). */
export function legalFamilies(tokens: string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const seq = legalSeqAt(tokens, i);
    // Two-letter forms ("sa", "ag", "kg", "ab", "oy", "nv", "bv", "kk") only at the end: "SA Lighting" is a name.
    if (seq && (seq.join('').length > 2 || i + seq.length >= tokens.length - 1)) { out.add(LEGAL_FAMILY[seq.join(' ')]); i += seq.length - 1; }
  }
  return [...out].sort();
}

/** Both names state a legal form and no family is shared ("GmbH" / "Ltd"). */
export function legalConflict(a: string[], b: string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((f) => b.includes(f));
}
