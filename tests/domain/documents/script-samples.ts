/** Names as buyers write them, one per script the packaged fonts must cover. */
export const SAMPLES: Record<string, string> = {
  'Chinese (simplified)': '宁波光明照明有限公司 LED面板灯',
  'Chinese (traditional)': '臺灣寶島電器股份有限公司 燈具',
  Japanese: '株式会社ひかり照明 カタログ',
  Korean: '서울조명 주식회사',
  Cyrillic: 'ООО «Светлый Дом», Иван Петров',
  Greek: 'Φωτισμός Ελλάς Α.Ε.',
  Vietnamese: 'Công ty TNHH Đèn Việt Nam',
  'Latin with accents': 'Iluminación Azteca S.A. de C.V., Łódź, Müller & Søn, Ærø, Ñandú, ß',
  Arabic: 'شركة النور للتجارة',
  Hebrew: 'אור ישראל בע״מ',
};
