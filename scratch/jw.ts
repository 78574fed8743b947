import { jaroWinkler } from '../src/domain/dedupe/similarity';
import { companyNameParts } from '../src/domain/dedupe/normalize-company';
console.log(companyNameParts('ООО «СветСтрой»').tokens, companyNameParts('OOO Svettorg').tokens);
for (const [a,b] of [['svettorg','svetstroi'],['svetotekhnika','svetotehnika'],['svetotekhnika','svetotekhnika'],['almaty','almaty'],['mirsveta','mir'],['sveta','svet']]) console.log(a,b,jaroWinkler(a,b).toFixed(3));
