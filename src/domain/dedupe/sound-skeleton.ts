// One name spelt from another script differs in the letters each romanisation picks for one sound: Arabic ق is q or k,
// ب meets Latin p ("Petra" / البتراء), Greek μπ is mb or mp, Russian х is kh or h, Hebrew כ is k or kh, Thai ท is
// t or th. The skeleton keeps what survives every system: consonants, folded into classes of sounds that scripts and
// romanisations confuse, with vowels and the semivowels w/y (which abjads use as long vowels) left out. Only for words
// known to come from two scripts: within Latin, "Hongda" and "Hengda" share a skeleton and are two firms.
import { boundedMemo } from '../bounded-memo';

/**
 * The consonant classes of a romanised word: "Muscat" = "msqt" (mskt), "Petra" = "btr" (btr), "Cohen" = "khn" (kn).
 * v and f stay apart: folded, "Vang" (Wang) and "Fang" would be one family name.
 */
// Compared for every candidate pair; the words of names repeat, so each is worked out once.
export const soundSkeleton = boundedMemo((token: string): string => consonantClasses(token).replace(/(.)\1+/g, '$1'));

/** The consonant classes of a word, one for each consonant ("yamamoto" "mmt", where the skeleton merges the run: "mt"). */
export function consonantClasses(token: string): string {
  return token.toLowerCase()
    .replace(/[^a-z]/g, '')
    // The Arabic article, written on the word or apart ("Al Amal", "Elsalam").
    .replace(/^(al|el)(?=[^aeiou]?[a-z]{2})/, '')
    .replace(/ph/g, 'f').replace(/x/g, 'ks').replace(/[cqgj]/g, 'k').replace(/[pb]/g, 'b').replace(/z/g, 's').replace(/d/g, 't')
    .replace(/[aeiouwy]/g, '')
    // h after a consonant marks another sound of it (kh, th, sh, ch, dh, gh): the consonant alone carries the class.
    .replace(/(?<=.)h/g, '');
}

/**
 * Whether two words written in two scripts can be one word: same skeleton of at least three consonants, or of two for
 * short words ("Amal" / أمل, "Gal" / גל, "Haddad" / حداد). A plural "s" the Latin side has and the native side lacks is forgiven.
 */
export function sameSoundSkeleton(a: string, b: string): boolean {
  const sa = soundSkeleton(a);
  const sb = soundSkeleton(b);
  if (sa.length < 2 || sb.length < 2) return false;
  const equal = sa === sb || (sa.length >= 3 && sa === `${sb}s`) || (sb.length >= 3 && sb === `${sa}s`);
  if (!equal) return false;
  // A Latin spelling writes the vowels an abjad leaves out and doubles what it writes once (حداد "hdad" / "Haddad",
  // العتيبي "atibi" / "Otaibi"): one side may run a letter longer.
  const [x, y] = [singleLetters(a).length, singleLetters(b).length];
  return Math.min(sa.length, sb.length) >= 3 || (Math.max(x, y) <= 6 && Math.min(x, y) <= 5);
}

const singleLetters = (w: string) => w.replace(/(.)\1+/g, '$1');

/**
 * A skeleton's look-up forms: itself, and without a plural "s" the other spelling may lack ("agroimpeks" /
 * "agroimpek"; not below four classes: "tls" is Atlas). (A four-class prefix fetched nothing more on the DEV sets, only more strangers.)
 */
export function skeletonForms(sk: string): string[] {
  return sk.length >= 4 && sk.endsWith('s') ? [sk, sk.slice(0, -1)] : [sk];
}

/**
 * The sound keys stored with a customer, from its stored key (`normalized_name`: romanised, sorted words): every word's
 * skeleton and every two words joined in either order ("lone star" meets "Lonestar", "tuonti valo" meets "Valotuonti"),
 * in their look-up forms. The database computes the same in SQL (`dedupe_sound_keys`, migration name_sound_keys),
 * in a trigger, so every writer of `normalized_name` keeps them current; a test holds the two equal.
 */
export function storedSoundKeys(normalizedName: string): string[] {
  const words = [...new Set(normalizedName.split(' ').filter(Boolean))];
  const forms = [...words];
  for (const a of words) for (const b of words) if (a !== b) forms.push(a + b);
  return [...soundKeysOf(forms)].sort();
}

/**
 * A name with a character outside Latin and general punctuation: written in another script, to the duplicate check
 * (its SQL and the stored marked keys below test the same class).
 */
export const ANOTHER_SCRIPT_CHARACTER = '[^\u0001-\u024f\u1e00-\u1eff\u2000-\u206f]';
const IN_ANOTHER_SCRIPT = new RegExp(ANOTHER_SCRIPT_CHARACTER);

/** A sound key as stored a second time for a customer named in another script ("~btr" for البتراء). */
export const markedSoundKey = (key: string): string => `~${key}`;

/**
 * What `customers.name_sound_keys` holds (trigger `customers_name_lookups`, migrations name_sound_keys, name_words and
 * other_script_sound_keys): the stored key's sound keys, and for a name in another script each of them marked too, so
 * that a Latin name can look its twins in other scripts up among those few customers.
 */
export function storedSoundKeysOfCustomer(normalizedName: string, name: string): string[] {
  const keys = storedSoundKeys(normalizedName);
  return IN_ANOTHER_SCRIPT.test(name) ? [...keys, ...keys.map(markedSoundKey)] : keys;
}

/** The look-up forms of the skeletons of these words, of two consonant classes or more. */
export function soundKeysOf(words: string[]): Set<string> {
  const keys = new Set<string>();
  for (const w of words) for (const k of skeletonForms(soundSkeleton(w))) if (k.length >= 2) keys.add(k);
  return keys;
}
