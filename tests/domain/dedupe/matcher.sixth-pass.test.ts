import { describe, expect, it } from 'vitest';
import { matchContacts, prepareContact } from '../../../src/domain/dedupe/contact-names';
import { matchRecords, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { withoutArticle } from '../../../src/domain/dedupe/article';
import { compareNames } from '../../../src/domain/dedupe/name-compare';
import { companyNameParts, normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';
import { southernReading } from '../../../src/domain/dedupe/romanize';
import { personNameTokens } from '../../../src/domain/dedupe/similarity';
import { spellingFold } from '../../../src/domain/dedupe/spelling';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;

// Records that share no email, phone, domain or website, written for this pass (not taken from a DEV set): the names
// differ only by how the Arabic article, a compound word, a Southern Chinese dialect or a contact's script is written.
describe('sixth pass: the same buyer written another way', () => {
  it.each([
    // the Arabic article run on, detached, hyphenated, assimilated, or read off an Arabic-script name
    [{ name: 'Alnoor Electrical Trading LLC', country: 'AE', city: 'Sharjah', emails: ['alnoor.elec@gmail.com'], phones: ['+971 6 533 2104'] },
      { name: 'Al Noor Electrical Trading', country: 'UAE', city: 'Sharjah', contactNames: ['Rashid Khan'], emails: ['rashid@alnoorelectrical.ae'], phones: ['+971 50 774 1932'] }],
    [{ name: 'El-Safa Import & Export', country: 'EG', city: 'Alexandria', phones: ['+20 3 392 1150'] },
      { name: 'Elsafa Import Export Co.', country: 'Egypt', city: 'Alexandria', emails: ['elsafa.impex@yahoo.com'] }],
    [{ name: 'Al Rawda Building Materials', country: 'SA', city: 'Dammam', emails: ['alrawda.bm@hotmail.com'] },
      { name: 'مؤسسة الروضة لمواد البناء', country: 'السعودية', city: 'الدمام', phones: ['013 833 4410'] }],
    [{ name: 'Assalam Trading Co.', country: 'OM', city: 'Muscat', phones: ['+968 2470 1190'] },
      { name: 'As-Salam Trading LLC', country: 'Oman', city: 'Muscat', emails: ['info@assalam-oman.com'] }],
    [{ name: 'Almansoori Building Materials', country: 'AE', city: 'Abu Dhabi' },
      { name: 'Al Mansouri Building Material LLC', country: 'AE', city: 'Abu Dhabi', phones: ['+971 2 555 1290'] }],
    [{ name: 'Al Amal Plastic Factory', country: 'JO', city: 'Amman', emails: ['alamal.plastic@gmail.com'] },
      { name: 'مصنع الأمل للبلاستيك', country: 'الأردن', city: 'عمان' }],
    [{ name: 'Al-Rehman Cloth House', country: 'PK', city: 'Faisalabad' },
      { name: 'Al Rahman Cloth House', country: 'Pakistan', city: 'Faisalabad', emails: ['alrahman.cloth@gmail.com'] }],
    // one word or two
    [{ name: 'Sunlight Electrical Supplies Ltd', country: 'KE', city: 'Nairobi', phones: ['+254 20 221 3390'] },
      { name: 'Sun Light Electrical Supplies', country: 'Kenya', city: 'Nairobi', emails: ['sunlight.ke@gmail.com'] }],
    [{ name: 'StarLight Trading', country: 'NG', city: 'Lagos', emails: ['starlight.trading@yahoo.com'] },
      { name: 'Star Light Trading Co Ltd', country: 'Nigeria', city: 'Lagos', phones: ['+234 803 441 2290'] }],
    [{ name: 'Elektro-Handel Nowak Sp. z o.o.', country: 'PL', city: 'Kraków' },
      { name: 'ELEKTROHANDEL NOWAK', country: 'Poland', city: 'Krakow', emails: ['biuro@elektrohandelnowak.pl'] }],
    [{ name: 'Power Tech Solutions Sdn Bhd', country: 'MY', city: 'Penang' },
      { name: 'Powertech Solutions', country: 'Malaysia', city: 'Penang', emails: ['sales@powertechsolutions.my'] }],
    // Hokkien, Teochew and Cantonese spellings of Chinese names
    [{ name: 'Tan Hock Leong Trading Pte Ltd', country: 'SG', city: 'Singapore', phones: ['+65 6744 2281'] },
      { name: '陈福隆贸易私人有限公司', country: '新加坡', city: '新加坡', emails: ['thl.trading@gmail.com'] }],
    [{ name: 'Syarikat Soon Huat Hardware', country: 'MY', city: 'Klang', contactNames: ['Lim Soon Huat'] },
      { name: '顺发五金公司', country: 'Malaysia', city: '巴生', contactNames: ['林顺发'] }],
    [{ name: 'Chop Heng Guan', country: 'MY', city: 'Ipoh' }, { name: '興源號', country: '马来西亚', city: '怡保' }],
    [{ name: 'Teck Seng Hardware', country: 'SG', city: 'Singapore', contactNames: ['Goh Teck Seng'] },
      { name: '德成五金', country: '新加坡', city: '新加坡', contactNames: ['吴德成'] }],
    [{ name: 'Kwong Fat Trading Company', country: 'HK', city: 'Sheung Wan', contactNames: ['Chan Tai Man'] },
      { name: '廣發貿易公司', country: 'HK', city: '上環', contactNames: ['陳大文'] }],
    [{ name: 'Sun Hing Optical Co.', country: 'HK', city: 'Tsuen Wan' }, { name: '新興眼鏡公司', country: '香港', city: '荃灣' }],
    // the contact person in two scripts
    [{ name: 'ТОО «Алтын Жол»', country: 'KZ', city: 'Алматы', contactNames: ['Жумабаев Ержан'], phones: ['+7 727 250 4410'] },
      { name: 'Altyn Zhol LLP', country: 'Kazakhstan', city: 'Almaty', contactNames: ['Yerzhan Jumabayev'], emails: ['yerzhan.j@mail.kz'] }],
    [{ name: '榮昌電業股份有限公司', country: 'TW', city: '台中', contactNames: ['黃志明'] },
      { name: 'Jung Chang Electric Co., Ltd.', country: 'Taiwan', city: 'Taichung', contactNames: ['Huang Chih-Ming'], emails: ['cm.huang@jungchang.com.tw'] }],
  ] as [CandidateRecord, CandidateRecord][])('%o = %o', (a, b) => {
    expect(verdict(a, b)).toBe('duplicate');
    expect(verdict(b, a)).toBe('duplicate');
  });
});

describe('sixth pass: hard negatives stay apart', () => {
  it.each([
    // generic names in two countries
    [{ name: 'Global Trading LLC', country: 'AE', city: 'Dubai' }, { name: 'Global Trading Ltd', country: 'KE', city: 'Nairobi' }],
    [{ name: 'Global Trading Co', country: 'NG', city: 'Lagos' }, { name: 'Global Trading Company', country: 'GH', city: 'Accra' }],
    // an article word is no licence to drop letters of an ordinary word
    [{ name: 'Alpine Trading LLC', country: 'AE', city: 'Dubai' }, { name: 'Pine Trading', country: 'AE', city: 'Dubai' }],
    [{ name: 'Allied Hardware', country: 'EG', city: 'Cairo' }, { name: 'Lied Hardware', country: 'EG', city: 'Cairo' }],
    [{ name: 'Al Noor Trading', country: 'AE', city: 'Dubai' }, { name: 'Al Nasr Trading', country: 'AE', city: 'Dubai' }],
    [{ name: 'Elnour Textiles', country: 'EG', city: 'Cairo' }, { name: 'El Nour Electrical', country: 'EG', city: 'Cairo' }],
    // a compound is not any two words
    [{ name: 'Sunlight Trading', country: 'NG', city: 'Lagos' }, { name: 'Sun Flower Trading', country: 'NG', city: 'Lagos' }],
    [{ name: 'Star Light Trading', country: 'NG', city: 'Lagos' }, { name: 'Starline Trading', country: 'NG', city: 'Lagos' }],
    // one dialect spelling, two families or two shops
    [{ name: 'Tan Hock Leong Trading', country: 'SG', city: 'Singapore' }, { name: 'Lim Hock Leong Trading', country: 'SG', city: 'Singapore' }],
    [{ name: 'Heng Fatt Hardware', country: 'MY', city: 'Ipoh' }, { name: '兴隆五金', country: 'MY', city: '怡保' }],
    [{ name: 'Chan Kee Hardware', country: 'HK' }, { name: 'Chen Ji Hardware', country: 'CN' }],
    // a forwarder's number, free mail of one provider
    [{ name: 'Al Baraka Foodstuff Trading', country: 'AE', city: 'Dubai', phones: ['+971 4 337 8800'] },
      { name: 'Golden Bridge Auto Parts', country: 'AE', city: 'Dubai', phones: ['+971 4 337 8800'] }],
    [{ name: 'Sunrise Lighting', country: 'PK', city: 'Karachi', emails: ['sunrise.light@gmail.com'] },
      { name: 'Moonlight Traders', country: 'PK', city: 'Karachi', emails: ['moonlight.tr@gmail.com'] }],
  ] as [CandidateRecord, CandidateRecord][])('%o ≠ %o', (a, b) => {
    expect(verdict(a, b)).toBe('distinct');
  });

  it('keeps a group\'s separate entities a group suggestion, not a duplicate', () => {
    const r = matchRecords(
      { name: 'Al Futtaim Electronics LLC', country: 'AE', city: 'Dubai', emails: ['info@alfuttaim.ae'], contactNames: ['Omar Hassan'], phones: ['+971 4 210 1100'] },
      { name: 'Al Futtaim Motors LLC', country: 'AE', city: 'Dubai', emails: ['sales@alfuttaim.ae'], contactNames: ['Ravi Kumar'], phones: ['+971 4 210 5500'] },
    );
    expect(r.verdict).not.toBe('duplicate');
    expect(r.signals.groupLikely).toBe(true);
    // the brothers' firms of one family in two cities, their Chinese and Malay names: at most a question
    expect(verdict(
      { name: 'Tan Brothers Trading Sdn Bhd', country: 'MY', city: 'Kuala Lumpur', contactNames: ['Tan Ah Hock'] },
      { name: '陈氏兄弟五金私人有限公司', country: 'MY', city: 'Penang', contactNames: ['陈亚九'] },
    )).not.toBe('duplicate');
  });

  it('leaves a dialect spelling that two characters share a question at most', () => {
    // 金成 and 金星 are both "Kim Seng" in Hokkien: the Latin name cannot tell them apart
    expect(verdict({ name: 'Kim Seng Electrical', country: 'MY', city: 'Kuching' }, { name: '金星电器', country: 'MY', city: '古晋' })).not.toBe('duplicate');
  });
});

describe('sixth pass: the rules', () => {
  it('takes the Arabic article off a word it was run on to', () => {
    expect(withoutArticle('alnoor')).toBe('noor');
    expect(withoutArticle('elnour')).toBe('nour');
    expect(withoutArticle('assalam')).toBe('salam');
    expect(withoutArticle('arrahman')).toBe('rahman');
    expect(withoutArticle('almansoori')).toBe('mansoori');
    // a vowel after "al" is no article: Alamo, Elegant
    expect(withoutArticle('alamo')).toBe('alamo');
    expect(withoutArticle('elegant')).toBe('elegant');
    // the bare word counts only where that name lost an article to the reading
    expect(compareNames(companyNameParts('Alnoor Trading'), companyNameParts('Noor Trading')).similarity).toBeLessThan(0.9);
    expect(compareNames(companyNameParts('Alnoor Trading'), companyNameParts('Al-Noor Trading')).similarity).toBe(1);
  });

  it('meets a word joined in one name with its parts in the other, whatever the parts became', () => {
    // "light" alone reads as the trade word "lighting", "elektro" as "electric"
    expect(normalizeCompanyName('Sun Light Trading')).not.toBe(normalizeCompanyName('Sunlight Trading'));
    expect(compareNames(companyNameParts('Sun Light Trading'), companyNameParts('Sunlight Trading')).similarity).toBe(1);
    expect(compareNames(companyNameParts('Elektro-Hurt'), companyNameParts('Elektrohurt')).similarity).toBe(1);
  });

  it('spells Chinese names as Singapore and Malaysia do', () => {
    expect(southernReading('福成')).toBe('hock seng');
    expect(southernReading('合成發')).toBe('hup seng huat');
    expect(southernReading('吴明发', true)).toBe('goh beng huat');
  });

  it('folds long u and Urdu e-for-a, and keeps Cyrillic soft signs inside the word', () => {
    expect(spellingFold('noor')).toBe(spellingFold('nour'));
    expect(spellingFold('mansoori')).toBe(spellingFold('mansouri'));
    expect(spellingFold('rehman')).toBe(spellingFold('rahman'));
    expect(personNameTokens('Ковальчук Наталья')).toEqual(['kovalchuk', 'natalia']);
  });

  it('reads a contact in the area\'s way: Hokkien, Cantonese, Wade-Giles, Kazakh passports, short Arabic words', () => {
    const same = (x: string, y: string, area = {}) => matchContacts([prepareContact(x, area)], [prepareContact(y, area)]).kind;
    expect(same('吴明发', 'Goh Beng Huat', { southern: true })).toBe('full');
    expect(same('黃華成', 'Wong Wah Seng', { southern: true })).toBe('full');
    expect(same('張文雄', 'Chang Wen-Hsiung', { wadeGiles: true })).toBe('full');
    expect(same('Жанибеков Ерлан', 'Yerlan Janibekov')).toBe('full');
    expect(same('Ковальчук Наталья', 'Natallia Kavalchuk')).toBe('full');
    expect(same('فهد السبيعي', 'Fahad Al-Subaie')).toBe('full');
    // "Ah" is the familiar prefix of many given names: "Tan Ah Hock" is not 陈亚九 "Tan Ah Kow"
    expect(same('陈亚九', 'Tan Ah Hock', { southern: true })).toBe('none');
  });
});
