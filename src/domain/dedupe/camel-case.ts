// Reps paste names from e-mail signatures, logos and domains, where a firm's words run together with a capital for
// each ("SilverbirchMerchants", "GreenGateElectric", "CopperLeafTools"); the firm's other record writes them apart, often
// with a slip besides ("Silverbirch Mrechants"), which the joined-word comparison cannot see through. The capitals say where the
// words were: the name is read a second time with them apart.

// a small letter then a capital ("silverbirchMerchants"), or a run of capitals then a capitalised word ("ABCImports").
// Not one small letter inside a word in capitals ("TRADlNG", "WORLDWlDE"): a scan's l for I, not two words.
const INNER_CAPITAL = /(?<!\p{Lu}{2})(\p{Ll})(\p{Lu})|(\p{Lu})(\p{Lu}\p{Ll}{2,})/gu;

/** The name with its run-together capitalised words apart, or undefined when it has none. */
export function camelCaseSpaced(name: string): string | undefined {
  const spaced = name.replace(INNER_CAPITAL, (_, lower?: string, upper?: string, capital?: string, word?: string) =>
    lower ? `${lower} ${upper}` : `${capital} ${word}`);
  return spaced === name ? undefined : spaced;
}
