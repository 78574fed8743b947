import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { DomainError } from '../domain/errors';
import { commitImport, planImport, summarize, type ImportPlan } from '../domain/import/import.service';
import { MAX_IMPORT_BYTES, readTable } from '../domain/import/read-table';
import { withApp } from './runtime';

function humanReport(plan: ImportPlan, summary: ReturnType<typeof summarize>, zh: boolean): string {
  const lines: string[] = [];
  for (const r of plan.rows) {
    if (r.action === 'create') {
      if (r.reasons.length) lines.push(`row ${r.row}: ${zh ? '新建' : 'create'} (${r.reasons.join('; ')})`);
      continue;
    }
    if (r.action === 'error') { lines.push(zh ? plan.errorsZh.get(r.row) ?? r.error! : r.error!); continue; }
    const of = [r.duplicateOfCustomerId ? `#${r.duplicateOfCustomerId}` : null, r.duplicateOfRow ? `${zh ? '第' : 'row'} ${r.duplicateOfRow}${zh ? ' 行' : ''}` : null].filter(Boolean).join(' / ');
    const what = r.action === 'duplicate' ? (zh ? '重复' : 'duplicate') : (zh ? '疑似重复' : 'possible duplicate');
    lines.push(`row ${r.row}: ${what} ${zh ? '于' : 'of'} ${of} (${Math.round((r.score ?? 0) * 100)}%): ${r.reasons.join('; ')} — ${zh ? '已跳过' : 'skipped'}`);
  }
  lines.push(
    zh
      ? `${summary.dryRun ? '试运行（未写入）' : '导入完成'}：共 ${summary.total} 行，新建 ${summary.dryRun ? summary.create : summary.created}，重复 ${summary.duplicate}，疑似重复 ${summary.possible_duplicate}，错误 ${summary.error}。`
      : `${summary.dryRun ? 'Dry run (nothing written)' : 'Imported'}: ${summary.total} rows, ${summary.dryRun ? `${summary.create} would be created` : `${summary.created} created`}, ${summary.duplicate} duplicates, ${summary.possible_duplicate} possible duplicates, ${summary.error} errors.`,
  );
  if (summary.missingColumns.length) lines.push(`${zh ? '缺少的列' : 'missing columns'}: ${summary.missingColumns.join(', ')}`);
  if (summary.unknownColumns.length) lines.push(`${zh ? '忽略的列' : 'ignored columns'}: ${summary.unknownColumns.join(', ')}`);
  return lines.join('\n');
}

/** `crm import <file.csv|file.xlsx> [--dry-run] [--json] [--owner <user>]` */
export function registerImportCommand(program: Command) {
  program
    .command('import <file>')
    .description('import customers from CSV/XLSX, checking each row against the database and the file (duplicates are skipped)')
    .option('--dry-run', 'check only; write nothing')
    .option('--json', 'print the per-row verdicts as JSON')
    .option('--owner <user>', 'team member who owns the created customers (default: the public pool)')
    .action(async (file: string, opts: { dryRun?: boolean; json?: boolean; owner?: string }) => {
      await withApp(async (app, config) => {
        const size = await stat(file).then((s) => s.size, () => -1);
        if (size < 0) throw new DomainError('IMPORT_FILE_INVALID', { en: `no such file: ${file}`, zh: `找不到文件：${file}` });
        if (size > MAX_IMPORT_BYTES) throw new DomainError('IMPORT_FILE_INVALID', { en: `the file is ${(size / 1048576).toFixed(1)} MB; the limit is 10 MB (split it)`, zh: `文件大小 ${(size / 1048576).toFixed(1)} MB，超过 10 MB 上限（请拆分）` });
        const owner = opts.owner ? await app.services.team.byName(opts.owner) : null;
        const table = await readTable(file, await readFile(file));
        const db = app.database.prisma;
        const plan = await planImport(db, table);
        const ids = opts.dryRun ? [] : await commitImport(db, plan, { ownerId: owner?.id ?? null, actorId: null, via: 'cli', fileName: path.basename(file) });
        const summary = summarize(plan, ids.length, Boolean(opts.dryRun));
        process.stdout.write(`${opts.json ? JSON.stringify({ rows: plan.rows, summary }) : humanReport(plan, summary, config.DEFAULT_LOCALE === 'zh')}\n`);
      });
    });
}
