// The two shapes of a record the matcher reads: as written, and prepared once for many comparisons. Apart from
// match.ts so that prepare-record.ts, which makes the second from the first, need not import the comparison.
import type { PreparedCity } from './city';
import type { CompanyNameParts } from './normalize-company';
import type { PreparedContact } from './contact-names';

/** A customer as the matcher sees it: an existing row, a CSV line or what a rep typed in chat. */
export type CandidateRecord = {
  id?: number;
  name: string;
  aliases?: string[];
  /** ISO 3166-1 alpha-2, or a country name the rep typed ("Türkiye", "阿联酋"). */
  country?: string | null;
  emails?: string[];
  /** E.164; national forms ("0755-23456789") are accepted and read with the record's country. */
  phones?: string[];
  website?: string | null;
  contactNames?: string[];
  /** City or town, as written ("São Paulo", "Sao Paulo", "深圳"): evidence for or against when both records have one. */
  city?: string | null;
};

/** A record with everything the comparison needs computed once (prepare existing customers once, compare many times). */
export type PreparedRecord = {
  id?: number;
  name: string;
  country?: string;
  names: CompanyNameParts[];
  emails: string[];
  /** Registrable company domains from e-mail addresses (free-mail providers left out). */
  emailDomains: string[];
  websiteDomains: string[];
  /** Brand labels of the company domains ("brightlux" for brightlux.cn and brightlux.com.hk). */
  domainLabels: string[];
  phones: string[];
  contacts: PreparedContact[];
  /** Folded city ("sao paulo", "ho chi minh"), or undefined. */
  city?: PreparedCity;
  /** No country typed: the country of the record's first phone number, evidence for (never against) a country. */
  phoneCountry?: string;
  /** The name says the record is one office of the firm ("(Surabaya branch)", "- filial Campinas"): its town differs by design. */
  branchOffice?: true;
  /** The name is a person's ("Tina Xu", a pasted address): see person-named-firm.ts. */
  namedPerson?: PreparedContact;
};
