// Japanese company names in kanji and katakana meet their romaji names ("株式会社山田製作所" = "Yamada Seisakusho",
// "北海道フーズ" = "Hokkaido Foods"). Kanji read as Chinese ("shan tian" for 山田) never would; a full reading needs a
// dictionary, so this is a small table of the words that make up most firm names: family names, cities and
// katakana loanwords. Trade words (商事, 製作所, 化学) are in the company lexicon already.

const WORDS: Record<string, string> = {
  // Family names (the commonest forty or so) and the ones firms are named after.
  山田: 'yamada', 山本: 'yamamoto', 田中: 'tanaka', 鈴木: 'suzuki', 佐藤: 'sato', 高橋: 'takahashi', 伊藤: 'ito', 渡辺: 'watanabe', 渡邊: 'watanabe',
  中村: 'nakamura', 小林: 'kobayashi', 加藤: 'kato', 吉田: 'yoshida', 松本: 'matsumoto', 井上: 'inoue', 木村: 'kimura', 清水: 'shimizu',
  山口: 'yamaguchi', 池田: 'ikeda', 橋本: 'hashimoto', 石川: 'ishikawa', 前田: 'maeda', 藤田: 'fujita', 岡田: 'okada', 後藤: 'goto',
  長谷川: 'hasegawa', 村上: 'murakami', 近藤: 'kondo', 坂本: 'sakamoto', 遠藤: 'endo', 青木: 'aoki', 西村: 'nishimura', 福田: 'fukuda',
  太田: 'ota', 三浦: 'miura', 藤井: 'fujii', 岡本: 'okamoto', 松田: 'matsuda', 中川: 'nakagawa', 中野: 'nakano', 原田: 'harada', 小野: 'ono',
  田村: 'tamura', 竹内: 'takeuchi', 金子: 'kaneko', 和田: 'wada', 中山: 'nakayama', 石田: 'ishida', 上田: 'ueda', 森田: 'morita',
  宮崎: 'miyazaki', 宮本: 'miyamoto', 内田: 'uchida', 高木: 'takagi', 安藤: 'ando', 丸山: 'maruyama', 今井: 'imai', 藤原: 'fujiwara',
  村田: 'murata', 武田: 'takeda', 野村: 'nomura', 松下: 'matsushita', 本田: 'honda', 豊田: 'toyota', 三菱: 'mitsubishi', 三井: 'mitsui',
  住友: 'sumitomo', 丸紅: 'marubeni', 伊藤忠: 'itochu', 日立: 'hitachi', 東芝: 'toshiba', 富士: 'fuji', 大和: 'daiwa', 日東: 'nitto',
  // Cities and regions.
  東京: 'tokyo', 大阪: 'osaka', 名古屋: 'nagoya', 横浜: 'yokohama', 京都: 'kyoto', 神戸: 'kobe', 北海道: 'hokkaido', 札幌: 'sapporo',
  福岡: 'fukuoka', 浜松: 'hamamatsu', 広島: 'hiroshima', 仙台: 'sendai', 千葉: 'chiba', 埼玉: 'saitama', 静岡: 'shizuoka', 新潟: 'niigata',
  九州: 'kyushu', 関西: 'kansai', 中部: 'chubu', 日本: 'nihon', 東洋: 'toyo', 大同: 'daido', 桜: 'sakura',
  // Trade words the lexicon does not hold in their Japanese form.
  精機: 'seiki', 工業: 'kogyo', 産業: 'sangyo', 商会: 'shokai', 電機: 'denki', 電気: 'denki', 興業: 'kogyo', 貿易: 'boeki',
  // Katakana loanwords, which any-ascii reads letter by letter ("fuzu" for フーズ).
  テクノ: 'techno', テック: 'tech', フーズ: 'foods', フード: 'food', サービス: 'service', トレーディング: 'trading', エンジニアリング: 'engineering',
  システム: 'system', ケミカル: 'chemical', エレクトロニクス: 'electronics', インターナショナル: 'international', グループ: 'group',
  ホールディングス: 'holdings', マシナリー: 'machinery', プラスチック: 'plastic', スチール: 'steel', ジャパン: 'japan', コーポレーション: 'corporation',
  メディカル: 'medical', ファーマ: 'pharma', テキスタイル: 'textile', ロジスティクス: 'logistics', オート: 'auto', パーツ: 'parts', ツール: 'tool',
};
const KEYS = Object.keys(WORDS).sort((a, b) => b.length - a.length);
const MARK = /[\u3040-\u30ff]|株式会社|有限会社|合同会社|合資会社|合名会社/;

/** Written as a Japanese firm writes its name: kana, or a Japanese legal form (株式会社 / 有限会社 / 合同会社). */
export function looksJapanese(name: string): boolean {
  return MARK.test(name);
}

// A bank transfer's name, and the records copied from one, write the firm's form as one katakana letter in a bracket:
// "ヤマダカナモノ(カ" is ヤマダカナモノ株式会社, "カ)ヤマダ" 株式会社ヤマダ; ユ is 有限会社, ド 合同会社 (half-width ｶ reads カ once NFKC).
const BANK_LEGAL_FORM = /^\(?[カユド]\)\s*|\s*\([カユド]\)?$/g;

/** The name without the one-letter legal form of a bank transfer's katakana ("(カ", "カ)"). */
export const withoutBankLegalForm = (name: string) => (/[カユド]/.test(name) ? name.replace(BANK_LEGAL_FORM, ' ') : name);

/** Replaces the table's words by their romaji or English, spaced; the rest is left for the general reading. */
export function readJapaneseWords(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const hit = KEYS.find((k) => text.startsWith(k, i));
    if (hit) { out += ` ${WORDS[hit]} `; i += hit.length; } else out += text[i++];
  }
  return out;
}
