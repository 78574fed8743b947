import { koreanFold } from './romanize';

/**
 * One Korean word in the two Latin spellings firms use, Revised Romanization and the older habit: "Hyeonjin" /
 * "Hyunjin", "Jeong" / "Jung", "Seong" / "Sung" (see koreanFold). Only where one side writes Revised Romanization's
 * own vowels (eo, eu), five letters at least, and neither has a letter Korean romanisation never writes: elsewhere the
 * fold's k/g, t/d and o/u would make other names meet ("Bello" / "Pellu").
 */
export function sameKoreanWord(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5 || a === b || !(/eo|eu/.test(a) || /eo|eu/.test(b)) || /[fqvxz]/.test(a + b)) return false;
  return koreanFold(a) === koreanFold(b);
}
