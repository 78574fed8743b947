import { describe, expect, it } from 'vitest';
import { readRecordCountry } from '../../../src/domain/dedupe/country-reading';
import { domainSpellsName } from '../../../src/domain/dedupe/domain-names-firm';
import { compareNames } from '../../../src/domain/dedupe/name-compare';
import { matchRecords, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { companyNameParts } from '../../../src/domain/dedupe/normalize-company';
import { personNameMatch, personNameTokens } from '../../../src/domain/dedupe/similarity';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;
const bothWays = (a: CandidateRecord, b: CandidateRecord) => [verdict(a, b), verdict(b, a)];
const person = (a: string, b: string) => personNameMatch(personNameTokens(a), personNameTokens(b));

// Records written for this pass (not taken from a DEV set).
describe('fifteenth pass: "A.R.E." is Egypt where the record says so', () => {
  it('dotted initials, an Egyptian number, or Egypt named before them', () => {
    expect(readRecordCountry('A.R.E.')).toBe('EG');
    expect(readRecordCountry('Heliopolis, Cairo, A.R.E.')).toBe('EG');
    expect(readRecordCountry('ARE', ['+20 3 4871122'])).toBe('EG');
    expect(readRecordCountry('Egypt, ARE')).toBe('EG');
  });

  it('bare "ARE" is ISO\'s code for the Emirates, and so is anything else', () => {
    expect(readRecordCountry('ARE')).toBe('AE');
    expect(readRecordCountry('ARE', ['+971 4 3345510'])).toBe('AE');
    expect(readRecordCountry('A.R.E.', ['+971 4 3345510'])).toBe('AE');
    expect(readRecordCountry('U.A.E.', ['+20 3 4871122'])).toBe('AE');
  });

  it('an Egyptian firm typed "ARE" meets its record typed "Egypt"', () => {
    const a = { name: 'Delta Wires Co. for Cables', country: 'ARE', phones: ['+20 3 4871122'], contactNames: ['Mahmoud Fathy'], city: 'Alexandria' };
    const b = { name: 'Delta Wires for Cables', country: 'Egypt', phones: ['03 487 1125'], contactNames: ['Mahmoud Fathi'], city: 'Alexandria' };
    expect(matchRecords(a, b).signals.country).toBe('same');
    expect(bothWays(a, b)).not.toContain('distinct');
  });
});

describe('fifteenth pass: pet names and short forms of a contact person', () => {
  it('a pet name stands for the names it may be short for', () => {
    expect(person('Bill Otieno', 'William Otieno')).toBe('full');
    expect(person('Pepe Castillo', 'José Castillo')).toBe('full');
    expect(person('Sasha Volkov', 'Aleksandr Volkov')).toBe('full');
    expect(person('Beto Salinas', 'Humberto Salinas')).toBe('full');
  });

  it('not for another name, nor one pet name for another', () => {
    expect(person('Bill Otieno', 'Peter Otieno')).not.toBe('full');
    expect(person('Pepe Castillo', 'Pedro Castillo')).not.toBe('full');
  });

  it('a Spanish family name in -ez cut short on the card ("Glez.", "Hdez.")', () => {
    expect(person('Ana Glez.', 'Ana González')).toBe('full');
    expect(person('Rguez. Tomás', 'Tomás Rodríguez')).toBe('full');
    // its first letter and its ending must be the name's
    expect(person('Ana Glez.', 'Ana Gómez')).not.toBe('full');
  });

  it('one person by two forms of a given name at a number both records carry', () => {
    const a = { name: 'Savanna Home', country: 'KE', phones: ['+254 722 410 883'], contactNames: ['Bill Otieno'], city: 'Mombasa' };
    const b = { name: 'Tana Ventures Limited', country: 'Kenya', phones: ['+254 722 410 883'], contactNames: ['William Otieno'], city: 'Mombasa' };
    expect(bothWays(a, b)).not.toContain('distinct');
  });
});

describe('fifteenth pass: a firm\'s initials against its name written out', () => {
  it('one country, no other town: worth a question', () => {
    const a = { name: 'KTS Pvt Ltd', country: 'IN', emails: ['kts.orders@gmail.com'], city: 'Pune' };
    const b = { name: 'Kulkarni Tool Suppliers Pvt Ltd', country: 'India', emails: ['kulkarni.tools@yahoo.in'], phones: ['+91 20 2445 8810'], city: 'Pune' };
    expect(bothWays(a, b)).toEqual(['possible_duplicate', 'possible_duplicate']);
  });

  it('not in two towns, nor two countries', () => {
    const a = { name: 'KTS Pvt Ltd', country: 'IN', emails: ['kts.orders@gmail.com'], city: 'Pune' };
    expect(bothWays(a, { name: 'Kulkarni Tool Suppliers Pvt Ltd', country: 'India', city: 'Chennai' })).toEqual(['distinct', 'distinct']);
    expect(bothWays(a, { name: 'Kulkarni Tool Suppliers Ltd', country: 'GB', city: 'Leicester' })).toEqual(['distinct', 'distinct']);
  });
});

describe('fifteenth pass: Arabic and Thai trades of two words', () => {
  it('"spare parts", "sanitary ware" and "foodstuff" in Arabic read as English writes them', () => {
    // (the firm's own word is spelt from the abjad: compared by its sound, not its key)
    const trades = (name: string) => companyNameParts(name).tokens.slice(1).sort();
    expect(trades('مؤسسة الهلال لقطع غيار السيارات')).toEqual(trades('Al Hilal Auto Spare Parts Est.'));
    expect(trades('شركة الريان للأدوات الصحية')).toEqual(trades('Al Rayan Sanitary Ware Co.'));
    expect(trades('الريان للمواد الغذائية')).toEqual(trades('Al Rayan Foodstuff'));
    expect(companyNameParts('شركة الصفوة للأدوات الصحية').tokens).toEqual(expect.arrayContaining(['sanitary', 'ware']));
  });

  it('one firm in Arabic and in English, one town, is at least a question', () => {
    const a = { name: 'Al Rayan Sanitary Ware LLC', country: 'AE', phones: ['04 339 1180'], city: 'Dubai' };
    const b = { name: 'شركة الريان للأدوات الصحية', country: 'الإمارات', phones: ['+971 50 771 2290'], city: 'Dubai' };
    expect(bothWays(a, b)).not.toContain('distinct');
  });

  it('Thai kitchenware is a trade word: another trade of one name is another firm', () => {
    expect(companyNameParts('เจริญเครื่องครัว').tokens).toContain('kitchenware');
    const a = { name: 'Charoen Kitchenware Co., Ltd.', country: 'TH', city: 'Chiang Mai' };
    const b = { name: 'Charoen Electric Co., Ltd.', country: 'TH', city: 'Chiang Mai' };
    expect(bothWays(a, b)).toEqual(['distinct', 'distinct']);
  });
});

describe('fifteenth pass: the rivers and old cities Arab firms are named for', () => {
  it('the Arabic spelling meets the English name', () => {
    expect(compareNames(companyNameParts('Al Furat Cables Co.'), companyNameParts('Euphrates Cables')).similarity).toBeGreaterThanOrEqual(0.9);
    expect(compareNames(companyNameParts('Dijla Pharma'), companyNameParts('Tigris Pharma')).similarity).toBeGreaterThanOrEqual(0.9);
    const a = { name: 'El Nil Paints Co.', country: 'EG', phones: ['+20 3 4920011'], contactNames: ['Karim Saleh'], city: 'Alexandria' };
    const b = { name: 'Nile Paints', country: 'Egypt', phones: ['+20 122 400 8811'], contactNames: ['Kareem Saleh'], city: 'Alexandria' };
    expect(bothWays(a, b)).not.toContain('distinct');
  });

  it('another trade under the river\'s name stays another firm', () => {
    const a = { name: 'El Nil Paints Co.', country: 'EG', city: 'Alexandria' };
    expect(bothWays(a, { name: 'Nile Textiles', country: 'EG', city: 'Alexandria' })).toEqual(['distinct', 'distinct']);
  });
});

describe('fifteenth pass: a company domain that spells the other record\'s name', () => {
  it('the name\'s words run together, its trade words on or off, one trading word after', () => {
    const parts = companyNameParts('Kim Lung Trading S.A.');
    expect(domainSpellsName('kimlung', 'PA', parts, false)).toBe(true);
    expect(domainSpellsName('kimlungtrading', 'PA', parts, false)).toBe(true);
    expect(domainSpellsName('kimlung-pa', 'PA', parts, false)).toBe(true);
    expect(domainSpellsName('kimlungmotors', 'PA', parts, false)).toBe(false);
    // a group's domain is every firm's of the group
    expect(domainSpellsName('kimlunggroup', 'PA', parts, false)).toBe(false);
    // a frequent brand word alone names the firm only in one town
    expect(domainSpellsName('zenithtrading', 'US', companyNameParts('Zenith'), false)).toBe(false);
    expect(domainSpellsName('zenithtrading', 'US', companyNameParts('Zenith'), true)).toBe(true);
  });

  it('a trade name against the registered firm\'s mailbox, one town: a question', () => {
    const a = { name: 'Jinli Trading S.A.', country: 'PA', emails: ['ventas@kimlung.com.pa'], website: 'kimlung.com.pa', city: 'Colón' };
    const b = { name: 'Kim Lung Trading, S.A.', country: 'Panama', emails: ['kimlung.pa@hotmail.com'], phones: ['+507 441-2290'], city: 'Colon' };
    expect(bothWays(a, b)).toEqual(['possible_duplicate', 'possible_duplicate']);
  });

  it('not in another town, nor where the domain is the record\'s own name', () => {
    const a = { name: 'Jinli Trading S.A.', country: 'PA', website: 'kimlung.com.pa', city: 'Colón' };
    expect(bothWays(a, { name: 'Kim Lung Trading, S.A.', country: 'Panama', city: 'David' })).toEqual(['distinct', 'distinct']);
    const own = { name: 'Kim Lung Motors', country: 'PA', website: 'kimlung.com.pa', city: 'Colón' };
    expect(bothWays(own, { name: 'Jinli Trading S.A.', country: 'PA', city: 'Colón' })).toEqual(['distinct', 'distinct']);
  });
});
