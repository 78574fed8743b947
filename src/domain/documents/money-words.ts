import { formatAmount, toFixed, type Dec } from '../rates/decimal';

/** Minor-unit digits of a currency (USD 2, JPY 0, KWD 3), as ISO 4217 and Intl know them. */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** "1,920.00" for USD, "192,000" for JPY. */
export function money(value: Dec, currency: string): string {
  return formatAmount(value, currencyDecimals(currency));
}

/** A unit price: the currency's decimals at least (3.50, not 3.5), more when the price has them (0.1250). */
export function unitPrice(value: Dec, currency: string): string {
  const plain = toFixed(value, value.scale).replace(/0+$/, '');
  const places = plain.includes('.') ? plain.split('.')[1].length : 0;
  return formatAmount(value, Math.max(currencyDecimals(currency), places));
}

// What banks print in the amount-in-words line: the currency in words, upper case.
const CURRENCY_WORDS: Record<string, [string, string]> = {
  USD: ['US DOLLARS', 'CENTS'], EUR: ['EUROS', 'CENTS'], GBP: ['POUNDS STERLING', 'PENCE'], CNY: ['CHINESE YUAN', 'FEN'],
  JPY: ['JAPANESE YEN', ''], HKD: ['HONG KONG DOLLARS', 'CENTS'], AUD: ['AUSTRALIAN DOLLARS', 'CENTS'],
  CAD: ['CANADIAN DOLLARS', 'CENTS'], SGD: ['SINGAPORE DOLLARS', 'CENTS'], CHF: ['SWISS FRANCS', 'RAPPEN'],
  AED: ['UAE DIRHAMS', 'FILS'], SAR: ['SAUDI RIYALS', 'HALALAS'], RUB: ['RUSSIAN RUBLES', 'KOPECKS'],
  INR: ['INDIAN RUPEES', 'PAISE'], BRL: ['BRAZILIAN REAIS', 'CENTAVOS'], MXN: ['MEXICAN PESOS', 'CENTAVOS'],
  KRW: ['KOREAN WON', ''], VND: ['VIETNAMESE DONG', ''], THB: ['THAI BAHT', 'SATANG'], NZD: ['NEW ZEALAND DOLLARS', 'CENTS'],
};

const ONES = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ELEVEN', 'TWELVE',
  'THIRTEEN', 'FOURTEEN', 'FIFTEEN', 'SIXTEEN', 'SEVENTEEN', 'EIGHTEEN', 'NINETEEN'];
const TENS = ['', '', 'TWENTY', 'THIRTY', 'FORTY', 'FIFTY', 'SIXTY', 'SEVENTY', 'EIGHTY', 'NINETY'];
const SCALES = ['', 'THOUSAND', 'MILLION', 'BILLION', 'TRILLION'];

function belowThousand(n: number): string {
  const words: string[] = [];
  if (n >= 100) words.push(ONES[Math.floor(n / 100)], 'HUNDRED');
  const rest = n % 100;
  if (rest) {
    if (words.length) words.push('AND');
    words.push(rest < 20 ? ONES[rest] : [TENS[Math.floor(rest / 10)], ONES[rest % 10]].filter(Boolean).join('-'));
  }
  return words.join(' ');
}

/** A whole number in English words: 6400 → "SIX THOUSAND FOUR HUNDRED". */
export function numberInWords(value: bigint): string {
  if (value === 0n) return 'ZERO';
  const groups: string[] = [];
  let n = value;
  let scale = 0;
  while (n > 0n) {
    const group = Number(n % 1000n);
    if (group) groups.unshift([belowThousand(group), SCALES[scale]].filter(Boolean).join(' '));
    n /= 1000n;
    scale += 1;
  }
  return groups.join(' ');
}

/** "SAY US DOLLARS SIX THOUSAND FOUR HUNDRED ONLY" (and "AND CENTS FIFTY" when there are cents). */
export function amountInWords(amount: Dec, currency: string): string {
  const decimals = currencyDecimals(currency);
  const [whole, fraction = ''] = toFixed(amount, decimals).split('.');
  const [major, minor] = CURRENCY_WORDS[currency] ?? [currency, 'CENTS'];
  const cents = fraction ? BigInt(fraction) : 0n;
  const minorText = cents > 0n ? ` AND ${minor || 'CENTS'} ${numberInWords(cents)}` : '';
  return `SAY ${major} ${numberInWords(BigInt(whole))}${minorText} ONLY`;
}
