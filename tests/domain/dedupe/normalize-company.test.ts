import { describe, expect, it } from 'vitest';
import { companyNameParts, nameCore, normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';
import { domainLabel, isFreeMailDomain, registrableDomain } from '../../../src/domain/dedupe/free-mail';

/** Each row: names that must fold to one key. */
const SAME_KEY: [string, string[]][] = [
  ['case, punctuation, legal form', ['Brightlux Lighting Co., Ltd.', 'BRIGHTLUX LIGHTING CO LTD', 'brightlux lighting co.,ltd', 'Brightlux Lighting Limited']],
  ['city in brackets', ['BRIGHTLUX LIGHTING (SHENZHEN) CO LTD', 'Brightlux Lighting Co., Ltd.', 'Brightlux Lighting (SZ) Co.,Ltd']],
  ['umlauts', ['Müller Elektro GmbH', 'Mueller Elektro GmbH', 'MULLER ELEKTRO GMBH']],
  ['GmbH & Co. KG', ['Müller Elektro GmbH & Co. KG', 'Mueller Elektro GmbH & Co KG', 'Müller Elektro']],
  ['LLC / L.L.C / Inc.', ['Acme Supply LLC', 'Acme Supply L.L.C.', 'Acme Supply, Inc.', 'ACME SUPPLY INC', 'Acme Supply Corp.']],
  ['S.A. de C.V.', ['Iluminación del Norte, S.A. de C.V.', 'ILUMINACION DEL NORTE SA DE CV', 'Iluminacion del Norte']],
  ['SA / S.A.S. / SARL', ['Lumière Import SAS', 'LUMIERE IMPORT S.A.S.', 'Lumiere Import SARL', 'Lumière Import S.A.']],
  ['Sp. z o.o.', ['Polmax Sp. z o.o.', 'POLMAX SP Z OO', 'Polmax Spółka z ograniczoną odpowiedzialnością']],
  ['Ltda / Ltda.', ['Comercial Elétrica Paulista Ltda.', 'COMERCIAL ELETRICA PAULISTA LTDA']],
  ['S.r.l.', ['Illuminazione Rossi S.r.l.', 'ILLUMINAZIONE ROSSI SRL']],
  ['Pty Ltd / (Pty) Ltd', ['Atlas Lighting (Pty) Ltd', 'Atlas Lighting Pty Ltd', 'ATLAS LIGHTING PTY. LTD.']],
  ['JSC', ['Anh Duong Lighting JSC', 'Anh Duong Lighting']],
  ['A.Ş. and San. ve Tic.', ['Yıldız Aydınlatma San. ve Tic. A.Ş.', 'YILDIZ AYDINLATMA SANAYI VE TICARET ANONIM SIRKETI', 'Yildiz Aydinlatma AS']],
  ['Ltd. Şti.', ['Yıldız Elektrik Ltd. Şti.', 'Yildiz Elektrik Limited Sirketi']],
  ['PT (Indonesia)', ['PT Cahaya Terang Abadi', 'PT. CAHAYA TERANG ABADI', 'Cahaya Terang Abadi, PT']],
  ['K.K. / 株式会社', ['Sakura Shoji K.K.', '株式会社さくら商事', 'Sakura Shoji Co., Ltd.']],
  ['(주) / 주식회사', ['(주)한빛조명', '주식회사 한빛조명', '㈜한빛조명']],
  ['OOO / ООО', ['ООО «Ромашка»', 'OOO Romashka', 'Romashka LLC', 'Ромашка ООО']],
  ['Pvt. Ltd.', ['Sharma Electricals Pvt. Ltd.', 'SHARMA ELECTRICALS PRIVATE LIMITED', 'Sharma Electrical Pvt Ltd']],
  ['Est. / مؤسسة', ['Al Noor Trading Est.', 'AL NOOR TRADING ESTABLISHMENT', 'Al-Noor Trading Co.']],
  ['word order', ['Illuminazione Rossi S.r.l.', 'Rossi Illuminazione srl', 'Elektro Müller', 'Müller Elektro GmbH'].slice(0, 2)],
  ['word order 2', ['Elektro Müller', 'Müller Elektro GmbH']],
  ['Imp. & Exp.', ['Yiwu Jiahe Import & Export Co., Ltd.', 'YIWU JIAHE IMP. & EXP. CO.,LTD', '义乌市佳禾进出口有限公司']],
  ['Intl / Mfg', ['Oceanic Intl. Mfg. Co.', 'Oceanic International Manufacturing Company']],
  ['Chinese 深圳市…有限公司', ['深圳市明亮照明有限公司', '明亮照明有限公司', 'Shenzhen Mingliang Lighting Co., Ltd.']],
  ['Chinese city + district', ['佛山市南海宏达陶瓷有限公司', 'Foshan Nanhai Hongda Ceramics Co., Ltd.']],
  ['Vietnamese Công ty TNHH', ['Công ty TNHH Thương mại Ánh Dương', 'Anh Duong Trading Co., Ltd']],
  ['Afrikaans (Edms) Bpk', ['Van Wyk Elektries (Edms) Bpk', 'Van Wyk Electrical (Pty) Ltd']],
  ['Nordic, German plural, Dutch trade words', ['Lindqvist Belysning AB', 'Lindqvist Lighting AB']],
  ['German plural lighting', ['Keller Beleuchtungen AG', 'Keller Lighting Ltd']],
  ['Gesellschaft mbH, Elektrotechnik / Electrotechnics', ['Mueller Elektrotechnik Gesellschaft mbH', 'Muller Electrotechnics', 'Müller Elektrotechnik GmbH']],
  ['Hungarian, Czech, Swedish tool words', ['Szabó Szerszám Kft.', 'Szabo Tools Ltd']],
];

describe('normalizeCompanyName', () => {
  it.each(SAME_KEY)('%s', (_label, names) => {
    const keys = names.map(normalizeCompanyName);
    expect(new Set(keys).size, JSON.stringify(keys)).toBe(1);
    expect(keys[0]).toMatch(/^[a-z0-9 ]+$/);
  });

  it('keeps different firms apart', () => {
    expect(normalizeCompanyName('Sunrise Lighting GmbH')).not.toBe(normalizeCompanyName('Sunrise Electric GmbH'));
    expect(normalizeCompanyName('Polmax Sp. z o.o.')).not.toBe(normalizeCompanyName('Polmex S.A.'));
    expect(normalizeCompanyName('Yiwu Jiahe Import & Export')).not.toBe(normalizeCompanyName('Yiwu Jiahui Import & Export'));
  });

  it('gives the example from the issue', () => {
    expect(normalizeCompanyName('BRIGHTLUX LIGHTING (SHENZHEN) CO LTD')).toBe('brightlux lighting');
  });

  it('puts places into qualifiers, ordered words into tokens', () => {
    const p = companyNameParts('Tianhe Electronics (Vietnam) Co., Ltd.');
    expect(p.tokens).toEqual(['tianhe', 'electronic']);
    expect(p.qualifiers).toEqual(['vietnam']);
    expect(companyNameParts('深圳市明亮照明有限公司').qualifiers).toEqual(['shenzhen']);
    expect(companyNameParts('Rossi Illuminazione srl').tokens.sort()).toEqual(companyNameParts('Illuminazione Rossi S.r.l.').tokens.sort());
  });

  it('keeps the place in the key when the rest is only trade words', () => {
    expect(normalizeCompanyName('Tokyo Lighting Co., Ltd.')).toBe('lighting tokyo');
    expect(normalizeCompanyName('東京ライティング株式会社')).toBe('lighting tokyo');
  });

  it('finds the distinctive core', () => {
    expect(nameCore(companyNameParts('Sharma Electricals Pvt. Ltd.'))).toEqual(['sharma']);
    expect(nameCore(companyNameParts('Golden Star Trading LLC'))).toEqual(['gold', 'star']);
  });

  it('is deterministic and total', () => {
    expect(normalizeCompanyName('')).toBe('');
    expect(normalizeCompanyName('Co., Ltd.')).toBe('co');
    expect(normalizeCompanyName('Brightlux Lighting Co., Ltd.')).toBe(normalizeCompanyName('Brightlux Lighting Co., Ltd.'));
  });
});

describe('free-mail domains', () => {
  it.each(['gmail.com', 'yahoo.com', 'yahoo.co.uk', 'hotmail.fr', 'outlook.com', 'live.com', 'qq.com', 'vip.qq.com', '163.com', 'vip.163.com', '126.com',
    'sina.com', 'yandex.ru', 'mail.ru', 'icloud.com', 'aol.com', 'gmx.de', 'web.de', 'proton.me', 'protonmail.com', 'ukr.net', 'naver.com',
    // providers' mailboxes small buyers write from
    'ocn.ne.jp', 'ybb.ne.jp', 'hkbn.net', 'walla.co.il', 'une.net.co'])('%s is free mail', (d) => {
    expect(isFreeMailDomain(d)).toBe(true);
  });
  it.each(['brightlux.cn', 'mueller-elektro.de', 'sharmaelectricals.in', 'tianhe-group.com', 'mail.brightlux.cn'])('%s is a company domain', (d) => {
    expect(isFreeMailDomain(d)).toBe(false);
  });
  it('reduces hosts to the registrable domain and its label', () => {
    expect(registrableDomain('mail.brightlux.com.cn')).toBe('brightlux.com.cn');
    expect(registrableDomain('www.sunrise-lighting.de')).toBe('sunrise-lighting.de');
    expect(domainLabel('brightlux.com.hk')).toBe('brightlux');
  });
});
