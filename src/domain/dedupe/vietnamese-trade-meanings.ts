// Vietnamese trade words of two syllables that a firm's English name translates ("Đầu tư Hoàng Long" / "Hoang Long
// Investment", "Chế biến Thủy sản Đà Nẵng" / "Danang Seafood Processing"), written with or without their marks: the
// ones the stored key does not already fold (trade-words.ts has thủy sản, sản xuất, thiết bị…). Read by meaning only
// (name-meanings.ts takes these in), never in the stored key: "Đầu tư" is a Latin word of the name as often.
export const VIETNAMESE_TRADE_MEANINGS: Record<string, string> = {
  'dau tu': 'investment', 'che bien': 'processing', 'xuat nhap khau': 'import export', 'thuc pham': 'food', 'giai phap': 'solutions',
  'phat trien': 'development', 'dien tu': 'electronics', 'co khi': 'mechanical', 'y te': 'medical', 'xay lap': 'construction',
  'dien lanh': 'refrigeration', 'vien thong': 'telecom', 'tin hoc': 'informatics', 'my pham': 'cosmetics', 'in an': 'printing',
  'kho van': 'logistics', 'moi truong': 'environment', 'o to': 'auto',
};
