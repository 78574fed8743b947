import { boundedMemo } from '../bounded-memo';
import { lineKind } from './line-kind';

// An office's landlines are one block of direct-dial numbers on one exchange ("+852 2751 6600" reception, "… 6622"
// purchasing): numbers that differ only in their last two digits are one switchboard, not two firms' numbers.
// Mobiles are handed out one by one, so neighbouring mobiles say nothing; lines the metadata cannot tell from
// mobiles (North America) are left out too.
const BLOCK_DIGITS = 2;
// Short numbers leave too few digits of the exchange to say one office.
const MIN_DIGITS = 9;

const fixedLineBlock = boundedMemo((e164: string): string => {
  const digits = e164.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS) return '';
  return lineKind(e164) === 'fixed' ? digits.slice(0, -BLOCK_DIGITS) : '';
}, 20_000);

/** The first pair of landlines, one from each side, that share a switchboard block (E.164 numbers, none shared exactly). */
export function sharedSwitchboard(a: string[], b: string[]): [string, string] | undefined {
  for (const x of a) {
    const block = fixedLineBlock(x);
    if (!block) continue;
    const y = b.find((n) => n !== x && fixedLineBlock(n) === block);
    if (y) return [x, y];
  }
  return undefined;
}
