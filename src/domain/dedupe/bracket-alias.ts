import { cityPlaces } from './city-geo';
import { companyNameParts, tokenWeight } from './normalize-company';

// "Sunrise Lamp Co., Ltd. (Hinode Lamp)", "Royal Furniture Co., Ltd (Hoang Gia)": a firm that translates its name
// keeps the name it is known by in brackets, and its other record uses that name alone. Brackets also hold a
// branch's town ("(Rostov)", "(Shenzhen)"), a legal form ("(Pty)"), an area code or a note ("(WhatsApp)"): none
// of those is a name.
const BRACKETED = /[([]([^)\]]+)[)\]]/g;
// Two words at least: one word in brackets is a town or a nickname far more often than a second name.
const MIN_WORDS = 2;

function isName(inner: string): boolean {
  const words = inner.trim().split(/[\s\-–]+/).filter(Boolean);
  if (words.length < MIN_WORDS || /\d/.test(inner)) return false;
  // A town of the gazetteer or a place of our lists, whole or in part ("Abu Dhabi Branch"), is where, not who.
  if (cityPlaces([inner]).length) return false;
  const parts = companyNameParts(inner);
  if (parts.qualifiers.length || parts.legal.length) return false;
  return parts.tokens.length >= MIN_WORDS && parts.tokens.some((t) => tokenWeight(t) === 1);
}

/** Second names a written name carries in brackets, as aliases of the record. */
export function bracketedAliases(name: string): string[] {
  return [...name.matchAll(BRACKETED)].map((m) => m[1].trim()).filter(isName);
}
