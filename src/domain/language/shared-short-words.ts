import type { LatinLanguage } from './latin-tokens';

// Words one language's buyers borrow from another in short messages, added to the borrower's vocabulary so the word
// counts for both and the contact's country settles it: "STOP" is the SMS opt-out of France, Italy, Poland and the
// Low Countries too; Belgians and the Swiss write "merci" in Dutch and German; Vietnamese buyers write "oki" and
// "catalogue". And regional words the vocabulary lacked: Swiss "merci vielmal(s)", Austrian "basst". Merged into the
// vocabulary's table by detect-language.ts.
export const SHARED_SHORT_WORDS: Partial<Record<LatinLanguage, string>> = {
  fr: 'stop',
  it: 'stop',
  pl: 'stop',
  nl: 'stop merci',
  de: 'stop merci vielmal vielmals basst',
  vi: 'oki catalogue',
};
