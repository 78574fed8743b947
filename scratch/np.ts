import { companyNameParts } from '../src/domain/dedupe/normalize-company';
import { prepareRecord } from '../src/domain/dedupe/match';
import { toCountryCode } from '../src/domain/normalize/country';
import { parsePhone } from '../src/domain/normalize/phone';
const names = Array.from({length: 5000}, (_, i) => `Kalomi${i.toString(36)} Lighting Trading Co., Ltd. (Shenzhen)`);
let t = performance.now(); for (const n of names) companyNameParts(n); console.log('parts µs', ((performance.now()-t)/5000*1000).toFixed(0));
t = performance.now(); for (const n of names) toCountryCode('Deutschland'); console.log('country µs', ((performance.now()-t)/5000*1000).toFixed(0));
t = performance.now(); for (let i=0;i<5000;i++) parsePhone('+49 89 '+(3000000+i), 'DE'); console.log('phone µs', ((performance.now()-t)/5000*1000).toFixed(0));
t = performance.now(); for (const n of names) prepareRecord({name: n, country: 'DE', emails: ['a@b.com'], phones: ['+49 89 3000000'], contactNames: ['Hans Müller']}); console.log('prepare µs', ((performance.now()-t)/5000*1000).toFixed(0));
