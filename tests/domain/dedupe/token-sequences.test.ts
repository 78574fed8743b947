import { describe, expect, it } from 'vitest';
import { TokenSequences } from '../../../src/domain/dedupe/token-sequences';

const words = (s: string) => s.split(' ');
// longest first, as the lexicon's lists are given
const LEGAL = new TokenSequences(['gmbh and co kg', 'sa de cv', 'co ltd', 'gmbh', 'ltd', 'co'].map(words), (s) => s);

describe('TokenSequences', () => {
  it('finds the first listed sequence that starts at a position', () => {
    expect(LEGAL.at(words('gmbh and co kg mueller'), 0)).toEqual(words('gmbh and co kg'));
    expect(LEGAL.at(words('gmbh mueller'), 0)).toEqual(['gmbh']);
    expect(LEGAL.at(words('bright co ltd'), 1)).toEqual(words('co ltd'));
    expect(LEGAL.at(words('bright co'), 1)).toEqual(['co']);
  });

  it('finds the first listed sequence that ends the tokens', () => {
    expect(LEGAL.atEnd(words('bright star co ltd'))).toEqual(words('co ltd'));
    expect(LEGAL.atEnd(words('industrias sa de cv'))).toEqual(words('sa de cv'));
    expect(LEGAL.atEnd(words('ltd'))).toEqual(['ltd']);
  });

  it('finds nothing where no sequence fits, including one longer than the tokens or past their end', () => {
    expect(LEGAL.at(words('bright star'), 0)).toBeUndefined();
    expect(LEGAL.at(words('sa de'), 0)).toBeUndefined();
    expect(LEGAL.atEnd(words('de cv'))).toBeUndefined();
    expect(LEGAL.at(words('bright'), 3)).toBeUndefined();
    expect(LEGAL.atEnd([])).toBeUndefined();
  });

  it('refuses an empty sequence, which would match everywhere', () => {
    expect(() => new TokenSequences([[]], (s: string[]) => s)).toThrow(/empty/);
  });
});
