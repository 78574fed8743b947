// "C.K. Chan" and 陳大文 (Chan Tai Man), "J.R. Osei" and "Kwabena Osei": one family name, and the given names one card
// writes as initials begin none of the names the other writes out. Two people of one family name (Chan, Osei, Kim are
// shared by millions), not a part of one person's name: no agreement at all. Only where the other card writes given
// names out; a family name alone ("Mr. Chan") still meets the initials as a part. A leading "M." is no initial but
// the French title ("M. Rashid" is Monsieur Rashid, and "El Alaoui Rachid" may be he).

/** Folded words of `other` beyond the family name `written` shares (first two letters alike: "chan" / "chen" in two readings). */
const beyondShared = (written: string[], other: string[]) => other.filter((w) => !written.some((x) => x.slice(0, 2) === w.slice(0, 2)));

/**
 * `initials` (folded, as personInitials gives them, in the order written) are the given names of the card `name` whose written words are `written`;
 * the other card's reading is `other`. True when the other writes given names out and none begins with an initial.
 */
export function initialsClashGivenNames(name: string, initials: string[] | undefined, written: string[], other: string[]): boolean {
  const own = /^\s*M\.?\s/.test(name) ? (initials ?? []).slice(1) : initials ?? [];
  if (!own.length) return false;
  const given = beyondShared(written, other);
  return given.length > 0 && !given.some((w) => own.includes(w[0]));
}
