import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/domain/bounded-memo';

describe('boundedMemo', () => {
  it('works an answer out once per key, undefined answers included, and forgets them all past its limit', () => {
    const asked: string[] = [];
    const lookUp = boundedMemo((key: string) => {
      asked.push(key);
      return key === 'none' ? undefined : key.toUpperCase();
    }, 3);
    expect([lookUp('a'), lookUp('a'), lookUp('none'), lookUp('none')]).toEqual(['A', 'A', undefined, undefined]);
    expect(asked).toEqual(['a', 'none']);
    lookUp('b');
    lookUp('c'); // a fourth key: the three kept are forgotten
    lookUp('a');
    expect(asked).toEqual(['a', 'none', 'b', 'c', 'a']);
  });
});
