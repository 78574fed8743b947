import { describe, expect, it } from 'vitest';
import { readArabic, readHebrew } from '../../../src/domain/dedupe/abjad';
import { isSyllableAcronym } from '../../../src/domain/dedupe/acronyms';
import { lexiconWordByPrefix, lexiconWordBySlip, lexiconWordBySound } from '../../../src/domain/dedupe/lexicon-lookup';
import { companyNameParts } from '../../../src/domain/dedupe/normalize-company';
import { thaiRomanization, wadeGiles } from '../../../src/domain/dedupe/romanize';
import { sameSoundSkeleton, soundSkeleton } from '../../../src/domain/dedupe/sound-skeleton';
import { spellingFold } from '../../../src/domain/dedupe/spelling';

describe('reading other scripts into Latin', () => {
  it('reads Arabic with the vowels it writes, and Hebrew with its letters placed', () => {
    expect(readArabic('بيروت')).toBe('birut');
    expect(readArabic('قرطبة')).toBe('qrtba');
    expect(readArabic('علي')).toBe('ali');
    expect(readHebrew('כהן')).toBe('kehn');
    expect(readHebrew('אלקטרו')).toBe('alktro');
  });

  it('reads Thai in the national romanisation and Taiwan names in Wade-Giles', () => {
    expect(thaiRomanization('กรุงไทย')).toBe('krungthai');
    expect(wadeGiles('宏達')).toBe('hung ta');
    expect(wadeGiles('中興')).toBe('chung hsing');
  });

  it('reads katakana in Hepburn, small kana joined and long vowels short', () => {
    expect(companyNameParts('ショウワ照明').tokens).toEqual(['showa', 'lighting']);
  });

  it('compares words across scripts on consonant classes', () => {
    expect(soundSkeleton('Muscat')).toBe(soundSkeleton('msqt'));
    expect(sameSoundSkeleton('petra', readArabic('بترا'))).toBe(true);
    expect(sameSoundSkeleton('amal', 'aml')).toBe(true);
    expect(sameSoundSkeleton('cohen', 'kehn')).toBe(true);
    // f and v stay apart: "Fang" is not "Wang" (folded to "vang")
    expect(sameSoundSkeleton('fang', 'vang')).toBe(false);
    expect(sameSoundSkeleton('nasser', 'mansour')).toBe(false);
  });
});

describe('spelling variants within Latin', () => {
  it('folds the spellings of one sound', () => {
    for (const [a, b] of [['shree', 'sri'], ['venkateshwara', 'venkateswara'], ['aggarwal', 'agarwal'], ['tekhnopark', 'technopark'], ['eksimpeks', 'eximpex'], ['djaya', 'jaya']]) {
      expect(spellingFold(a), `${a} / ${b}`).toBe(spellingFold(b));
    }
  });

  it('leaves pinyin syllables alone: one letter apart is another firm', () => {
    expect(spellingFold('shenda')).not.toBe(spellingFold('senda'));
    expect(spellingFold('hongda')).not.toBe(spellingFold('hengda'));
    expect(spellingFold('huayi')).not.toBe(spellingFold('huai'));
  });
});

describe('the lexicon behind a word', () => {
  it('finds an English trade word spelt in another alphabet, by sound', () => {
    expect(lexiconWordBySound('tredrs')).toBe('trading');
    expect(lexiconWordBySound('plastik')).toBe('plastic');
    expect(lexiconWordBySound('krporesn')).toBe('');
    // fewer than four consonants: a name ("Matar"), not "motor"
    expect(lexiconWordBySound('mtr')).toBeUndefined();
  });

  it('expands a word cut short with a full stop when only one sense begins with it', () => {
    expect(lexiconWordByPrefix('ill')).toBe('lighting');
    expect(lexiconWordByPrefix('nig')).toBe('nigeria');
    expect(lexiconWordByPrefix('co')).toBeUndefined();
  });

  it('reads a typing slip in a long trade word as that word', () => {
    expect(lexiconWordBySlip('electrcals')).toBe('electric');
    expect(lexiconWordBySlip('fruniture')).toBe('furniture');
    expect(lexiconWordBySlip('kowalski')).toBeUndefined();
  });
});

describe('short names', () => {
  it('reads a word made of the first syllables of a name', () => {
    expect(isSyllableAcronym('sotrama', ['societe', 'transports', 'maritimes'])).toBe(true);
    expect(isSyllableAcronym('indelco', ['industrias', 'electricas', 'colombianas'])).toBe(true);
    // two pieces prove nothing: "Ferro" is not FERramenta ROssi
    expect(isSyllableAcronym('ferro', ['ferramenta', 'rossi'])).toBe(false);
  });

  it('keeps initials with particles and the pinyin initials of a Chinese name', () => {
    expect(companyNameParts('Van den Heever Electrical CC').acronyms).toContain('vdh');
    expect(companyNameParts('深圳市华美达电子有限公司').acronyms).toContain('hmd');
    expect(companyNameParts('K & M Traders Ltd').tokens).toEqual(['km', 'trading']);
  });
});
