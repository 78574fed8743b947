import type { PatternKey } from './pattern-table';
import { reissuesThePapers } from './reissue-the-papers';
import { asksToKeepTheOldPrice } from './old-price-kept';
import { asksToMatchARival, rivalOffersFreeCarriage } from './rival-matched';
import { lateAgainstAPromise } from './late-against-promise';
import { overdueDelivery } from './overdue-delivery';
import { goesAheadAsQuoted } from './as-quoted';
import { paidToStart } from './payment-made';
import { quantityPerColour } from './per-colour-quantity';
import { asksFromHowMany } from './from-how-many';
import { opensWithASalutation } from './letter-salutation';
import { leftWaitingOrWronged } from './unheeded-buyer';
import { namesAnotherSupplier } from './current-supplier';
import { waivesTheSampleToOrder } from './sample-waived';
import { priceListAsked } from './price-list-asked';
import { faultOfTheMade } from './fault-not-a-spec';
import { swapsThePacking } from './packing-swap';
import { redirectsTheDelivery } from './delivery-redirected';

/** What the language tables' reading changes to: keys added (as specific phrases) and keys dropped. */
export interface Reread { add: PatternKey[]; drop: PatternKey[] }

/**
 * Asks said without the words the language tables pair with them (each rule in its own file, in every language):
 * the papers issued anew or put right (a quote revision), the old price kept and a rival's offer put to us (discount
 * requests), delivery later than promised (a complaint on the lead time), the sample waived for the order (a
 * confirmation), and a price list asked alone (a price question, no catalogue). `foldedFor`: the folded text a key
 * reads (tag-intents.ts: negations and the key's look-alikes blanked); `whole`: the folded text with nothing blanked but
 * the buyer's slips (a sample waived is a negation); `found`: the keys the tables matched.
 */
export function rereadUnworded(foldedFor: (key: PatternKey) => string, whole: string, found: ReadonlySet<PatternKey>): Reread {
  const add: PatternKey[] = [];
  const drop: PatternKey[] = [];
  if (!found.has('quote_revision') && reissuesThePapers(foldedFor('quote_revision'))) add.push('quote_revision');
  const discountText = foldedFor('discount_request');
  const oldPriceKept = asksToKeepTheOldPrice(discountText);
  if (!found.has('discount_request')) {
    if (oldPriceKept) add.push('discount_request');
    else if (found.has('competitor_mention') && !found.has('quote_revision') && !found.has('quote_set_aside') && asksToMatchARival(discountText)) {
      // the rival's offer is what we are asked to match: when it is on the carriage ("free shipping to Dubai, can you
      // match?"), the carriage is asked about too, and the discount does not silence it
      add.push('discount_request');
      if (found.has('shipping') && rivalOffersFreeCarriage(discountText)) add.push('shipping');
    }
  }
  // the price in "hold the old price" is the old one: no new price asked
  if (oldPriceKept) drop.push('price_inquiry');
  if (lateAgainstAPromise(foldedFor('complaint'))) add.push('complaint', 'lead_time');
  // goods said to be overdue: a complaint, and on the lead time when a date is asked (overdue-delivery.ts)
  else {
    const overdue = overdueDelivery(foldedFor('complaint'));
    if (overdue !== 'none') add.push('complaint');
    if (overdue === 'complaint+lead_time') add.push('lead_time');
    // paid and no goods, no answer for days, the wrong goods sent (unheeded-buyer.ts)
    else if (overdue === 'none' && !found.has('complaint') && leftWaitingOrWronged(foldedFor('complaint'))) add.push('complaint');
    // a colour or a logo that came out wrong (fault-not-a-spec.ts)
    else if (overdue === 'none' && !found.has('complaint') && faultOfTheMade(foldedFor('complaint'))) add.push('complaint');
  }
  if (!found.has('order_confirmation') && waivesTheSampleToOrder(whole)) add.push('order_confirmation');
  // going ahead on a quote named ("lanjut sesuai penawaran terakhir"): a confirmation (as-quoted.ts)
  else if (!found.has('order_confirmation') && goesAheadAsQuoted(whole, foldedFor('order_confirmation'))) add.push('order_confirmation');
  // a payment told with the go-ahead to produce ("J'ai versé l'acompte, démarrez"): a confirmation (payment-made.ts)
  else if (!found.has('order_confirmation') && paidToStart(whole)) add.push('order_confirmation');
  // one packing material swapped for another (packing-swap.ts)
  // (read whole: the material dropped is a negation, "cancel the wooden crates")
  if (!found.has('customization') && swapsThePacking(whole)) add.push('customization');
  // the goods sent no more to an old warehouse or forwarder, a new one given (delivery-redirected.ts)
  if (!found.has('shipping') && redirectsTheDelivery(whole)) add.push('shipping');
  // a quantity per colour or "from how many?" asks the minimum order (per-colour-quantity.ts, from-how-many.ts)
  const moqText = foldedFor('moq');
  if (!found.has('moq') && !found.has('quote_revision') && (quantityPerColour(moqText) || asksFromHowMany(moqText))) add.push('moq');
  // a letter's salutation ("Caro Sr. Lin,", "張様") greets (letter-salutation.ts)
  if (!found.has('greeting') && opensWithASalutation(whole)) add.push('greeting');
  // the buyer's present or another supplier named (current-supplier.ts)
  if (!found.has('competitor_mention') && namesAnotherSupplier(whole)) add.push('competitor_mention');
  // (beside a catalogue the tables' reading stands: the authors disagree there, and understanding.second-pass.test.ts
  // holds "Price list, catalogue and certificates please" to no price inquiry)
  if (found.has('catalog_request') && priceListAsked(foldedFor('catalog_request')) === 'alone') {
    drop.push('catalog_request');
    add.push('price_inquiry');
  }
  return { add, drop };
}
