import { describe, expect, it } from 'vitest';
import { blockingKeys } from '../../../src/domain/dedupe/blocking';
import { matchRecords, prepareRecord, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { cantonese, koreanFold, koreanRomanization, mandarin, toSimplified } from '../../../src/domain/dedupe/romanize';
import { soundSkeleton } from '../../../src/domain/dedupe/sound-skeleton';
import { loadLabelled, pairwiseMetrics } from './fixtures';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;

// Issue 20: duplicates that share no email, phone, domain or website.
describe('duplicates without a shared key', () => {
  it.each([
    [{ name: 'ООО «Светотехника»', country: 'Россия' }, { name: 'OOO Svetotekhnika', country: 'RU' }],
    [{ name: '深圳市光明照明有限公司', country: 'CN' }, { name: 'Shenzhen Guangming Lighting Co., Ltd.', country: 'China' }],
    [{ name: 'شركة النور للتجارة', country: 'الإمارات' }, { name: 'Al Noor Trading LLC', country: 'UAE' }],
    [{ name: 'Công ty TNHH Chiếu Sáng Sài Gòn', country: 'Việt Nam' }, { name: 'Saigon Lighting Co., Ltd', country: 'VN' }],
    [{ name: '香港明華燈飾有限公司', country: 'HK' }, { name: 'Ming Wah Lighting (HK) Ltd', country: 'Hong Kong' }],
    [{ name: 'Eko Lights Lagos Ltd', country: 'NG' }, { name: 'Lagos Eko Lights Limited', country: 'Nigeria' }],
    [{ name: 'Com. Mat. Eletricos Santos LTDA', country: 'BR' }, { name: 'Comercial de Materiais Elétricos Santos Ltda', country: 'Brasil' }],
    [{ name: 'Φωτισμός Παπαδόπουλος Α.Ε.', country: 'GR' }, { name: 'Papadopoulos Lighting S.A.', country: 'Greece' }],
    [{ name: '株式会社サクラ照明', country: 'JP' }, { name: 'Sakura Lighting Co., Ltd.', country: 'Japan' }],
  ] as [CandidateRecord, CandidateRecord][])('%o = %o', (a, b) => {
    const r = matchRecords(a, b);
    expect(r.verdict).toBe('duplicate');
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['same_name', 'same_country']));
    // in memory (an import's rows against each other) the two always meet in one block
    const ka = new Set(blockingKeys(prepareRecord(a)));
    expect(blockingKeys(prepareRecord(b)).some((k) => ka.has(k))).toBe(true);
  });

  it('asks about the same person at a like-named firm in one country, whatever other addresses and numbers say', () => {
    // a private entrepreneur's Cyrillic and Latin records, another mailbox and number on each; a Greek importer's Latin
    // and romanised-Greek names (only their own word Hellas shared), the buyer's initial on one card
    expect(verdict(
      { name: 'ИП Ахмедов Рустам Маратович', country: 'РФ', city: 'Казань', contactNames: ['Ахмедов Р.М.'], emails: ['akhmedov.rm@yandex.ru'], phones: ['8-843-212-45-67'] },
      { name: 'IE Akhmedov Rustam', country: 'Russian Federation', city: 'Kazan', contactNames: ['Rustam Akhmedov'], emails: ['rustam.akhmedov.kzn@gmail.com'], phones: ['+7 987 290 1144'] },
    )).not.toBe('distinct');
    expect(verdict(
      { name: 'Lighting Hellas Ltd', country: 'Greece', city: 'Piraeus', contactNames: ['Yiannis Karagiannis'], emails: ['ykaragiannis@hotmail.gr'], phones: ['+30 697 223 1190'] },
      { name: 'Fotistiki Hellas EPE', country: 'GR', city: 'Pireas', contactNames: ['I. Karagiannis'], emails: ['purchasing@fotistiki.gr'], phones: ['+30 210 4170 338'] },
    )).not.toBe('distinct');
    // the same purchaser at a firm of another name (a buyer who moved, a namesake) is no question
    const c = { name: 'Elite Builders Trading', country: 'SA', city: 'Riyadh', contactNames: ['Fahad Al-Harbi'], emails: ['fahad@elitebuilders.sa'] };
    const d = { name: 'Alpha Technical Services', country: 'SA', city: 'Riyadh', contactNames: ['Fahad Al-Harbi'], emails: ['fahad@alphatech.sa'] };
    expect(verdict(c, d)).toBe('distinct');
  });

  it('reads Hangul in Revised Romanization (final consonants as spoken) and meets McCune-Reischauer spellings', () => {
    expect(koreanRomanization('한빛')).toBe('hanbit');
    expect(koreanRomanization('한아')).toBe('hana');
    expect(koreanFold('chosun')).toBe(koreanFold(koreanRomanization('조선')));
    expect(koreanFold('hanpit')).toBe(koreanFold('hanbit'));
    for (const [ko, en] of [['한빛산업', 'Hanbit Industrial Co.'], ['한빛산업', 'Hanpit Industries'], ['조선무역', 'Chosun Trading']]) {
      expect(verdict({ name: ko, country: 'KR' }, { name: en, country: 'Korea' }), `${ko} / ${en}`).not.toBe('distinct');
    }
    expect(verdict({ name: '한빛산업', country: 'KR' }, { name: 'Hanil Industrial', country: 'KR' })).not.toBe('duplicate');
  });

  it('reads Hong Kong names in Cantonese, Traditional as Simplified, and Arabic without vowels', () => {
    expect(cantonese('明華')).toBe('ming wah');
    expect(mandarin('长兴')).toBe('chang xing');
    expect(cantonese('長興')).toBe('cheung hing');
    expect(toSimplified('燈飾電器')).toBe('灯饰电器');
    expect(toSimplified('ヒカリ電機')).toBe('ヒカリ電機');
    expect(soundSkeleton('alnoor')).toBe(soundSkeleton('nwr'));
    // a mainland name is read in Mandarin only: 明華 is "Minghua" there
    expect(verdict({ name: '深圳明華燈飾有限公司', country: 'CN' }, { name: 'Ming Wah Lighting Ltd', country: 'CN' })).not.toBe('duplicate');
  });

  it('keeps look-alikes apart: one-letter pinyin neighbours, generic names abroad, free mail, a shared forwarder phone', () => {
    expect(verdict({ name: 'Yiwu Jiahe Import & Export Co., Ltd.', country: 'CN' }, { name: '义乌市佳辉进出口有限公司', country: 'CN' })).not.toBe('duplicate');
    expect(verdict({ name: 'OOO Svettorg', country: 'RU' }, { name: 'ООО «СветСтрой»', country: 'RU' })).toBe('distinct');
    expect(verdict({ name: 'Global Trading LLC', country: 'AE' }, { name: 'Global Trading Ltd', country: 'GB' })).toBe('distinct');
    expect(verdict({ name: 'Sunrise Lighting', country: 'NG', emails: ['sunrise@gmail.com'] }, { name: 'Lagos Lamps', country: 'NG', emails: ['lagoslamps@gmail.com'] })).toBe('distinct');
    const forwarder = matchRecords({ name: 'Kestrel Outdoor GmbH', country: 'DE', phones: ['+49 40 1234567'] }, { name: 'Baltic Lamps GmbH', country: 'DE', phones: ['+49 40 1234567'] });
    expect(forwarder.verdict).toBe('distinct');
    expect(forwarder.reasons.find((x) => x.code === 'shared_phone_only')?.en).toBe("same phone +49 40 1234567, but different names (a shared forwarder's or agent's number?)");
    // the same phone with the same name is still proof
    expect(verdict({ name: 'Kestrel Outdoor GmbH', country: 'DE', phones: ['+49 40 1234567'] }, { name: 'Kestrel Outdoor', country: 'Germany', phones: ['040 1234567'] })).toBe('duplicate');
  });

  it('matches the contact person across scripts', () => {
    for (const [a, b] of [['أحمد حسن', 'Ahmed Hassan'], ['خالد الرشيد', 'Khalid Al Rasheed'], ['Алексей Иванов', 'Aleksey Ivanov'], ['Γιώργος Παπαδόπουλος', 'Giorgos Papadopoulos'], ['Nguyễn Văn An', 'Nguyen Van An']]) {
      const r = matchRecords({ name: 'Alpha Lamps', contactNames: [a] }, { name: 'Alpha Lamps', contactNames: [b] });
      expect(r.signals.contactMatch, `${a} / ${b}`).toBe('full');
    }
    expect(matchRecords({ name: 'Alpha Lamps', contactNames: ['Mike Brown'] }, { name: 'Alpha Lamps', contactNames: ['Sarah Lee'] }).signals.contactMatch).toBe('none');
  });

  it('counts the city for or against', () => {
    const same = matchRecords({ name: 'Pampa Luz SRL', country: 'AR', city: 'Córdoba' }, { name: 'Pampa Luz S.R.L.', country: 'AR', city: 'Cordoba' });
    expect(same.reasons.find((x) => x.code === 'same_city')?.en).toBe('both in cordoba');
    const saigon = matchRecords({ name: 'Saigon Lighting', city: 'Sài Gòn' }, { name: 'Saigon Lighting', city: 'Ho Chi Minh City' });
    expect(saigon.reasons.map((x) => x.code)).toContain('same_city');
    const apart = matchRecords({ name: 'Star Lamps Ltd', country: 'NG', city: 'Abuja' }, { name: 'Star Lamps Ltd', country: 'NG', city: 'Kano' });
    expect(apart.reasons.map((x) => x.code)).toContain('different_city');
    expect(apart.score).toBeLessThan(same.score);
  });

  it('on tests/data/dedupe/hard.jsonl (half its clusters share no key): train and test splits reach the issue targets', () => {
    const hard = loadLabelled('hard.jsonl')!;
    for (const split of ['train', 'test'] as const) {
      const rs = hard.filter((r) => r.split === split);
      const v = (a: (typeof rs)[number], b: (typeof rs)[number]) => matchRecords(a, b).verdict;
      const dup = pairwiseMetrics(rs, (a, b) => v(a, b) === 'duplicate');
      const warn = pairwiseMetrics(rs, (a, b) => v(a, b) !== 'distinct');
      expect(dup.precision, split).toBeGreaterThanOrEqual(0.97);
      expect(warn.recall, split).toBeGreaterThanOrEqual(0.9);
    }
    // every pair of the hard set through the matcher: long on a loaded 2-core machine, not a hang
  }, 120_000);

  it('hard.jsonl is built as the issue asks: at least half the duplicate clusters share no exact key, as many hard negatives as duplicates', () => {
    const hard = loadLabelled('hard.jsonl')!;
    const clusters = new Map<string, typeof hard>();
    for (const r of hard) clusters.set(r.cluster, [...(clusters.get(r.cluster) ?? []), r]);
    const keys = (r: (typeof hard)[number]) => new Set([...(r.emails ?? []).flatMap((e) => [e, e.split('@')[1]]), ...prepareRecord(r).phones, ...(r.website ? [r.website] : [])]);
    const dups = [...clusters.values()].filter((c) => c.length > 1);
    const noKey = dups.filter((c) => { const [a, b] = c; const ka = keys(a); return ![...keys(b)].some((k) => ka.has(k)); });
    expect(noKey.length * 2).toBeGreaterThanOrEqual(dups.length);
    const singletons = [...clusters.values()].filter((c) => c.length === 1);
    expect(singletons.length).toBeGreaterThanOrEqual(dups.length);
  });
});
