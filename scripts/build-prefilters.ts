// Part of `npm run build`: the classifier's regex prefilters, built here and stored beside the bundle
// (dist/regex-prefilters.json) so that a start reads them instead of building them (text/prefilter-store.ts).
// The tables build their prefilters when first used: one message per language builds every one.
import { writeFileSync } from 'node:fs';
import { classifyWithConfidence } from '../src/domain/classify';
import { builtPrefiltersToStore } from '../src/domain/text/prefilter-store';

const MESSAGES = [
  'Hello, please send the price list and stop the old order', 'Hola, precio por favor', 'Olá, qual o preço?', 'Bonjour, le prix ?',
  'Hallo, Preis bitte', 'Ciao, il prezzo?', 'Dzień dobry, cena?', 'Hallo, de prijs?', 'Merhaba, fiyat?', 'Здравствуйте, цена?',
  'مرحبا، السعر؟', 'Xin chào, giá bao nhiêu?', 'Halo, harganya berapa?', '你好，请报价', 'こんにちは、価格は？', '안녕하세요, 가격은요?',
];
for (const text of MESSAGES) classifyWithConfidence({ text, previous: ['PI-1: 500 pcs FOB Ningbo'] });
const prefilters = builtPrefiltersToStore();
const json = JSON.stringify(prefilters);
writeFileSync('dist/regex-prefilters.json', json);
if (Object.keys(prefilters).length === 0) throw new Error('build-prefilters: no prefilter was built');
console.log(`built dist/regex-prefilters.json (${Object.keys(prefilters).length} prefilters, ${(json.length / 1048576).toFixed(1)} MB)`);
