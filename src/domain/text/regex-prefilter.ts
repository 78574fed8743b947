// One pass over a message tells which of many regular expressions could match it at all: each regex is reduced to
// literals one of which every match contains (required-literals.ts), and an Aho–Corasick automaton over all those
// literals finds the ones present in a single scan. Running only the candidates gives the same answers as running
// every regex (the literals are necessary, never sufficient) at a fraction of the cost: on a typical buyer message
// a few dozen of a thousand pattern lines are candidates.
import { requiredLiterals } from './required-literals';

/** A regular expression to prefilter, as source and flags (the flags it will run with). */
export interface RegexSource { source: string; flags: string }

/** Aho–Corasick over UTF-16 code units: goto per state, failure links, and the literals each state ends. */
class LiteralAutomaton {
  private readonly next: Array<Map<number, number>> = [new Map()];
  private fail: Int32Array = new Int32Array(1);
  private out: Array<number[] | undefined> = [];

  /** Adds a literal; returns nothing, its id is the order of addition. */
  add(literal: string, id: number): void {
    let s = 0;
    for (let i = 0; i < literal.length; i++) {
      const c = literal.charCodeAt(i);
      let t = this.next[s].get(c);
      if (t === undefined) {
        t = this.next.length;
        this.next.push(new Map());
        this.next[s].set(c, t);
      }
      s = t;
    }
    (this.out[s] ??= []).push(id);
  }

  /** Failure links breadth first; each state's output gains those of its failure chain. */
  build(): void {
    this.fail = new Int32Array(this.next.length);
    const queue: number[] = [];
    for (const t of this.next[0].values()) queue.push(t);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const [c, t] of this.next[s]) {
        let f = this.fail[s];
        while (f > 0 && !this.next[f].has(c)) f = this.fail[f];
        const g = this.next[f].get(c);
        this.fail[t] = g !== undefined && g !== t ? g : 0;
        const inherited = this.out[this.fail[t]];
        if (inherited) this.out[t] = [...(this.out[t] ?? []), ...inherited];
        queue.push(t);
      }
    }
  }

  /** Calls `found` with the id of every literal occurrence in `text` (repeats included). */
  scan(text: string, found: (id: number) => void): void {
    const { next, fail, out } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t = next[s].get(c);
      while (t === undefined && s > 0) {
        s = fail[s];
        t = next[s].get(c);
      }
      s = t ?? 0;
      const ids = out[s];
      if (ids) for (let k = 0; k < ids.length; k++) found(ids[k]);
    }
  }
}

/** Which of a fixed list of regexes may match a text, found in one scan. */
export class RegexPrefilter {
  /** How many regexes the prefilter was built from. */
  readonly size: number;
  private readonly automaton = new LiteralAutomaton();
  /** per literal id, the regexes it admits */
  private readonly admits: number[][] = [];
  /** 1 for regexes with no usable literal: always candidates */
  private readonly always: Uint8Array;

  constructor(regexes: ReadonlyArray<RegexSource>) {
    this.size = regexes.length;
    this.always = new Uint8Array(regexes.length);
    const ids = new Map<string, number>();
    regexes.forEach(({ source, flags }, index) => {
      const literals = requiredLiterals(source, flags);
      if (!literals) {
        this.always[index] = 1;
        return;
      }
      for (const literal of literals) {
        let id = ids.get(literal);
        if (id === undefined) {
          id = ids.size;
          ids.set(literal, id);
          this.admits.push([]);
          this.automaton.add(literal, id);
        }
        this.admits[id].push(index);
      }
    });
    this.automaton.build();
  }

  /** For each regex (by index), 1 when it may match `text`, 0 when it cannot. */
  candidates(text: string): Uint8Array {
    const live = this.always.slice();
    const seen = new Uint8Array(this.admits.length);
    this.automaton.scan(text, (id) => {
      if (seen[id]) return;
      seen[id] = 1;
      for (const index of this.admits[id]) live[index] = 1;
    });
    return live;
  }

  /** How many regexes always run (no literal could be named): a figure for tests and tuning. */
  get unfiltered(): number {
    return this.always.reduce((n, x) => n + x, 0);
  }
}
