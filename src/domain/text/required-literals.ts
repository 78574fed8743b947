// What a regular expression cannot match without: a set of literal strings, one of which every match contains
// ("\b(stop|quit) (sending|send)" → "stop ", "quit "). A text that holds none of them cannot match, so the
// regex need not run: most of our pattern lines are skipped on most messages after one scan for the literals
// (literal-scanner.ts). The analysis is conservative: where it is unsure it answers `null` (always run the regex).

/** Most strings a node's exact set may hold before it counts as "anything". */
const MAX_SET = 64;
/** Most code units of a string in an exact set; longer literals are cut into separate runs. */
const MAX_LEN = 24;
/** A character class of at most this many characters is a small set of literals ("[oa]"). */
const MAX_CLASS = 8;

/**
 * `exact`: every string the node can match, when that set is small (null: unknown or large).
 * `required`: a match of the node contains one of these (null: no known constraint).
 */
interface Info { exact: Set<string> | null; required: Set<string> | null }

const EMPTY: Info = { exact: new Set(['']), required: null };
const ANY_ONE: Info = { exact: null, required: null };

const fromExact = (exact: Set<string>): Info => ({ exact, required: exact.has('') ? null : exact });

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) {
    if (x.length + y.length > MAX_LEN) return null;
    out.add(x + y);
  }
  return out;
}

/** Shortest string of a set: how selective it is as a filter. */
function strength(set: Set<string>): number {
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  const sa = strength(a), sb = strength(b);
  if (sa !== sb) return sa > sb ? a : b;
  return a.size <= b.size ? a : b;
}

class Parser {
  private i = 0;
  constructor(private readonly src: string, private readonly unicode: boolean) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`);
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    let exact: Set<string> | null = new Set();
    let required: Set<string> | null = new Set();
    for (const b of branches) {
      if (exact && b.exact && exact.size + b.exact.size <= MAX_SET) for (const s of b.exact) exact.add(s);
      else exact = null;
      if (required && b.required) for (const s of b.required) required.add(s);
      else required = null;
    }
    return { exact, required };
  }

  private sequence(): Info {
    let run: Set<string> = new Set(['']);
    let whole: Set<string> | null = new Set(['']);
    let best: Set<string> | null = null;
    const closeRun = () => {
      if (!run.has('')) best = better(best, run);
      run = new Set(['']);
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified(this.atom());
      if (whole && item.exact) whole = cross(whole, item.exact);
      else whole = null;
      if (item.exact) {
        const joined = cross(run, item.exact);
        if (joined) run = joined;
        else {
          closeRun();
          run = item.exact;
        }
      } else {
        closeRun();
        best = better(best, item.required);
      }
    }
    closeRun();
    return { exact: whole, required: whole ? (whole.has('') ? null : better(best, whole)) : best };
  }

  private quantified(atom: Info): Info {
    const c = this.src[this.i];
    let min: number, max: number;
    if (c === '*') { min = 0; max = Infinity; this.i++; }
    else if (c === '+') { min = 1; max = Infinity; this.i++; }
    else if (c === '?') { min = 0; max = 1; this.i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // a literal "{" outside unicode mode, read by atom() next
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
    } else return atom;
    if (this.src[this.i] === '?') this.i++; // lazy: same strings
    if (min === 0) {
      if (max === 1 && atom.exact) {
        const exact = new Set(atom.exact);
        exact.add('');
        return { exact, required: null };
      }
      return { exact: null, required: null };
    }
    if (min === max && atom.exact) {
      let exact: Set<string> | null = new Set(['']);
      for (let k = 0; k < min && exact; k++) exact = cross(exact, atom.exact);
      if (exact) return fromExact(exact);
    }
    return { exact: null, required: atom.required };
  }

  private atom(): Info {
    const c = this.src[this.i];
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') { this.i++; return EMPTY; }
    if (c === '.') { this.i++; return ANY_ONE; }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?') throw new Error(`nothing to repeat at ${this.i}`);
    const cp = this.unicode ? this.src.codePointAt(this.i)! : this.src.charCodeAt(this.i);
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return fromExact(new Set([ch]));
  }

  private group(): Info {
    this.i++;
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) { this.i += 2; lookaround = true; }
      else if (rest === '?<=' || rest === '?<!') { this.i += 3; lookaround = true; }
      else if (rest.startsWith('?<')) {
        const end = this.src.indexOf('>', this.i);
        if (end < 0) throw new Error('unterminated group name');
        this.i = end + 1;
      } else throw new Error(`unsupported group at ${this.i}`);
    }
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Error('unterminated group');
    this.i++;
    // A lookaround matches no characters: it narrows nothing we can use.
    return lookaround ? EMPTY : inner;
  }

  private escape(): Info {
    const next = this.src[this.i + 1];
    if (next === undefined) throw new Error('trailing backslash');
    this.i += 2;
    if (next === 'b' || next === 'B') return EMPTY;
    if ('dDwWsS'.includes(next)) return ANY_ONE;
    if (next === 'p' || next === 'P') {
      if (this.unicode && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      return this.unicode ? ANY_ONE : fromExact(new Set([next]));
    }
    if (next >= '1' && next <= '9') {
      while (/[0-9]/.test(this.src[this.i] ?? '')) this.i++;
      return { exact: null, required: null }; // a back-reference may match the empty string
    }
    if (next === 'k' && this.src[this.i] === '<') {
      this.i = this.src.indexOf('>', this.i) + 1;
      return { exact: null, required: null };
    }
    const ch = this.escapedChar(next);
    return ch === null ? ANY_ONE : fromExact(new Set([ch]));
  }

  /** The character an escape stands for (after the escape letter), or null when unsure. */
  private escapedChar(letter: string): string | null {
    const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (letter in CONTROL) return /[0-9]/.test(this.src[this.i] ?? '') ? null : CONTROL[letter];
    if (letter === 'x') {
      const hex = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i));
      if (!hex) return null;
      this.i += 2;
      return String.fromCharCode(parseInt(hex[0], 16));
    }
    if (letter === 'u') {
      if (this.unicode && this.src[this.i] === '{') {
        const end = this.src.indexOf('}', this.i);
        const cp = parseInt(this.src.slice(this.i + 1, end), 16);
        this.i = end + 1;
        return String.fromCodePoint(cp);
      }
      const hex = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.i));
      if (!hex) return null;
      this.i += 4;
      return String.fromCharCode(parseInt(hex[0], 16));
    }
    if (letter === 'c') return null;
    if (/[a-zA-Z0-9]/.test(letter)) return null; // an escape we do not model
    return letter;
  }

  private charClass(): Info {
    this.i++;
    let negated = false;
    if (this.src[this.i] === '^') { negated = true; this.i++; }
    const chars = new Set<string>();
    let unknown = false;
    // (In JavaScript a "]" right after "[" closes the class: "[]" matches nothing, unlike POSIX.)
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const lo = this.classChar();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const hi = this.classChar();
        if (lo === null || hi === null) { unknown = true; continue; }
        const a = lo.codePointAt(0)!, b = hi.codePointAt(0)!;
        if (b - a + 1 > MAX_CLASS) { unknown = true; continue; }
        for (let cp = a; cp <= b; cp++) chars.add(String.fromCodePoint(cp));
      } else if (lo === null) unknown = true;
      else chars.add(lo);
    }
    if (this.src[this.i] !== ']') throw new Error('unterminated class');
    this.i++;
    if (negated || unknown || chars.size === 0 || chars.size > MAX_CLASS) return ANY_ONE;
    return fromExact(chars);
  }

  /** One member of a class, or null for a set escape (\w, \p{…}) or one we do not model. */
  private classChar(): string | null {
    const c = this.src[this.i];
    if (c !== '\\') {
      const cp = this.unicode ? this.src.codePointAt(this.i)! : this.src.charCodeAt(this.i);
      const ch = String.fromCodePoint(cp);
      this.i += ch.length;
      return ch;
    }
    const letter = this.src[this.i + 1];
    this.i += 2;
    if ('dDwWsS'.includes(letter)) return null;
    if (letter === 'p' || letter === 'P') {
      if (this.unicode && this.src[this.i] === '{') { this.i = this.src.indexOf('}', this.i) + 1; return null; }
      return letter;
    }
    if (letter === 'b') return '\b';
    if (letter === '-') return '-';
    return this.escapedChar(letter);
  }
}

/**
 * Literal strings one of which every match of the regex contains, or null when none can be named (the regex must
 * always run). Case-insensitive regexes get null: the literals are matched exactly.
 */
export function requiredLiterals(source: string, flags = ''): string[] | null {
  if (flags.includes('i')) return null;
  try {
    const info = new Parser(source, flags.includes('u') || flags.includes('v')).parse();
    if (!info.required || info.required.has('')) return null;
    return [...info.required];
  } catch {
    return null;
  }
}
