// A floor for one name in one country. Records of one buyer typed by two reps months apart carry the same name and the
// country, and then whatever each rep had at hand: another purchaser's mobile, a Gmail address, the office landline.
// Those differ by nature (reps meet different people of one firm), so they pull the fitted score just below a question
// although nothing says two firms. A second firm of the very same distinctive name in the same country is rarer than
// the same firm's second record; when it is one, the names, towns or company domains usually say so.

/** What the floor looks at of a pair: the best spelt names' agreement and what the rest of the records say. */
export type SameNameEvidence = {
  /** The names' similarity (0..1) and the weight of the strongest word both share (1 distinctive). */
  similarity: number;
  sharedStrength: number;
  /** Names in two scripts: their similarity is a reading's, not a spelling's. */
  crossScript: boolean;
  /** The words each name has and the other lacks. */
  leftOver: [string[], string[]];
  /** Any word, trade, place, number or family word of the names says two entities. */
  entityDiffers: boolean;
  country: 'same' | 'different' | 'unknown';
  city: 'same' | 'different' | 'unknown';
  /** Both records name a town, one in another script, and the reading could not tell whether it is the other's: maybe another town. */
  townUnplaced: boolean;
  /** Both records have a company domain, and they differ: two firms' own mail servers. */
  domainsDiffer: boolean;
  /** Each record has an office landline, none shared nor of one switchboard: two offices, each with its own line. */
  twoOffices: boolean;
  /** A rule already holds the pair below the duplicate verdict (group sibling, far apart, a family's firms). */
  capped: boolean;
  contradicted: boolean;
  /** One name is the other's initials or first syllables ("BBS" / "Butt Building Supplies"). */
  acronym?: boolean;
  /** The initials spell the other name's every word, its town and trade words too ("MHS" / "Mombasa Hardware Supplies"). */
  acronymWhole?: boolean;
};

/** One name after normalisation (legal forms, plurals, spacing and slips aside). */
const SAME_NAME = 0.999;
/** One name but for a word a rep adds or leaves off (see FILLER_WORDS), or a slip or initials the comparison read through. */
const NEAR_SAME_NAME = 0.95;

/** The initials standing for every word of the other name but trade or style words ("HAS Ltd" / "Harvest Auto Spares"). */
const ACRONYM_NAME = 0.9;

/**
 * Words that say how a firm trades, not what it trades: one rep writes "Kallisto Home Industrial", another "Kallisto
 * Home"; "Lucero Hardware" is the "Lucero Hardware Store". A trade ("Kallisto Lighting" / "Kallisto", "Nova Light
 * Systems" / "Nova Lighting") or an importer's word ("Lopes Importadora" / "Lopes") left over is as often a sister firm.
 */
const FILLER_WORDS = new Set(['trading', 'international', 'industrial', 'general', 'commercial', 'global', 'store']);

/**
 * In one town, a word of how the firm sells that one record adds ("Comercial Almeida" / "Comercial Almeida Importadora",
 * "Smith Hardware" / "Smith Hardware Supplies") is how the rep wrote the firm more often than a sister firm. Not a
 * trade ("Siam Lighting" / "Siam Light Systems") nor a family word ("Chen Brothers"): those are as often another firm.
 */
const SAME_TOWN_NAME = 0.9;
const SELLING_WORDS = new Set([...FILLER_WORDS, 'import', 'export', 'impex', 'supply', 'distribution', 'wholesale', 'retail']);

/** The same distinctive name in one country with nothing that says two firms: worth asking the rep, never a silent merge. */
export function sameNameInOneCountry(e: SameNameEvidence): boolean {
  if (e.country !== 'same' || e.city === 'different' || e.townUnplaced || e.domainsDiffer || e.twoOffices || e.capped || e.contradicted || e.entityDiffers) return false;
  if (e.crossScript || e.sharedStrength < 1) return false;
  const leftOver = e.leftOver.flat();
  // A firm's initials against its name written out ("PAS Pvt Ltd" / "Pacific Auto Spares Pvt Ltd"): how its own staff
  // and its regular suppliers write it. Another firm of those initials in one country is met with a word or a town
  // that says so (the guards above).
  // (Where the initials spell the whole written name, town and trade words too, the similarity undercounts them: the
  // trade words weigh little and the town is no word of the key, yet each is one of the letters.)
  if (e.acronym && (e.similarity >= ACRONYM_NAME || e.acronymWhole)) return true;
  if (e.similarity >= SAME_NAME || (e.similarity >= NEAR_SAME_NAME && leftOver.every((t) => FILLER_WORDS.has(t)))) return true;
  const oneSideOnly = e.leftOver.some((x) => x.length === 0);
  return e.city === 'same' && e.similarity >= SAME_TOWN_NAME && oneSideOnly && leftOver.every((t) => SELLING_WORDS.has(t));
}
