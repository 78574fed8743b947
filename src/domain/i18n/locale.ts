/** The two languages the team works in; buyers' languages are a separate matter (see language detection). */
export type Locale = 'zh' | 'en';

/** A table with one entry per locale; each module keeps its own words next to the code that says them. */
export type Localized<T> = Record<Locale, T>;

export function localize<T>(table: Localized<T>, locale: Locale): T {
  return table[locale];
}

export function isLocale(value: unknown): value is Locale {
  return value === 'zh' || value === 'en';
}

/** Shortens text for echoing back into a chat; the stored text is always whole. */
export function truncateForEcho(text: string, max = 280): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
