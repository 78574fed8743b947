import { describe, expect, it } from 'vitest';
import { CERTAIN_OPT_OUT, LIKELY_OPT_OUT, NOT_AN_OPT_OUT } from '../../../src/domain/intent/opt-out.patterns';
import { INDIRECT_OPT_OUT_BY_LANGUAGE } from '../../../src/domain/intent/opt-out.indirect.patterns';
import { expand, MODES, parseTable, PatternIndex, type Line } from '../../../src/domain/intent/pattern-table';
import { PATTERN_TABLES } from '../../../src/domain/intent/tag-intents';
import { universal } from '../../../src/domain/intent/universal.patterns';
import { cleanForIntents, fold } from '../../../src/domain/language/clean-text';
import { RegexPrefilter } from '../../../src/domain/text/regex-prefilter';
import { builtPrefilter, builtPrefiltersToStore, useStoredPrefilters, type Stored } from '../../../src/domain/text/prefilter-store';
import { requiredLiterals } from '../../../src/domain/text/required-literals';
import { loadLabelled } from '../classify-dataset';

describe('requiredLiterals', () => {
  it('names the strings every match contains', () => {
    expect(requiredLiterals(String.raw`\bstop (sending|send)\b`)?.sort()).toEqual(['stop send', 'stop sending']);
    expect(requiredLiterals('colou?r')?.sort()).toEqual(['color', 'colour']);
    expect(requiredLiterals(String.raw`\b(discount|rebate)\w*`)?.sort()).toEqual(['discount', 'rebate']);
    expect(requiredLiterals('(?<!no )price')).toEqual(['price']);
    expect(requiredLiterals('[oa]k')?.sort()).toEqual(['ak', 'ok']);
    expect(requiredLiterals(String.raw`\d+ ?pcs`)?.sort()).toEqual([' pcs', 'pcs']);
  });

  it('answers null (always run) where a match needs no particular text', () => {
    expect(requiredLiterals('a|b*')).toBeNull();
    expect(requiredLiterals(String.raw`\w+`)).toBeNull();
    expect(requiredLiterals('(price)?')).toBeNull();
    expect(requiredLiterals('price', 'i')).toBeNull();
    expect(requiredLiterals('[a-z]{3}')).toBeNull();
    expect(requiredLiterals(String.raw`(a)\1`)).toEqual(['a']);
    expect(requiredLiterals('(unclosed')).toBeNull();
  });

  it('reads escapes and Unicode mode as the regex engine does', () => {
    expect(requiredLiterals(String.raw`\u0441\u0442\u043e\u043f`)).toEqual(['стоп']);
    expect(requiredLiterals(String.raw`\p{L}+ok`, 'u')).toEqual(['ok']);
    expect(requiredLiterals(String.raw`a\.b`)).toEqual(['a.b']);
    expect(requiredLiterals('x{2}')).toEqual(['xx']);
  });
});

describe('RegexPrefilter', () => {
  it('admits every regex that matches, and skips those whose literals are absent', () => {
    const filter = new RegexPrefilter([
      { source: String.raw`\bsample\b`, flags: '' }, { source: 'lead ?time', flags: '' }, { source: String.raw`^\s*hi`, flags: '' },
    ]);
    expect([...filter.candidates('can you send a sample')]).toEqual([1, 0, 0]);
    expect([...filter.candidates('hi, leadtime?')]).toEqual([0, 1, 1]);
    expect(filter.unfiltered).toBe(0);
  });

  // Plain literals make the answer exact: a regex is a candidate when its literal is in the text, and only then. Small
  // alphabets make overlaps, failure links back to the root and non-ASCII edges from it common; one prefilter answers
  // every text, as in the classifier, so nothing of one scan may leak into the next.
  it('finds exactly the literals present, over overlaps, failure links and characters outside ASCII', () => {
    let seed = 7;
    const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
    const alphabet = ['a', 'b', 'c', ' ', 'é', '样', 'д'];
    const word = (max: number) => Array.from({ length: 1 + random(max) }, () => alphabet[random(alphabet.length)]).join('');
    const literals = [...new Set(Array.from({ length: 60 }, () => word(4)))];
    const filter = new RegexPrefilter(literals.map((source) => ({ source, flags: '' })));
    for (let i = 0; i < 2_000; i++) {
      const text = word(30);
      expect([...filter.candidates(text)], text).toEqual(literals.map((l) => (text.includes(l) ? 1 : 0)));
    }
  });

  // The prefilter must never change an answer: on every labelled message, no line it skips would have matched.
  it('never skips a pattern line or an opt-out line that matches a labelled message', () => {
    const lines: Line[] = [['*', universal] as const, ...Object.entries(PATTERN_TABLES)].flatMap(([lang, table]) => parseTable(lang as Line['lang'], table));
    const index = new PatternIndex(lines);
    const texts = loadLabelled().map((r) => cleanForIntents(r.text).replace(/(\p{L})\1{2,}/gu, '$1$1'));
    texts.push('STOP', 'Stop sending me messages!!!', 'no me manden más mensajes', '别再给我发消息了', 'CE and FDA certificate?');
    const optOuts = [...new Set([...NOT_AN_OPT_OUT, ...CERTAIN_OPT_OUT, ...LIKELY_OPT_OUT, ...Object.values(INDIRECT_OPT_OUT_BY_LANGUAGE).flat()])];
    const optOutFilter = new RegexPrefilter(optOuts.map((re) => ({ source: re.source, flags: re.flags })));
    let skipped = 0;
    const missed: string[] = [];
    for (const cased of texts) {
      const forms = { folded: fold(cased), lower: cased.toLowerCase(), cased };
      for (const mode of MODES) {
        const live = index.candidates(mode, forms[mode]);
        lines.filter((l) => l.mode === mode).forEach((line) => {
          if (live[index.slotOf(line)]) return;
          skipped++;
          const source = expand(line);
          if (new RegExp(source, source.includes('\\p{') ? 'u' : '').test(forms[mode])) missed.push(`${line.lang}.${line.key} ${line.source} on ${cased}`);
        });
      }
      const live = optOutFilter.candidates(forms.folded);
      optOuts.forEach((re, i) => {
        if (!live[i] && re.test(forms.folded)) missed.push(`opt-out ${re.source} on ${cased}`);
      });
    }
    expect(missed).toEqual([]);
    // and it does skip: most lines cannot match most messages
    expect(skipped / (texts.length * lines.length)).toBeGreaterThan(0.8);
    // every line against every labelled message: a minute's work on a loaded 2-core machine, not a hang
  }, 120_000);
});

describe('a prefilter stored by the build and read back', () => {
  it('answers as the one built, on every labelled message', () => {
    const lines: Line[] = [['*', universal] as const, ...Object.entries(PATTERN_TABLES)].flatMap(([lang, table]) => parseTable(lang as Line['lang'], table));
    const regexes = lines.filter((l) => l.mode === 'folded').map((l) => {
      const source = expand(l);
      return { source, flags: source.includes('\\p{') ? 'u' : '' };
    });
    const built = new RegexPrefilter(regexes);
    // the file as the build writes it, read as a start reads it
    const file = JSON.parse(JSON.stringify(builtPrefiltersToStore())) as Stored;
    const stored = Object.keys(file).length;
    useStoredPrefilters(file);
    const read = new RegexPrefilter(regexes);
    // read from the file (and its text let go, read once), not built again
    expect(Object.keys(file).length).toBe(stored - 1);
    expect(builtPrefilter(regexes)).toBeUndefined();
    const differ = loadLabelled().map((r) => fold(cleanForIntents(r.text))).filter((t) => built.candidates(t).join('') !== read.candidates(t).join(''));
    expect(differ).toEqual([]);
    // a list changed since the build is not found, and is built
    expect(builtPrefilter(regexes.slice(1))).toBeUndefined();
  });
});
