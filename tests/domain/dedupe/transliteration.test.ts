import { describe, expect, it } from 'vitest';
import { matchRecords, type CandidateRecord } from '../../../src/domain/dedupe/match';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;

describe('one firm written in two scripts or two romanisations', () => {
  it.each([
    // Hong Kong: Cantonese in the spellings firms use (Cheong / Cheung, Kee / Kei, Chow / Chau, Lee / Lei), 氏 = 's.
    [{ name: '昌興五金有限公司', country: '香港' }, { name: 'Cheong Hing Hardware Co Ltd', country: 'HK' }],
    [{ name: '李記食品有限公司', country: 'Hong Kong' }, { name: 'Lee Kee Food Company Limited', country: 'HK' }],
    [{ name: '周氏貿易有限公司', country: '中國香港' }, { name: "Chow's Trading Co., Ltd.", country: 'Hong Kong SAR' }],
    // Singapore and Malaysia: the family name in Hokkien / Teochew.
    [{ name: '黄氏兄弟贸易私人有限公司', country: '新加坡' }, { name: 'Ng Brothers Trading Pte Ltd', country: 'Singapore' }],
    [{ name: '郭氏五金私人有限公司', country: '马来西亚' }, { name: 'Quek Hardware Sdn Bhd', country: 'MY' }],
    // Japan: kanji and katakana against romaji, and 株式会社 = Kabushiki Kaisha = K.K., 有限会社 = Y.K.
    [{ name: '株式会社田中製作所', country: '日本' }, { name: 'Tanaka Seisakusho K.K.', country: 'Japan' }],
    [{ name: 'Tanaka Seisakusho Kabushiki Kaisha', country: 'JP' }, { name: '株式会社田中製作所', country: 'JP' }],
    [{ name: '有限会社鈴木商事', country: '日本' }, { name: 'Suzuki Shoji Y.K.', country: 'Japan' }],
    [{ name: '札幌テクノ株式会社', country: '日本' }, { name: 'Sapporo Techno Co., Ltd.', country: 'Japan' }],
    [{ name: '株式会社山本工業', country: 'JP' }, { name: 'Yamamoto Kogyo Co., Ltd.', country: 'JP' }],
  ])('%o = %o', (a, b) => expect(verdict(a, b)).not.toBe('distinct'));

  it('a Japanese family name is not a Chinese one: 山田 is Yamada, not "Shan Tian"; different families stay apart', () => {
    expect(verdict({ name: '株式会社山田製作所', country: 'JP' }, { name: 'Yamada Seisakusho Co., Ltd.', country: 'JP' })).toBe('duplicate');
    expect(verdict({ name: '株式会社山田製作所', country: 'JP' }, { name: 'Tanaka Seisakusho Co., Ltd.', country: 'JP' })).toBe('distinct');
  });

  it('one company mailbox in one country is the same buyer whatever name was typed; a bare near-identical name is a question', () => {
    expect(verdict({ name: 'Otra Empresa', country: 'PE', emails: ['compras@luzandina.pe'] }, { name: 'Luz Andina SAC', country: 'PE', emails: ['compras@luzandina.pe'] })).toBe('duplicate');
    expect(verdict({ name: 'Nordic Lamps AB', country: 'SE' }, { name: 'Nordic Lamps Trading AB', country: 'Sweden' })).toBe('possible_duplicate');
    // Free mail is no company mailbox: a family's gmail shared by two shops proves nothing by rule.
    expect(matchRecords({ name: 'Otra Empresa', country: 'PE', emails: ['ventas.peru@gmail.com'] }, { name: 'Luz Andina SAC', country: 'PE', emails: ['ventas.peru@gmail.com'] }).addressFloor).toBe(false);
  });
});
