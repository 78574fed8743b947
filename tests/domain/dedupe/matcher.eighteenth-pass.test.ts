import { describe, expect, it } from 'vitest';
import { matchRecords, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';
import { prepareContact, matchContacts } from '../../../src/domain/dedupe/contact-names';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;
const bothWays = (a: CandidateRecord, b: CandidateRecord) => [verdict(a, b), verdict(b, a)];

// Records written for this pass (not taken from a DEV set).
describe('eighteenth pass: the article run on in an Arabic-speaking country', () => {
  it('"Alnasr Trading" and "Nasr Trading" of one town in Oman are one name', () => {
    const a = { name: 'Alnasr Trading LLC', country: 'Oman', city: 'Muscat', phones: ['+968 2470 1122'] };
    const b = { name: 'Nasr Trading', country: 'OM', city: 'Muscat', contactNames: ['Salim'] };
    expect(bothWays(a, b)).not.toContain('distinct');
  });

  it('outside the Arab countries the run-on word is another word, nor is "Alpine" "Pine" nor "Allied" "Lied"', () => {
    const a = { name: 'Alnasr Trading LLC', country: 'Kenya', city: 'Mombasa' };
    const b = { name: 'Nasr Trading', country: 'Kenya', city: 'Mombasa' };
    expect(matchRecords(a, b).signals.nameSimilarity).toBeLessThan(0.9);
    const c = { name: 'Allied Traders', country: 'AE', city: 'Dubai' };
    const d = { name: 'Lied Traders', country: 'AE', city: 'Dubai' };
    expect(matchRecords({ name: 'Alpine Trading', country: 'AE', city: 'Dubai' }, { name: 'Pine Trading', country: 'AE', city: 'Dubai' }).verdict).toBe('distinct');
    expect(matchRecords(c, d).signals.nameSimilarity).toBeLessThan(0.9);
  });
});

describe('eighteenth pass: Turkish titles after the given name', () => {
  it('"Murat Bey" is Murat, a part of "Murat Yilmaz"', () => {
    const area = {};
    expect(matchContacts([prepareContact('Murat Bey', area)], [prepareContact('Murat Yılmaz', area)]).kind).toBe('partial');
    expect(matchContacts([prepareContact('Ayşe Hanım', area)], [prepareContact('Ayşe Kaya', area)]).kind).toBe('partial');
    // another given name is still no one
    expect(matchContacts([prepareContact('Kemal Bey', area)], [prepareContact('Murat Yılmaz', area)]).kind).toBe('none');
  });
});

describe('eighteenth pass: one person at like-named firms of one town', () => {
  it('the same person at "Ege Yildiz Kablo" and "Ege Yildiz Elektrik" in Izmir: a question at least', () => {
    const a = { name: 'Ege Yildiz Kablo San.', country: 'Turkey', city: 'Izmir', contactNames: ['Okan Acar'], phones: ['0232 441 2200'] };
    const b = { name: 'Ege Yildiz Elektrik Ltd. Sti.', country: 'Türkiye', city: 'İzmir', contactNames: ['Okan Acar'], emails: ['okan@yildizelektrik.com.tr'] };
    expect(bothWays(a, b)).not.toContain('distinct');
    expect(bothWays(a, b)).not.toContain('duplicate');
  });

  it('not in two towns, nor without the person, nor where the shared word is the person\'s family name', () => {
    const a = { name: 'Ege Yildiz Kablo San.', country: 'Turkey', city: 'Izmir', contactNames: ['Okan Acar'], phones: ['0232 441 2200'] };
    const b = { name: 'Ege Yildiz Elektrik Ltd. Sti.', country: 'Türkiye', city: 'Ankara', contactNames: ['Okan Acar'], emails: ['okan@yildizelektrik.com.tr'] };
    expect(bothWays(a, b)).toEqual(['distinct', 'distinct']);
    const c = { ...b, city: 'Izmir', contactNames: ['Deniz Kaya'] };
    expect(bothWays(a, c)).toEqual(['distinct', 'distinct']);
    const d = { name: 'Acar Kablo San.', country: 'Turkey', city: 'Izmir', contactNames: ['Okan Acar'], phones: ['0232 441 2200'] };
    const e = { name: 'Acar Elektrik Ltd. Sti.', country: 'Türkiye', city: 'İzmir', contactNames: ['Okan Acar'], emails: ['okan@acarelektrik.com.tr'] };
    expect(bothWays(d, e)).toEqual(['distinct', 'distinct']);
  });
});

describe('eighteenth pass: Thai script runs a name\'s words together', () => {
  it('"เจริญพัฒนา" is "Charoen Pattana": a question (a reading by consonants, never a merge on its own)', () => {
    const a = { name: 'บริษัท เจริญพัฒนา จำกัด', country: 'ประเทศไทย', city: 'เชียงใหม่' };
    const b = { name: 'Charoen Pattana Co., Ltd.', country: 'Thailand', city: 'Chiang Mai', phones: ['+66 53 224 110'] };
    expect(bothWays(a, b)).toEqual(['possible_duplicate', 'possible_duplicate']);
  });

  it('a Latin name whose words spell other consonants stays apart', () => {
    const a = { name: 'บริษัท เจริญพัฒนา จำกัด', country: 'ประเทศไทย', city: 'เชียงใหม่' };
    const b = { name: 'Charoen Pathom Co., Ltd.', country: 'Thailand', city: 'Chiang Mai', phones: ['+66 53 224 110'] };
    expect(bothWays(a, b)).toEqual(['distinct', 'distinct']);
  });
});

describe('eighteenth pass: Burmese words and names', () => {
  it('"ရွှေမြင့် ကုန်သွယ်ရေး" is "Shwe Myint Trading", its person "U Tin Aung"', () => {
    expect(normalizeCompanyName('ရွှေမြင့် ကုန်သွယ်ရေး ကုမ္ပဏီ လီမိတက်')).toBe(normalizeCompanyName('Shwe Myint Trading Co., Ltd.'));
    const a = { name: 'ရွှေမြင့် ကုန်သွယ်ရေး ကုမ္ပဏီ', country: 'မြန်မာ', city: 'မန္တလေး', contactNames: ['ဦးတင်အောင်'] };
    const b = { name: 'Shwe Myint Trading', country: 'Myanmar', city: 'Mandalay', contactNames: ['U Tin Aung'], phones: ['+95 2 611 223'] };
    expect(bothWays(a, b)).not.toContain('distinct');
  });

  it('another firm\'s words ("Shwe Taung") stay apart', () => {
    const a = { name: 'ရွှေမြင့် ကုန်သွယ်ရေး ကုမ္ပဏီ', country: 'မြန်မာ', city: 'မန္တလေး', contactNames: ['ဦးတင်အောင်'] };
    const b = { name: 'Shwe Taung Trading', country: 'Myanmar', city: 'Mandalay', contactNames: ['U Zaw Win'], phones: ['+95 2 611 223'] };
    expect(bothWays(a, b)).toEqual(['distinct', 'distinct']);
  });
});

describe('eighteenth pass: Japanese family names in kanji', () => {
  it('"小島商事" is "Kojima Shoji", its person 小島 誠 "Makoto Kojima"', () => {
    const a = { name: '小島商事株式会社', country: '日本', city: '横浜', contactNames: ['小島 誠'] };
    const b = { name: 'Kojima Shoji Co., Ltd.', country: 'Japan', city: 'Yokohama', contactNames: ['Makoto Kojima'] };
    expect(bothWays(a, b)).not.toContain('distinct');
  });

  it('another family\'s firm (中島 Nakajima) stays apart', () => {
    const a = { name: '中島商事株式会社', country: '日本', city: '横浜', contactNames: ['中島 浩'] };
    const b = { name: 'Kojima Shoji Co., Ltd.', country: 'Japan', city: 'Yokohama', contactNames: ['Makoto Kojima'] };
    expect(bothWays(a, b)).toEqual(['distinct', 'distinct']);
  });
});

describe('eighteenth pass: Khmer words and names', () => {
  it('"ក្រុមហ៊ុន មេគង្គ នាំចេញនាំចូល" is "Mekong Import Export", its person សុខ ចាន់ "Sok Chan"', () => {
    const a = { name: 'ក្រុមហ៊ុន មេគង្គ នាំចេញនាំចូល', country: 'កម្ពុជា', city: 'ភ្នំពេញ', contactNames: ['សុខ ចាន់'] };
    const b = { name: 'Mekong Export Import Co., Ltd', country: 'Cambodia', city: 'Phnom Penh', contactNames: ['Sok Chan'], phones: ['+855 23 990 112'] };
    expect(bothWays(a, b)).not.toContain('distinct');
  });

  it('another firm of the same trade in the same town stays apart', () => {
    const a = { name: 'ក្រុមហ៊ុន មេគង្គ នាំចេញនាំចូល', country: 'កម្ពុជា', city: 'ភ្នំពេញ', contactNames: ['សុខ ចាន់'] };
    const b = { name: 'Angkor Export Import Co., Ltd', country: 'Cambodia', city: 'Phnom Penh', contactNames: ['Kim Dara'], phones: ['+855 23 990 112'] };
    expect(bothWays(a, b)).toEqual(['distinct', 'distinct']);
  });
});

describe('eighteenth pass: Urdu English words, katakana letters', () => {
  it('"ٹریڈرز" is Traders, "اینڈ سنز" and Sons, حاجی the title', () => {
    expect(normalizeCompanyName('حاجی رشید اینڈ سنز')).toBe(normalizeCompanyName('رشید'));
    expect(normalizeCompanyName('رشید ٹریڈرز')).toBe(`${normalizeCompanyName('رشید')} trading`);
    expect(normalizeCompanyName('Haji Rasheed & Sons')).toBe(normalizeCompanyName('H. Rasheed and Sons'));
  });

  it('"エヌ・ケー・トレーディング" is "NK Trading"; katakana words stay words', () => {
    expect(normalizeCompanyName('株式会社エヌ・ケー・ジャパン')).toBe(normalizeCompanyName('NK Japan Inc.'));
    expect(normalizeCompanyName('株式会社エヌ・ケー・ジャパン')).not.toBe(normalizeCompanyName('NT Japan Inc.'));
  });
});

describe('eighteenth pass: a Chinese title after the family name', () => {
  it('吳先生 is a part of "Wu Kuo-Hua", 李小姐 of "Li Na"; not of another family', () => {
    const tw = { wadeGiles: true };
    expect(matchContacts([prepareContact('吳先生', tw)], [prepareContact('Wu Kuo-Hua', tw)]).kind).toBe('partial');
    expect(matchContacts([prepareContact('李小姐', {})], [prepareContact('Li Na', {})]).kind).toBe('partial');
    expect(matchContacts([prepareContact('王先生', {})], [prepareContact('Li Na', {})]).kind).toBe('none');
  });
});

describe('eighteenth pass: katakana loanwords and readings', () => {
  it('"グリーンスター" is "Green Star"; カブシキガイシャ is 株式会社', () => {
    expect(normalizeCompanyName('合同会社グリーンスター')).toBe(normalizeCompanyName('Green Star G.K.'));
    expect(normalizeCompanyName('カブシキガイシャ ヤマトショウジ')).toBe(normalizeCompanyName('株式会社ヤマトショウジ'));
    // a trade word in katakana stays as spelt, to meet the Latin name's romaji ("Yamato Shoji")
    expect(normalizeCompanyName('ヤマトショウカイ')).not.toContain('trading');
    // another colour is another name
    expect(normalizeCompanyName('合同会社グリーンスター')).not.toBe(normalizeCompanyName('Gold Star G.K.'));
  });
});

describe('eighteenth pass: a Korean name against its initials', () => {
  it('최영수 is "Y.S. Choi"; "J.H. Choi" is another person', () => {
    const korea = { korean: true };
    expect(matchContacts([prepareContact('최영수', korea)], [prepareContact('Y.S. Choi', korea)]).kind).toBe('full');
    expect(matchContacts([prepareContact('최영수', korea)], [prepareContact('J.H. Choi', korea)]).kind).not.toBe('full');
  });

  it('a Hangul firm and its translated Latin card, one person by initials, one town: a question at least', () => {
    const a = { name: '한바다상사', country: '한국', city: '인천', contactNames: ['박민호'], phones: ['032-555-0199'] };
    const b = { name: 'Great Sea Marine Supplies', country: 'Korea', city: 'Incheon', contactNames: ['M.H. Park'] };
    expect(bothWays(a, b)).not.toContain('distinct');
    const c = { ...b, contactNames: ['S.J. Park'] };
    expect(bothWays(a, c)).toEqual(['distinct', 'distinct']);
  });
});
