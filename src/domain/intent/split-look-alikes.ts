import { maskContainerShared } from './split-look-alike.container-shared';
import { maskDividerProduct } from './split-look-alike.divider-product';
import { maskLotsForAPaper } from './split-look-alike.lots-in-a-question';
import { maskOneLineCancelled } from './split-look-alike.one-line-cancelled';
import { maskPackedApart } from './split-look-alike.packed-apart';
import { maskPartialReceived } from './split-look-alike.partial-received';
import { maskPartsDamaged } from './split-look-alike.parts-damaged';
import { maskPaymentInParts } from './split-look-alike.payment-in-parts';
import { maskSplitNotWanted } from './split-look-alike.split-not-wanted';

// More words of an order split that split nothing of the goods, one file each (split-look-alike.*.ts): a payment in
// parts, a split refused in CJK, a container shared or mixed, goods packed apart, parts broken, lots named in a
// certificate's question, one order line cancelled, a partial delivery received, a product that divides. Read first by
// maskNotASplit (not-a-split.ts), so the patterns and the model both miss them. Each mask runs only on its own cue.
const MASKS = [
  maskPaymentInParts, maskSplitNotWanted, maskContainerShared, maskPackedApart, maskPartsDamaged, maskLotsForAPaper,
  maskOneLineCancelled, maskPartialReceived, maskDividerProduct,
];

/** The folded text with the look-alikes above blanked (same length), or the text itself. */
export function maskMoreSplitLookAlikes(folded: string): string {
  let out = folded;
  for (const mask of MASKS) out = mask(out);
  return out;
}
