// A Chinese name of a firm abroad writes the foreign country or state in its Chinese exonym, which is no spelling of
// the firm's Latin word: 蒙古科技 is "Mongol Tech", 巴西 Brazil, 圣卡塔琳娜 Santa Catarina
// (read aloud: "menggu", "baxi"). Exonyms of the countries our buyers trade from (and a state firms name themselves
// for), for the name's reading by meaning (name-meanings.ts), never its stored key. Simplified; OpenCC simplifies a
// Traditional name first. Not yet towns: read as a place, 迪拜 (Dubai) left "龙城" to meet "Dragon Mart" of the same
// town, where the unread word had kept two firms apart (DEV 3).

export const CHINESE_EXONYMS: Record<string, string> = {
  // countries and regions, as firm names carry them
  蒙古: 'mongol', 俄罗斯: 'russia', 哈萨克斯坦: 'kazakhstan', 乌兹别克斯坦: 'uzbekistan', 巴西: 'brazil', 阿根廷: 'argentina', 智利: 'chile',
  秘鲁: 'peru', 墨西哥: 'mexico', 哥伦比亚: 'colombia', 德国: 'germany', 法国: 'france', 意大利: 'italy', 西班牙: 'spain', 土耳其: 'turkey',
  埃及: 'egypt', 尼日利亚: 'nigeria', 肯尼亚: 'kenya', 加纳: 'ghana', 埃塞俄比亚: 'ethiopia', 伊朗: 'iran', 巴基斯坦: 'pakistan',
  孟加拉: 'bangladesh', 尼泊尔: 'nepal', 斯里兰卡: 'sri lanka', 以色列: 'israel', 越南: 'vietnam', 缅甸: 'myanmar', 柬埔寨: 'cambodia',
  // a state whose name the firm keeps as a word of its own
  圣卡塔琳娜: 'santa catarina',
};
