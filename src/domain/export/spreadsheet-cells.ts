/**
 * Cells of every CSV and XLSX file Quayside writes. A cell a spreadsheet would read as a formula (starting with
 * = + - @, or a tab or carriage return before one) gets a leading apostrophe, as OWASP's "CSV injection" advice says:
 * quoting alone does not stop Excel or LibreOffice from running it. Any new export writes its cells through here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text a spreadsheet shows as text: `=HYPERLINK(…)` → `'=HYPERLINK(…)`. For XLSX string cells as well. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV cell: objects as JSON, formulas neutralised, quoted when it holds a quote, comma, semicolon or line break. */
export function csvCell(value: unknown): string {
  const raw = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const text = neutralizeFormula(raw);
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (with its line break). */
export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\n`;
}
