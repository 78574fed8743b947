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
  // The next hundred or so family names by frequency.
  斎藤: 'saito', 斉藤: 'saito', 山崎: 'yamazaki', 阿部: 'abe', 山下: 'yamashita', 石井: 'ishii', 小川: 'ogawa', 中島: 'nakajima', 柴田: 'shibata',
  酒井: 'sakai', 工藤: 'kudo', 横山: 'yokoyama', 谷口: 'taniguchi', 大野: 'ono', 高田: 'takada', 河野: 'kono', 藤本: 'fujimoto', 上野: 'ueno',
  杉山: 'sugiyama', 増田: 'masuda', 小山: 'koyama', 大塚: 'otsuka', 平野: 'hirano', 菅原: 'sugawara', 久保: 'kubo', 松井: 'matsui', 岩崎: 'iwasaki',
  桜井: 'sakurai', 木下: 'kinoshita', 野口: 'noguchi', 松尾: 'matsuo', 菊地: 'kikuchi', 新井: 'arai', 渡部: 'watanabe', 佐々木: 'sasaki',
  山内: 'yamauchi', 西田: 'nishida', 大島: 'oshima', 小島: 'kojima', 島田: 'shimada', 中田: 'nakata', 石原: 'ishihara', 北村: 'kitamura',
  安田: 'yasuda', 中西: 'nakanishi', 川口: 'kawaguchi', 高野: 'takano', 松岡: 'matsuoka', 小池: 'koike', 吉川: 'yoshikawa', 水野: 'mizuno',
  山中: 'yamanaka', 浅野: 'asano', 大西: 'onishi', 田口: 'taguchi', 川村: 'kawamura', 秋山: 'akiyama', 服部: 'hattori', 市川: 'ichikawa',
  森本: 'morimoto', 小松: 'komatsu', 吉村: 'yoshimura', 大橋: 'ohashi', 岡崎: 'okazaki', 福島: 'fukushima', 荒木: 'araki', 宮田: 'miyata',
  辻: 'tsuji', 川崎: 'kawasaki', 永井: 'nagai', 松村: 'matsumura', 内藤: 'naito', 桑原: 'kuwabara', 野田: 'noda', 早川: 'hayakawa', 熊谷: 'kumagai',
  岩田: 'iwata', 児玉: 'kodama', 星野: 'hoshino', 片山: 'katayama', 堀: 'hori', 石橋: 'ishibashi', 関: 'seki', 平田: 'hirata', 須藤: 'sudo',
  佐野: 'sano', 川上: 'kawakami', 大久保: 'okubo', 望月: 'mochizuki', 西川: 'nishikawa', 菅野: 'sugano', 成田: 'narita', 青山: 'aoyama',
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
  ブルー: 'blue', オーシャン: 'ocean', グリーン: 'green', ゴールド: 'gold', シルバー: 'silver', スター: 'star', ライト: 'light', ワールド: 'world',
  グローバル: 'global', パシフィック: 'pacific', アジア: 'asia', マリン: 'marine', メタル: 'metal', ホーム: 'home', ライフ: 'life', パワー: 'power',
  エナジー: 'energy', デザイン: 'design', ファクトリー: 'factory', プロダクツ: 'products', ソリューションズ: 'solutions', ソリューション: 'solution',
  ユニオン: 'union', トレード: 'trade', サプライ: 'supply', ワークス: 'works', インダストリーズ: 'industries', インダストリー: 'industry',
  エンタープライズ: 'enterprise', オフィス: 'office', スカイ: 'sky', アース: 'earth', フューチャー: 'future',
  // A bank transfer's or a reading's katakana for the kanji of a legal form (カブシキガイシャ 株式会社): the kanji, which the
  // legal forms then take off. (Not trade words: "ショウカイ" meets the Latin name's "Shokai" as spelt.)
  カブシキガイシャ: '株式会社', カブシキカイシャ: '株式会社', ユウゲンガイシャ: '有限会社', ゴウドウガイシャ: '合同会社',
};
const KEYS = Object.keys(WORDS).sort((a, b) => b.length - a.length);

// Latin letters as katakana spells them ("ケイ・エム・ジャパン" is KM Japan, "エヌ・ティ・ティ" NTT): two or more in a row, with or
// without the middle dot, read as the one word of initials the Latin name writes.
const LETTERS: Record<string, string> = {
  エー: 'a', エイ: 'a', ビー: 'b', シー: 'c', ディー: 'd', ディ: 'd', イー: 'e', エフ: 'f', ジー: 'g', エイチ: 'h', エッチ: 'h', アイ: 'i', ジェー: 'j', ジェイ: 'j',
  ケー: 'k', ケイ: 'k', エル: 'l', エム: 'm', エヌ: 'n', オー: 'o', ピー: 'p', キュー: 'q', アール: 'r', エス: 's', ティー: 't', ティ: 't', ユー: 'u',
  ブイ: 'v', ヴィ: 'v', ダブリュー: 'w', エックス: 'x', ワイ: 'y', ゼット: 'z',
};
const LETTER = Object.keys(LETTERS).sort((a, b) => b.length - a.length).join('|');
const LETTER_RUN = new RegExp(`(?:${LETTER})(?:[・･]?(?:${LETTER}))+(?=[・･\\s]|[^\\u30a0-\\u30ff]|$)`, 'g');
const ONE_LETTER = new RegExp(LETTER, 'g');

/** Runs of katakana letter names as their Latin letters, one word ("ケイ・エム・ジャパン" → " km ・ジャパン"). */
export const katakanaLetters = (text: string) => text.replace(LETTER_RUN, (run) => ` ${run.replace(/[・･]/g, '').replace(ONE_LETTER, (l) => LETTERS[l])} `);
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
export function readJapaneseWords(raw: string): string {
  const text = /[\u30a0-\u30ff]/.test(raw) ? katakanaLetters(raw) : raw;
  let out = '';
  for (let i = 0; i < text.length; ) {
    const hit = KEYS.find((k) => text.startsWith(k, i));
    if (hit) { out += ` ${WORDS[hit]} `; i += hit.length; } else out += text[i++];
  }
  return out;
}
