/**
 * Word sequences (legal forms, places, phrases) found where a token list starts, ends or at a position, by the word
 * they begin or end with. Reading a name tried every one of several hundred sequences at every position, and that
 * was most of the time a duplicate check spent preparing a candidate. Each bucket keeps the given order, so the
 * sequence found is the one a scan of the whole list in that order would find first (the lists are longest first).
 */
export class TokenSequences<T> {
  private readonly byFirst = new Map<string, { seq: readonly string[]; entry: T }[]>();
  private readonly byLast = new Map<string, { seq: readonly string[]; entry: T }[]>();

  constructor(entries: readonly T[], sequenceOf: (entry: T) => readonly string[]) {
    for (const entry of entries) {
      const seq = sequenceOf(entry);
      if (seq.length === 0) throw new Error('TokenSequences: an empty sequence matches everywhere');
      const add = (map: Map<string, { seq: readonly string[]; entry: T }[]>, word: string) => {
        const bucket = map.get(word);
        if (bucket) bucket.push({ seq, entry });
        else map.set(word, [{ seq, entry }]);
      };
      add(this.byFirst, seq[0]);
      add(this.byLast, seq[seq.length - 1]);
    }
  }

  /** The first sequence that `tokens` holds from index `at` on. */
  at(tokens: readonly string[], at: number): T | undefined {
    const bucket = this.byFirst.get(tokens[at]);
    if (!bucket) return undefined;
    for (const { seq, entry } of bucket) if (holds(tokens, seq, at)) return entry;
    return undefined;
  }

  /** The first sequence that `tokens` ends with. */
  atEnd(tokens: readonly string[]): T | undefined {
    const bucket = this.byLast.get(tokens[tokens.length - 1]);
    if (!bucket) return undefined;
    for (const { seq, entry } of bucket) if (seq.length <= tokens.length && holds(tokens, seq, tokens.length - seq.length)) return entry;
    return undefined;
  }
}

function holds(tokens: readonly string[], seq: readonly string[], at: number): boolean {
  if (at + seq.length > tokens.length) return false;
  for (let i = 0; i < seq.length; i++) if (tokens[at + i] !== seq[i]) return false;
  return true;
}
