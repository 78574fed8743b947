import { readJapaneseWords } from './japanese';

// A Japanese contact in kanji ("小林浩") meets its romaji card ("Hiroshi Kobayashi", given name first) only if both halves
// read as Japanese: read as Chinese, 浩 is "hao". japanese.ts reads the family names; this is the commonest given names,
// each with its usual reading (浩 is mostly Hiroshi, sometimes Yutaka: then only the family name agrees, a part).

const GIVEN: Record<string, string> = {
  一郎: 'ichiro', 次郎: 'jiro', 二郎: 'jiro', 三郎: 'saburo', 太郎: 'taro', 健太郎: 'kentaro', 健太: 'kenta', 健一: 'kenichi', 健二: 'kenji',
  健司: 'kenji', 賢治: 'kenji', 健: 'ken', 浩: 'hiroshi', 博: 'hiroshi', 弘: 'hiroshi', 宏: 'hiroshi', 洋: 'hiroshi', 誠: 'makoto',
  大輔: 'daisuke', 翔: 'sho', 翔太: 'shota', 翔平: 'shohei', 拓也: 'takuya', 直樹: 'naoki', 和也: 'kazuya', 達也: 'tatsuya', 雄一: 'yuichi',
  隆: 'takashi', 孝: 'takashi', 武: 'takeshi', 剛: 'tsuyoshi', 茂: 'shigeru', 学: 'manabu', 明: 'akira', 亮: 'ryo', 聡: 'satoshi', 智: 'satoshi',
  修: 'osamu', 勇: 'isamu', 清: 'kiyoshi', 実: 'minoru', 進: 'susumu', 豊: 'yutaka', 勝: 'masaru', 徹: 'toru', 昇: 'noboru', 淳: 'jun',
  潤: 'jun', 正: 'tadashi', 正夫: 'masao', 正人: 'masato', 雅人: 'masato', 正樹: 'masaki', 雅樹: 'masaki', 秀樹: 'hideki', 英樹: 'hideki',
  秀明: 'hideaki', 俊介: 'shunsuke', 健介: 'kensuke', 圭介: 'keisuke', 亮太: 'ryota', 涼太: 'ryota', 大樹: 'daiki', 蓮: 'ren', 悠斗: 'yuto',
  海斗: 'kaito', 翼: 'tsubasa', 拓海: 'takumi', 匠: 'takumi', 康弘: 'yasuhiro', 浩二: 'koji', 浩一: 'koichi', 誠一: 'seiichi', 純一: 'junichi',
  浩之: 'hiroyuki', 博之: 'hiroyuki', 裕之: 'hiroyuki', 隆之: 'takayuki', 和彦: 'kazuhiko', 慎也: 'shinya', 信也: 'shinya', 哲也: 'tetsuya',
  恵: 'megumi', 由美: 'yumi', 裕子: 'yuko', 優子: 'yuko', 陽子: 'yoko', 洋子: 'yoko', 恵子: 'keiko', 京子: 'kyoko', 幸子: 'sachiko',
  和子: 'kazuko', 久美子: 'kumiko', 美穂: 'miho', 愛: 'ai', 彩: 'aya', 綾: 'aya', 真由美: 'mayumi', 直美: 'naomi', 明美: 'akemi',
  智子: 'tomoko', 美香: 'mika', 美紀: 'miki', 由紀: 'yuki', 由香: 'yuka', 美咲: 'misaki', 陽菜: 'hina', 結衣: 'yui', 麻衣: 'mai', 舞: 'mai',
  香織: 'kaori', 花子: 'hanako', 典子: 'noriko', 純子: 'junko', 直子: 'naoko', 千尋: 'chihiro', 聡子: 'satoko',
};

/** A kanji contact of a Japanese record: the family name the table reads, and the whole name in romaji when the given name is a common one. */
export type JapanesePersonReading = { family: string; whole?: string };

/** 小林浩 → family "kobayashi", whole "kobayashi hiroshi"; undefined when no family name of the table starts the name. */
export function readJapanesePerson(name: string): JapanesePersonReading | undefined {
  const read = /^\s*([a-z]+)\s+([\u3400-\u9fff\u3040-\u30ff]+)\s*$/.exec(readJapaneseWords(name.replace(/\s+/g, '')));
  if (!read) return undefined;
  const [, family, given] = read;
  return GIVEN[given] ? { family, whole: `${family} ${GIVEN[given]}` } : { family };
}
