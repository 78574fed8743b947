/** The largest id a PostgreSQL `integer` column holds; a larger number typed in chat is simply no record. */
export const MAX_RECORD_ID = 2_147_483_647;

/** "42" or "#42" → 42; null for anything else, including numbers no record can have (0, or beyond an int4). */
export function parseRecordId(text: string): number | null {
  const digits = /^#?(\d{1,12})$/.exec(text.trim())?.[1];
  if (!digits) return null;
  const id = Number(digits);
  return id >= 1 && id <= MAX_RECORD_ID ? id : null;
}

/** Whether the text has the shape of an id ("42", "#42"), whatever its size. */
export function looksLikeRecordId(text: string): boolean {
  return /^#?\d+$/.test(text.trim());
}
