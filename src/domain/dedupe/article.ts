import { boundedMemo } from '../bounded-memo';

/**
 * The Arabic article written on the word ("Alnoor", "Elnour", "Ul-Haq" run together; before a sun letter assimilated:
 * "Assalam", "Arrahman", "Annour"): the word without it, else the word. Where a name drops or detaches the article
 * ("Al Noor", "El Nour", "Noor") its word is the bare one. Asked for the words of every compared name: each worked out once.
 */
export const withoutArticle = boundedMemo((t: string): string => {
  if (/^[ae]([tdsznr])\1(?=[aeiou][a-z])/.test(t)) return t.slice(2);
  return t.replace(/^(?:al|el|ul)(?=[^aeiou\d][a-z]{2})/, '');
});
