// English trade words cut to their consonants in a rep's note, not to a prefix a lexicon look-up could finish: "Nbi Solar
// Solns" is Solutions, "Mktg" Marketing, "Mgmt" Management, "Eqpt" Equipment. As the name's reading leaves them (a
// plural's s off: "solns" → "soln"), to the word the other name's reading has ("solution"). Compared only (spelling.ts,
// through written-contractions.ts): the stored key keeps the word as written.
export const ENGLISH_TRADE_CONTRACTIONS: Record<string, string> = {
  soln: 'solution', solns: 'solution', mktg: 'marketing', mgmt: 'management', eqpt: 'equipment', eqp: 'equipment', mfrs: 'manufacturer',
  whsl: 'wholesale', whsle: 'wholesale', acctg: 'accounting', bldg: 'building', bldrs: 'builder', bldr: 'builder',
};
