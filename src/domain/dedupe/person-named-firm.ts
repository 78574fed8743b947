import { matchContacts, prepareContact, type ContactArea, type PreparedContact } from './contact-names';
import { tokenWeight, type CompanyNameParts } from './normalize-company';
import { personNameTokens } from './similarity';

/**
 * A buyer typed in by its person ("Tina Xu", "Juan González", "Lily Chen (Yiwu)", or the address a rep pasted as the name,
 * "imran.qureshi.dxb@gmail.com"): the "company" is the contact person of the firm's own record. The name is read as a
 * person when it is two to four words with no legal form, trade word, number or family word ("& Sons"), in Latin
 * letters; an address's local part when it is two words at least ("imran.qureshi", not "info" nor "sales").
 * Met against the other record's contact named in full (both words), in one country and town, it is worth a question.
 */
const EMAIL_NAME = /^\s*([^\s@]+)@[^\s@]+\.[a-z]{2,}\s*$/i;
const LATIN_NAME = /^[\p{Script=Latin}\s.,'’()-]+$/u;

export function nameAsPerson(name: string, parts: CompanyNameParts | undefined, area: ContactArea): PreparedContact | undefined {
  const mail = EMAIL_NAME.exec(name);
  if (mail) {
    // "imran.qureshi.dxb", "tinaxu_nb": the words the separators give, numbers out; a town code left on is no name word
    const words = mail[1].split(/[._\-+\d]+/).filter((w) => w.length >= 2);
    return words.length >= 2 ? prepareContact(words.join(' '), area) : undefined;
  }
  if (!parts || !LATIN_NAME.test(name) || parts.legal.length || parts.markers.length || parts.styles?.length) return undefined;
  const tokens = parts.tokens;
  if (tokens.length < 2 || tokens.length > 4 || tokens.some((t) => /\d/.test(t) || tokenWeight(t) < 0.6)) return undefined;
  // the bracketed town ("(Yiwu)") is the name's qualifier, not the person's
  const bare = name.replace(/\s*[([][^)\]]*[)\]]/g, ' ').trim();
  if (personNameTokens(bare).length < 2) return undefined;
  return prepareContact(bare, area);
}

/** The person a record's name is, named in full among the other record's contacts: the pair of names, or undefined. */
export function personNamesFirm(person: PreparedContact | undefined, contacts: PreparedContact[]): [string, string] | undefined {
  if (!person || !contacts.length) return undefined;
  const m = matchContacts([person], contacts.filter((c) => personNameTokens(c.name).length >= 2));
  return m.kind === 'full' && m.pair ? m.pair : undefined;
}
