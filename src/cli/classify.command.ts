import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { z } from 'zod';
import { classifyWithConfidence } from '../domain/classify';

/** One input line of `crm classify`. Unknown fields are ignored. */
export const ClassifyLineSchema = z.object({
  text: z.string(),
  country: z.string().max(3).nullish(),
  previous: z.array(z.string()).max(50).optional(),
});

function describeError(error: unknown): string {
  if (error instanceof z.ZodError) {
    return error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
  }
  return error instanceof SyntaxError ? `invalid JSON: ${error.message}` : String(error);
}

/**
 * Reads JSON Lines (`{"text": "...", "country"?: "MX", "previous"?: [...]}`) and writes one JSON line per
 * input line, in order: `{"text","language","intents"}`, or `{"line": N, "error": "..."}` for a malformed
 * line (N counts from 1, blank lines included in the count but not answered). With `confidence`, each answer also
 * has `tags`: every intent with its confidence (0–1).
 */
export async function runClassify(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  options: { confidence?: boolean } = {},
): Promise<{ lines: number; errors: number }> {
  let lineNumber = 0;
  let lines = 0;
  let errors = 0;
  const write = async (value: unknown) => {
    if (!output.write(`${JSON.stringify(value)}\n`)) await once(output, 'drain');
  };
  const reader = createInterface({ input, crlfDelay: Infinity });
  for await (const raw of reader) {
    lineNumber++;
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (!line) continue;
    lines++;
    let parsed: z.infer<typeof ClassifyLineSchema>;
    try {
      parsed = ClassifyLineSchema.parse(JSON.parse(line));
    } catch (error) {
      errors++;
      await write({ line: lineNumber, error: describeError(error) });
      continue;
    }
    const { language, intents, tags } = classifyWithConfidence(parsed);
    await write(options.confidence ? { text: parsed.text, language, intents, tags } : { text: parsed.text, language, intents });
  }
  return { lines, errors };
}

/**
 * Adds `classify [--file <path>]`: JSON Lines in (file or stdin), JSON Lines out. Needs no database.
 * Exit codes: 0 when every line got an answer line (a malformed line's answer is its error line, so a batch with
 * some bad lines still succeeds); 1 when there were lines and not one could be classified; 2 when the input could not
 * be read.
 */
export function registerClassifyCommand(program: Command): void {
  program
    .command('classify')
    .description('Detect language and trade intents of buyer messages (JSON Lines in, JSON Lines out)')
    .option('--file <path>', 'read JSON Lines from this file instead of stdin')
    .addHelpText(
      'after',
      '\nEach malformed line gets {"line": N, "error": "..."} in its place.\nExit codes: 0 = every line answered (even if some were malformed), 1 = no line could be classified, 2 = the input could not be read.',
    )
    .option('--confidence', 'add "tags": each intent with its confidence (0-1)')
    .action(async (options: { file?: string; confidence?: boolean }) => {
      const input = options.file ? createReadStream(options.file, { encoding: 'utf8' }) : process.stdin;
      let result: { lines: number; errors: number };
      try {
        result = await runClassify(input, process.stdout, { confidence: options.confidence });
      } catch (error) {
        process.stderr.write(`cannot read ${options.file ?? 'stdin'}: ${(error as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      const { lines, errors } = result;
      process.stderr.write(`classified ${lines - errors} of ${lines} lines${errors ? `, ${errors} malformed (see their error lines)` : ''}\n`);
      if (lines > 0 && errors === lines) process.exitCode = 1;
    });
}
