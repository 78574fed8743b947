// The certification marks buyers name (CE, FDA, RoHS, SASO…), one list for every rule that reads them: a certificate
// waived with its mark (negation.ts, "no necesitamos el certificado CE", "CE認証は必要ありません") and the buyer's own
// certificate (own-certificate.ts, "CE haben wir schon"). Each rule once kept its own copy, and the copies drifted apart
// (one knew SNI and INMETRO, another FSC and UL). Folded, lower case; the numbered standards (ISO 9001, EN 71) are
// written where they are read, each rule with the spacing its text has.
export const CERT_MARKS = [
  'ce', 'fda', 'fsc', 'rohs', 'reach', 'ul', 'etl', 'gs', 'tuv', 'ukca', 'saso', 'sni', 'ccc', 'kc', 'pse', 'eac', 'bpom',
  'sgs', 'bsci', 'lfgb', 'inmetro', 'anvisa', 'sabs', 'soncap', 'gcc', 'tse',
].join('|');
