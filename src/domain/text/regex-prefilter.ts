// One pass over a message tells which of many regular expressions could match it at all: each regex is reduced to
// literals one of which every match contains (required-literals.ts), and an Aho–Corasick automaton over all those
// literals finds the ones present in a single scan. Running only the candidates gives the same answers as running
// every regex (the literals are necessary, never sufficient) at a fraction of the cost: on a typical buyer message
// a few dozen of a thousand pattern lines are candidates.
import { requiredLiterals } from './required-literals';
import { builtPrefilter, keepBuiltPrefilter, type FrozenPrefilter, type RegexSource } from './prefilter-store';

export type { RegexSource };

/**
 * Aho–Corasick over UTF-16 code units: goto per state, failure links, and the literals each state ends. Built with a
 * Map per state, then frozen into flat typed arrays: the pattern tables make tens of thousands of states, and a Map
 * each held ~17 MB of every process that classifies (a heap snapshot of an idle worker), where the arrays take ~2 MB.
 */
class LiteralAutomaton {
  private building: Array<Map<number, number>> | null = [new Map()];
  private buildingOut: Array<number[] | undefined> = [];
  /** state s's transitions are edgeChar/edgeTarget[edgeStart[s] .. edgeStart[s + 1]), sorted by character */
  private edgeStart = new Int32Array(1);
  private edgeChar = new Uint16Array(0);
  private edgeTarget = new Int32Array(0);
  private fail = new Int32Array(1);
  /** state s ends the literals outIds[outStart[s] .. outStart[s + 1]) (its own and its failure chain's) */
  private outStart = new Int32Array(1);
  private outIds = new Int32Array(0);
  /**
   * The root's transitions on ASCII, by character (0: none, stay at the root). Most characters of a message lead
   * nowhere and send the scan back to the root, where a binary search over its hundreds of edges cost more than
   * the rest of the scan.
   */
  private rootAscii = new Int32Array(128);
  /**
   * What a scan reads, side by side (thawed() lays it out): state s → [3s] where its edges start, [3s + 1] its failure
   * link, [3s + 2] where its literals start (the next state's entries end them); edge e → [2e] its character, [2e + 1]
   * its target. A step reads one state's record and its edges instead of five arrays apart: the tables' automaton is
   * too big for the cache, and the scan was bound by those misses.
   */
  private states = new Int32Array(3);
  private edges = new Int32Array(0);

  /** The built automaton's arrays, to store (see prefilter-store.ts). */
  frozen(): Pick<FrozenPrefilter, 'edgeStart' | 'edgeChar' | 'edgeTarget' | 'fail' | 'outStart' | 'outIds' | 'rootAscii'> {
    if (this.building) throw new Error('LiteralAutomaton: frozen() before build()');
    const { edgeStart, edgeChar, edgeTarget, fail, outStart, outIds, rootAscii } = this;
    return { edgeStart, edgeChar, edgeTarget, fail, outStart, outIds, rootAscii };
  }

  /** An automaton built before, from its arrays. */
  static thawed(f: FrozenPrefilter): LiteralAutomaton {
    const a = new LiteralAutomaton();
    a.building = null;
    a.buildingOut = [];
    ({ outIds: a.outIds, rootAscii: a.rootAscii } = f);
    const n = f.fail.length;
    a.states = new Int32Array(3 * (n + 1));
    for (let s = 0; s <= n; s++) {
      a.states[3 * s] = f.edgeStart[s];
      a.states[3 * s + 1] = s < n ? f.fail[s] : 0;
      a.states[3 * s + 2] = f.outStart[s];
    }
    a.edges = new Int32Array(2 * f.edgeChar.length);
    for (let e = 0; e < f.edgeChar.length; e++) {
      a.edges[2 * e] = f.edgeChar[e];
      a.edges[2 * e + 1] = f.edgeTarget[e];
    }
    return a;
  }

  /** Adds a literal; returns nothing, its id is the order of addition. */
  add(literal: string, id: number): void {
    const next = this.building;
    if (!next) throw new Error('LiteralAutomaton: add() after build()');
    let s = 0;
    for (let i = 0; i < literal.length; i++) {
      const c = literal.charCodeAt(i);
      let t = next[s].get(c);
      if (t === undefined) {
        t = next.length;
        next.push(new Map());
        next[s].set(c, t);
      }
      s = t;
    }
    (this.buildingOut[s] ??= []).push(id);
  }

  /** Failure links breadth first; each state's output gains those of its failure chain; then the freeze. */
  build(): void {
    const next = this.building;
    if (!next) return;
    const out = this.buildingOut;
    const fail = new Int32Array(next.length);
    const queue: number[] = [...next[0].values()];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const [c, t] of next[s]) {
        let f = fail[s];
        while (f > 0 && !next[f].has(c)) f = fail[f];
        const g = next[f].get(c);
        fail[t] = g !== undefined && g !== t ? g : 0;
        const inherited = out[fail[t]];
        if (inherited) out[t] = [...(out[t] ?? []), ...inherited];
        queue.push(t);
      }
    }
    let edges = 0, outs = 0;
    for (let s = 0; s < next.length; s++) { edges += next[s].size; outs += out[s]?.length ?? 0; }
    this.edgeStart = new Int32Array(next.length + 1);
    this.edgeChar = new Uint16Array(edges);
    this.edgeTarget = new Int32Array(edges);
    this.outStart = new Int32Array(next.length + 1);
    this.outIds = new Int32Array(outs);
    let e = 0, o = 0;
    for (let s = 0; s < next.length; s++) {
      this.edgeStart[s] = e;
      for (const [c, t] of [...next[s]].sort((a, b) => a[0] - b[0])) { this.edgeChar[e] = c; this.edgeTarget[e++] = t; }
      this.outStart[s] = o;
      for (const id of out[s] ?? []) this.outIds[o++] = id;
    }
    this.edgeStart[next.length] = e;
    for (const [c, t] of next[0]) if (c < 128) this.rootAscii[c] = t;
    this.outStart[next.length] = o;
    this.fail = fail;
    this.building = null;
    this.buildingOut = [];
  }

  /** The state `s` goes to on character `c`, or -1. */
  private step(s: number, c: number): number {
    const { states, edges } = this;
    let lo = states[3 * s], hi = states[3 * s + 3] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = edges[2 * mid];
      if (m === c) return edges[2 * mid + 1];
      if (m < c) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Marks in `live` the regexes of every literal occurring in `text`, each literal's once (`seen`: a literal counts as
   * seen when its entry is `stamp`). One loop, no callback: a call per occurrence cost a fifth of the scan.
   */
  mark(text: string, live: Uint8Array, seen: Int32Array, stamp: number, admitStart: Int32Array, admitIds: Int32Array): void {
    const { states, outIds, rootAscii } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t = s === 0 ? -1 : this.step(s, c);
      while (t < 0 && s > 0) {
        s = states[3 * s + 1];
        if (s !== 0) t = this.step(s, c);
      }
      if (t < 0) t = c < 128 ? rootAscii[c] : Math.max(0, this.step(0, c));
      s = t;
      for (let k = states[3 * s + 2], end = states[3 * s + 5]; k < end; k++) {
        const id = outIds[k];
        if (seen[id] === stamp) continue;
        seen[id] = stamp;
        for (let a = admitStart[id], last = admitStart[id + 1]; a < last; a++) live[admitIds[a]] = 1;
      }
    }
  }
}

/**
 * Which of a fixed list of regexes may match a text, found in one scan. Working the literals out and building the
 * automaton took ~40% of a one-line `crm classify`, so `npm run build` stores each built prefilter beside the bundle
 * and a start reads it back (prefilter-store.ts); a list not stored (development, or lines changed since) is built.
 */
export class RegexPrefilter {
  /** How many regexes the prefilter was built from. */
  readonly size: number;
  private readonly automaton: LiteralAutomaton;
  /** literal id → the regexes it admits: admitIds[admitStart[id] .. admitStart[id + 1]) */
  private readonly admitStart: Int32Array;
  private readonly admitIds: Int32Array;
  /** 1 for regexes with no usable literal: always candidates */
  private readonly always: Uint8Array;
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(regexes: ReadonlyArray<RegexSource>) {
    this.size = regexes.length;
    const stored = builtPrefilter(regexes);
    const f = stored ?? build(regexes);
    if (!stored) keepBuiltPrefilter(regexes, f);
    this.automaton = LiteralAutomaton.thawed(f);
    this.admitStart = f.admitStart;
    this.admitIds = f.admitIds;
    this.always = f.always;
    this.seen = new Int32Array(f.admitStart.length - 1);
  }

  /** For each regex (by index), 1 when it may match `text`, 0 when it cannot. */
  candidates(text: string): Uint8Array {
    const live = freshBytes(this.always.length);
    live.set(this.always);
    // a literal's regexes are marked once per text: a literal counts as seen when its stamp is this call's
    const { seen, admitStart, admitIds } = this;
    const stamp = this.stamp = (this.stamp + 1) | 0 || 1;
    if (stamp === 1) seen.fill(0);
    this.automaton.mark(text, live, seen, stamp, admitStart, admitIds);
    return live;
  }

  /** How many regexes always run (no literal could be named): a figure for tests and tuning. */
  get unfiltered(): number {
    return this.always.reduce((n, x) => n + x, 0);
  }
}

// The answers are cut from a shared block, never handed out twice: a typed array of its own is allocated outside the
// heap, which cost more than the scan of a short message (a block is freed once no answer cut from it is held).
const BLOCK_BYTES = 1 << 16;
let block = new ArrayBuffer(BLOCK_BYTES);
let blockUsed = 0;

/** `length` zeroed bytes no other caller holds. */
function freshBytes(length: number): Uint8Array {
  if (length > BLOCK_BYTES) return new Uint8Array(length);
  if (blockUsed + length > BLOCK_BYTES) {
    block = new ArrayBuffer(BLOCK_BYTES);
    blockUsed = 0;
  }
  const bytes = new Uint8Array(block, blockUsed, length);
  blockUsed += length;
  return bytes;
}

/** The literals of every regex, and the automaton over them. */
function build(regexes: ReadonlyArray<RegexSource>): FrozenPrefilter {
  const automaton = new LiteralAutomaton();
  const always = new Uint8Array(regexes.length);
  const admits: number[][] = [];
  const ids = new Map<string, number>();
  regexes.forEach(({ source, flags }, index) => {
    const literals = requiredLiterals(source, flags);
    if (!literals) {
      always[index] = 1;
      return;
    }
    for (const literal of literals) {
      let id = ids.get(literal);
      if (id === undefined) {
        id = ids.size;
        ids.set(literal, id);
        admits.push([]);
        automaton.add(literal, id);
      }
      admits[id].push(index);
    }
  });
  automaton.build();
  const admitStart = new Int32Array(admits.length + 1);
  admits.forEach((list, id) => { admitStart[id + 1] = admitStart[id] + list.length; });
  const admitIds = Int32Array.from(admits.flat());
  return { ...automaton.frozen(), always, admitStart, admitIds };
}
