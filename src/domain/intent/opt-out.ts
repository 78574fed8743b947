import { OPT_OUT_CERTAIN, OPT_OUT_LIKELY } from './confidence';
import type { DetectedLanguage } from '../language/languages';
import { lexiconOptOut } from './opt-out.lexicon';
import type { LanguageCode } from '../language/languages';
import { DATA_ERASURE_OPT_OUT_BY_LANGUAGE } from './opt-out.data-erasure.patterns';
import { FORMAL_OPT_OUT_BY_LANGUAGE } from './opt-out.formal.patterns';
import { REMOVE_US_BY_LANGUAGE } from './opt-out.remove-us.patterns';
import { INDIRECT_OPT_OUT_BY_LANGUAGE as INDIRECT_ONLY } from './opt-out.indirect.patterns';
import { MORE_LANGUAGES_LIKELY, MORE_LANGUAGES_NOT_AN_OPT_OUT, MORE_LANGUAGES_OPT_OUT } from './opt-out.more-languages.patterns';
import { CERTAIN_OPT_OUT_BY_LANGUAGE, LIKELY_OPT_OUT, NOT_AN_OPT_OUT } from './opt-out.patterns';
import { SOFT_OPT_OUT } from './opt-out.soft.patterns';
import { WANT_OFF_OPT_OUT } from './opt-out.want-off.patterns';
import { WANT_NOTHING_OPT_OUT } from './opt-out.want-nothing.patterns';
import { REBUFF_OPT_OUT } from './opt-out.rebuff.patterns';
import { REDIRECT_NOT_AN_OPT_OUT, STILL_AN_OPT_OUT } from './opt-out.redirect.patterns';
import { ENOUGH_ALONE, EXASPERATED_OPT_OUT, SEPARABLE_OPT_OUT, STOP_EMOJI } from './opt-out.exasperated.patterns';
import { NOT_THE_BUYER } from './opt-out.not-the-buyer.patterns';
import { NARROWED_NOT_AN_OPT_OUT } from './opt-out.narrowed.patterns';
import { LOOK_ALIKE_NOT_AN_OPT_OUT, NOT_A_LIKELY_OPT_OUT, UNSUBSCRIBE_LINK } from './opt-out.look-alikes.patterns';
import { PREFER_NOT_OPT_OUT_BY_LANGUAGE } from './opt-out.prefer-not.patterns';
import { POLITE_WISH_OPT_OUT_BY_LANGUAGE } from './opt-out.polite-wish.patterns';
import { VERB_FORMS_OPT_OUT_BY_LANGUAGE } from './opt-out.verb-forms.patterns';
import { SPAM_COMPLAINT_OPT_OUT } from './opt-out.spam-complaint.patterns';
import { THIRD_PARTY_LIST_NOT_AN_OPT_OUT } from './opt-out.third-party-list.patterns';
import { NEW_CONTACT_NOT_AN_OPT_OUT } from './opt-out.new-contact.patterns';
import { DELIVERY_REDIRECTED_NOT_AN_OPT_OUT } from './delivery-redirected';
import { stopSaidLast } from './opt-out.stop-said-last';
import { RegexPrefilter } from '../text/regex-prefilter';
import { anyLiveLineMatches, type CompiledLines } from './pattern-table';

/**
 * How likely the buyer asks not to be contacted: {@link OPT_OUT_CERTAIN}, {@link OPT_OUT_LIKELY} or 0.
 * `folded` is the cleaned, folded message.
 */
export function detectOptOut(message: string, language: DetectedLanguage = 'und'): number {
  // Emoji carry no words and break the end-of-message anchors ("STOP 🙏", "no more msgs 😡").
  const hasEmoji = EMOJI.test(message);
  const cleaned = hasEmoji ? message.replace(EMOJI_ALL, ' ').replace(/\s+/g, ' ').trim() : message;
  // One scan for the lines' literals tells which of the two hundred lines can match at all; only those run.
  let live = PREFILTER.candidates(cleaned);
  // The unsubscribe link talked about ("el enlace para darse de baja no funciona, ¿precio del X5?") is no request of
  // its own: its clause is blanked and the rest read; said alone, the buyer tried to leave (likely).
  if (LINK_CUE.test(cleaned) && UNSUBSCRIBE_CUE.test(cleaned)) {
    if (NOT_AN_OPT_OUT_RE.test(cleaned, live) || redirected(cleaned, live)) return 0;
    const folded = withoutLinkClauses(cleaned);
    if (folded !== cleaned) {
      if ((folded.match(/\p{L}+/gu) ?? []).length < 3) return OPT_OUT_LIKELY;
      live = PREFILTER.candidates(folded);
      if (NOT_AN_OPT_OUT_RE.test(folded, live) || redirected(folded, live)) return 0;
    }
    return optOutSaid(message, folded, language, hasEmoji, live);
  }
  // The look-alikes ("stop production", "don't send by air") are read only where an opt-out was: nearly every message
  // says none, and the look-alikes' whole-text look-aheads cost more than the opt-outs' own lines.
  const said = optOutSaid(message, cleaned, language, hasEmoji, live);
  return said === 0 || NOT_AN_OPT_OUT_RE.test(cleaned, live) || redirected(cleaned, live) ? 0 : said;
}

/** What the opt-out lines read in `folded` (its look-alikes not yet ruled out): certain, likely or 0. */
function optOutSaid(message: string, folded: string, language: DetectedLanguage, hasEmoji: boolean, live: Uint8Array): number {
  if (certainFor(folded, language).test(folded, live) || indirectFor(folded, language).test(folded, live)
    || MORE_LANGUAGES_RE.test(folded, live)) return OPT_OUT_CERTAIN;
  // (a thing or a moment declined, "no nos interesa este modelo, ¿tienen…?", is no likely one)
  if ((LIKELY_RE.test(folded, live) || lexiconOptOut(folded, language)) && !NOT_LIKELY_RE.test(folded, live)) return OPT_OUT_LIKELY;
  if (hasEmoji && STOP_EMOJI.test(message) && ENOUGH_ALONE.test(folded)) return OPT_OUT_LIKELY;
  if (stopSaidLast(folded, language) && !NOT_LIKELY_RE.test(folded, live)) return OPT_OUT_LIKELY;
  return 0;
}

// The privacy-law requests, the company letters, the wishes not to receive, the verbs' other forms and the bare
// "remove us" run with the indirect phrasings, in the message's language.
const INDIRECT_OPT_OUT_BY_LANGUAGE = Object.fromEntries(
  (Object.keys(INDIRECT_ONLY) as LanguageCode[]).map((l) => [l, [
    ...INDIRECT_ONLY[l], ...DATA_ERASURE_OPT_OUT_BY_LANGUAGE[l], ...FORMAL_OPT_OUT_BY_LANGUAGE[l], ...REMOVE_US_BY_LANGUAGE[l],
    ...PREFER_NOT_OPT_OUT_BY_LANGUAGE[l], ...VERB_FORMS_OPT_OUT_BY_LANGUAGE[l], ...(POLITE_WISH_OPT_OUT_BY_LANGUAGE[l] ?? []),
  ]]),
) as Record<LanguageCode, RegExp[]>;

// (cheap tests before the link's clause is looked for)
const LINK_CUE = /link|enlace|vinculo|boton|bouton|lien|knop|button|przycisk|pulsante|botao/;
const UNSUBSCRIBE_CUE = /baja|suscri|iscri|wypis|rezygnac|desinscri|desabonn|afmeld|uitschrij|abmeld|unsubscri|descadastr|cancellaz|cancellarsi/;
const CLAUSE_EDGE = /[,.;:!?]/;

/** The text with each clause that talks about the unsubscribe link blanked (text to the punctuation either side). */
function withoutLinkClauses(text: string): string {
  let out = '';
  let from = 0;
  UNSUBSCRIBE_LINK.lastIndex = 0;
  for (let m = UNSUBSCRIBE_LINK.exec(text); m; m = UNSUBSCRIBE_LINK.exec(text)) {
    let start = m.index;
    while (start > from && !CLAUSE_EDGE.test(text[start - 1])) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !CLAUSE_EDGE.test(text[end])) end++;
    out += `${text.slice(from, start)} `;
    from = end;
    UNSUBSCRIBE_LINK.lastIndex = end;
  }
  return from === 0 ? text : (out + text.slice(from)).replace(/\s+/g, ' ').trim();
}

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]/u;
const EMOJI_ALL = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]+/gu;

/** True when the folded message only looks like an opt-out ("don't call me now", "remove my number from the label"). */
export function isNotAnOptOut(folded: string): boolean {
  const live = PREFILTER.candidates(folded);
  return NOT_AN_OPT_OUT_RE.test(folded, live) || redirected(folded, live) || NOT_LIKELY_RE.test(folded, live);
}

/** One way of contact stopped and the buyer asks to be told here instead (opt-out.redirect.patterns.ts). */
function redirected(folded: string, live: Uint8Array): boolean {
  return REDIRECT_RE.test(folded, live) && !STILL_AN_OPT_OUT.test(folded);
}

// Every line of every tier, prefiltered by its literals (text/regex-prefilter.ts).
const ALL_LINES = [...new Set([
  ...NOT_AN_OPT_OUT, ...MORE_LANGUAGES_NOT_AN_OPT_OUT, ...Object.values(CERTAIN_OPT_OUT_BY_LANGUAGE).flat(), ...LIKELY_OPT_OUT, ...Object.values(INDIRECT_OPT_OUT_BY_LANGUAGE).flat(),
  ...MORE_LANGUAGES_OPT_OUT, ...MORE_LANGUAGES_LIKELY, ...SOFT_OPT_OUT, ...REBUFF_OPT_OUT, ...REDIRECT_NOT_AN_OPT_OUT,
  ...NOT_THE_BUYER, ...EXASPERATED_OPT_OUT, ...SEPARABLE_OPT_OUT, ...LOOK_ALIKE_NOT_AN_OPT_OUT, ...NARROWED_NOT_AN_OPT_OUT,
  ...NOT_A_LIKELY_OPT_OUT, ...SPAM_COMPLAINT_OPT_OUT, ...THIRD_PARTY_LIST_NOT_AN_OPT_OUT, ...WANT_OFF_OPT_OUT,
  ...WANT_NOTHING_OPT_OUT,
  ...NEW_CONTACT_NOT_AN_OPT_OUT, ...DELIVERY_REDIRECTED_NOT_AN_OPT_OUT,
])];
const SLOTS = new Map(ALL_LINES.map((re, i) => [re, i]));
// (Read as a Unicode-mode regex when a tier could run it so: the more cautious reading of "\p{…}".)
const PREFILTER = new RegexPrefilter(ALL_LINES.map((re) => ({ source: re.source, flags: re.flags.includes('u') || re.source.includes('\\p{') ? 'u' : '' })));

/** A tier: does any of its lines match? Each line runs with the tier's flags, as when a tier was one alternation. */
interface Tier { test(folded: string, live: Uint8Array): boolean }
function union(list: RegExp[]): Tier {
  const flags = list.some((re) => re.flags.includes('u')) ? 'u' : '';
  const compiled: CompiledLines = {
    slots: Int32Array.from(list, (re) => {
      // a line left out of ALL_LINES would never be a candidate, so never match: a silent miss, caught here at load
      const slot = SLOTS.get(re);
      if (slot === undefined) throw new Error(`opt-out: a line is missing from ALL_LINES: /${re.source.slice(0, 60)}…/`);
      return slot;
    }),
    res: list.map((re) => (re.flags === flags ? re : new RegExp(re.source, flags))),
  };
  return { test: (folded, live) => anyLiveLineMatches(compiled, live, folded) };
}
const NOT_AN_OPT_OUT_RE = union([...NOT_AN_OPT_OUT, ...MORE_LANGUAGES_NOT_AN_OPT_OUT, ...NOT_THE_BUYER, ...LOOK_ALIKE_NOT_AN_OPT_OUT, ...NARROWED_NOT_AN_OPT_OUT, ...THIRD_PARTY_LIST_NOT_AN_OPT_OUT,
  ...NEW_CONTACT_NOT_AN_OPT_OUT, ...DELIVERY_REDIRECTED_NOT_AN_OPT_OUT]);
const REDIRECT_RE = union(REDIRECT_NOT_AN_OPT_OUT);
const NOT_LIKELY_RE = union(NOT_A_LIKELY_OPT_OUT);
const CERTAIN_RE = union(Object.values(CERTAIN_OPT_OUT_BY_LANGUAGE).flat());

// A short message runs every language's lines (its language is a guess); a longer one, whose language is clear,
// runs English, its own and its neighbours', and those of any other script in it: the scan costs per character.
const SHORT = 60;
const NEIGHBOURS: Partial<Record<LanguageCode, LanguageCode[]>> = {
  es: ['pt', 'it', 'fr'], pt: ['es', 'it'], it: ['es', 'pt', 'fr'], fr: ['es', 'it'], de: ['nl'], nl: ['de'], id: ['vi'], vi: ['id'], tr: ['de'], pl: [],
};
const SCRIPTS: Array<[RegExp, LanguageCode[]]> = [
  [/[\u4e00-\u9fff\u3400-\u4dbf]/, ['zh', 'ja']], [/[\u3040-\u30ff]/, ['ja']], [/[\uac00-\ud7af]/, ['ko']], [/[\u0600-\u06ff]/, ['ar']], [/[\u0400-\u04ff]/, ['ru']],
];
const byKey = new Map<string, Tier>();

function certainFor(folded: string, language: DetectedLanguage): Tier {
  if (folded.length < SHORT || language === 'und') return CERTAIN_RE;
  const langs = new Set<LanguageCode>(['en', language, ...(NEIGHBOURS[language] ?? [])]);
  for (const [re, ls] of SCRIPTS) if (re.test(folded)) for (const l of ls) langs.add(l);
  const key = [...langs].sort().join(',');
  let re = byKey.get(key);
  if (!re) {
    re = union([...langs].flatMap((l) => CERTAIN_OPT_OUT_BY_LANGUAGE[l]));
    byKey.set(key, re);
  }
  return re;
}
const LIKELY_RE = union([...LIKELY_OPT_OUT, ...SOFT_OPT_OUT, ...MORE_LANGUAGES_LIKELY, ...REBUFF_OPT_OUT, ...EXASPERATED_OPT_OUT, ...SPAM_COMPLAINT_OPT_OUT, ...WANT_OFF_OPT_OUT, ...WANT_NOTHING_OPT_OUT]);
// Languages without a code of ours (Thai, Hindi, Ukrainian, Malay, Arabizi), and the separable verbs ("meld me af"),
// whose language a short message hides: run for every message, found by the prefilter.
const MORE_LANGUAGES_RE = union([...MORE_LANGUAGES_OPT_OUT, ...SEPARABLE_OPT_OUT]);

// The indirect phrasings (opt-out.indirect.patterns.ts) are many and long: they run for the message's language, its
// neighbours, English and any other script in it, even on a short message (every language's would cost a quarter of
// the classifier's time); a message of no known language runs them all.
const indirectByKey = new Map<string, Tier>();
function indirectFor(folded: string, language: DetectedLanguage): Tier {
  const langs = new Set<LanguageCode>(language === 'und' ? (Object.keys(INDIRECT_OPT_OUT_BY_LANGUAGE) as LanguageCode[]) : ['en', language, ...(NEIGHBOURS[language] ?? [])]);
  for (const [re, ls] of SCRIPTS) if (re.test(folded)) for (const l of ls) langs.add(l);
  const key = [...langs].sort().join(',');
  let re = indirectByKey.get(key);
  if (!re) {
    re = union([...langs].flatMap((l) => INDIRECT_OPT_OUT_BY_LANGUAGE[l]));
    indirectByKey.set(key, re);
  }
  return re;
}
