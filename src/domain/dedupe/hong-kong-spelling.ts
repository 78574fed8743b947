// Hong Kong and Macau firms spell one Cantonese syllable several ways, and so do the reps who type their names: 新 is
// "Sun" on one card and "San" on the next, 光 "Kwong" or "Kong", 發 "Fat" or "Faat", 華 "Wah" or "Wa", 龍 "Lung" or
// "Loong". A Latin name of a Hong Kong or Macau record is also read with each such syllable in one spelling, so
// "Sun Kwong Lighting" and "San Kwong Lighting" are one name. Only whole words, only these pairs: "Hong Kong" keeps its
// "Kong", and no syllable is folded onto a different Cantonese sound.

const ONE_SPELLING: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  san: 'sun', kong: 'kwong', faat: 'fat', wa: 'wah', loong: 'lung', toong: 'tung', foong: 'fung', weng: 'wing', choy: 'choi',
  hoy: 'hoi', ip: 'yip', yun: 'yuen', dak: 'tak', kei: 'kee', chau: 'chow', cheong: 'cheung', leong: 'leung', keong: 'keung',
  sing: 'shing', seng: 'shing',
});

/** The name with its Cantonese syllables in one spelling, or undefined when nothing changes. */
export function hongKongLatinSpelling(name: string): string | undefined {
  if (!/^[\p{Script=Latin}\p{N}\p{P}\p{Z}\p{S}]+$/u.test(name)) return undefined;
  let changed = false;
  const out = name.replace(/(?<![\p{L}])(\p{L}+)(?![\p{L}])/gu, (word: string, _w: string, at: number) => {
    const lower = word.toLowerCase();
    const one = ONE_SPELLING[lower];
    // "Hong Kong", "Kowloon": the place, not a syllable of the name.
    if (!one || (lower === 'kong' && /hong[\s-]*$/i.test(name.slice(0, at)))) return word;
    changed = true;
    return one;
  });
  return changed ? out : undefined;
}
