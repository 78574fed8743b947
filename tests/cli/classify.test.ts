import { PassThrough, Readable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { registerClassifyCommand, runClassify } from '../../src/cli/classify.command';

async function classify(lines: string[], options: { confidence?: boolean } = {}): Promise<{ out: unknown[]; result: { lines: number; errors: number } }> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const result = await runClassify(Readable.from([lines.join('\n')]), output, options);
  output.end();
  const out = chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
  return { out, result };
}

describe('runClassify', () => {
  it('answers every line in order, one JSON line each', async () => {
    const { out, result } = await classify([
      JSON.stringify({ text: 'precio?', country: 'MX' }),
      JSON.stringify({ text: '请报价，谢谢' }),
      JSON.stringify({ text: 'ok', previous: ['Добрый день', 'Сколько стоит доставка?'] }),
    ]);
    expect(result).toEqual({ lines: 3, errors: 0 });
    expect(out).toEqual([
      { text: 'precio?', language: 'es', intents: ['price_inquiry'] },
      { text: '请报价，谢谢', language: 'zh', intents: ['price_inquiry'] },
      { text: 'ok', language: 'ru', intents: ['other'] },
    ]);
  });

  it('reports a malformed line with its line number and carries on', async () => {
    const { out, result } = await classify([
      JSON.stringify({ text: 'MOQ?' }),
      '{"text": "unterminated',
      '',
      JSON.stringify({ txt: 'no text field' }),
      JSON.stringify({ text: 'hi', previous: 'not an array' }),
      '[1,2,3]',
      JSON.stringify({ text: 'Thanks!' }),
    ]);
    expect(result).toEqual({ lines: 6, errors: 4 });
    expect(out).toHaveLength(6);
    expect(out[0]).toEqual({ text: 'MOQ?', language: 'en', intents: ['moq'] });
    expect(out[1]).toMatchObject({ line: 2, error: expect.stringContaining('invalid JSON') });
    expect(out[2]).toMatchObject({ line: 4, error: expect.stringContaining('text') });
    expect(out[3]).toMatchObject({ line: 5, error: expect.stringContaining('previous') });
    expect(out[4]).toMatchObject({ line: 6 });
    expect(out[5]).toEqual({ text: 'Thanks!', language: 'en', intents: ['other'] });
  });

  it('adds each intent\'s confidence on request', async () => {
    const { out } = await classify([JSON.stringify({ text: 'not interested, unsubscribe me' }), JSON.stringify({ text: '👍' })], { confidence: true });
    expect(out).toEqual([
      { text: 'not interested, unsubscribe me', language: 'en', intents: ['opt_out'], tags: [{ intent: 'opt_out', confidence: 0.95 }] },
      { text: '👍', language: 'und', intents: ['other'], tags: [] },
    ]);
  });

  it('copes with CRLF line ends, a BOM and an empty input', async () => {
    const crlf = await classify(['\uFEFF' + JSON.stringify({ text: 'Merhaba' }) + '\r', JSON.stringify({ text: 'Fiyat?' }) + '\r']);
    expect(crlf.out).toEqual([
      { text: 'Merhaba', language: 'tr', intents: ['greeting'] },
      { text: 'Fiyat?', language: 'tr', intents: ['price_inquiry'] },
    ]);
    expect((await classify([])).result).toEqual({ lines: 0, errors: 0 });
  });
});

describe('crm classify', () => {
  it('reads --file and writes JSON Lines to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'classify-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${JSON.stringify({ text: 'Can you send a sample?' })}\nbroken\n`);
    const written: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const exitCode = process.exitCode;
    try {
      const program = new Command().exitOverride();
      registerClassifyCommand(program);
      await program.parseAsync(['node', 'crm', 'classify', '--file', file]);
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    expect(written.join('').trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { text: 'Can you send a sample?', language: 'en', intents: ['sample_request'] },
      { line: 2, error: expect.stringContaining('invalid JSON') },
    ]);
    // (a batch with some malformed lines succeeds, each bad line answered by its error line: exit 0)
    expect(process.exitCode ?? 0).toBe(0);
    process.exitCode = exitCode;
  });

  it('exits 1 only when no line could be classified, and 2 when the file cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'classify-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, 'broken\n{"txt": 1}\n');
    const run = async (path: string) => {
      const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      const saved = process.exitCode;
      process.exitCode = undefined;
      try {
        const program = new Command().exitOverride();
        registerClassifyCommand(program);
        await program.parseAsync(['node', 'crm', 'classify', '--file', path]);
        return process.exitCode;
      } finally {
        process.exitCode = saved;
        stdout.mockRestore();
        stderr.mockRestore();
      }
    };
    expect(await run(file)).toBe(1);
    expect(await run(join(dir, 'missing.jsonl'))).toBe(2);
  });
});
