// Myanmar firms and people write their names in Burmese script and, on a Latin card, in the conventional spellings of its
// syllables ("ရွှေတောင်" Shwe Taung, "ကျော်မင်း" Kyaw Min, "မြန်မာ" Myanmar). any-ascii spells the script letter by letter
// ("rvhetean"), which meets no card; a full reading needs the syllable rules, so this is a small table of the words that
// make up most firm and person names (as japanese.ts does for kanji): name syllables, places and the trade words.

const WORDS: Record<string, string> = {
  // Words of firm names.
  ရွှေ: 'shwe', တောင်: 'taung', မြန်မာ: 'myanmar', ကြာ: 'kyar', ရတနာ: 'yadanar', စိန်: 'sein', ငွေ: 'ngwe', မြ: 'mya', ကမ္ဘာ: 'kaba',
  ပုလဲ: 'pearl', အာကာ: 'arkar', ဧရာ: 'ayar', ဧရာဝတီ: 'ayeyarwady', နဂါး: 'naga', ကြယ်: 'kyel', လမင်း: 'la min',
  // Places.
  ရန်ကုန်: 'yangon', မန္တလေး: 'mandalay', နေပြည်တော်: 'naypyidaw', ပုဂံ: 'bagan', မော်လမြိုင်: 'mawlamyine', တောင်ကြီး: 'taunggyi',
  // Trade words and legal forms, in the English of the firms' Latin names.
  ကုန်သွယ်ရေး: 'trading', ကုမ္ပဏီ: 'company', လီမိတက်: 'limited', ထုတ်လုပ်ရေး: 'manufacturing', စက်မှု: 'industrial', လုပ်ငန်း: 'enterprise',
  အုပ်စု: 'group', ပို့ကုန်: 'export', သွင်းကုန်: 'import', ဆောက်လုပ်ရေး: 'construction', ဆေးဝါး: 'pharmaceutical',
  // Syllables of persons' names.
  ကျော်: 'kyaw', မင်း: 'min', အောင်: 'aung', မောင်: 'maung', ဝင်း: 'win', ထွန်း: 'tun', သန်း: 'than', လှ: 'hla', မြင့်: 'myint',
  ဇော်: 'zaw', နိုင်: 'naing', စိုး: 'soe', သိန်း: 'thein', ခင်: 'khin', ဟိန်း: 'hein', ထက်: 'htet', ပိုင်: 'paing', ဇင်: 'zin', ညီ: 'nyi',
  အေး: 'aye', ကို: 'ko', စန်း: 'san', ဖြိုး: 'phyo', သူ: 'thu', ထူး: 'htoo', နွယ်: 'nwe', ဖြူ: 'phyu', လွင်: 'lwin', ချို: 'cho',
  ဦး: 'u', ဒေါ်: 'daw', သက်: 'thet', ဆွေ: 'swe', ပြည့်: 'pyae', ရီ: 'yi', မိုး: 'moe', ဝေ: 'wai', တင်: 'tin', ကြည်: 'kyi', ဌေး: 'htay',
};
const KEYS = Object.keys(WORDS).sort((a, b) => b.length - a.length);
const MYANMAR = /[\u1000-\u109f]/;

/** Replaces the table's Burmese words by their Latin spellings, spaced; the rest is left for the general reading. */
export function readMyanmarWords(text: string): string {
  if (!MYANMAR.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; ) {
    const hit = KEYS.find((k) => text.startsWith(k, i));
    if (hit) { out += ` ${WORDS[hit]} `; i += hit.length; } else out += text[i++];
  }
  return out;
}
