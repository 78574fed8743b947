// A Chinese-speaking rep writes a foreign buyer's name in Latin letters and the title in Chinese after it, as a Chinese
// name takes it ("Müller 先生" Mr. Müller, "Heinz 先生", "Anna 女士"): the title is no word of the name, but read as
// letters it adds one ("xiansheng") that no other card has, and the person is not met. The name without it, for
// comparing only (the stored contact keys read the contact as written).
const LATIN_NAME_CHINESE_TITLE = /^([\p{Script=Latin}][\p{Script=Latin}\s.'’-]*?)\s*(?:先生|女士|小姐|太太|夫人|经理|經理|总|總|様|さん)$/u;

/** The Latin name without the Chinese or Japanese title after it, or the name as written. */
export function withoutChineseTitle(name: string): string {
  const m = LATIN_NAME_CHINESE_TITLE.exec(name.normalize('NFC').trim());
  return m ? m[1].trim() : name;
}
