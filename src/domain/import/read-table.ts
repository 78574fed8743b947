import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { DomainError } from '../errors';

/** Largest file an import reads; bigger files are refused before parsing. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** A spreadsheet as rows of text: the first row is the header. */
export interface Table {
  headers: string[];
  rows: string[][];
  format: 'csv' | 'xlsx';
  encoding: string;
  delimiter: string | null;
}

function refuse(reason: string, en: string, zh: string): never {
  throw new DomainError('IMPORT_FILE_INVALID', { reason, en, zh });
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK, what Chinese Excel writes as "CSV"). */
export function decodeText(data: Buffer): { text: string; encoding: string } {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return { text: data.subarray(3).toString('utf8'), encoding: 'utf-8 (BOM)' };
  if (data[0] === 0xff && data[1] === 0xfe) return { text: iconv.decode(data.subarray(2), 'utf16le'), encoding: 'utf-16le' };
  if (data[0] === 0xfe && data[1] === 0xff) return { text: iconv.decode(data.subarray(2), 'utf16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(data, 'gb18030'), encoding: 'gb18030' };
  }
}

/** The delimiter used in the header line (outside quotes): the most frequent of , ; tab. */
export function detectDelimiter(text: string): string {
  let inQuotes = false;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '\n') break;
    else if (!inQuotes && ch in counts) counts[ch]++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : ',';
}

function parseCsv(data: Buffer): Table {
  const { text, encoding } = decodeText(data);
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    refuse('csv', `the CSV cannot be read${line ? ` near line ${line}` : ''}: ${(error as Error).message}`, `CSV 无法解析${line ? `（约第 ${line} 行）` : ''}：${(error as Error).message}`);
  }
  const [headers = [], ...rows] = records.filter((r) => r.some((c) => c.trim() !== ''));
  return { headers, rows, format: 'csv', encoding, delimiter };
}

type CellValue = ExcelJS.CellValue;

/** An xlsx cell as text; a formula comes back as "=FORMULA(…)" so the formula check sees it. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('formula' in value && value.formula) return `=${value.formula}`;
  if ('sharedFormula' in value && value.sharedFormula) return `=${value.sharedFormula}`;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return String((value as { text?: unknown }).text ?? value.hyperlink);
  if ('error' in value) return String(value.error);
  return '';
}

async function parseXlsx(data: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    refuse('xlsx', `the workbook cannot be read: ${(error as Error).message}`, `无法读取该 Excel 文件：${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) refuse('empty', 'the workbook has no sheet', 'Excel 文件中没有工作表');
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(cellText(row.getCell(i).value));
    records.push(cells);
  });
  const [headers = [], ...rows] = records.filter((r) => r.some((c) => c.trim() !== ''));
  return { headers, rows, format: 'xlsx', encoding: 'xlsx', delimiter: null };
}

/** Reads a .csv or .xlsx (by content: an xlsx is a zip), refusing files over 10 MB and files with no rows. */
export async function readTable(fileName: string, data: Buffer): Promise<Table> {
  if (data.length > MAX_IMPORT_BYTES) {
    refuse('too_large', `the file is ${(data.length / 1048576).toFixed(1)} MB; the limit is 10 MB (split it)`, `文件大小 ${(data.length / 1048576).toFixed(1)} MB，超过 10 MB 上限（请拆分）`);
  }
  const isZip = data[0] === 0x50 && data[1] === 0x4b;
  if (/\.xls$/i.test(fileName) && !isZip) refuse('xls', 'old .xls files are not supported: save as .xlsx or .csv', '不支持旧版 .xls：请另存为 .xlsx 或 .csv');
  const table = isZip || /\.xlsx$/i.test(fileName) ? await parseXlsx(data) : parseCsv(data);
  if (!table.headers.length) refuse('empty', 'the file is empty', '文件为空');
  return table;
}
