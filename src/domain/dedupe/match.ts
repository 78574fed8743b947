import { countryName } from '../normalize/country';
import { emailDomain } from '../normalize/email';
import { formatPhone } from '../normalize/phone';
import { domainLabel, isFreeMailDomain } from './free-mail';
import type { NameComparison } from './name-compare';
import { bestNames, chooseNames, type NamePair } from './name-pair';
import { citiesFarApart, compareCities, prepareCity, type PreparedCity } from './city';
import { isPlaceWord, tokenWeight, type CompanyNameParts } from './normalize-company';
import { matchContacts } from './contact-names';
import { CN_PLACES, CN_PROVINCES, COUNTRY_WORDS } from './company-lexicon';
import { familyMarkers, legalConflict, markersConflict } from './distinguishers';
import { MATCH_MODEL, modelScore, type MatchFeatures } from './match-model';
import { boundedMemo } from '../bounded-memo';
import { prepareRecord } from './prepare-record';
import { sharedSwitchboard } from './switchboard';
import { isLandline, someLineOfOneKind } from './line-kind';
import { personInitials, personNameTokens } from './similarity';
import { sameNameInOneCountry } from './same-name-floor';
import { domainSpellsName } from './domain-names-firm';
import { isCommonPersonName } from './common-person-names';
import { countryByCity } from './city-country';
import { personNamesFirm } from './person-named-firm';
import { withoutArticle } from './article';
import { distinctiveWordsReordered } from './reordered-names';
import { rewordedInOneScript } from './native-rewording';
import { givenNamesAsInitials } from './owner-initials';

import type { CandidateRecord, PreparedRecord } from './matched-record';

export type { CandidateRecord, PreparedRecord };

export type ReasonCode =
  | 'same_email' | 'same_email_domain' | 'same_website' | 'same_domain_label' | 'same_phone' | 'same_name' | 'similar_name' | 'translated_name' | 'same_contact'
  | 'same_country' | 'different_country' | 'different_domains' | 'different_phones' | 'different_name_words' | 'different_trade_words'
  | 'different_place' | 'different_entity_marker' | 'different_legal_form' | 'different_name' | 'different_emails' | 'generic_name' | 'group_entity' | 'same_city' | 'different_city' | 'shared_phone_only' | 'same_switchboard'
  | 'family_firms' | 'domain_names_firm';

export type MatchReason = { code: ReasonCode; en: string; zh: string };

/** The raw evidence, for callers that decide more than the verdict ("belongs to group X", which fields to merge). */
export type MatchSignals = {
  nameSimilarity: number;
  sharedNameTokens: string[];
  sharedEmails: string[];
  sharedDomains: string[];
  sharedDomainLabels: string[];
  sharedPhones: string[];
  contactMatch: 'full' | 'partial' | 'none';
  country: 'same' | 'different' | 'unknown';
  /** Different legal entities of one group (多抬头) are likely: shared domain or name core, but another country, place or line of business. */
  groupLikely: boolean;
};

export type MatchVerdict = 'duplicate' | 'possible_duplicate' | 'distinct';

export type MatchResult = { score: number; verdict: MatchVerdict; reasons: MatchReason[]; signals: MatchSignals; features: MatchFeatures; /** Capped below the duplicate verdict by a rule (two countries, a group's shared domain). */
  capped: boolean;
  /** The rules that capped it, none when not capped. */
  cappedBy: CapReason[];
  /** A shared address, company domain or own phone: always worth a question, whatever the weights say. */
  keyFloor: boolean;
  /** At least one positive reason; without one the rep would be asked about a pair with nothing to show. */
  evidence: boolean;
  /** The names say two entities ("Uno" / "Dos", a branch city the other record contradicts, GmbH / Ltd in two countries). */
  contradicted: boolean;
  /** A shared company mailbox in one country: a duplicate unless the names contradict. */
  addressFloor: boolean;
  /** A near-identical name with nothing against it: at least a question. */
  nameFloor: boolean;
  /** One person named in full at a like-named firm of one country, the names in two scripts or one town: a duplicate. */
  personFloor: boolean;
};

const CN_CITY_SET = new Set(Object.values(CN_PLACES));
/** Territories that are one city: Singapore, Hong Kong, Macau, Monaco. */
const CITY_STATES = new Set(['SG', 'HK', 'MO', 'MC']);

/** At or above: the same buyer; block the new record or merge (fitted with the weights, see match-model.ts). */
export const DUPLICATE_THRESHOLD = MATCH_MODEL.duplicate;
/** At or above: warn the rep and ask. */
export const POSSIBLE_THRESHOLD = MATCH_MODEL.possible;

/**
 * Numbers of two kinds that differ (an office landline, a purchaser's mobile) count less against than two of one kind:
 * one buyer's records carry both. Not nothing: two firms' records carry both as well (0.5 let "Hongda Ceramic" meet
 * another Hongda on the name alone in our labelled set).
 */
const MIXED_LINES_WEIGHT = 0.7;
const POSITIVE_REASONS = new Set<ReasonCode>(['same_email', 'same_email_domain', 'same_website', 'same_domain_label', 'same_phone', 'same_name', 'similar_name', 'translated_name', 'same_contact', 'domain_names_firm']);

/** The rules around the fitted score: caps for group siblings and two countries, a floor for a shared key, nothing without evidence. */
export type BoundRules = { capped: boolean; keyFloor: boolean; evidence: boolean; contradicted?: boolean; addressFloor?: boolean; nameFloor?: boolean; personFloor?: boolean };

export function boundScore(score: number, rules: BoundRules, model = MATCH_MODEL): number {
  let s = score;
  const mid = Math.round(((model.duplicate + model.possible) / 2) * 1000) / 1000;
  if (rules.addressFloor || rules.personFloor) s = Math.max(s, model.duplicate);
  if (rules.capped) s = Math.min(s, mid);
  if (rules.keyFloor || rules.nameFloor) s = Math.max(s, model.possible);
  if (!rules.evidence) s = Math.min(s, Math.max(0, model.possible - 0.001));
  // Two entities by name ("Uno" / "Dos"): not a question at all, whatever else they share (siblings share inboxes).
  if (rules.contradicted) s = Math.min(s, Math.max(0, model.possible - 0.001));
  return s;
}

/** A mainland city the name carries as a qualifier ("(Shenzhen)") against the other record's different city: a branch. */
function branchContradiction(named: PreparedRecord, other: PreparedRecord, parts: CompanyNameParts): [string, string] | undefined {
  // Only a mainland city against another mainland city: "(Foshan)" against Shunde (a district of Foshan) is no contradiction.
  if (!other.city || other.city.native || !other.city.keys.some((k) => CN_CITY_SET.has(k))) return undefined;
  for (const q of parts.qualifiers) {
    // A province ("Jiangsu …") holds the other record's city more often than not: no branch.
    if (!CN_CITY_SET.has(q) || CN_PROVINCES.has(q)) continue;
    const place = prepareCity(q);
    if (!place || (named.city && compareCities(named.city, place) === 'different')) continue;
    if (compareCities(place, other.city) === 'different') return [q, other.city.label];
  }
  return undefined;
}

// Names' places repeat ("shenzhen", "tokyo") and are compared for every candidate pair: prepared once each.
const townKeyed = boundedMemo((key: string) => {
  const [q, country] = key.split('|');
  return prepareCity(q, { country: country || undefined });
}, 10_000);
const placeNamed = (q: string, country?: string): PreparedCity | undefined => townKeyed(`${q}|${country ?? ''}`);

/** The record's country, or with none typed the country of its first phone number (evidence for, never against). */
const countryOf = (r: PreparedRecord) => r.country ?? r.phoneCountry;

/** A town the name carries ("Yamada Shoji (Tokyo)") far from the other record's city (Nagoya): another branch. */
function namedTownFarFrom(parts: CompanyNameParts, named: PreparedRecord, other: PreparedRecord): boolean {
  if (!other.city) return false;
  return parts.qualifiers.some((q) => {
    if (CN_PROVINCES.has(q) || COUNTRY_WORDS.has(q)) return false;
    const town = placeNamed(q, named.country);
    return !!town && compareCities(town, other.city!) !== 'same' && citiesFarApart(town, other.city!);
  });
}

const intersect = (a: string[], b: string[]) => a.filter((x) => b.includes(x));

const contactMatch = (a: PreparedRecord, b: PreparedRecord) => matchContacts(a.contacts, b.contacts);

/**
 * Two firms of one family by name ("Khan Brothers" / "Khan Enterprises", "Agarwal & Sons" / "Aggarwal Traders", "Martin
 * Éclairage" / "Martin Plomberie"): what the names share is a family's name (a family word on either name says so, or
 * the shared words are a contact person's name on either record), and each name says something the other does not (a
 * trade, or a style the key drops: "Sons", "Ventures"). A town's family runs several firms: without a shared address
 * or number and without one person named in full at both in one town, two of them more often than one firm's two
 * records. The words each says, or undefined.
 */
function familyFirms(names: NamePair, a: PreparedRecord, b: PreparedRecord): [string[], string[]] | undefined {
  const { cmp } = names;
  if (!cmp.shared.length) return undefined;
  const stylesA = names.a.styles ?? [];
  const stylesB = names.b.styles ?? [];
  const otherA = [...cmp.only[0], ...stylesA.filter((x) => !stylesB.includes(x))];
  const otherB = [...cmp.only[1], ...stylesB.filter((x) => !stylesA.includes(x))];
  if (!otherA.length || !otherB.length) return undefined;
  const familyWord = familyMarkers(names.a.markers).length > 0 || familyMarkers(names.b.markers).length > 0;
  // In two scripts a word left over may be one the reading missed: only a family word and trade words or styles count.
  if (cmp.crossScript) {
    const known = (t: string) => tokenWeight(t) < 0.6 || [...stylesA, ...stylesB].includes(t);
    return familyWord && otherA.every(known) && otherB.every(known) ? [otherA, otherB] : undefined;
  }
  if (familyWord) return [otherA, otherB];
  return namedForPerson(cmp, a, b) ? [otherA, otherB] : undefined;
}

// A name's words repeat from pair to pair: each read as a person's word once.
const personWordsOf = boundedMemo((t: string) => personNameTokens(t), 20_000);

/** The words the names share, all of them a contact person's name on either record ("Rossi" of Marco Rossi). */
function namedForPerson(cmp: NameComparison, a: PreparedRecord, b: PreparedRecord): boolean {
  const named = cmp.shared.filter((t) => tokenWeight(t) >= 0.6);
  if (!named.length) return false;
  const people = [...a.contacts, ...b.contacts].flatMap((c) => c.readings);
  return named.every((t) => {
    const words = personWordsOf(t);
    return words.length > 0 && people.some((r) => words.every((w) => r.includes(w)));
  });
}

/**
 * The words of weight the names share are all words of a contact person's name on either record, as written there, with
 * the article off or run on ("Ahmed Al-Saeed Trading", Ahmed Al-Saeed): looser than namedForPerson, for a floor.
 */
function sharedWordsArePeople(cmp: NameComparison, a: PreparedRecord, b: PreparedRecord): boolean {
  const named = cmp.shared.filter((t) => tokenWeight(t) >= 0.6);
  if (!named.length) return false;
  const people = [...a.contacts, ...b.contacts].flatMap((c) => c.readings);
  const inPeople = (w: string) => people.some((r) => r.includes(w));
  // a family name with its article or particles run on ("alsaed", "vandenbergh") ends in the person's word
  const endsInPerson = (t: string) => people.some((r) => r.some((w) => w.length >= 4 && t.endsWith(w)));
  return named.every((t) => inPeople(t) || inPeople(withoutArticle(t)) || endsInPerson(t) || personNameTokens(withoutArticle(t)).every(inPeople));
}

/** A company domain of `a` that spells a name of `b` (b's own mailbox under another name), with that name; or undefined. */
function domainNaming(a: PreparedRecord, b: PreparedRecord, sameTown: boolean): [string, string] | undefined {
  for (const d of [...a.emailDomains, ...a.websiteDomains]) {
    const label = domainLabel(d);
    // a's own name spelt by its domain says nothing about b
    if (a.names.some((n) => domainSpellsName(label, a.country, n, sameTown))) continue;
    if (b.names.some((n) => domainSpellsName(label, a.country, n, sameTown))) return [d, b.name];
  }
  return undefined;
}

// A name in Chinese characters is translated into its Latin name as often as spelt, in ways no reading finds: there a
// name that shares nothing is no disagreement. (Japanese legal forms in kanji say nothing of the name's own words.)
const writtenInHan = (name: string) => /\p{Script=Han}/u.test(name.replace(/株式会社|有限会社|合同会社|[(（]株[)）]|㈱/g, ''));

/** Names in two scripts whose words left over are on both sides, the native name's all unread (see sameTownAcrossScripts). */
function unreadLeftOvers(names: NamePair): boolean {
  const [onlyA, onlyB] = names.cmp.only;
  if (!onlyA.length || !onlyB.length) return false;
  const native = names.a.script === 'native' ? onlyA : names.b.script === 'native' ? onlyB : undefined;
  return !!native && native.every((t) => tokenWeight(t) >= 1);
}

/**
 * Why a pair is held below the duplicate verdict, each a rule of scoreMatch's: a group's shared domain, two countries
 * (typed or by a town), a common person's name the only link, the same name far apart, a dialect's or a Thai reading
 * the only agreement, a mainland name met in Cantonese, a family's two firms, another wording of the name.
 */
export type CapReason = 'groupDomain' | 'twoCountries' | 'countryByTown' | 'commonPersonAlone' | 'farApart' | 'soundOnly' | 'family'
  | 'mainlandCantonese' | 'thaiReadOnly' | 'otherWording';

/** The rules that hold, in the order given. */
const capReasons = (rules: Record<CapReason, boolean>): CapReason[] => (Object.keys(rules) as CapReason[]).filter((r) => rules[r]);

const pct = (x: number) => Math.round(x * 100);
const list = (xs: string[]) => xs.join(' ');

/** Scores two prepared records 0..1 with reasons in English and Chinese. Symmetric. */
export function scoreMatch(a: PreparedRecord, b: PreparedRecord): MatchResult {
  const reasons: MatchReason[] = [];
  const add = (code: ReasonCode, en: string, zh: string) => reasons.push({ code, en, zh });
  const f: MatchFeatures = {};

  const sharedEmails = intersect(a.emails, b.emails);
  const domainsA = [...new Set([...a.emailDomains, ...a.websiteDomains])];
  const domainsB = [...new Set([...b.emailDomains, ...b.websiteDomains])];
  const sharedDomains = intersect(domainsA, domainsB);
  const sharedLabels = sharedDomains.length ? [] : intersect(a.domainLabels, b.domainLabels);
  const sharedPhones = intersect(a.phones, b.phones);
  // With a shared company domain a shared office is what a group's firms have too: it tells nothing more there.
  const switchboard = sharedPhones.length || sharedDomains.length ? undefined : sharedSwitchboard(a.phones, b.phones);
  const hardLink = sharedEmails.length > 0 || sharedDomains.length > 0 || sharedPhones.length > 0;
  const strongLink = sharedEmails.length > 0 || sharedDomains.length > 0;

  if (sharedEmails.length) { f.email_same = 1; add('same_email', `same email ${sharedEmails[0]}`, `相同邮箱 ${sharedEmails[0]}`); }
  if (sharedDomains.length) {
    f.domain_same = 1;
    const d = sharedDomains[0];
    if (intersect(a.emailDomains, b.emailDomains).includes(d)) add('same_email_domain', `same email domain ${d}`, `相同邮箱域名 ${d}`);
    else add('same_website', `same company domain ${d}`, `相同公司网站/域名 ${d}`);
  } else if (sharedLabels.length) {
    f.domain_label_same = 1;
    add('same_domain_label', `related domains (${sharedLabels[0]}.*)`, `域名主体相同（${sharedLabels[0]}.*）`);
  } else if (domainsA.length && domainsB.length) {
    f.domains_differ = 1;
    add('different_domains', `different company domains ${domainsA[0]} / ${domainsB[0]}`, `公司域名不同：${domainsA[0]} / ${domainsB[0]}`);
  }
  if (!sharedEmails.length && !sharedDomains.length && !sharedLabels.length && a.emails.length && b.emails.length && !(domainsA.length && domainsB.length)) {
    // A free-mail address against another address is how buyers move (gmail to corporate): noted, not counted.
    f.emails_differ = 1;
    add('different_emails', 'no email address in common', '邮箱均不相同');
  }
  const oneCountry = !!countryOf(a) && countryOf(a) === countryOf(b) && (!a.country || !b.country || a.country === b.country);
  const names = chooseNames(bestNames(a.names, b.names, oneCountry), oneCountry);
  const contact = contactMatch(a, b);
  // A forwarder's, agent's or trading house's number is shared by unrelated buyers: with Latin names that clearly differ,
  // no shared address and no common contact, a shared phone is a weak hint, not proof.
  const phoneOnly = sharedPhones.length > 0 && !sharedEmails.length && !sharedDomains.length && contact.kind !== 'full'
    && !!names && !names.cmp.crossScript && names.cmp.similarity < 0.5 && !!names.cmp.distinctiveConflict;
  if (sharedPhones.length && phoneOnly) {
    f.phone_shared_only = 1;
    const p = formatPhone(sharedPhones[0]);
    add('shared_phone_only', `same phone ${p}, but different names (a shared forwarder's or agent's number?)`, `电话相同 ${p}，但名称不同（可能是共用的货代或代理电话）`);
  } else if (sharedPhones.length) {
    f.phone_same = 1;
    const p = formatPhone(sharedPhones[0]);
    add('same_phone', `same phone ${p}`, `相同电话 ${p}`);
  } else if (switchboard) {
    // Another extension of one office is no evidence against; it is not proof either (a group's firms share floors).
    add('same_switchboard', `phones of one switchboard ${formatPhone(switchboard[0])} / ${formatPhone(switchboard[1])}`,
      `同一总机的电话 ${formatPhone(switchboard[0])} / ${formatPhone(switchboard[1])}`);
  } else if (a.phones.length && b.phones.length) {
    f.phones_differ = someLineOfOneKind(a.phones, b.phones) ? 1 : MIXED_LINES_WEIGHT;
    add('different_phones', 'no phone number in common', '电话号码均不相同');
  }

  // In a city-state two "cities" are two districts of one city ("Kwun Tong" / "Kowloon", "Sungei Kadut" / "Singapore"):
  // no evidence against.
  const cityState = CITY_STATES.has(countryOf(a) ?? '') && countryOf(a) === countryOf(b);
  const cities = a.city && b.city ? compareCities(a.city, b.city) : 'unknown';
  // A record that names itself one office of the firm ("… (Surabaya branch)") is in another town by what it says: its
  // town is no evidence against the firm's other records.
  const city = cities === 'different' && (cityState || a.branchOffice || b.branchOffice) ? 'unknown' : cities;
  let nameSimilarity = 0;
  let sharedNameTokens: string[] = [];
  let entityDiffers = false;
  let contradicted = false;
  let family: [string[], string[]] | undefined;
  // the same words in another order, or one reading in other characters: another firm's name, a question at most
  let otherWording: [string[], string[]] | undefined;
  if (names) {
    const { cmp } = names;
    nameSimilarity = cmp.similarity;
    sharedNameTokens = cmp.shared;
    let np = cmp.similarity >= 0.999 ? 4.5 : -1.5 + (cmp.similarity - 0.5) * 11;
    if (cmp.sharedStrength < 1) {
      // Only trade or frequent words in common: "Lighting Plus" = "Light Plus" is a hint, not proof.
      np = Math.min(np, cmp.similarity >= 0.999 ? 4.25 : cmp.sharedStrength >= 0.6 ? 3 : 2);
      if (np > 0) add('generic_name', 'the names share only common words', '名称只有常见词相同');
    }
    if (cmp.crossScript) {
      // A Chinese name against its English name proves nothing when they differ.
      np = Math.max(np, 0);
    } else if (cmp.distinctiveConflict) {
      np -= 1.5;
      entityDiffers = true;
      const [x, y] = cmp.distinctiveConflict;
      add('different_name_words', `different name words: ${list(x)} / ${list(y)}`, `名称关键词不同：${list(x)} / ${list(y)}`);
    } else if (cmp.descriptorConflict) {
      np -= 0.75;
      entityDiffers = true;
      const [x, y] = cmp.descriptorConflict;
      add('different_trade_words', `different lines of business: ${list(x)} / ${list(y)}`, `经营范围词不同：${list(x)} / ${list(y)}`);
    }
    if (cmp.placeConflict) {
      np -= 1.5;
      entityDiffers = true;
      const [x, y] = cmp.placeConflict;
      add('different_place', `different place in the names: ${list(x)} / ${list(y)}`, `名称中的地区不同：${list(x)} / ${list(y)}`);
    }
    if (markersConflict(names.a.markers, names.b.markers)) {
      contradicted = true;
      entityDiffers = true;
      add('different_entity_marker', `different number, direction or family word in the names: ${names.a.markers.join(' ')} / ${names.b.markers.join(' ')}`,
        `名称中的编号、方位或家族用词不同：${names.a.markers.join(' ')} / ${names.b.markers.join(' ')}`);
    }
    // One person named in full at both in one town is the firm's own two records, its words translated ("Rossi
    // Arredamenti" / "Rossi Furniture", "Nikolaou & Yioi" / "Nikolaou and Sons"), not a second firm of the family.
    // (Named in full, an initial for a word: a family name alone, "Yamada-san" / "T. Yamada", is the family.)
    const onePerson = contact.kind === 'full' && !!contact.pair && contact.pair.every((n) => personNameTokens(n).length + personInitials(n).length >= 2)
      && city !== 'different';
    family = hardLink || onePerson ? undefined : familyFirms(names, a, b);
    if (family) {
      add('family_firms', `one family's name, different firms: ${list(family[0])} / ${list(family[1])}`, `同一家族的名称，不同的公司：${list(family[0])} / ${list(family[1])}`);
    }
    // the same distinctive words in another order, nothing shared besides: another owner's name (reordered-names.ts)
    otherWording = hardLink ? undefined : distinctiveWordsReordered(names.a, names.b, [...a.contacts, ...b.contacts].flatMap((c) => c.readings));
    if (otherWording) add('different_name_words', `the same name words in another order: ${list(otherWording[0])} / ${list(otherWording[1])}`, `名称关键词顺序不同：${list(otherWording[0])} / ${list(otherWording[1])}`);
    // one reading, other characters (native-rewording.ts)
    else if (!hardLink && cmp.similarity >= 0.999 && rewordedInOneScript(a.name, b.name)) {
      otherWording = [[a.name], [b.name]];
      add('different_name_words', `names read alike but written with other characters: ${a.name} / ${b.name}`, `名称读音相同但用字不同：${a.name} / ${b.name}`);
    }
    const branch = branchContradiction(a, b, names.a) ?? branchContradiction(b, a, names.b);
    if (branch && !cmp.placeConflict) {
      contradicted = true;
      entityDiffers = true;
      add('different_place', `the name says ${branch[0]}, the other record is in ${branch[1]}`, `名称写的是 ${branch[0]}，另一条记录在 ${branch[1]}`);
    }
    // With a shared address, domain or number, a different name is a trade name, an acronym or a rename, not another firm.
    if (strongLink || (hardLink && !phoneOnly)) np = Math.max(np, -1);
    f.name_points = np;
    f.name_sim = cmp.similarity;
    f.name_exact = cmp.similarity >= 0.999 ? 1 : 0;
    f.name_sim_high = Math.max(0, cmp.similarity - 0.6);
    f.name_strength = cmp.sharedStrength;
    f.name_generic_only = cmp.sharedStrength < 1 && cmp.shared.length > 0 ? 1 : 0;
    f.cross_script = cmp.crossScript ? 1 : 0;
    f.cross_script_shared = cmp.crossScript && cmp.sharedStrength >= 0.6 ? 1 : 0;
    f.conflict_distinctive = !cmp.crossScript && cmp.distinctiveConflict ? 1 : 0;
    f.conflict_descriptor = !cmp.crossScript && !cmp.distinctiveConflict && cmp.descriptorConflict ? 1 : 0;
    f.conflict_place = cmp.placeConflict ? 1 : 0;
    if (names.translated) add('translated_name', `names translate alike (${list(cmp.shared)})`, `名称译义相同（${list(cmp.shared)}）`);
    else if (cmp.similarity >= 0.999) add('same_name', `same name after normalisation ("${names.a.key}")`, `规范化后名称相同（${names.a.key}）`);
    else if (cmp.similarity >= 0.6) add('similar_name', `names ${pct(cmp.similarity)}% alike`, `名称相似度 ${pct(cmp.similarity)}%`);
    else if (cmp.crossScript && cmp.shared.length && cmp.sharedStrength >= 0.6) {
      add('similar_name', `names in two scripts share ${list(cmp.shared)}`, `不同文字的名称共有 ${list(cmp.shared)}`);
    } else if (!cmp.crossScript) add('different_name', `names only ${pct(cmp.similarity)}% alike`, `名称相似度仅 ${pct(cmp.similarity)}%`);
  }

  // The same person by name (any script, any order) is strong evidence when the names do not conflict: a buyer's
  // Chinese and English records rarely share an address, but they name the same purchaser.
  const namesAgree = !!names && !entityDiffers && (names.cmp.similarity >= 0.6 || names.translated || (names.cmp.crossScript && names.cmp.sharedStrength >= 0.6));
  // Names in two scripts are often translations ("Шелковый путь" / "Silk Road", 旭日 / "Sunrise") that no reading can
  // compare: there the whole name of the same person in the same country is the agreement. Not from two towns: a
  // common name ("Abdul Rahman" in Jeddah and in Riyadh, "Tan Mei Ling" in KL and in Penang) is a namesake as often.
  const acrossScripts = !!names && names.cmp.crossScript && !entityDiffers && !!countryOf(a) && countryOf(a) === countryOf(b)
    && (!a.country || !b.country || a.country === b.country) && city !== 'different';
  if (contact.kind !== 'none' && contact.pair) {
    if (contact.kind === 'full') f[namesAgree || hardLink || acrossScripts ? 'contact_full_agree' : 'contact_full'] = 1;
    else f[namesAgree ? 'contact_partial_agree' : 'contact_partial'] = 1;
    const [x, y] = contact.pair;
    add('same_contact', `same contact ${x === y ? x : `${x} ≈ ${y}`}`, `相同联系人 ${x === y ? x : `${x} ≈ ${y}`}`);
  }

  if (city === 'same') {
    f.city_same = 1;
    add('same_city', `both in ${a.city!.label}`, `同在 ${a.city!.label}`);
  } else if (city === 'different') {
    f.city_differ = 1;
    add('different_city', `different cities: ${a.city!.label} / ${b.city!.label}`, `城市不同：${a.city!.label} / ${b.city!.label}`);
  }

  let country: MatchSignals['country'] = 'unknown';
  if (a.country && b.country) {
    if (a.country === b.country) {
      country = 'same';
      f.country_same = 1;
      add('same_country', `both in ${countryName(a.country, 'en')}`, `同在${countryName(a.country, 'zh')}`);
    } else {
      country = 'different';
      f.country_differ = 1;
      add('different_country', `different countries: ${countryName(a.country, 'en')} / ${countryName(b.country, 'en')}`,
        `国家不同：${countryName(a.country, 'zh')} / ${countryName(b.country, 'zh')}`);
    }
  } else {
    // A record typed without a country ("DAEHAN LIGHTING", +82 10 …) is in the country its phone says, as far as
    // agreement goes; a phone abroad (an agent's, a forwarder's) is no proof of another country, so never against.
    const ca = countryOf(a);
    if (ca && ca === countryOf(b)) {
      country = 'same';
      f.country_same = 1;
      add('same_country', `both in ${countryName(ca, 'en')} (by phone number)`, `同在${countryName(ca, 'zh')}（据电话号码）`);
    }
  }

  // Free mail on both sides says nothing about the firm; a generic name says little about which firm.
  const freeOnly = (r: PreparedRecord) => r.emails.length > 0 && r.emailDomains.length === 0;
  if (freeOnly(a) && freeOnly(b)) f.free_mail_both = 1;
  if (hardLink && nameSimilarity < 0.5) f.linked_name_differs = 1;

  // One company domain, but other people and other numbers: a sister company or branch of a group more often than the same buyer.
  const otherPeople = a.contacts.length > 0 && b.contacts.length > 0 && contact.kind === 'none';
  // Lines of one switchboard under one name are one office's, not other numbers ((주)대성무역 / "Daesung Trading").
  const sameName = !!names && !entityDiffers && names.cmp.similarity >= 0.999;
  const otherNumbers = a.phones.length > 0 && b.phones.length > 0 && !(sameName && sharedSwitchboard(a.phones, b.phones));
  // (Not where one record names itself an office of the firm under the same name: "Kwong Hing Furniture (Johor branch)",
  // jb@kwonghing.com.my, is the firm's own record, its people and numbers the branch's.)
  const groupDomain = !sharedEmails.length && !sharedPhones.length && sharedDomains.length > 0 && otherPeople && (otherNumbers || entityDiffers)
    && !(sameName && (a.branchOffice || b.branchOffice));
  // Two countries and no shared address or number: at most a group sibling, never a silent merge.
  const twoCountries = country === 'different' && !sharedEmails.length && !sharedPhones.length;
  // A very common person's name ("Kim Min-su", "Mohamed Abdel Aziz", Кузнецов) the only link between firms whose names
  // share no word of weight nor translate alike: a namesake there as often as the buyer, so a question at most (the
  // names may still be one firm's translated ones no reading finds: "Светлый дом" / "Bright Home"). Not for a name in
  // Chinese characters: its Latin name is a translation more often than not, and the person is the agreement there.
  const commonPersonAlone = contact.kind === 'full' && !!contact.pair && !hardLink && !switchboard && !sharedLabels.length && !!names
    && !names.translated && names.cmp.similarity < 0.5 && !names.cmp.shared.some((t) => tokenWeight(t) >= 0.6) && !writtenInHan(a.name) && !writtenInHan(b.name)
    && contact.pair.some(isCommonPersonName);
  // A record typed without a country (nor a phone that says one) in a big city of one country, "Tanaka Trading, Brisbane",
  // against a record of another country: two countries by what the records say, so at most a group sibling too.
  const cityAbroad = (x: PreparedRecord, y: PreparedRecord) => !countryOf(x) && !!x.city && !!y.country && !x.city.native
    && ((c) => !!c && c !== y.country)(countryByCity(x.city));
  const countryByTown = country === 'unknown' && !sharedEmails.length && !sharedPhones.length && (cityAbroad(a, b) || cityAbroad(b, a));
  // The same name in two cities far apart ("Yamada Shoji", Osaka / Tokyo) with nothing else shared: a namesake or a
  // branch more often than one buyer, so a question at most.
  const nameOnly = !sharedEmails.length && !sharedDomains.length && !sharedPhones.length && contact.kind !== 'full';
  // A firm named for its person ("Rossi Arredamenti", Marco Rossi) in two towns far apart: the same name for the person
  // is a namesake as often as not (Rossi, Müller, Kim), so the person does not bridge the distance.
  // (Not where both names state one family word and share a trade besides, "Chika & Sons Motor Parts": the name is more
  // than the person's. "Ets Martin & Fils" in Lyon and in Marseille are the person's name and the family word only.)
  const namesakes = !sharedEmails.length && !sharedDomains.length && !sharedPhones.length && contact.kind === 'full' && !!names && namedForPerson(names.cmp, a, b)
    && !(familyMarkers(names.a.markers).some((m) => names.b.markers.includes(m)) && names.cmp.shared.some((t) => tokenWeight(t) < 0.6));
  const farApart = (nameOnly || namesakes) && ((city !== 'same' && !!a.city && !!b.city && citiesFarApart(a.city, b.city)) || (!!names && (namedTownFarFrom(names.a, a, b) || namedTownFarFrom(names.b, b, a))));
  // A Latin name met only through a dialect's reading of characters ("Kim Seng" / 金星, 金成, 金勝: many characters share one
  // syllable there) is a homophone as often as the firm: without the country, town or a person agreeing too, a question at most.
  const soundOnly = nameOnly && contact.kind === 'none' && city !== 'same' && country !== 'same' && !!names
    && (names.a.dialect || names.b.dialect) === true && !names.translated;
  // A mainland record met only through the Cantonese reading of its Traditional characters (永發 "Wing Fat"): a Hong
  // Kong owner's firm, or a Mandarin name another firm's Cantonese spelling happens to meet (明華 is "Minghua" there).
  const mainlandCantonese = !!names && ((!!names.a.dialect && a.country === 'CN') || (!!names.b.dialect && b.country === 'CN'));
  // A Thai name met through its run of words read by consonants ("สยามพัฒนา" / "Siam Pattana"): a reading, as a dialect's
  // is, so a question at most without a shared address or number ("Siam Pattana Holding" is another firm of the name).
  const thaiReadOnly = !!names?.cmp.thaiRun && !hardLink;
  const cappedBy = capReasons({ groupDomain, twoCountries, countryByTown, commonPersonAlone, farApart, soundOnly, family: !!family, mainlandCantonese, thaiReadOnly, otherWording: !!otherWording });
  const capped = cappedBy.length > 0;
  if (names && country === 'different' && legalConflict(names.a.legal, names.b.legal)) {
    contradicted = true;
    add('different_legal_form', `different legal forms in two countries: ${names.a.legal.join(' ')} / ${names.b.legal.join(' ')}`,
      `两国的公司类型不同：${names.a.legal.join(' ')} / ${names.b.legal.join(' ')}`);
  }
  // A shared key is worth a question, unless the records say two entities of a group or a shared forwarder: two
  // countries, two cities, or names that contradict each other (DEV: most false warnings were such siblings).
  const keyFloor = (sharedEmails.length > 0 || sharedDomains.length > 0 || (sharedPhones.length > 0 && !phoneOnly))
    && !capped && !contradicted && city !== 'different';
  // One record's company domain spells the other's name (see domain-names-firm.ts): the other's own mailbox, in one
  // country and no other town, nothing that says two entities but the names themselves. Only for two Latin names with
  // no word in common: names that share one ("Anadolu Ev Tekstili", anadoluev.com.tr) are a group's firms as often.
  const unlikeNames = !!names && !names.cmp.crossScript && !names.cmp.shared.some((t) => tokenWeight(t) >= 0.6);
  const mailbox = unlikeNames && country === 'same' && city !== 'different' && !capped && !contradicted && !hardLink && !sharedLabels.length
    ? domainNaming(a, b, city === 'same') ?? domainNaming(b, a, city === 'same') : undefined;
  if (mailbox) add('domain_names_firm', `the company domain ${mailbox[0]} spells the name ${mailbox[1]}`, `公司域名 ${mailbox[0]} 拼写的是名称 ${mailbox[1]}`);
  const mailboxNamed = !!mailbox;
  // A record named for its person against the firm's record that names that person in full (person-named-firm.ts).
  const personNamed = (country === 'same' || city === 'same') && country !== 'different' && city !== 'different' && !countryByTown && !contradicted
    ? personNamesFirm(a.namedPerson, b.contacts) ?? personNamesFirm(b.namedPerson, a.contacts) : undefined;
  if (personNamed && contact.kind === 'none') add('same_contact', `the name ${personNamed[0]} is the other record's contact ${personNamed[1]}`, `名称 ${personNamed[0]} 是另一条记录的联系人 ${personNamed[1]}`);
  const evidence = reasons.some((r) => POSITIVE_REASONS.has(r.code));
  // One company mailbox (not free mail), one country, nothing that says two entities: the same buyer, whatever the name says.
  const addressFloor = keyFloor && sharedEmails.some((e) => !isFreeMailDomain(emailDomain(e))) && country !== 'different';
  // A near-identical name with nothing against it (no other domain, number, city or country) is always worth a question:
  // records typed in chat carry a name and a country only, and the weights learnt little from such bare pairs.
  const bare = !f.domains_differ && !f.phones_differ && !f.emails_differ && !f.city_differ && country !== 'different';
  const nearIdentical = bare && !!names && !entityDiffers && !names.cmp.crossScript && names.cmp.similarity >= 0.9 && names.cmp.sharedStrength >= 1;
  // The same person (named in full, or in part in the same city) at a firm of a like name in the same country, nothing
  // against it: a buyer's second record more often than not (a new address and number after a move, a Cyrillic and a
  // Latin card), so worth a question even where other addresses and numbers pull the score down.
  const samePerson = namesAgree && country === 'same' && !capped && !contradicted && city !== 'different'
    && (contact.kind === 'full' || (contact.kind === 'partial' && city === 'same'));
  // Names that translate alike in one country, with the same town, person, office or domain besides: worth a question.
  const translatedAgree = !!names?.translated && !capped && !contradicted && !entityDiffers && city !== 'different'
    && (city === 'same' || contact.kind !== 'none' || !!switchboard || sharedDomains.length > 0 || sharedLabels.length > 0);
  // A record that names itself one office of the firm ("Sinar Terang Abadi (Surabaya branch)", "- Chi nhánh Hà Nội")
  // against a record under the firm's name in its country: the firm's other office, with its own people, numbers and
  // mailbox by design, so what differs there says nothing. Worth a question.
  const officeOfFirm = (!!a.branchOffice || !!b.branchOffice) && !!names && !entityDiffers && !names.cmp.crossScript
    && names.cmp.similarity >= 0.9 && names.cmp.sharedStrength >= 1 && country === 'same' && !contradicted;
  const oneCountryName = !!names && sameNameInOneCountry({
    similarity: names.cmp.similarity, sharedStrength: names.cmp.sharedStrength, crossScript: names.cmp.crossScript, entityDiffers, leftOver: names.cmp.only,
    country, city, townUnplaced: cities === 'unknown' && !!a.city && !!b.city, domainsDiffer: !!f.domains_differ, capped, contradicted, acronym: names.cmp.acronym, acronymWhole: !!names.cmp.acronymWhole,
    twoOffices: !sharedPhones.length && !switchboard && a.phones.some(isLandline) && b.phones.some(isLandline),
  });
  // One name in two scripts (ニシダ インポート / "Nishida Import", አበበ ከበደ / "Abebe Kebede", เจริญชัย / "Charoenchai")
  // read alike on a distinctive word, in one town of one country, nothing against it: a firm's native and Latin cards.
  // The reading is thinner evidence than a spelling, so a question, never a merge.
  // Each name has words the other lacks, the native name's all unread (a trade word the lexicon does not know, its
  // Latin twin's "Import" as インポート): a word the reading did translate ("plastic", "contracting") and the Latin name
  // lacks is another line of business, and a word on one side only is another firm's ("Papadopoulos Shipping").
  const sameTownAcrossScripts = bare && !!names && names.cmp.crossScript && !names.translated && !entityDiffers && !capped && !contradicted
    && country === 'same' && city === 'same' && names.cmp.sharedStrength >= 1 && names.cmp.similarity >= 0.6 && unreadLeftOvers(names);
  // The same person, named in full, at firms of one town whose names mostly agree but for a trade word or style ("Tan Phat
  // Engineering" / "Tan Phat Mechanical", Le Minh Tuan of Bien Hoa): one buyer's records as often as a group's two firms,
  // so worth a question (never more: siblings of one group share a town and a manager). Not where the shared words are
  // that person's own name (a family's firms: "Van den Berg Packaging" / "… Logistics"); a person named in part, a
  // family name alone, is the family's as often ("Siam Electrical" / "Siam Kitchenware", Mr. Wongsawat).
  const personInTown = contact.kind === 'full' && city === 'same' && country === 'same' && !capped && !contradicted
    && !!names && !names.cmp.crossScript && !names.cmp.distinctiveConflict && !names.cmp.placeConflict && names.cmp.similarity >= 0.6
    && names.cmp.shared.some((t) => tokenWeight(t) >= 0.6 && !isPlaceWord(t)) && !namedForPerson(names.cmp, a, b) && !sharedWordsArePeople(names.cmp, a, b);
  // The owner's given names written out on one card and as initials on the other ("Kofi Mensah Enterprise" / "K. Mensah
  // Ent.", owner-initials.ts), in one town of one country, nothing against it: worth a question, never more (the
  // family's other firm of the town writes the family name with another initial as often).
  const ownerInitialled = !!names && city === 'same' && country === 'same' && !capped && !contradicted && !entityDiffers
    && names.cmp.sharedStrength >= 1 && givenNamesAsInitials(names);
  const nameFloor = ownerInitialled || nearIdentical || sameTownAcrossScripts || samePerson || translatedAgree || officeOfFirm || oneCountryName || mailboxNamed || !!personNamed || personInTown;
  // The whole name of one person at a firm of a like name, in one country, nothing against it, and besides the names in
  // two scripts (a Chinese and a Portuguese card; other numbers and addresses are the rule there) or one town: one buyer.
  // (DEV 3: eleven pairs that the other numbers and addresses held at a question, no two firms of the tuning sets.)
  const personFloor = samePerson && contact.kind === 'full' && (!!names?.cmp.crossScript || city === 'same')
    // the person the name is, with the firm's own number or address besides
    || (!!personNamed && !capped && (sharedPhones.length > 0 || sharedEmails.length > 0));
  const score = boundScore(modelScore(f), { capped, keyFloor, evidence, contradicted, addressFloor, nameFloor, personFloor });
  const verdict: MatchVerdict = score >= DUPLICATE_THRESHOLD ? 'duplicate' : score >= POSSIBLE_THRESHOLD ? 'possible_duplicate' : 'distinct';
  const related = sharedDomains.length > 0 || sharedLabels.length > 0 || (nameSimilarity >= 0.6 && sharedNameTokens.length > 0 && names!.cmp.sharedStrength === 1);
  const groupLikely = verdict !== 'duplicate' && related && (country === 'different' || entityDiffers);
  if (groupLikely) {
    const via = sharedDomains[0] ?? (sharedLabels[0] ? `${sharedLabels[0]}.*` : sharedNameTokens.join(' '));
    add('group_entity', `possibly another entity of the same group (shared ${via})`, `可能是同一集团的不同抬头（共有 ${via}）`);
  }
  return {
    score,
    verdict,
    reasons,
    signals: { nameSimilarity, sharedNameTokens, sharedEmails, sharedDomains, sharedDomainLabels: sharedLabels, sharedPhones, contactMatch: contact.kind, country, groupLikely },
    features: f,
    capped,
    cappedBy,
    keyFloor,
    evidence,
    contradicted,
    addressFloor,
    nameFloor,
    personFloor,
  };
}

export { prepareRecord };

/** Convenience for one-off checks: prepares both sides and scores them. */
export function matchRecords(a: CandidateRecord, b: CandidateRecord): MatchResult {
  return scoreMatch(prepareRecord(a), prepareRecord(b));
}

