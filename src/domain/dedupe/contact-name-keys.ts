import { isBuyerLabel } from '../contacts/lead-label';
import { prepareContact, type ContactArea, type PreparedContact } from './contact-names';
import type { PreparedRecord } from './match';
import { personNameTokens } from './similarity';
import { soundSkeleton } from './sound-skeleton';

/**
 * Look-up keys of a contact person's full name, the same in every script: 王伟 / "Wang Wei", Кузнецов Андрей / "Andrei
 * Kuznetsov", يوسف بنعلي / "Youssef Benali". Built from the readings contact-names.ts gives a name (any-ascii, Chinese
 * per syllable in Mandarin and the area's reading, Arabic and Hebrew with and without their vowels, Korean levelled),
 * each word as its consonant classes (sound-skeleton.ts), so that the spellings the matcher calls one person mostly
 * share a key. Two forms, for the two ways one name is written differently:
 * - every two words of the name, in either order ("ksntsv ntr": "Andrei Kuznetsov" and "Kuznetsov Andrei Viktorovich");
 * - the whole name run together, forwards and backwards ("pnk": "Pan Jianguo" and 潘建国 read "pan jian guo").
 * A name of one word (a family name alone, "Mr. Leung") has no key: it names too many people to search by; nor has the
 * label a chat lead's contact carries until a rep names the person ("WhatsApp buyer"): every chat lead has it.
 * Only a fetch route: whether two firms sharing a person are one is the matcher's decision, as for any candidate.
 */

/**
 * Version of the rules below and of the readings they use (contact-names.ts, sound-skeleton.ts). Raise it whenever a
 * stored contact's keys would come out differently: the next start reads every contact's name again
 * (name-key-backfill.ts), so the search finds what the new rules would match.
 */
export const CONTACT_KEY_VERSION = 8;

/** A stored contact is read in every area's way (its customer's country may change, or be unknown). */
const EVERY_AREA: ContactArea = { cantonese: true, southern: true, japanese: true, korean: true, wadeGiles: true, thai: true };
/** Joined skeletons shorter than this ("lv": Li Wei, Liu Wu, Lu Yi…) are left to the two-word keys. */
const MIN_JOINED = 3;

/** The keys of one name's readings (each a list of folded words, as PreparedContact gives them). */
export function nameKeysOfReadings(readings: string[][]): string[] {
  const keys = new Set<string>();
  for (const reading of readings) {
    const words = [...new Set(reading)];
    if (words.length < 2) continue;
    const skeletons = words.map(soundSkeleton);
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j < words.length; j++) {
        if (skeletons[i] && skeletons[j]) keys.add([skeletons[i], skeletons[j]].sort().join(' '));
      }
    }
    for (const order of [words, [...words].reverse()]) {
      const joined = soundSkeleton(order.join(''));
      if (joined.length >= MIN_JOINED) keys.add(joined);
    }
  }
  return [...keys].sort();
}

/**
 * The keys stored with a contact (`contacts.name_keys`), read in every area's way. A contact named like its company
 * (chat capture names the contact after the firm when no person is given) has none: the matcher ignores it too.
 */
export function contactNameKeys(name: string, companyName?: string | null): string[] {
  const trimmed = name.trim();
  if (!trimmed || (companyName && trimmed === companyName.trim()) || isBuyerLabel(trimmed)) return [];
  return nameKeysOfReadings(contactReadings(prepareContact(trimmed, EVERY_AREA)));
}

/** The keys a record looks up: its contacts as the matcher reads them (the record's own area). */
export function contactQueryKeys(p: PreparedRecord): string[] {
  return [...new Set(p.contacts.filter((c) => !isBuyerLabel(c.name)).flatMap((c) => nameKeysOfReadings(contactReadings(c))))].sort();
}

/** Every reading a contact is compared by, its Thai skeletons included (ธนพล and "Thanapol" share a key only there). */
const contactReadings = (c: PreparedContact) => (c.thai ? [...c.readings, c.thai] : c.readings);

/**
 * The keys a record named for its person looks up ("Tina Xu", "imran.qureshi.dxb@gmail.com": see person-named-firm.ts):
 * its name read as a contact's, in its own area. They find the firm's record that names that person among its contacts,
 * whatever the firm's name and script.
 */
export function personQueryKeys(p: PreparedRecord): string[] {
  return p.namedPerson ? nameKeysOfReadings(contactReadings(p.namedPerson)).sort() : [];
}

/** Contacts whose names are looked up among customers named for their person, at most this many a record. */
const PERSON_NAMED_CONTACTS = 4;

/**
 * The other way round: the words of the record's contacts named in full (two to four words, no chat label), as the
 * customer key stores a name ("Lily Chen" → chen, lily), looked up whole among the customers' name words: the
 * customer "Lily Chen (Yiwu)" has both. `normalize` is the company-name normalisation (the stored key's).
 */
export function personNamedWords(p: PreparedRecord, normalize: (name: string) => string): string[][] {
  const out = new Map<string, string[]>();
  for (const c of p.contacts) {
    if (isBuyerLabel(c.name) || c.name.trim() === p.name.trim() || personNameTokens(c.name).length < 2) continue;
    const words = [...new Set(normalize(c.name).split(' ').filter((w) => w.length >= 2))].sort();
    if (words.length >= 2 && words.length <= 4) out.set(words.join(' '), words);
    if (out.size >= PERSON_NAMED_CONTACTS) break;
  }
  return [...out.values()];
}
