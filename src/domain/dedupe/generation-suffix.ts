// A father and his son of one name ("Kwame Mensah Sr." / "Kwame Mensah Jnr") are two people, and in a town where the
// family trades, two firms' contacts as often as one firm's: the suffix after the name says which. Only after the
// name: before it "Sr." is the Spanish and Portuguese "Señor" / "Senhor" ("Sr. Luis Carlos").

const SUFFIX: Record<string, 'junior' | 'senior'> = Object.assign(Object.create(null) as Record<string, 'junior' | 'senior'>, {
  jr: 'junior', jnr: 'junior', junior: 'junior', sr: 'senior', snr: 'senior', senior: 'senior',
});

/** The generation a person's name states after its words ("… Jnr", "… Sr."), or undefined. */
export function generationOf(name: string): 'junior' | 'senior' | undefined {
  const words = name.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const last = words.at(-1);
  return words.length >= 3 && last ? SUFFIX[last] : undefined;
}

/** One name says Junior, the other Senior: two people of one family. */
export function generationsDiffer(a: string, b: string): boolean {
  const x = generationOf(a);
  const y = generationOf(b);
  return !!x && !!y && x !== y;
}
