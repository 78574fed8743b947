import type { Intent } from './intents';
import { maskDepositAsked, maskHowMuchOfNamed } from './how-much-of';
import { maskHypotheticalOrder } from './hypothetical-order';
import { maskNothingWrong } from './not-a-complaint';
import { maskNotAGreeting } from './not-a-greeting';
import { maskNotASplit } from './not-a-split';
import { maskNotAnExtension } from './not-an-extension';
import { maskThingSentByChat } from './sent-by-chat';
import { maskShipmentReceived } from './shipment-received';
import { maskTransitAsked } from './transit-asked';
import { maskOwnStockEnough } from './own-stock-enough';
import { maskQuotedGreeting } from './quoted-greeting';
import { maskCarriageOnUs } from './carriage-on-us';
import { maskCarrierNotifications } from './carrier-notifications';
import { maskAwayNotice } from './away-notice';
import { maskReadyNowSplit } from './split-ready-now';
import { maskForwarderCollects } from './forwarder-collects';
import { maskSampleCostAsked } from './sample-cost-asked';
import { maskFaultNotASpec } from './fault-not-a-spec';
import { maskRivalToldNotAsked } from './rival-told';
import { maskPaidOnArrival } from './paid-on-arrival';
import { maskDepartureAsked } from './departure-asked';
import { maskPaymentMade } from './payment-made';
import { maskAsQuoted } from './as-quoted';
import { maskSampleApproved } from './sample-approved';
import { maskThisPriceFinal } from './this-price-final';
import { maskCarrierSwitch } from './carrier-switch';

// The model's text writes every number "0" (model/features.ts), while the split look-alikes name their counts ("in 2
// payments", "2回に分けて", "(два|2) платежа"): they read the model's numbers as a small count, and the text the model
// reads keeps its own numbers wherever nothing was blanked.
function maskNotASplitOfModelText(read: string): string {
  if (!read.includes('0')) return maskNotASplit(read);
  const asTwo = read.replace(/0/g, '2');
  const masked = maskNotASplit(asTwo);
  if (masked === asTwo) return read;
  let out = '';
  for (let i = 0; i < read.length; i++) out += masked[i] === ' ' ? ' ' : read[i];
  return out;
}

/**
 * The masks of the acting intents' look-alikes the model reads too (model/blend.ts): words of a complaint that
 * complain of nothing ("no problem with the last order"), splits of something other than the goods ("split the
 * difference"), an order only supposed or a confirmation of something else ("we will confirm next week"), a payment
 * made or a term asked. Without them the model adds the intent the patterns were kept from. `readFrom`: the model's
 * probability from which the mask is read at all (below MODEL_ADD_PROBABILITY 0.6 the model neither adds nor confirms
 * the intent; complaints and splits are read always, so a weak pattern hit can still be vetoed).
 */
export const LOOK_ALIKES_FOR_MODEL: ReadonlyArray<{ intent: Intent; mask: (folded: string) => string; readFrom: number }> = [
  { intent: 'complaint', mask: maskNothingWrong, readFrom: 0 },
  { intent: 'order_split', mask: maskNotASplitOfModelText, readFrom: 0 },
  { intent: 'order_confirmation', mask: maskHypotheticalOrder, readFrom: 0.5 },
  { intent: 'payment_extension', mask: maskNotAnExtension, readFrom: 0.5 },
  // an MOQ, the freight, a deposit or the time asked ("how long will 3000 pcs take?"): no unit price, and a deposit
  // asked is no lead time (how-much-of.ts)
  { intent: 'price_inquiry', mask: maskHowMuchOfNamed, readFrom: 0.5 },
  // a sample's price asked ("Сколько стоит образец?"): the sample's fee, no price of the goods (sample-cost-asked.ts)
  { intent: 'price_inquiry', mask: maskSampleCostAsked, readFrom: 0.5 },
  // a colour or a design said to be wrong: a fault, no custom spec (fault-not-a-spec.ts)
  { intent: 'customization', mask: maskFaultNotASpec, readFrom: 0.5 },
  // a rival's offer told, nothing asked of us: no discount asked (rival-told.ts)
  { intent: 'discount_request', mask: maskRivalToldNotAsked, readFrom: 0.5 },
  { intent: 'lead_time', mask: maskDepositAsked, readFrom: 0.5 },
  // the train's or the ship's time on the way: a shipping question, not when the goods are ready (transit-asked.ts)
  { intent: 'lead_time', mask: maskTransitAsked, readFrom: 0.5 },
  // the buyer's own stock is enough: no stock asked (own-stock-enough.ts)
  { intent: 'lead_time', mask: maskOwnStockEnough, readFrom: 0.5 },
  // a departure asked with the tracking number: the shipment followed, no lead time (departure-asked.ts)
  { intent: 'lead_time', mask: maskDepartureAsked, readFrom: 0.5 },
  // "هلأ" (now) at the end of an ask is no hello (not-a-greeting.ts)
  { intent: 'greeting', mask: maskNotAGreeting, readFrom: 0.5 },
  // a file sent by a named channel ("Fotonya kirim lewat WA aja"): the channel named, no catalogue asked (sent-by-chat.ts)
  { intent: 'catalog_request', mask: maskThingSentByChat, readFrom: 0.5 },
  // a shipment received, told: no shipping question (shipment-received.ts)
  { intent: 'shipping', mask: maskShipmentReceived, readFrom: 0.5 },
  // who pays the carriage ("on a un compte UPS") and a carrier's notifications: no shipping question
  { intent: 'shipping', mask: (read) => maskCarrierNotifications(maskCarriageOnUs(read)), readFrom: 0.5 },
  // the goods' arrival that dates a payment: no shipping question (paid-on-arrival.ts)
  { intent: 'shipping', mask: maskPaidOnArrival, readFrom: 0.5 },
  // the buyer's own closure with its dates: no lead time, no delivery asked (away-notice.ts)
  { intent: 'lead_time', mask: maskAwayNotice, readFrom: 0.5 },
  // the rest sent when finished, in a split by readiness: no lead time asked (split-ready-now.ts)
  { intent: 'lead_time', mask: maskReadyNowSplit, readFrom: 0.5 },
  { intent: 'shipping', mask: maskAwayNotice, readFrom: 0.5 },
  // a hello inside a quotation is the quoted writer's (quoted-greeting.ts)
  { intent: 'greeting', mask: maskQuotedGreeting, readFrom: 0.5 },
  // the buyer's own forwarder collecting, nothing to book: no shipping question (forwarder-collects.ts)
  { intent: 'shipping', mask: maskForwarderCollects, readFrom: 0.5 },
  // a payment reported done ("deposit sent today, start production"): no payment terms asked (payment-made.ts)
  { intent: 'payment_terms', mask: maskPaymentMade, readFrom: 0.5 },
  // the quote gone by ("proceed as per the last offer"): no price asked (as-quoted.ts)
  { intent: 'price_inquiry', mask: maskAsQuoted, readFrom: 0.5 },
  { intent: 'price_inquiry', mask: maskThisPriceFinal, readFrom: 0.5 }, // "is this your best price?" (this-price-final.ts)
  { intent: 'sample_request', mask: maskSampleApproved, readFrom: 0.5 }, // a sample reported approved (sample-approved.ts)
  // one carrier set aside for another ("use DHL instead of FedEx"): a courier named asks no sample (carrier-switch.ts)
  { intent: 'sample_request', mask: maskCarrierSwitch, readFrom: 0.5 },
];
