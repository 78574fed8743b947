import { toSimplified } from './romanize';

// Cities whose name in their own script (or in Chinese) is no spelling of the English one: กรุงเทพ is Krung Thep, not
// "Bangkok"; القاهرة is al-Qāhira, not "Cairo"; 圣保罗 is "Sheng Baoluo" read aloud. Readings cannot meet these, so a
// record in Thai, Arabic or Chinese and one in Latin letters never agreed on the town. The trade cities our buyers write
// this way, each with the folded English name city.ts compares. Data only.

const NAMES: Record<string, string> = {
  // Thai, Arabic, Kurdish, Hebrew, Devanagari, Armenian (և also as NFKC writes it, եւ), Burmese
  กรุงเทพ: 'bangkok', กรุงเทพฯ: 'bangkok', กรุงเทพมหานคร: 'bangkok',
  القاهرة: 'cairo', الإسكندرية: 'alexandria', الاسكندرية: 'alexandria', 'الدار البيضاء': 'casablanca', الجزائر: 'algiers', الكويت: 'kuwait',
  أربيل: 'erbil', اربيل: 'erbil', هەولێر: 'erbil', دمشق: 'damascus', طرابلس: 'tripoli',
  ירושלים: 'jerusalem', 'תל אביב': 'tel aviv', 'תל אביב-יפו': 'tel aviv',
  दिल्ली: 'delhi', 'नई दिल्ली': 'new delhi', मुंबई: 'mumbai', कोलकाता: 'kolkata',
  // Korean cities whose reading levels "ae" away (대구 would be "dagu")
  대구: 'daegu', 대전: 'daejeon',
  Երևան: 'yerevan', Երեւան: 'yerevan', ရန်ကုန်: 'yangon', မန္တလေး: 'mandalay',
  // Chinese names of cities abroad (simplified; a traditional spelling is simplified first). Not yet the towns where
  // shops' Chinese names are read in dialect (Singapore, Malaysia, Indonesia, the Philippines: 怡保 Ipoh, 吉隆坡): that
  // reading is loose, and one town made "Heng Fatt Hardware" and 兴隆五金 a question (matcher.sixth-pass.test.ts).
  圣保罗: 'sao paulo', 里约热内卢: 'rio de janeiro', 布宜诺斯艾利斯: 'buenos aires', 墨西哥城: 'mexico city', 利马: 'lima', 圣地亚哥: 'santiago',
  马德里: 'madrid', 巴塞罗那: 'barcelona', 巴黎: 'paris', 伦敦: 'london', 米兰: 'milan', 罗马: 'rome', 普拉托: 'prato', 汉堡: 'hamburg',
  莫斯科: 'moscow', 伊斯坦布尔: 'istanbul', 迪拜: 'dubai', 德黑兰: 'tehran', 卡拉奇: 'karachi', 孟买: 'mumbai', 新德里: 'new delhi', 达卡: 'dhaka',
  拉各斯: 'lagos', 内罗毕: 'nairobi', 约翰内斯堡: 'johannesburg', 纽约: 'new york', 洛杉矶: 'los angeles', 迈阿密: 'miami', 多伦多: 'toronto',
  曼谷: 'bangkok', 胡志明市: 'ho chi minh', 河内: 'hanoi', 金边: 'phnom penh', 仰光: 'yangon', 首尔: 'seoul', 釜山: 'busan',
  阿拉木图: 'almaty', 塔什干: 'tashkent', 乌兰巴托: 'ulaanbaatar', 亚的斯亚贝巴: 'addis ababa', 吉大港: 'chattogram', 加德满都: 'kathmandu',
  科伦坡: 'colombo', 海得拉巴: 'hyderabad', 拉合尔: 'lahore', 瓜亚基尔: 'guayaquil', 巴拿马城: 'panama', 悉尼: 'sydney', 里昂: 'lyon',
  圣彼得堡: 'saint petersburg', 蒙特雷: 'monterrey', 麦德林: 'medellin', 阿克拉: 'accra', 库马西: 'kumasi', 蒙巴萨: 'mombasa', 开罗: 'cairo',
  利雅得: 'riyadh', 吉达: 'jeddah',
};

/** The English name of a city written in its own script or in Chinese ("القاهرة" → "cairo", "聖保羅" → "sao paulo"), or undefined. */
export function nativeCityName(part: string): string | undefined {
  const text = part.normalize('NFC').trim();
  return NAMES[text] ?? (/[\u3400-\u9fff]/.test(text) ? NAMES[toSimplified(text).replace(/市$/, '')] : undefined);
}
