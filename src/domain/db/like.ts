/**
 * Text typed by a user, made literal inside a LIKE/ILIKE pattern: `%` and `_` are wildcards there (and `\` the
 * escape), so `/find %` would match every customer one may see. Prisma's `contains` does not escape them either.
 * PostgreSQL's default LIKE escape character is the backslash.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
