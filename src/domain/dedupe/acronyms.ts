// Firms shorten their names to the first syllables of their words: SOCOMEX = SOciété COMmerciale d'import-EXport,
// DIELCA = DIstribuciones ELéctricas del CAribe, TECNOMAT = TECnologia NOrte de MATeriales. Initials alone (SGE) are matched
// elsewhere; this reads a word as three or more pieces of two to four letters, each the start of one of the other name's words, in
// order, from its first word on, skipping at most one word in between.

const MAX_PIECE = 4;

function fits(short: string, at: number, words: string[], next: number, skipped: number, pieces: number): boolean {
  // Three pieces at least: two ("FER-RO") are too easily found in any two words ("Ferramenta Rossi" is not "Ferro").
  if (at === short.length) return pieces >= 3;
  for (let j = next; j < words.length && j - next <= (pieces === 0 ? 0 : 1 - skipped); j++) {
    const w = words[j];
    for (let len = Math.min(MAX_PIECE, short.length - at, w.length); len >= 2; len--) {
      if (!w.startsWith(short.slice(at, at + len))) continue;
      if (fits(short, at + len, words, j + 1, skipped + (j - next), pieces + 1)) return true;
    }
  }
  return false;
}

/** Whether `short` (one word, 4 to 8 letters) is made of the first syllables of `words`, as SOCOMEX is of its name. */
export function isSyllableAcronym(short: string, words: string[]): boolean {
  if (short.length < 4 || short.length > 8 || words.length < 2 || words.includes(short)) return false;
  return fits(short, 0, words, 0, 0, 0);
}
