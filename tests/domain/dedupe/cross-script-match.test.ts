import { describe, expect, it } from 'vitest';
import { blockingKeys } from '../../../src/domain/dedupe/blocking';
import { matchRecords, prepareRecord, type CandidateRecord } from '../../../src/domain/dedupe/match';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;

// Issue 20: one buyer written in two scripts or two spellings, with no email, phone or domain in common.
describe('one firm across scripts', () => {
  it.each([
    [{ name: 'شركة الفجر للتجارة العامة', country: 'الإمارات', city: 'دبي' }, { name: 'Al Fajr General Trading LLC', country: 'UAE', city: 'Dubai' }],
    [{ name: 'مؤسسة قرطبة للمقاولات', country: 'السعودية', city: 'الرياض' }, { name: 'Qurtuba Contracting Est.', country: 'Saudi Arabia', city: 'Riyadh' }],
    [{ name: 'شركة بيروت للإلكترونيات', country: 'لبنان' }, { name: 'Beirut Electronics SARL', country: 'Lebanon' }],
    [{ name: 'مصنع السلام للأثاث', country: 'مصر', contactNames: ['محمود عبد الله'] }, { name: 'El Salam Furniture Factory', country: 'Egypt', contactNames: ['Mahmoud Abdallah'] }],
    [{ name: 'ТОВ «Київ-Світло»', country: 'Україна', city: 'Київ' }, { name: 'Kyiv-Svitlo LLC', country: 'Ukraine', city: 'Kyiv' }],
    [{ name: 'Technostyle LLC', country: 'RU', contactNames: ['Sergey Kuznetsov'] }, { name: 'ООО Техностиль', country: 'Россия', contactNames: ['Сергей Кузнецов'] }],
    [{ name: 'Γεωργίου Τρόφιμα Α.Ε.', country: 'GR' }, { name: 'Georgiou Foods S.A.', country: 'GR' }],
    [{ name: 'Công ty Cổ phần Nhựa Bình Minh', country: 'VN' }, { name: 'Binh Minh Plastics JSC', country: 'VN' }],
    [{ name: 'บริษัท สยาม ไลท์ติ้ง จำกัด', country: 'ไทย' }, { name: 'Siam Lighting Co., Ltd.', country: 'Thailand' }],
    [{ name: 'บริษัท กรุงเทพ อิเล็คทริค จำกัด', country: 'TH' }, { name: 'Krungthep Electric Co Ltd', country: 'TH' }],
    [{ name: 'पटेल प्लास्टिक', country: 'भारत', city: 'Rajkot' }, { name: 'Patel Plastic', country: 'India', city: 'Rajkot' }],
    [{ name: '江苏常州天宇纺织有限公司', country: 'CN', city: '常州' }, { name: 'Changzhou Tianyu Textile Co., Ltd.', country: 'CN', city: 'Changzhou' }],
  ] as [CandidateRecord, CandidateRecord][])('%o = %o', (a, b) => {
    const r = matchRecords(a, b);
    expect(r.verdict).toBe('duplicate');
    expect(r.reasons.map((x) => x.code)).toContain('same_country');
    // an import's rows meet in one in-memory block
    const ka = new Set(blockingKeys(prepareRecord(a)));
    expect(blockingKeys(prepareRecord(b)).some((k) => ka.has(k))).toBe(true);
  });

  it('keeps an alphabet\'s words spelt out for a Latin name that does not translate them', () => {
    expect(verdict({ name: 'Φωτιστική Πειραιώς Ο.Ε.', country: 'GR', city: 'Πειραιάς' }, { name: 'Fotistiki Peiraios OE', country: 'Greece', city: 'Piraeus' })).not.toBe('distinct');
  });

  it('reads Taiwan names in Wade-Giles and Traditional names abroad in Cantonese', () => {
    expect(verdict({ name: '中興電機股份有限公司', country: 'TW', contactNames: ['林志明'] }, { name: 'Chung Hsing Electric Co., Ltd.', country: 'Taiwan', contactNames: ['Lin Chih-ming'] })).toBe('duplicate');
    expect(verdict({ name: '金豐貿易', country: 'MY' }, { name: 'Kam Fung Trading Sdn Bhd', country: 'Malaysia' })).not.toBe('distinct');
  });

  it('knows a Korean contact in Hangul and in either romanization, and not another person of the same family', () => {
    const contact = (a: string, b: string) => matchRecords({ name: 'Daesung', country: 'KR', contactNames: [a] }, { name: 'Hanil', country: 'KR', contactNames: [b] }).signals.contactMatch;
    expect(contact('이정훈', 'Lee Jung-hoon')).toBe('full');
    expect(contact('최영진', 'Choi Young-jin')).toBe('full');
    expect(contact('윤석민', 'Yoon Seokmin')).toBe('full');
    expect(contact('Park Ji-sung', 'Bak Jiseong')).toBe('full');
    expect(contact('이정훈', 'Kim Jung-hoon')).not.toBe('full');
    expect(contact('이정훈', 'Lee Min-ho')).not.toBe('full');
  });

  it('reads English loanwords in Hangul, and takes a record\'s country from its phone when none was typed', () => {
    expect(verdict({ name: '㈜한솔테크', country: '한국', city: '수원' }, { name: 'Hansol Tech Co., Ltd.', country: 'Korea', city: 'Suwon' })).toBe('duplicate');
    const byPhone = matchRecords({ name: 'HANSOL LIGHTING', phones: ['+82 10 5521 3308'] }, { name: '한솔조명', country: 'KR' });
    expect(byPhone.reasons.find((x) => x.code === 'same_country')?.en).toBe('both in South Korea (by phone number)');
    // a phone abroad never says "another country"
    expect(matchRecords({ name: 'HANSOL LIGHTING', phones: ['+86 755 2771 0011'] }, { name: '한솔조명', country: 'KR' }).signals.country).toBe('unknown');
  });

  it('matches contact people by the reading of their area', () => {
    const hk = matchRecords({ name: '永發貿易有限公司', country: '香港', contactNames: ['陳國明'] }, { name: 'Wing Fat Trading Co Ltd', country: 'Hong Kong', contactNames: ['Chan Kwok Ming'] });
    expect(hk.signals.contactMatch).toBe('full');
    expect(hk.verdict).toBe('duplicate');
    const he = matchRecords({ name: 'Orot Ltd', contactNames: ['יוסי כהן'] }, { name: 'Orot Ltd', contactNames: ['Yossi Cohen'] });
    expect(he.signals.contactMatch).toBe('full');
    // a shared family name is not the same person
    expect(matchRecords({ name: 'Alpha Lamps', contactNames: ['Wang Fang'] }, { name: 'Alpha Lamps', contactNames: ['Wang Wei'] }).signals.contactMatch).not.toBe('full');
    expect(matchRecords({ name: 'Alpha Lamps', contactNames: ['Suzuki Taro'] }, { name: 'Alpha Lamps', contactNames: ['Suzuki Jiro'] }).signals.contactMatch).not.toBe('full');
  });

  it('reads a Chinese contact name syllable by syllable: one family name at the front is not the same person', () => {
    const contact = (a: string, b: string) => matchRecords({ name: 'Alpha Lamps', contactNames: [a] }, { name: 'Alpha Lamps', contactNames: [b] }).signals.contactMatch;
    expect(contact('刘洋', '刘芳')).toBe('none');
    expect(contact('陈静', 'Chen Jun')).toBe('none');
    expect(contact('Chen Mei-Ling', '陈明')).toBe('none');
    expect(contact('陳志明', 'Chen Zhiming')).toBe('full');
    expect(contact('陈莉莉', 'Chen Lili')).toBe('full');
  });

  it('takes the same person in one country as agreement when the names are in two scripts and say nothing (a translated name)', () => {
    const silk = { name: 'ООО «Шелковый путь»', country: 'Россия', contactNames: ['Ибрагимов Тимур'] };
    expect(verdict(silk, { name: 'Silk Road LLC', country: 'Russia', contactNames: ['Timur Ibragimov'] })).toBe('duplicate');
    // not in another country, not without the person, and never for two Latin names that differ
    expect(verdict(silk, { name: 'Silk Road LLC', country: 'Kazakhstan', contactNames: ['Timur Ibragimov'] })).toBe('distinct');
    expect(verdict(silk, { name: 'Silk Road LLC', country: 'Russia', contactNames: ['Oleg Petrov'] })).toBe('distinct');
    expect(verdict({ name: 'Victory Import Export', country: 'NG', contactNames: ['Yusuf Bello'] }, { name: 'Star Trading Co.', country: 'NG', contactNames: ['Yusuf Bello'] })).toBe('distinct');
  });
});

describe('legal forms, abbreviations, word order and slips', () => {
  it.each([
    [{ name: 'Soc. Ind. de Plásticos Andinos S.A.', country: 'CO' }, { name: 'Sociedad Industrial de Plasticos Andinos SA', country: 'Colombia' }],
    [{ name: 'Ferragens Lusitânia, Lda.', country: 'PT' }, { name: 'Ferragens Lusitania Limitada', country: 'Portugal' }],
    [{ name: 'Ets. Diallo et Frères', country: 'SN' }, { name: 'Etablissements Diallo & Freres', country: 'Senegal' }],
    [{ name: 'Accra Hardware Ventures', country: 'GH' }, { name: 'Hardware Ventures Accra Ltd', country: 'Ghana' }],
    [{ name: 'Nairobi Electricals Ltd', country: 'KE' }, { name: 'Nairobi Electrcals Limited', country: 'Kenya' }],
    [{ name: 'Mabati Hardware (K) Ltd', country: 'KE' }, { name: 'Mabati Hardware Kenya Limited', country: 'KE' }],
    [{ name: 'Bakı Tikinti MMC', country: 'Azərbaycan', city: 'Bakı' }, { name: 'Baku Tikinti LLC', country: 'Azerbaijan', city: 'Baku' }],
    [{ name: 'Shree Balaji Electricals', country: 'IN', city: 'Bombay' }, { name: 'Sri Balaji Electricals', country: 'India', city: 'Mumbai' }],
  ] as [CandidateRecord, CandidateRecord][])('%o = %o', (a, b) => expect(verdict(a, b)).toBe('duplicate'));

  it('reads syllable short names and initials with particles', () => {
    expect(verdict({ name: 'Industrias Eléctricas Colombianas S.A.S.', country: 'CO', city: 'Cali' }, { name: 'INDELCO SAS', country: 'Colombia', city: 'Cali' })).not.toBe('distinct');
    expect(verdict({ name: 'Van den Heever Electrical CC', country: 'ZA', city: 'Pretoria' }, { name: 'VDH Electrical', country: 'South Africa', city: 'Pretoria' })).not.toBe('distinct');
  });
});

describe('hard negatives stay apart', () => {
  it.each([
    [{ name: 'Global Trading LLC', country: 'AE' }, { name: 'Global Trading Co.', country: 'Kenya' }],
    [{ name: 'ООО Техносвет', country: 'RU' }, { name: 'ООО Техностиль', country: 'RU' }],
    [{ name: 'شركة النور للتجارة', country: 'AE' }, { name: 'شركة الأمل للتجارة', country: 'AE' }],
    [{ name: '深圳市光明照明有限公司', country: 'CN' }, { name: '深圳市光华照明有限公司', country: 'CN' }],
    [{ name: 'Kestrel Outdoor', country: 'DE', phones: ['+49 40 555 1234'] }, { name: 'Nordlicht Leuchten', country: 'DE', phones: ['+49 40 555 1234'] }],
    [{ name: 'Lagos Lamps', country: 'NG', emails: ['lagoslamps@yahoo.com'] }, { name: 'Eko Bulbs', country: 'NG', emails: ['ekobulbs@yahoo.com'] }],
    [{ name: 'Ferro Bianchi S.p.A.', country: 'IT' }, { name: 'Ferramenta Bianchi S.r.l.', country: 'IT' }],
  ] as [CandidateRecord, CandidateRecord][])('%o ≠ %o', (a, b) => expect(verdict(a, b)).toBe('distinct'));

  it('the same name in two cities far apart, with nothing else shared, is a question, not a duplicate', () => {
    const r = matchRecords({ name: 'Takumi Shoji Co., Ltd.', country: 'JP', city: 'Sapporo' }, { name: 'Takumi Shoji K.K.', country: 'Japan', city: 'Fukuoka' });
    expect(r.verdict).not.toBe('duplicate');
    expect(r.reasons.map((x) => x.code)).toContain('different_city');
    expect(verdict({ name: 'Takumi Shoji Co., Ltd. (Sapporo)', country: 'JP' }, { name: 'Takumi Shoji K.K.', country: 'Japan', city: 'Fukuoka' })).not.toBe('duplicate');
  });

  it('a Hong Kong name with a syllable more is another firm', () => {
    expect(verdict({ name: '永利隆五金有限公司', country: '香港' }, { name: 'Wing Lee Hardware Co.', country: 'HK' })).not.toBe('duplicate');
  });
});
