import { describe, expect, it } from 'vitest';
import { matchRecords, prepareRecord, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { branchOfficeName, normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';
import { digitForLetter } from '../../../src/domain/dedupe/ocr-digit-slips';
import { withoutOwnTown } from '../../../src/domain/dedupe/own-town-in-name';
import { spelledOutAbbreviations } from '../../../src/domain/dedupe/slash-abbreviations';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;
const bothWays = (a: CandidateRecord, b: CandidateRecord) => [verdict(a, b), verdict(b, a)];

// Records written for this pass (not taken from a DEV set).
describe('DEV 7 pass: a buyer typed in by its person', () => {
  const firm = { name: 'Foshan Brightway Ceramics Co., Ltd.', country: 'CN', city: 'Foshan', emails: ['sales@brightway-ceramics.com'], contactNames: ['Zhang Wei'] };

  it('reads a name of two person words, or a pasted address, as a person; a firm\'s name not', () => {
    expect(prepareRecord({ name: 'Zhang Wei', country: 'CN' }).namedPerson).toBeDefined();
    expect(prepareRecord({ name: 'karim.haddad.bey@gmail.com' }).namedPerson).toBeDefined();
    expect(prepareRecord({ name: 'Kumar Textiles', country: 'IN' }).namedPerson).toBeUndefined();
    expect(prepareRecord({ name: 'Haddad & Sons', country: 'LB' }).namedPerson).toBeUndefined();
    expect(prepareRecord({ name: 'info@cedarline.com.lb' }).namedPerson).toBeUndefined();
  });

  it('the person named as the firm, in its town, is asked about', () => {
    const person = { name: 'Zhang Wei (Foshan)', city: 'Foshan', emails: ['zhangwei_fs@qq.com'], phones: ['+86 138 2600 1122'] };
    expect(bothWays(person, firm)).not.toContain('distinct');
  });

  it('an address pasted as the name meets the firm whose contact it spells', () => {
    const pasted = { name: 'karim.haddad.bey@gmail.com', emails: ['karim.haddad.bey@gmail.com'], phones: ['+961 3 445 221'], contactNames: ['Karim'] };
    const cedar = { name: 'Cedar Line Trading SAL', country: 'LB', city: 'Beirut', phones: ['+961 1 567 890'], contactNames: ['Karim Haddad'] };
    expect(bothWays(pasted, cedar)).not.toContain('distinct');
  });

  it('look-alikes: the person in another town, or another person of the family, stay apart', () => {
    expect(bothWays({ name: 'Zhang Wei', country: 'CN', city: 'Shenzhen' }, firm)).toEqual(['distinct', 'distinct']);
    expect(bothWays({ name: 'Zhang Lei', country: 'CN', city: 'Foshan' }, firm)).toEqual(['distinct', 'distinct']);
    const other = { name: 'Juan Pérez', country: 'MX', city: 'Monterrey' };
    expect(bothWays(other, { name: 'Ferretería Pérez', country: 'MX', city: 'Monterrey', contactNames: ['Luis Pérez'] })).not.toContain('duplicate');
  });
});

describe('DEV 7 pass: OCR digits for letters', () => {
  it('reads 1 for l and 0 for o inside words, not numbers that are words', () => {
    expect(digitForLetter('Bin Sa1eh Trading')).toBe('Bin Saleh Trading');
    expect(digitForLetter('Novo Meta1 Works')).toBe('Novo Metal Works');
    expect(digitForLetter('0mar Bin Saleh')).toBe('omar Bin Saleh');
    expect(digitForLetter('A1 Trading')).toBe('A1 Trading');
    expect(digitForLetter('Studio1 Media')).toBe('Studio1 Media');
    expect(digitForLetter('Tech1 Systems')).toBe('Tech1 Systems');
    expect(digitForLetter('Power1 Electric')).toBe('Power1 Electric');
    expect(digitForLetter('Shop 10 Deira')).toBe('Shop 10 Deira');
  });

  it('a scanned name meets the firm', () => {
    const a = { name: 'Ural Kabel Servis', country: 'RU', city: 'Perm', contactNames: ['Pavel Orlov'] };
    const b = { name: 'Ura1 Kabe1 Servis', country: 'RU', city: 'Perm', contactNames: ['Pave1 Orlov'] };
    expect(verdict(a, b)).toBe('duplicate');
  });
});

describe('DEV 7 pass: shortened trade words and initials', () => {
  it('H/ware, W/sale and "Whole Sale" are the words', () => {
    expect(spelledOutAbbreviations('kisumu h/ware stores')).toBe('kisumu hardware stores');
    expect(normalizeCompanyName('Kisumu H/ware Stores')).toBe(normalizeCompanyName('Kisumu Hardware Stores'));
    expect(normalizeCompanyName('Al Safa Whole Sale')).toBe(normalizeCompanyName('Al Safa Wholesale'));
    expect(spelledOutAbbreviations('input/output trading')).toBe('input/output trading');
  });

  it('initials after a leading legal form ("CV Maju Sentosa Abadi" = MSA) with one person in one town', () => {
    const a = { name: 'CV Maju Sentosa Abadi', country: 'ID', city: 'Bandung', contactNames: ['Hendra Wijaya'] };
    const b = { name: 'MSA Bandung', city: 'Bandung', contactNames: ['Pak Hendra Wijaya'] };
    expect(bothWays(a, b)).not.toContain('distinct');
    const c = { name: 'CV Mitra Sejati Abadi', country: 'ID', city: 'Bandung', contactNames: ['Agus Salim'] };
    expect(bothWays(c, b)).toEqual(['distinct', 'distinct']);
  });

  it('a sole trader\'s initials taken for a legal form still stand for the given names', () => {
    const a = { name: 'IP Petrov A.S.', country: 'RU', city: 'Kazan', phones: ['+7 917 220 3344'] };
    const b = { name: 'ИП Петров Алексей Сергеевич', country: 'Россия', city: 'Казань' };
    expect(bothWays(a, b)).not.toContain('distinct');
    const c = { name: 'ИП Петров Алексей Викторович', country: 'Россия', city: 'Казань' };
    expect(bothWays(a, c)).not.toContain('duplicate');
  });
});

describe('DEV 7 pass: the firm\'s own town and sites in its name', () => {
  it('a town after the legal form is the record\'s town, not a word of the name', () => {
    expect(withoutOwnTown('Jubba Trading Co. Basra', 'Basra')).toBe('Jubba Trading Co.');
    expect(withoutOwnTown('Pars Sanat Shiraz', 'Shiraz')).toBeUndefined();
    expect(withoutOwnTown('Jubba Trading Co. Basra', 'Najaf')).toBeUndefined();
    const a = { name: 'Jubba Trading Co. Basra', city: 'Basra', emails: ['hassan.jubba@gmail.com'], contactNames: ['Hassan'] };
    const b = { name: 'Al-Jubba Trading Co.', country: 'IQ', city: 'Basra', phones: ['+964 780 111 2233'], contactNames: ['Hassan Kadhim'] };
    expect(bothWays(a, b)).toEqual(['duplicate', 'duplicate']);
  });

  it('"- Nakuru Farm" names one of the firm\'s sites: its town is no evidence against', () => {
    expect(branchOfficeName('Lakeview Roses Ltd - Nakuru Farm')).toBe('Lakeview Roses Ltd');
    expect(branchOfficeName('Green Farm Supplies')).toBeUndefined();
    const a = { name: 'Lakeview Roses Ltd', country: 'KE', city: 'Nairobi', contactNames: ['Grace Njeri'] };
    const b = { name: 'Lakeview Roses Limited - Nakuru Farm', country: 'Kenya', city: 'Nakuru', contactNames: ['Mrs. Njeri'] };
    expect(bothWays(a, b)).not.toContain('distinct');
  });
});

describe('DEV 7 pass: names translated in Russian, Georgian and Burmese spellings', () => {
  it('"Shwe Kyar" is Golden Lotus, with one person in one town', () => {
    const a = { name: 'Shwe Kyar Jewellery', country: 'Myanmar', city: 'Mandalay', contactNames: ['Aung Min'] };
    const b = { name: 'Golden Lotus Jewellery Co., Ltd.', country: 'MM', city: 'Mandalay', contactNames: ['U Aung Min'] };
    expect(bothWays(a, b)).not.toContain('distinct');
  });

  it('"Sibirskaya Lesnaya" is Siberian Timber; a Siberian firm of another trade and person stays apart', () => {
    const a = { name: 'OOO Sibirskaya Lesnaya Kompaniya', country: 'RU', city: 'Tomsk', contactNames: ['Oleg Volkov'] };
    const b = { name: 'Siberian Timber Company', country: 'Russia', city: 'Tomsk', contactNames: ['O. Volkov'] };
    expect(bothWays(a, b)).not.toContain('distinct');
    const c = { name: 'Siberian Steel Company', country: 'Russia', city: 'Tomsk', contactNames: ['Igor Lebedev'] };
    expect(bothWays(a, c)).toEqual(['distinct', 'distinct']);
  });
});
