import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { DomainError } from '../domain/errors';
import { commitImport, planImport, strictProblems, summarize, type ImportPlan } from '../domain/import/import.service';
import { MAX_IMPORT_BYTES, readTable } from '../domain/import/read-table';
import { withApp } from './runtime';

/** Exit codes, also listed in `import --help` and the README. */
export const IMPORT_EXIT = { ok: 0, refused: 1, rowsFailed: 3 } as const;

const COLUMN_ZH: Record<string, string> = { company: '公司', country: '国家', email: '邮箱', phone: '电话', contact: '联系人', website: '网站' };

/** The per-row report, every line in one language (the CLI's DEFAULT_LOCALE). */
function humanReport(plan: ImportPlan, summary: ReturnType<typeof summarize>, zh: boolean): string {
  const lines: string[] = [];
  const rowLabel = (n: number) => (zh ? `第 ${n} 行` : `row ${n}`);
  for (const r of plan.rows) {
    const text = plan.localized.get(r.row)!;
    const reasons = text.reasons.map((x) => (zh ? x.zh : x.en)).join(zh ? '；' : '; ');
    if (r.action === 'error') lines.push(zh ? `${rowLabel(r.row)}：${text.error!.zh}，未导入` : `${rowLabel(r.row)}: ${text.error!.en}; not imported`);
    else if (r.action === 'create') {
      if (reasons) lines.push(zh ? `${rowLabel(r.row)}：新建（${reasons}）` : `${rowLabel(r.row)}: create (${reasons})`);
    } else {
      const of = [r.duplicateOfCustomerId ? `#${r.duplicateOfCustomerId}` : null, r.duplicateOfRow ? rowLabel(r.duplicateOfRow) : null].filter(Boolean).join(' / ');
      const pct = Math.round((r.score ?? 0) * 100);
      if (zh) lines.push(`${rowLabel(r.row)}：与 ${of} ${r.action === 'duplicate' ? '重复' : '疑似重复'}（${pct}%）：${reasons}，已跳过`);
      else lines.push(`${rowLabel(r.row)}: ${r.action === 'duplicate' ? 'duplicate' : 'possible duplicate'} of ${of} (${pct}%): ${reasons}; skipped`);
    }
    for (const w of text.warnings) {
      lines.push(zh ? `${rowLabel(r.row)}，${COLUMN_ZH[w.column] ?? w.column}列：${w.zh}` : `${rowLabel(r.row)}, column ${w.column}: ${w.en}`);
    }
  }
  const created = summary.dryRun ? summary.create : summary.created;
  lines.push(
    zh
      ? `${summary.dryRun ? '试运行（未写入）' : '导入完成'}：共 ${summary.total} 行，${summary.dryRun ? '将新建' : '新建'} ${created}，重复 ${summary.duplicate}，疑似重复 ${summary.possible_duplicate}，失败 ${summary.error}，警告 ${summary.warnings}（${summary.rowsWithWarnings} 行）。`
      : `${summary.dryRun ? 'Dry run (nothing written)' : 'Imported'}: ${summary.total} rows, ${created} ${summary.dryRun ? 'would be created' : 'created'}, ${summary.duplicate} duplicates, ${summary.possible_duplicate} possible duplicates, ${summary.error} failed, ${summary.warnings} warnings (on ${summary.rowsWithWarnings} rows).`,
  );
  if (summary.missingColumns.length) lines.push(zh ? `缺少的列：${summary.missingColumns.map((c) => COLUMN_ZH[c] ?? c).join('、')}` : `missing columns: ${summary.missingColumns.join(', ')}`);
  if (summary.unknownColumns.length) lines.push(zh ? `忽略的列：${summary.unknownColumns.join('、')}` : `ignored columns: ${summary.unknownColumns.join(', ')}`);
  return lines.join('\n');
}

const HELP = `
Every row with a company name imports; a bad cell (unknown country, impossible phone, bad email or website, a
formula) is left out with a warning, an unknown country is stored empty and a possible-but-unverified phone is kept,
both flagged with a tag. Duplicates and possible duplicates (of the database or of a row above) are skipped.
A row fails only when it has no company name.
With --strict the file is all or nothing: any failed row or warning and nothing is written.

Exit codes: 0 every row imported or skipped as a duplicate (warnings possible); 1 the file was refused
(unreadable, no company column, over 10 MB, or --strict with problems) and nothing was written;
3 some rows failed (the others were imported).`;

/** `crm import <file.csv|file.xlsx> [--dry-run] [--strict] [--json] [--owner <user>]` */
export function registerImportCommand(program: Command) {
  program
    .command('import <file>')
    .description('import customers from CSV/XLSX: good rows import, bad cells are warnings, duplicates are skipped')
    .option('--dry-run', 'check only; write nothing')
    .option('--strict', 'all or nothing: write nothing if any row fails or has a warning')
    .option('--json', 'print the per-row verdicts and warnings as JSON')
    .option('--owner <user>', 'team member who owns the created customers (default: the public pool)')
    .addHelpText('after', HELP)
    .action(async (file: string, opts: { dryRun?: boolean; strict?: boolean; json?: boolean; owner?: string }) => {
      await withApp(async (app, config) => {
        const zh = config.DEFAULT_LOCALE === 'zh';
        const size = await stat(file).then((s) => s.size, () => -1);
        if (size < 0) throw new DomainError('IMPORT_FILE_INVALID', { en: `no such file: ${file}`, zh: `找不到文件：${file}` });
        if (size > MAX_IMPORT_BYTES) throw new DomainError('IMPORT_FILE_INVALID', { en: `the file is ${(size / 1048576).toFixed(1)} MB; the limit is 10 MB (split it)`, zh: `文件大小 ${(size / 1048576).toFixed(1)} MB，超过 10 MB 上限（请拆分）` });
        const owner = opts.owner ? await app.services.team.byName(opts.owner) : null;
        const table = await readTable(file, await readFile(file));
        const db = app.database.prisma;
        // Progress on an interactive terminal only, so piped and --json output stay clean.
        const progress = process.stderr.isTTY
          ? (phase: 'read' | 'check', done: number, total: number) => {
              const what = phase === 'read' ? (zh ? '已读取' : 'read') : zh ? '已查重' : 'checked';
              process.stderr.write(`\r${what} ${done}/${total} ${zh ? '行' : 'rows'}${done === total ? '\n' : ''}`);
            }
          : undefined;
        const plan = await planImport(db, table, progress);
        const refused = Boolean(opts.strict) && strictProblems(plan) > 0;
        const write = !opts.dryRun && !refused;
        const ids = write ? await commitImport(db, plan, { ownerId: owner?.id ?? null, actorId: null, via: 'cli', fileName: path.basename(file) }) : [];
        const summary = { ...summarize(plan, ids.length, !write), strictRefused: refused };
        const jsonRows = plan.rows.map(({ row, action, duplicateOfRow, duplicateOfCustomerId, score, reasons, error, warnings }) => ({ row, action, duplicateOfRow, duplicateOfCustomerId, score, reasons, error, warnings }));
        let out = opts.json ? JSON.stringify({ rows: jsonRows, summary }) : humanReport(plan, summary, zh);
        if (refused && !opts.json) {
          const n = strictProblems(plan);
          out += `\n${zh ? `--strict：${n} 行有错误或警告，未写入任何数据。` : `--strict: ${n} rows failed or have warnings; nothing was written.`}`;
        }
        process.stdout.write(`${out}\n`);
        if (refused) process.exitCode = IMPORT_EXIT.refused;
        else if (summary.error > 0) process.exitCode = IMPORT_EXIT.rowsFailed;
      });
    });
}
