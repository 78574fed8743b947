// Spanish, Portuguese and Italian names cut a saint's title and a few other words to their first and last letters, not to
// a prefix that a lexicon look-up could finish: "Textil Sta Catarina" is Santa Catarina, "Sto Domingo" Santo Domingo,
// "Ferretería Gral. Paz" General Paz. Compared only (spelling.ts): the stored key keeps the word as written.
import { ENGLISH_TRADE_CONTRACTIONS } from './english-trade-contractions';

const WRITTEN_OUT: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  sta: 'santa', sto: 'santo', gral: 'general', sra: 'senora', nra: 'nuestra', ntra: 'nuestra',
  ...ENGLISH_TRADE_CONTRACTIONS,
});

/** The word written out when it is such a contraction ("sta" → "santa"), else the word. */
export const contractionWrittenOut = (word: string) => WRITTEN_OUT[word] ?? word;
