import { lookupTable } from '../text/lookup-table';
import { MORE_LATIN_MEANINGS } from './more-name-meanings';
import { VIETNAMESE_TRADE_MEANINGS } from './vietnamese-trade-meanings';
import { CHINESE_EXONYMS } from './chinese-exonyms';
// Firm names are often translated, not transliterated, between a native name and the English trade name: 旭日 is
// "Sunrise", 金龍 "Golden Dragon", Мир Инструмента "World of Tools", Thành Công "Success". These tables give the
// English word a bilingual firm most often uses for the commonest meaning-words of names. They feed only the
// name's reading by meaning (NameReading.meaning), never its stored key: 金龙 is a Latin "Jinlong" at least as often as a
// "Golden Dragon". Values are written as an English name writes them; the usual folding (golden → gold, tools → tool)
// follows. Data only; the reading is in normalize-company.ts.

/** Chinese and Japanese words (Simplified, plus the Japanese forms OpenCC leaves alone), longest match first. */
export const CJK_MEANINGS: Record<string, string> = lookupTable({
  金: 'gold', 龙: 'dragon', 龍: 'dragon', 凤凰: 'phoenix', 凤: 'phoenix', 狮: 'lion', 鹰: 'eagle', 虎: 'tiger',
  旭日: 'sunrise', 日出: 'sunrise', 朝阳: 'sunrise', 日の出: 'sunrise', 太阳: 'sun', 阳光: 'sunshine', 光明: 'bright', 光: 'light', 明: 'bright',
  星: 'star', 天: 'sky', 海: 'sea', 蓝海: 'blue ocean', 海洋: 'ocean', 大洋: 'ocean', 山: 'mountain', 长城: 'great wall', 中华: 'china',
  新: 'new', 宏: 'grand', 盛: 'prosper', 永: 'ever', 胜: 'win', 耀: 'glory', 辉: 'glory', 银: 'silver', 钻石: 'diamond', 水晶: 'crystal', 玉: 'jade', 莲: 'lotus',
  红: 'red', 蓝: 'blue', 绿: 'green', 太平洋: 'pacific', 亚洲: 'asia', 环球: 'global', 全球: 'global', 世界: 'world', 联合: 'united', 胜利: 'victory',
  未来: 'future', 现代: 'modern', 希望: 'hope', 皇冠: 'crown', 皇家: 'royal', 和平: 'peace', 和谐: 'harmony', 幸运: 'lucky', 财富: 'fortune',
  第一: 'first', 精英: 'elite', 成功: 'success', 日本: 'japan', 世纪: 'century', 枫叶: 'maple leaf', 枫: 'maple',
  // Japanese on-yomi as firms romanise them, and trade words the Chinese table reads otherwise.
  北海: 'hokkai', 水産: 'seafood', 工具: 'tool', 眼镜: 'optical', 眼鏡: 'optical', ランプ: 'lamp', ライト: 'light', 공구: 'tool',
  ...CHINESE_EXONYMS,
});

/** Words of Latin-script names and of Cyrillic names after any-ascii (Russian, Vietnamese, Turkish, pinyin), as folded. */
export const LATIN_MEANINGS: Record<string, string> = lookupTable({
  // Russian
  mir: 'world', sever: 'north', vostok: 'oriental', zvezda: 'star', solntse: 'sun', zarya: 'dawn', rassvet: 'sunrise', zolotoi: 'gold', zolotoy: 'gold',
  zolotaya: 'gold', orel: 'eagle', nadezhda: 'hope', uspekh: 'success', pobeda: 'victory', raduga: 'rainbow', novyi: 'new', novyy: 'new', novaya: 'new',
  lider: 'leader', alyans: 'alliance', almaz: 'diamond', korona: 'crown', feniks: 'phoenix', sokol: 'falcon', medved: 'bear',
  // Vietnamese, written with or without its marks
  'thanh cong': 'success', 'anh duong': 'sunshine', 'hoang gia': 'royal', 'binh minh': 'dawn', 'phuong dong': 'oriental', 'ngoi sao': 'star',
  'thang loi': 'victory', 'hoa binh': 'peace', 'toan cau': 'global', 'the gioi': 'world', 'thai binh duong': 'pacific', 'mat troi': 'sun',
  'rong vang': 'golden dragon', 'tuong lai': 'future', 'hien dai': 'modern', 'hy vong': 'hope', 'vuong mien': 'crown', 'dai duong': 'ocean',
  'kim khi': 'hardware', 'sao mai': 'morning star',
  // Turkish
  altin: 'gold', yildiz: 'star', gunes: 'sun', dunya: 'world', yeni: 'new', kartal: 'eagle', ejder: 'dragon', umut: 'hope', zafer: 'victory', basari: 'success',
  ipek: 'silk',
  // French, as Canada's and North Africa's bilingual firms write one name in both languages
  feuille: 'leaf', erable: 'maple', etoile: 'star', soleil: 'sun', aigle: 'eagle', couronne: 'crown', nouveau: 'new', nouvelle: 'new',
  avenir: 'future', espoir: 'hope', soie: 'silk', dore: 'gold', doree: 'gold', palmier: 'palm',
  // pinyin and Japanese words a Latin name keeps where its English name translates them
  xuri: 'sunrise', jinlong: 'golden dragon', guangming: 'bright', hinode: 'sunrise', suisan: 'seafood', 'xin shiji': 'new century', xinshiji: 'new century',
  shiji: 'century', hongxing: 'red star', jinxing: 'golden star', changcheng: 'great wall', huanqiu: 'global', yangguang: 'sunshine',
  // Arabic words as Latin names spell them
  masreya: 'egyptian', masriya: 'egyptian', masria: 'egyptian', masriyah: 'egyptian', najma: 'star', nagma: 'star',
  watania: 'national', wataniya: 'national', wataniyah: 'national', wataniah: 'national', alwatania: 'national', alwataniya: 'national', alwataniyah: 'national',
  ...MORE_LATIN_MEANINGS,
  ...VIETNAMESE_TRADE_MEANINGS,
});

/** Arabic (and Persian) words with the article and prepositions (ال، لل، وال) off, as in ARABIC_STEMS. */
export const ARABIC_MEANINGS: Record<string, string> = lookupTable({
  نور: 'light', أمل: 'hope', امل: 'hope', نجمة: 'star', نجم: 'star', مصرية: 'egyptian', مصري: 'egyptian', مصر: 'egypt', شرق: 'oriental',
  هلال: 'crescent', صقر: 'falcon', نسر: 'eagle', أسد: 'lion', اسد: 'lion', ذهب: 'gold', ذهبي: 'gold', ذهبية: 'gold', فجر: 'dawn', شمس: 'sun',
  قمر: 'moon', نخلة: 'palm', نخيل: 'palm', واحة: 'oasis', أهرام: 'pyramids', اهرام: 'pyramids', عالم: 'world', جديد: 'new', جديدة: 'new',
  مستقبل: 'future', نصر: 'victory', وطنية: 'national', عربية: 'arab', متحدة: 'united', ملكية: 'royal', تاج: 'crown', ماس: 'diamond',
  لؤلؤة: 'pearl', لؤلؤ: 'pearl', سلام: 'peace', نجاح: 'success', رواد: 'pioneers',
});
