import { matchRecords } from '../src/domain/dedupe/match';
import { companyNameParts } from '../src/domain/dedupe/normalize-company';
const pairs: [any, any][] = [
  [{ name: 'ООО «Светотехника»', country: 'RU' }, { name: 'OOO Svetotekhnika', country: 'Russia' }],
  [{ name: '深圳市光明照明有限公司', country: 'CN' }, { name: 'Shenzhen Guangming Lighting Co., Ltd.', country: 'CN' }],
  [{ name: 'شركة النور للتجارة', country: 'AE' }, { name: 'Al Noor Trading LLC', country: 'AE' }],
  [{ name: 'مؤسسة الفيصل للإنارة', country: 'SA' }, { name: 'Al Faisal Lighting Est.', country: 'SA' }],
  [{ name: 'Công ty TNHH Chiếu Sáng Sài Gòn', country: 'VN' }, { name: 'Saigon Lighting Co., Ltd', country: 'VN' }],
  [{ name: 'Công ty Cổ phần Điện Quang', country: 'VN' }, { name: 'Dien Quang Lamp JSC', country: 'VN' }],
  [{ name: '香港明華燈飾有限公司', country: 'HK' }, { name: 'Ming Wah Lighting (HK) Ltd', country: 'HK' }],
  [{ name: '長興電器行', country: 'HK' }, { name: 'Cheung Hing Electrical Co', country: 'HK' }],
  [{ name: 'Eko Lights Lagos Ltd', country: 'NG' }, { name: 'Lagos Eko Lights Limited', country: 'NG' }],
  [{ name: 'Com. Mat. Eletricos Santos LTDA', country: 'BR' }, { name: 'Comercial de Materiais Elétricos Santos Ltda', country: 'BR' }],
  [{ name: 'Φωτισμός Παπαδόπουλος Α.Ε.', country: 'GR' }, { name: 'Papadopoulos Lighting S.A.', country: 'GR' }],
  [{ name: '株式会社サクラ照明', country: 'JP' }, { name: 'Sakura Lighting Co., Ltd.', country: 'JP' }],
  [{ name: 'Kestrel Outdoor GmbH', country: 'DE', phones: ['+49 40 1234567'] }, { name: 'Baltic Lamps GmbH', country: 'DE', phones: ['+49 40 1234567'] }],
  [{ name: 'Global Trading LLC', country: 'AE' }, { name: 'Global Trading Ltd', country: 'GB' }],
  [{ name: 'Sunrise Lighting', country: 'NG', emails: ['sunrise@gmail.com'] }, { name: 'Lagos Lamps', country: 'NG', emails: ['lagoslamps@gmail.com'] }],
];
for (const [a, b] of pairs) {
  const r = matchRecords(a, b);
  console.log(r.verdict.padEnd(18), r.score, a.name, '|', b.name, '\n   ', companyNameParts(a.name).tokens.join(' '), '/', companyNameParts(b.name).tokens.join(' '), '::', r.reasons.map((x) => x.code).join(','));
}
