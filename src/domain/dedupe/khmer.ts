// Cambodian firms and people write their names in Khmer and, on a Latin card, in the customary spellings of its
// syllables ("សុខ" Sok, "ហេង" Heng, "អង្គរ" Angkor). any-ascii spells the script letter by letter ("sokh", "ngkr"), which
// meets few cards; as myanmar.ts does for Burmese, a small table of the words most firm and person names are made of:
// name syllables, places, and the trade words in the English of the firms' Latin names.

const WORDS: Record<string, string> = {
  // Trade words and legal forms, and English words written in Khmer letters (អ៊ិមផត "import").
  ក្រុមហ៊ុន: 'company', នាំចេញ: 'export', នាំចូល: 'import', អ៊ិមផត: 'import', អ៊ិចផត: 'export', ពាណិជ្ជកម្ម: 'trading', ឯកជន: 'private',
  សំណង់: 'construction', ឧស្សាហកម្ម: 'industrial', ហាង: 'shop', គ្រឿងសំណង់: 'building materials', អគ្គិសនី: 'electric',
  // Places.
  អង្គរ: 'angkor', ភ្នំពេញ: 'phnom penh', សៀមរាប: 'siem reap', បាត់ដំបង: 'battambang', កម្ពុជា: 'cambodia', ខ្មែរ: 'khmer', មេគង្គ: 'mekong',
  // Syllables of names, of firms and persons.
  សុខ: 'sok', ហេង: 'heng', ដារា: 'dara', សុភា: 'sophea', សុភ័ក្ត្រ: 'sopheak', ចាន់: 'chan', ស្រី: 'srey', សំ: 'sam', ពៅ: 'pov',
  គឹម: 'kim', លី: 'ly', ម៉េង: 'meng', ហុង: 'hong', ឡុង: 'long', ជា: 'chea', វណ្ណា: 'vanna', រតនា: 'rathana', ពិសិដ្ឋ: 'piseth',
  សុវណ្ណ: 'sovann', មាស: 'meas', ពេជ្រ: 'pich', ឈួន: 'chhoun', ហួរ: 'hour', តាំង: 'taing', សេង: 'seng', លឹម: 'lim', ង៉ូវ: 'ngov',
};
const KEYS = Object.keys(WORDS).sort((a, b) => b.length - a.length);
const KHMER = /[\u1780-\u17ff]/;

/** Replaces the table's Khmer words by their Latin spellings, spaced; the rest is left for the general reading. */
export function readKhmerWords(text: string): string {
  if (!KHMER.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; ) {
    const hit = KEYS.find((k) => text.startsWith(k, i));
    if (hit) { out += ` ${WORDS[hit]} `; i += hit.length; } else out += text[i++];
  }
  return out;
}
