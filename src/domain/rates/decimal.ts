/**
 * Exact decimal arithmetic for money, on bigints at a fixed scale: prices (4 places) × quantities (3 places)
 * × rates (8 places) never pass through a float. Values cross the database as decimal strings.
 */
export interface Dec {
  /** the number × 10^scale */
  units: bigint;
  scale: number;
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

export function isDecimalText(text: string): boolean {
  return DECIMAL.test(text.trim());
}

/** "3.20" → 3.20; "1,234.5" and "1 234,5"-style thousands are not accepted here (the parser normalises first). */
export function dec(text: string | number | bigint): Dec {
  const raw = typeof text === 'string' ? text.trim() : String(text);
  const match = DECIMAL.exec(raw);
  if (!match) throw new Error(`not a decimal: ${raw}`);
  const [, sign, whole, fraction = ''] = match;
  const units = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  return { units, scale: fraction.length };
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Rounds half away from zero to `scale` places (commercial rounding, as on an invoice). */
export function round(value: Dec, scale: number): Dec {
  if (scale >= value.scale) return { units: value.units * pow10(scale - value.scale), scale };
  const divisor = pow10(value.scale - scale);
  const negative = value.units < 0n;
  const abs = negative ? -value.units : value.units;
  let quotient = abs / divisor;
  if ((abs % divisor) * 2n >= divisor) quotient += 1n;
  return { units: negative ? -quotient : quotient, scale };
}

export function mul(a: Dec, b: Dec): Dec {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function add(a: Dec, b: Dec): Dec {
  const scale = Math.max(a.scale, b.scale);
  return { units: round(a, scale).units + round(b, scale).units, scale };
}

export function sub(a: Dec, b: Dec): Dec {
  return add(a, { units: -b.units, scale: b.scale });
}

/** a ÷ b rounded to `scale` places. */
export function div(a: Dec, b: Dec, scale: number): Dec {
  if (b.units === 0n) throw new Error('division by zero');
  // a.units/10^a.scale ÷ b.units/10^b.scale, computed with two guard digits then rounded
  const guard = scale + 2;
  const numerator = a.units * pow10(guard + b.scale);
  const denominator = b.units * pow10(a.scale);
  return round({ units: numerator / denominator, scale: guard }, scale);
}

export function sum(values: Dec[]): Dec {
  return values.reduce((acc, v) => add(acc, v), { units: 0n, scale: 0 });
}

export function compare(a: Dec, b: Dec): number {
  const scale = Math.max(a.scale, b.scale);
  const x = round(a, scale).units;
  const y = round(b, scale).units;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isNegative(a: Dec): boolean {
  return a.units < 0n;
}

export function isZero(a: Dec): boolean {
  return a.units === 0n;
}

/** Plain text at exactly `scale` places: "6400.00". */
export function toFixed(value: Dec, scale: number): string {
  const rounded = round(value, scale);
  const negative = rounded.units < 0n;
  const digits = (negative ? -rounded.units : rounded.units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Without trailing zeros: "7.1", "2000". */
export function toPlain(value: Dec): string {
  const text = toFixed(value, value.scale);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** With thousands separators at `scale` places: "12,800.00". */
export function formatAmount(value: Dec, scale = 2): string {
  const [whole, fraction] = toFixed(value, scale).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** For comparisons against thresholds in rules (whole currency units are plenty there). */
export function toNumber(value: Dec): number {
  return Number(toFixed(value, Math.min(value.scale, 6)));
}
