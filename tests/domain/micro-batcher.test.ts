import { describe, expect, it } from 'vitest';
import { createAccountLookup, createKeyedBatcher, createMicroBatcher } from '../../src/domain/micro-batcher';

describe('micro-batcher (group commit)', () => {
  it('sends items added together as one batch and gives each caller its own result, in order', async () => {
    const batches: number[][] = [];
    const batcher = createMicroBatcher<number, number>({ maxSize: 100, run: async (items) => (batches.push(items), items.map((i) => i * 10)) });
    const results = await Promise.all([1, 2, 3, 4].map((i) => batcher.add(i)));
    expect(results).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1, 2, 3, 4]]);
  });

  it('keeps one batch running at a time: what arrives meanwhile goes in the next one, split at maxSize', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const batcher = createMicroBatcher<number, number>({
      maxSize: 2,
      run: async (items) => {
        batches.push(items);
        if (batches.length === 1) await gate;
        return items;
      },
    });
    const first = batcher.add(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((i) => batcher.add(i));
    // the batcher has no timer: once pending promises have settled, anything that would start has started
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([[1]]);
    release();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3, 4]);
    expect(batches).toEqual([[1], [2, 3], [4]]);
  });

  it('rejects every item of a failed batch (none is acknowledged) and keeps working afterwards', async () => {
    let fail = true;
    const batcher = createMicroBatcher<string, string>({
      maxSize: 10,
      run: async (items) => {
        if (fail) throw new Error('database down');
        return items;
      },
    });
    const outcomes = await Promise.allSettled(['a', 'b', 'c'].map((s) => batcher.add(s)));
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    fail = false;
    expect(await batcher.add('d')).toBe('d');
  });
});

describe('keyed batcher (a lane per key)', () => {
  it('runs a lone item at once and the items that arrive meanwhile together, per key, in order', async () => {
    const batches: string[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const batcher = createKeyedBatcher(async (key: string, items: string[]) => {
      batches.push([key, ...items]);
      if (batches.length === 1) await gate;
      return items.map((i) => `${key}:${i}`);
    });
    const first = batcher.submit('t', 'a');
    await new Promise((resolve) => setImmediate(resolve));
    const rest = ['b', 'c', 'd'].map((i) => batcher.submit('t', i));
    const other = batcher.submit('u', 'x');
    expect(await other).toBe('u:x');
    release();
    expect(await Promise.all([first, ...rest])).toEqual(['t:a', 't:b', 't:c', 't:d']);
    expect(batches).toEqual([['t', 'a'], ['u', 'x'], ['t', 'b', 'c', 'd']]);
  });
});

describe('createAccountLookup', () => {
  it('asks once per channel for the distinct ids looked up together, and answers each caller (null when not found)', async () => {
    const calls: [string, string[]][] = [];
    const lookup = createAccountLookup(async (channel, ids) => {
      calls.push([channel, ids]);
      return new Map(ids.filter((id) => id !== 'nobody').map((id) => [id, `${channel}:${id}`]));
    });
    const answers = await Promise.all([lookup('telegram', '1'), lookup('whatsapp', '1'), lookup('telegram', '2'), lookup('telegram', '1'), lookup('telegram', 'nobody')]);
    expect(answers).toEqual(['telegram:1', 'whatsapp:1', 'telegram:2', 'telegram:1', null]);
    expect(calls).toEqual([['telegram', ['1', '2', 'nobody']], ['whatsapp', ['1']]]);
  });
});
