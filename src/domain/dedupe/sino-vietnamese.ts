// A Chinese rep writes a Vietnamese customer's name in characters, and Vietnamese names are mostly Chinese words read
// the Vietnamese way (Hán-Việt): 光明 is "Quang Minh", 成功 "Thành Công", 阮文雄 "Nguyễn Văn Hùng". Read in pinyin
// ("guangming") they meet nothing on the firm's own card. The name characters of firm names and people's names most
// common in Vietnam, with their Hán-Việt reading unmarked; trade words stay characters for the Chinese lexicon
// (电器 is "electric appliance" either way). Approximate by design: a loose reading, compared as a dialect's.
import { CJK_WORDS, NATIVE_LEGAL } from './company-lexicon';

const HAN_VIET: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  // family names
  阮: 'nguyen', 陈: 'tran', 陳: 'tran', 黎: 'le', 范: 'pham', 黄: 'hoang', 黃: 'hoang', 潘: 'phan', 武: 'vu', 吴: 'ngo', 吳: 'ngo', 邓: 'dang',
  鄧: 'dang', 裴: 'bui', 杜: 'do', 胡: 'ho', 丁: 'dinh', 何: 'ha', 林: 'lam', 郑: 'trinh', 鄭: 'trinh', 梅: 'mai', 曹: 'tao', 谭: 'dam',
  // the middle names 文 Văn and 氏 Thị, and the words of given names and firm names
  文: 'van', 氏: 'thi', 有: 'huu', 德: 'duc', 明: 'minh', 光: 'quang', 雄: 'hung', 英: 'anh', 俊: 'tuan', 成: 'thanh', 清: 'thanh',
  青: 'thanh', 长: 'truong', 長: 'truong', 山: 'son', 海: 'hai', 南: 'nam', 北: 'bac', 东: 'dong', 東: 'dong', 金: 'kim', 玉: 'ngoc',
  兰: 'lan', 蘭: 'lan', 华: 'hoa', 華: 'hoa', 和: 'hoa', 平: 'binh', 安: 'an', 康: 'khang', 福: 'phuc', 禄: 'loc', 祿: 'loc', 富: 'phu',
  贵: 'quy', 貴: 'quy', 荣: 'vinh', 榮: 'vinh', 永: 'vinh', 兴: 'hung', 興: 'hung', 隆: 'long', 龙: 'long', 龍: 'long', 凤: 'phuong',
  鳳: 'phuong', 方: 'phuong', 芳: 'phuong', 秋: 'thu', 春: 'xuan', 天: 'thien', 大: 'dai', 新: 'tan', 进: 'tien', 進: 'tien',
  发: 'phat', 發: 'phat', 达: 'dat', 達: 'dat', 胜: 'thang', 勝: 'thang', 利: 'loi', 义: 'nghia', 義: 'nghia', 仁: 'nhan', 信: 'tin',
  忠: 'trung', 中: 'trung', 国: 'quoc', 國: 'quoc', 越: 'viet', 泰: 'thai', 阳: 'duong', 陽: 'duong', 星: 'tinh', 宝: 'bao', 寶: 'bao',
  保: 'bao', 家: 'gia', 孝: 'hieu', 智: 'tri', 勇: 'dung', 强: 'cuong', 強: 'cuong', 志: 'chi', 红: 'hong', 紅: 'hong', 鸿: 'hong',
  鴻: 'hong', 宏: 'hoang', 皇: 'hoang', 王: 'vuong', 功: 'cong', 合: 'hop', 协: 'hiep', 協: 'hiep', 亚: 'a', 亞: 'a', 洲: 'chau',
  美: 'my', 日: 'nhat', 月: 'nguyet', 心: 'tam', 正: 'chinh', 善: 'thien', 顺: 'thuan', 順: 'thuan', 万: 'van', 萬: 'van', 全: 'toan',
});

// Trade words and legal forms the Chinese lexicon reads (五金 hardware, 有限公司) are kept whole: 金 of 五金 is no "Kim".
let kept: RegExp | undefined;
const keptWords = () => (kept ??= new RegExp(`(${[...Object.keys(CJK_WORDS), ...NATIVE_LEGAL].filter((w) => /^[\u3400-\u9fff]+$/.test(w))
  .sort((a, b) => b.length - a.length).join('|')})`));

/** A Han name with its name characters read in Hán-Việt ("光明电器贸易" → "quang minh 电器贸易"), or undefined when none is. */
export function sinoVietnameseReading(name: string): string | undefined {
  let changed = false;
  const out = name.split(keptWords()).map((part, i) => (i % 2 === 1 ? part : part.replace(/[\u3400-\u9fff]/g, (c) => {
    const read = HAN_VIET[c];
    if (!read) return c;
    changed = true;
    return ` ${read} `;
  }))).join('');
  return changed ? out.replace(/\s+/g, ' ').trim() : undefined;
}
