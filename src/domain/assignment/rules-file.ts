import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { hhmmSchema as hhmm } from '../calendar/hhmm';
import { normalizeMatch, parseTarget, type RuleDraft, type RuleProblem } from './rule-definition';

/** One thing wrong in a rules file, with where it is. */
export interface FileProblem {
  line: number | null;
  path: string;
  message: string;
  problem?: RuleProblem['problem'];
  value?: string;
}

const list = z.union([z.string(), z.array(z.union([z.string(), z.number()]))]).transform((v) =>
  (Array.isArray(v) ? v.map(String) : v.split(/[,，]/)).map((s) => s.trim()).filter(Boolean),
);
const day = z.tuple([hhmm, hhmm]).nullable();

const teamSchema = z
  .object({
    manager: z.string().optional(),
    timezone: z.string().optional(),
    members: z.record(z.string(), z.number().int().min(1, 'a weight is at least 1').max(100)).optional(),
    business_hours: z
      .object({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }).partial().strict().optional(),
    holidays: z.array(z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-10-01'), z.date()])).optional(),
  })
  .strict();

const ruleSchema = z
  .object({
    name: z.string().regex(/^[\p{L}\p{N}._-]{1,40}$/u, 'letters, digits, . _ - (up to 40)'),
    country: list.optional(),
    product: list.optional(),
    source: list.optional(),
    grade: list.optional(),
    default: z.boolean().optional(),
    to: z.string(),
  })
  .strict();

export const rulesFileSchema = z
  .object({ teams: z.record(z.string(), teamSchema).optional(), rules: z.array(ruleSchema).min(1, 'at least one rule') })
  .strict();

export type RulesFileTeam = z.infer<typeof teamSchema>;

export interface ParsedRulesFile {
  teams: Record<string, RulesFileTeam>;
  rules: (RuleDraft & { name: string; line: number | null })[];
}

function lineOf(doc: Document, counter: LineCounter, path: (string | number)[], key?: string): number | null {
  const node = doc.getIn(path, true) as { range?: [number, number, number]; items?: unknown[] } | undefined;
  if (key && isMap(node)) {
    const pair = (node.items as { key?: { value?: unknown } }[]).find((p) => p.key?.value === key) as { key?: { range?: [number, number, number] } } | undefined;
    if (pair?.key?.range) return counter.linePos(pair.key.range[0]).line;
  }
  if (node && (isMap(node) || isSeq(node) || node.range)) return node.range ? counter.linePos(node.range[0]).line : null;
  return path.length ? lineOf(doc, counter, path.slice(0, -1)) : null;
}

/** A rules file is a few dozen rules and teams: far below this. A bigger one is refused before the YAML parser sees it. */
export const RULES_FILE_MAX_BYTES = 1024 * 1024;
/** YAML aliases expanded at most (each may expand to a big subtree: the "billion laughs"); `yaml`'s own default. */
export const RULES_FILE_MAX_ALIASES = 100;

/** Why a whole file is refused before any line is read (one line each in the reply). */
export type WholeFileProblem = { reason: 'too_large'; bytes: number; maxBytes: number } | { reason: 'alias_bomb'; maxAliases: number };

/** Reads a rules file: YAML, then the shape (zod), then each rule's values. Every problem is reported with its line. */
export function parseRulesFile(text: string): { file?: ParsedRulesFile; problems: FileProblem[]; refused?: WholeFileProblem } {
  const bytes = Buffer.byteLength(text);
  if (bytes > RULES_FILE_MAX_BYTES) return { problems: [], refused: { reason: 'too_large', bytes, maxBytes: RULES_FILE_MAX_BYTES } };
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    return { problems: doc.errors.map((e) => ({ line: e.linePos?.[0].line ?? null, path: '(yaml)', message: e.message.split('\n')[0] })) };
  }
  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: RULES_FILE_MAX_ALIASES });
  } catch (error) {
    // yaml throws a ReferenceError for "excessive alias count"
    if (error instanceof ReferenceError) return { problems: [], refused: { reason: 'alias_bomb', maxAliases: RULES_FILE_MAX_ALIASES } };
    throw error;
  }
  const shape = rulesFileSchema.safeParse(js);
  if (!shape.success) {
    return {
      problems: shape.error.issues.map((issue) => {
        const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const where = [...path.map(String), ...keys].join('.');
        return {
          line: lineOf(doc, counter, path, keys[0]),
          path: where || '(file)',
          message: issue.code === 'unrecognized_keys' ? `unknown field "${keys.join('", "')}" (check the spelling)` : issue.message,
        };
      }),
    };
  }
  const problems: FileProblem[] = [];
  const rules: ParsedRulesFile['rules'] = [];
  shape.data.rules.forEach((raw, index) => {
    const line = lineOf(doc, counter, ['rules', index]);
    const ruleProblems: RuleProblem[] = [];
    const target = parseTarget(raw.to);
    if (!target) ruleProblems.push({ field: 'to', value: raw.to, problem: 'bad_target' });
    const match = normalizeMatch({ countries: raw.country, products: raw.product, sources: raw.source, grades: raw.grade }, ruleProblems);
    for (const p of ruleProblems) {
      const key = p.field === 'to' ? 'to' : p.field;
      problems.push({ line: lineOf(doc, counter, ['rules', index], key) ?? line, path: `rules.${index}.${key}`, message: p.problem, problem: p.problem, value: p.value });
    }
    if (target) rules.push({ name: raw.name, match, target, isDefault: raw.default === true, line });
  });
  const teams = Object.fromEntries(
    Object.entries(shape.data.teams ?? {}).map(([name, t]) => [
      name,
      { ...t, holidays: t.holidays?.map((h) => (h instanceof Date ? h.toISOString().slice(0, 10) : h)) },
    ]),
  );
  return problems.length ? { problems } : { file: { teams, rules }, problems };
}
