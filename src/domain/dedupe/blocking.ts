import { contactQueryKeys, personNamedWords, personQueryKeys } from './contact-name-keys';
import type { PreparedRecord } from './match';
import { nameCore, normalizeCompanyName, tokenWeight } from './normalize-company';
import { soundKeysOf, soundSkeleton } from './sound-skeleton';
import { meaningSpellings } from './meaning-spellings';
import { storedNumberForms } from './numbering-changes';

/**
 * What a repository needs to fetch candidates for one record from a large customer table with indexes only:
 * exact lookups (emails, domains, phones) plus trigram look-ups on `customers.normalized_name`
 * (GIN index `customers_normalized_name_trgm`). Candidates found are then scored with scoreMatch.
 */
export type CandidateQuery = {
  /** Normalised keys of the name and aliases: `normalized_name % $key` (similarity, set pg_trgm.similarity_threshold ≈ 0.5). */
  nameKeys: string[];
  /**
   * Distinctive words of the name: `$term <% normalized_name` (word_similarity, pg_trgm.word_similarity_threshold ≈ 0.6),
   * which finds "brightlux" inside "brightlux lighting" and tolerates a typo. Trade words are left out: they match everything.
   */
  nameTerms: string[];
  /**
   * The spellings a stored key may hold for the name's translation ("jinlong" for "Golden Dragon", see
   * meaning-spellings.ts): looked up as whole words like nameTerms, but apart from them, since the sound look-up's
   * prefilter compares a Latin name's own words only.
   */
  translationTerms?: string[];
  /** Exact, lower-cased: `contacts.email = ANY($)` (or the keyed hash of each for `email_hash`). */
  emails: string[];
  /** Company domains (free-mail excluded): `customers.website_domain = ANY($)` and the domain part of contact emails. */
  domains: string[];
  /** E.164: `contacts.phone = ANY($)` (or `phone_hash`). */
  phones: string[];
  /**
   * Consonant-class keys of the name's distinctive words in every reading (see sound-skeleton.ts):
   * `customers.name_sound_keys && $keys` (GIN). They fetch what shares no romanised word: البتراء "btra" / "Petra",
   * "Svetotechnika" / "Svetotekhnika", "Lone Star" / "Lonestar", "Valo-Tuonti" / "Valotuonti".
   */
  soundKeys?: string[];
  /** The name (or an alias) is written in a non-Latin script: any name found by its sound keys is worth scoring. */
  native?: boolean;
  /**
   * Keys of the contact people's full names, the same in every script (see contact-name-keys.ts): `contacts.name_keys
   * @> ARRAY[$key]` (GIN). They fetch a firm whose name was translated, not spelt ("深圳市光明照明有限公司" / "Shenzhen
   * Bright Lighting"), through its person (王伟 / "Wang Wei"); the matcher decides whether one person makes one firm.
   */
  contactKeys?: string[];
  /**
   * A record named for its person ("Tina Xu", see person-named-firm.ts): that name's contact-name keys, looked up among
   * every firm's contacts (whatever the firm's script): the firm's own record names its person.
   */
  personKeys?: string[];
  /**
   * The record's contacts named in full, as the words of a stored key ("chen lily"): `customers.name_words @> $words`
   * (GIN) finds a customer typed in by that person's name ("Lily Chen (Yiwu)").
   */
  personNamedWords?: string[][];
};

/** Suggested pg_trgm settings for the look-ups above (measured: `<%` on 1M names p50 11 ms; `%` at 0.5 p50 26 ms). */
export const TRGM_SIMILARITY_THRESHOLD = 0.5;
export const TRGM_WORD_SIMILARITY_THRESHOLD = 0.6;

/** The look-up terms for one prepared record. Pure; the SQL lives in the customer repository. */
export function candidateQuery(p: PreparedRecord): CandidateQuery {
  const nameKeys = [...new Set(p.names.map((n) => n.key).filter(Boolean))];
  const nameTerms = [...new Set(p.names.flatMap((n) => nameCore(n)).filter((t) => t.length >= 3))];
  const translationTerms = [...new Set(p.names.flatMap(meaningSpellings))].filter((t) => t.length >= 3 && !nameTerms.includes(t));
  return {
    nameKeys,
    nameTerms,
    ...(translationTerms.length ? { translationTerms } : {}),
    emails: p.emails,
    domains: [...new Set([...p.emailDomains, ...p.websiteDomains])],
    // a customer stored before a numbering change keeps the old form of the number
    phones: [...new Set(p.phones.flatMap(storedNumberForms))],
    soundKeys: soundKeys(p),
    native: p.names.some((n) => n.script === 'native'),
    contactKeys: contactQueryKeys(p),
    ...personLookups(p),
  };
}

/** The person-named look-ups of a record (see personKeys, personNamedWords), left out when empty. */
function personLookups(p: PreparedRecord): Pick<CandidateQuery, 'personKeys' | 'personNamedWords'> {
  const personKeys = personQueryKeys(p);
  const words = personNamedWords(p, normalizeCompanyName);
  return { ...(personKeys.length ? { personKeys } : {}), ...(words.length ? { personNamedWords: words } : {}) };
}

/**
 * The sound keys a record looks up (matched against `storedSoundKeys` of a customer's stored key): the skeleton of each
 * distinctive word, of those words joined and of each two neighbouring name words joined, in every reading of the name. Keys of two
 * consonant classes ("nr") are shared by thousands of names: used only when the name has no longer key.
 */
export function soundKeys(p: PreparedRecord): string[] {
  // A reading by meaning is English words ("gold", "star") that sound like thousands of names: its words are looked up whole.
  const forms = p.names.filter((n) => !n.translated).flatMap((n) => {
    const core = nameCore(n).filter((t) => !/^\d+$/.test(t));
    const words = [...core];
    if (core.length > 1) words.push(core.join(''));
    // Two neighbouring words that are not trade words, joined: "Lone Star" meets "Lonestar" ("star" alone is a common word).
    const named = n.tokens.filter((t) => tokenWeight(t) >= 0.6 && !/^\d+$/.test(t));
    for (let i = 0; i + 1 < named.length; i++) words.push(named[i] + named[i + 1]);
    return words;
  });
  const keys = soundKeysOf(forms);
  const long = [...keys].filter((k) => k.length >= 3);
  return (long.length ? long : [...keys]).sort();
}

/**
 * Flat blocking keys ("t:brightlux", "d:brightlux.cn", "p:+8675523456789", "e:…") for in-memory blocking, e.g. finding
 * duplicates inside one imported spreadsheet: two records are compared only when they share a key.
 */
export function blockingKeys(p: PreparedRecord): string[] {
  const q = candidateQuery(p);
  return [
    ...q.nameKeys.map((k) => `k:${k}`),
    ...[...q.nameTerms, ...(q.translationTerms ?? [])].map((t) => `t:${t}`),
    ...q.emails.map((e) => `e:${e}`),
    ...q.domains.map((d) => `d:${d}`),
    ...q.phones.map((ph) => `p:${ph}`),
    // Consonant skeletons meet a name written in Arabic (or another alphabet with few vowels) and its Latin spelling
    // ("nwr" / "alnoor" → "nr"). In memory only: the stored key has no skeleton, so the database check finds such a pair
    // through a shared email, domain, phone or exact key.
    // Names romanised as one word or as syllables ("Mingwah" / "Ming Wah", "Saigon" / "Sai Gon") meet on the joined core.
    ...[...new Set(p.names.map((n) => nameCore(n).join('')).filter((j) => j.length >= 4))].map((j) => `j:${j}`),
    // Sound classes, not letters: البتراء "btr" meets "Petra", مسقط "msqt" meets "Muscat" (see sound-skeleton.ts).
    ...[...new Set(p.names.flatMap((n) => nameCore(n)).map(soundSkeleton).filter((sk) => sk.length >= 2))].map((sk) => `s:${sk}`),
    // Romanisations differ most at a word's end (กรุงเทพ "krungtheph" / Krungthep): the first four consonant classes too.
    ...[...new Set(p.names.flatMap((n) => nameCore(n)).map(soundSkeleton).filter((sk) => sk.length > 4).map((sk) => sk.slice(0, 4)))].map((sk) => `s4:${sk}`),
    // The same person under a translated firm name (王伟 at 光明照明 / Wang Wei at Bright Lighting).
    ...(q.contactKeys ?? []).map((k) => `c:${k}`),
  ];
}

/** An in-memory inverted index over blocking keys; keys shared by more than `maxBlock` records are skipped as uninformative. */
export function createBlockingIndex<T>(options: { maxBlock?: number } = {}) {
  const maxBlock = options.maxBlock ?? 200;
  const blocks = new Map<string, T[]>();
  return {
    /** `keys` when the caller already has them (an import computes each row's keys once for both calls). */
    add(p: PreparedRecord, value: T, keys: string[] = blockingKeys(p)): void {
      for (const key of keys) {
        const block = blocks.get(key);
        if (block) block.push(value);
        else blocks.set(key, [value]);
      }
    },
    /** Values sharing at least one informative key with `p` (not including `p` itself unless it was added). */
    candidates(p: PreparedRecord, keys: string[] = blockingKeys(p)): Set<T> {
      const out = new Set<T>();
      for (const key of keys) {
        const block = blocks.get(key);
        if (block && block.length <= maxBlock) for (const v of block) out.add(v);
      }
      return out;
    },
  };
}
