import { describe, expect, it } from 'vitest';
import { contactNameKeys } from '../../../src/domain/dedupe/contact-name-keys';
import { matchContacts, prepareContact, type ContactArea } from '../../../src/domain/dedupe/contact-names';
import { pinyinAndDialectAgree } from '../../../src/domain/dedupe/dialect-names';
import { matchRecords, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { companyNameParts } from '../../../src/domain/dedupe/normalize-company';
import { compareCities, prepareCity } from '../../../src/domain/dedupe/city';
import { thaiPersonWords } from '../../../src/domain/dedupe/thai-names';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;
const bothWays = (a: CandidateRecord, b: CandidateRecord) => [verdict(a, b), verdict(b, a)];
const contacts = (a: string, areaA: ContactArea, b: string, areaB: ContactArea) =>
  matchContacts([prepareContact(a, areaA)], [prepareContact(b, areaB)]).kind;

// Records written for this pass (not taken from a DEV set).
describe('seventh pass: old spellings of places', () => {
  it('reads a postal or colonial spelling as the place it names, in the name and in the city', () => {
    for (const [old, now] of [['Canton', 'Guangzhou'], ['Amoy', 'Xiamen'], ['Swatow', 'Shantou'], ['Tsingtao', 'Qingdao'], ['Tientsin', 'Tianjin'],
      ['Peking', 'Beijing'], ['Bombay', 'Mumbai'], ['Madras', 'Chennai'], ['Calcutta', 'Kolkata'], ['Saigon', 'Ho Chi Minh']]) {
      expect(companyNameParts(`${old} Hengli Trading Co.`).qualifiers).toEqual(companyNameParts(`${now} Hengli Trading Co.`).qualifiers);
      expect(compareCities(prepareCity(old)!, prepareCity(now)!)).toBe('same');
    }
  });

  it('keeps the old name for the map: Canton, Ohio is next to Akron, not in China', () => {
    expect(compareCities(prepareCity('Canton', { country: 'US' })!, prepareCity('Akron', { country: 'US' })!)).toBe('same');
    expect(compareCities(prepareCity('Canton', { country: 'US' })!, prepareCity('Cleveland', { country: 'US' })!)).toBe('different');
  });

  it.each([
    [{ name: 'Amoy Hongtai Stone Co.', country: 'CN', city: 'Amoy', phones: ['+86 592 601 2210'] },
      { name: 'Xiamen Hongtai Stone Co., Ltd.', country: 'China', city: 'Xiamen', emails: ['sales@hongtaistone.cn'] }],
    [{ name: 'Tsingtao Jinhai Tyre', country: 'CN', city: 'Tsingtao' }, { name: 'Qingdao Jinhai Tyre Co., Ltd.', country: 'CN', city: 'Qingdao' }],
    [{ name: 'Canton Meihua Garments', country: 'CN', city: 'Canton' }, { name: 'Guangzhou Meihua Garment Co., Ltd', country: 'CN', city: 'Guangzhou' }],
    [{ name: 'Tientsin Hengda Carpet Co.', country: 'CN', contactNames: ['Liu Qiang'] }, { name: '天津恒达地毯有限公司', country: '中国', contactNames: ['刘强'] }],
    [{ name: 'Bombay Star Textiles', country: 'IN', city: 'Bombay', phones: ['+91 22 2201 4410'] },
      { name: 'Star Textiles (Mumbai) Pvt Ltd', country: 'India', city: 'Mumbai', emails: ['star.textiles@gmail.com'] }],
  ] as [CandidateRecord, CandidateRecord][])('%o = %o', (a, b) => {
    expect(bothWays(a, b)).toEqual(['duplicate', 'duplicate']);
  });

  it.each([
    // an old spelling is still a place: another place stays another branch
    [{ name: 'Amoy Hongtai Stone Co.', country: 'CN', city: 'Amoy' }, { name: 'Fuzhou Hongtai Stone Co., Ltd.', country: 'CN', city: 'Fuzhou' }],
    [{ name: 'Swatow Meilong Toys Factory', country: 'CN', city: 'Swatow' }, { name: 'Chaozhou Meilong Toys Factory', country: 'CN', city: 'Chaozhou' }],
    [{ name: 'Peking Garden Foods', country: 'GB', city: 'London' }, { name: 'Nanking Garden Foods', country: 'GB', city: 'London' }],
  ] as [CandidateRecord, CandidateRecord][])('%o ≠ %o', (a, b) => {
    expect(bothWays(a, b)).not.toContain('duplicate');
  });
});

describe('seventh pass: Thai contact names', () => {
  it.each([
    ['สมชาย ใจดี', 'Somchai Jaidee'], ['ธนพล สุวรรณ', 'Thanapol Suwan'], ['มานพ โชคดี', 'Manop Chokdee'], ['กิตติพงษ์ รุ่งเรือง', 'Kittipong Rungruang'],
    ['พรทิพย์ วัฒนา', 'Pornthip Wattana'], ['นพดล บุญมา', 'Noppadol Boonma'], ['ณัฐพล แซ่ตั้ง', 'Nattapon Saetang'], ['วิชัย ศรีสุข', 'Vichai Srisook'],
    ['นิรันดร์ ชัยพร', 'Niran Chaiyaporn'], ['คุณสุรชัย ศรีสวัสดิ์', 'Surachai Srisawat'],
  ])('%s = %s', (thai, latin) => {
    expect(contacts(thai, { thai: true }, latin, { thai: true })).toBe('full');
    // and the candidate search finds the one from the other
    expect(contactNameKeys(thai).some((k) => contactNameKeys(latin).includes(k))).toBe(true);
  });

  it.each([
    ['สมชาย ใจดี', 'Somsak Jaidee'], ['สมชาย ใจดี', 'Somchai Chaiyaporn'], ['ธนพล บุญมา', 'Thanapol Boonmee'], ['ประเสริฐ วงศ์สวัสดิ์', 'Prasit Wongsawat'],
  ])('%s ≠ %s', (thai, latin) => {
    expect(contacts(thai, { thai: true }, latin, { thai: true })).not.toBe('full');
  });

  it('keeps the final vowel Thai always writes, and the consonants every spelling keeps', () => {
    expect(thaiPersonWords('บุญมา')).not.toEqual(thaiPersonWords('บุญมี'));
    expect(thaiPersonWords('Boonma')).toEqual(thaiPersonWords('บุญมา'));
    expect(thaiPersonWords('Somchai')).not.toEqual(thaiPersonWords('Somchit'));
  });

  it.each([
    [{ name: 'บริษัท ทองดี ฮาร์ดแวร์ จำกัด', country: 'ประเทศไทย', contactNames: ['ประเสริฐ วงศ์สวัสดิ์'], emails: ['thongdee.hw@hotmail.com'] },
      { name: 'Thongdee Hardware Co., Ltd.', country: 'Thailand', contactNames: ['Prasert Wongsawat'], emails: ['prasert@thongdeehardware.co.th'] }],
    [{ name: 'บริษัท รุ่งเจริญ พลาสติก จำกัด', country: 'ไทย', contactNames: ['ธนพล บุญมา'] },
      { name: 'Rung Charoen Plastic Co., Ltd.', country: 'TH', contactNames: ['Thanapol Boonma'], phones: ['+66 2 311 4520'] }],
  ] as [CandidateRecord, CandidateRecord][])('%o = %o', (a, b) => {
    expect(bothWays(a, b)).toEqual(['duplicate', 'duplicate']);
  });

  it.each([
    // two firms, and two people whose names differ in a word
    [{ name: 'บริษัท ทองดี ฮาร์ดแวร์ จำกัด', country: 'ประเทศไทย', contactNames: ['ประเสริฐ วงศ์สวัสดิ์'] },
      { name: 'Thongchai Hardware Co., Ltd.', country: 'Thailand', contactNames: ['Prasit Wongsawat'] }],
    [{ name: 'บริษัท รุ่งเจริญ พลาสติก จำกัด', country: 'ไทย', contactNames: ['ธนพล บุญมา'] },
      { name: 'Rung Charoen Steel Co., Ltd.', country: 'TH', contactNames: ['Thanapol Boonmee'] }],
  ] as [CandidateRecord, CandidateRecord][])('%o ≠ %o', (a, b) => {
    expect(bothWays(a, b)).not.toContain('duplicate');
  });
});

describe('seventh pass: pinyin against a dialect spelling, both in Latin letters', () => {
  it.each([
    ['Chen Zhiming', 'Chan Chi Ming', { cantonese: true }], ['Zhiming Chen', 'Chan Chi Ming', { cantonese: true }], ['Li Jiaming', 'Lee Ka Ming', { cantonese: true }],
    ['Huang Weilun', 'Wong Wai Lun', { cantonese: true }], ['Lin Weiming', 'Lim Wei Ming', { southern: true }], ['Zhang Jiawei', 'Cheong Kah Wai', { southern: true }],
    ['Xu Jiahao', 'Hsu Chia-Hao', { wadeGiles: true }],
  ] as [string, string, ContactArea][])('%s = %s', (pinyin, dialect, area) => {
    expect(contacts(pinyin, {}, dialect, area)).toBe('full');
    expect(contacts(dialect, area, pinyin, {})).toBe('full');
  });

  it.each([
    // another given name; names that merely split into syllables; two pinyin spellings (王 Wang, 黃 Huang); no dialect area
    ['Chen Zhiming', 'Chan Siu Ming', { cantonese: true }], ['Chen Zhiming', 'Chan Ka Ming', { cantonese: true }], ['Linda Chen', 'Linda Tan', { southern: true }],
    ['Maria Chen', 'Maria Tan', { southern: true }], ['Wang Wei', 'Huang Wei', { cantonese: true }], ['Chen Zhiming', 'Chan Chi Ming', {}],
  ] as [string, string, ContactArea][])('%s ≠ %s', (pinyin, dialect, area) => {
    expect(contacts(pinyin, {}, dialect, area)).not.toBe('full');
  });

  it('needs every syllable, the family name first', () => {
    expect(pinyinAndDialectAgree('Chen Hai', 'Tan Hai')).toBe(true);
    expect(pinyinAndDialectAgree('Hai Chen', 'Hai Tan')).toBe(true);
    expect(pinyinAndDialectAgree('Ming Hua', 'Beng Huat')).toBe(false);
    expect(pinyinAndDialectAgree('John Smith', 'Jon Smyth')).toBe(false);
  });

  it('lets the person decide between two records of one firm, not join two firms', () => {
    expect(bothWays(
      { name: '永發五金有限公司', country: 'HK', contactNames: ['Chen Zhiming'], emails: ['chenzm@163.com'] },
      { name: 'Wing Fat Hardware Co. Ltd', country: 'HK', contactNames: ['Chan Chi Ming'], emails: ['cm.chan@wingfat.com.hk'] },
    )).toEqual(['duplicate', 'duplicate']);
    expect(bothWays(
      { name: 'Wing Fat Hardware', country: 'HK', contactNames: ['Chen Zhiming'] },
      { name: 'Tai Hing Plastics Ltd', country: 'HK', contactNames: ['Chan Chi Ming'] },
    )).toEqual(['distinct', 'distinct']);
  });
});

describe('seventh pass: homophones in a dialect', () => {
  it.each([
    // 王記 and 黃記 are both "Wong Kee" in Cantonese, 德成 and 德盛 both "Teck Seng" in Hokkien: two firms in characters
    [{ name: '王記貿易有限公司', country: 'HK' }, { name: '黃記貿易有限公司', country: 'HK' }],
    [{ name: '王記五金', country: 'MY', city: '怡保' }, { name: '黃記五金', country: 'MY', city: '怡保' }],
    [{ name: '德成五金', country: 'SG' }, { name: '德盛五金', country: 'SG' }],
  ] as [CandidateRecord, CandidateRecord][])('%o ≠ %o', (a, b) => {
    expect(bothWays(a, b)).toEqual(['distinct', 'distinct']);
  });

  it.each([
    // the characters agree (Traditional and Simplified), or a Latin name gives the dialect spelling
    [{ name: '王记贸易有限公司', country: 'HK' }, { name: '王記貿易有限公司', country: 'HK' }],
    [{ name: '黃記貿易有限公司', country: 'HK' }, { name: 'Wong Kee Trading Limited', country: 'HK' }],
    [{ name: '新興眼鏡公司', country: '香港' }, { name: '新兴眼镜公司', country: 'HK' }],
  ] as [CandidateRecord, CandidateRecord][])('%o = %o', (a, b) => {
    expect(bothWays(a, b)).toEqual(['duplicate', 'duplicate']);
  });
});

describe('seventh pass: 电器 is an electrical appliance', () => {
  it.each([
    [{ name: '香港永安電器有限公司', country: 'HK' }, { name: 'Wing On Appliances Ltd', country: 'HK' }],
    [{ name: '佛山市顺德区美家电器有限公司', country: 'CN' }, { name: 'Meijia Appliances', country: 'CN' }],
    [{ name: 'Jinfeng Electric Appliance', country: 'CN', city: 'Ningbo' }, { name: 'Jinfeng Appliances', country: 'CN', city: 'Ningbo' }],
  ] as [CandidateRecord, CandidateRecord][])('%o = %o', (a, b) => {
    expect(bothWays(a, b)).toEqual(['duplicate', 'duplicate']);
  });

  it.each([
    // another line of business, or "Electrical" only (a supplies shop as often as not)
    [{ name: '宁波金凤电器有限公司', country: 'CN' }, { name: 'Ningbo Jinfeng Lighting Co., Ltd', country: 'CN' }],
    [{ name: '宁波金凤电器有限公司', country: 'CN' }, { name: 'Ningbo Jinfeng Electronics Co., Ltd', country: 'CN' }],
    [{ name: 'Jinfeng Electric Appliance', country: 'CN' }, { name: 'Jinfeng Electric', country: 'CN' }],
  ] as [CandidateRecord, CandidateRecord][])('%o ≠ %o', (a, b) => {
    expect(bothWays(a, b)).not.toContain('duplicate');
  });
});
