import type { PatternKey } from './pattern-table';
import { reissuesThePapers } from './reissue-the-papers';
import { asksToKeepTheOldPrice } from './old-price-kept';
import { asksToMatchARival, rivalOffersFreeCarriage } from './rival-matched';
import { lateAgainstAPromise, lateAgainstAPromiseCue } from './late-against-promise';
import { overdueDelivery, overdueDeliveryCue } from './overdue-delivery';
import { asQuotedCue, goesAheadAsQuoted } from './as-quoted';
import { paidToStart } from './payment-made';
import { quantityPerColour } from './per-colour-quantity';
import { asksFromHowMany } from './from-how-many';
import { opensWithASalutation } from './letter-salutation';
import { leftWaitingCue, leftWaitingOrWronged } from './unheeded-buyer';
import { namesAnotherSupplier } from './current-supplier';
import { waivesTheSampleToOrder } from './sample-waived';
import { priceListAsked } from './price-list-asked';
import { faultOfTheMade, faultOfTheMadeCue } from './fault-not-a-spec';
import { swapsThePacking } from './packing-swap';
import { redirectsTheDelivery } from './delivery-redirected';
import { switchesTheCarrier } from './carrier-switch';
import { maySplitOverTime, splitsOverTime } from './split-over-time';
import { asksAMisspeltSample, hasAMisspeltSampleWord } from './misspelt-sample';
import { stopsAVariantsProduction } from './variant-production-stopped';
import { cancelsPartOfTheOrder } from './part-of-order-cancelled';
import { arrivalAsked } from './arrival-asked';
import { asksForAColour } from './colour-available';
import { editsThePapers, namesThePapers } from './papers-edited';
import { holdsThePaymentBack, saysUntil } from './payment-withheld';
import { namesACartonOrLoad, packingDataAsked } from './packing-data-asked';
import { asksABigOrdersPrice, namesABigOrder } from './big-order-price';
import { asksABiggerOrdersPriceBelowTheMinimum, namesTheMinimum } from './below-minimum-price';
import { namesADeposit, splitsIntoDepositAndBalance } from './deposit-and-balance';
import { namesCreditDays, tellsCreditDays } from './rival-credit';
import { asksASpecialColoursMinimum, namesAColourWord } from './special-colour';
import { asksTheProductionsProgress, namesTheProduction } from './production-progress';
import { paidThenWhen, supposesAPayment } from './paid-then-when';
import { asksAnotherSize, namesAMeasure } from './size-instead';
import { declinesCustomWork, namesCustomWork } from './custom-declined';
import { namesABank, namesBankDetailsOnly } from './bank-details-on-papers';
import { asksASmallOrMixedOrder, mayAskASmallOrder } from './small-first-order';
import { asksASampleByADate, namesASample } from './sample-by-a-date';
import { asksThePackagingsWording, namesPackagingOrManual } from './packaging-wording';
import { namesTheConsignment, setsTheConsignee } from './consignee-named';
import { asksTheCargoInsurance, namesInsurance } from './cargo-insurance';

/** What the language tables' reading changes to: keys added (as specific phrases) and keys dropped. */
export interface Reread { add: PatternKey[]; drop: PatternKey[] }

/**
 * What a rule reads: the text each key reads, the text with nothing blanked, the keys found; each reading done once.
 * A key's text is the whole with its look-alikes blanked, and computing that mask costs more than most rules. Two gates
 * keep a rule off it, each for its own job: a rule's `cue` (UnwordedAsk) is a cheap test of its words on the whole
 * text, run before the rule at all; `wholeThen` is the one way to read a key's masked text, after the same reading of
 * the whole text found something. Both rest on one fact: a mask only blanks, so what the whole text lacks the masked
 * text lacks too, and most messages are settled without computing the mask.
 */
class Reading {
  private readonly memo = new Map<string, unknown>();
  constructor(readonly foldedFor: (key: PatternKey) => string, readonly whole: string, readonly found: ReadonlySet<PatternKey>) {}
  /** `read` of the key's text, when `read` of the whole text found something (neither false nor null); else that. */
  wholeThen<T>(key: PatternKey, read: (folded: string) => T): T {
    const onWhole = read(this.whole);
    return onWhole === false || onWhole === null ? onWhole : read(this.foldedFor(key));
  }
  once<T>(name: string, read: () => T): T {
    if (!this.memo.has(name)) this.memo.set(name, read());
    return this.memo.get(name) as T;
  }
  /** "hold the old price": a discount asked, and the price in it the old one (read by a rule with no other gate) */
  get oldPriceKept(): boolean { return this.once('oldPriceKept', () => this.wholeThen('discount_request', asksToKeepTheOldPrice)); }
  /** a rival's offer put to us to match (read when the tables found a competitor, no revision and no old price kept) */
  get rivalToMatch(): boolean { return this.once('rivalToMatch', () => !this.oldPriceKept && asksToMatchARival(this.foldedFor('discount_request'))); }
  /** the goods' arrival asked, as the expected arrival or by when (arrival-asked.ts) */
  get arrival(): ReturnType<typeof arrivalAsked> { return this.once('arrival', () => this.wholeThen('lead_time', arrivalAsked)); }
  /** a carton's size, weight or count asked (packing-data-asked.ts; whole text: asking it is no negation) */
  get packingData(): ReturnType<typeof packingDataAsked> { return this.once('packingData', () => packingDataAsked(this.whole)); }
  /** a payment supposed, the goods' date or arrival asked (paid-then-when.ts) */
  get paidThenWhen(): ReturnType<typeof paidThenWhen> { return this.once('paidThenWhen', () => this.wholeThen('lead_time', paidThenWhen)); }
  /** delivery later than promised (late-against-promise.ts; its cue read on the whole text, as a rule's would be) */
  get lateAgainstAPromise(): boolean {
    return this.once('late', () => lateAgainstAPromiseCue(this.whole) && lateAgainstAPromise(this.foldedFor('complaint')));
  }
  /** goods said to be overdue, read when no promise was broken (overdue-delivery.ts; its cue likewise) */
  get overdue(): ReturnType<typeof overdueDelivery> | 'promise' {
    return this.once('overdue', () => {
      if (this.lateAgainstAPromise) return 'promise';
      return overdueDeliveryCue(this.whole) ? overdueDelivery(this.foldedFor('complaint')) : 'none';
    });
  }
}

/**
 * One ask said without the tables' words: when `reads` holds, `add` are added (as specific phrases) and `drop` dropped;
 * not read when a key of `unlessFound` was found, nor unless every key of `ifFound` was, nor when the whole text misses
 * `cue` (see Reading: a rule reading a key's masked text has a cue, or reads it through `wholeThen`, or both).
 */
interface UnwordedAsk {
  reads: (r: Reading) => boolean; cue?: (whole: string) => boolean;
  add?: PatternKey[]; drop?: PatternKey[]; unlessFound?: PatternKey[]; ifFound?: PatternKey[];
}

const UNWORDED_ASKS: readonly UnwordedAsk[] = [
  // the papers issued anew or put right (reissue-the-papers.ts)
  { unlessFound: ['quote_revision'], reads: (r) => reissuesThePapers(r.foldedFor('quote_revision')), add: ['quote_revision'] },
  // a line of the quote added, taken off or written otherwise, its validity stretched (papers-edited.ts; the papers split
  // in two are an order split, read elsewhere)
  { unlessFound: ['quote_revision', 'order_split'], cue: namesThePapers, reads: (r) => r.wholeThen('quote_revision', editsThePapers), add: ['quote_revision'], drop: ['shipping'] },
  // "hold the old price": a discount asked, and no new price (old-price-kept.ts)
  { unlessFound: ['discount_request'], reads: (r) => r.oldPriceKept, add: ['discount_request'] },
  { reads: (r) => r.oldPriceKept, drop: ['price_inquiry'] },
  // a rival's offer we are asked to match (rival-matched.ts); when it is on the carriage ("free shipping to Dubai, can
  // you match?"), the carriage is asked about too, and the discount does not silence it
  {
    ifFound: ['competitor_mention'], unlessFound: ['discount_request', 'quote_revision', 'quote_set_aside'],
    reads: (r) => r.rivalToMatch, add: ['discount_request'],
  },
  {
    ifFound: ['competitor_mention', 'shipping'], unlessFound: ['discount_request', 'quote_revision', 'quote_set_aside'],
    reads: (r) => r.rivalToMatch && rivalOffersFreeCarriage(r.foldedFor('discount_request')), add: ['shipping'],
  },
  // delivery later than promised: a complaint on the lead time (late-against-promise.ts)
  { reads: (r) => r.lateAgainstAPromise, add: ['complaint', 'lead_time'] },
  // goods said to be overdue: a complaint, and on the lead time when a date is asked (overdue-delivery.ts)
  { reads: (r) => r.overdue === 'complaint' || r.overdue === 'complaint+lead_time', add: ['complaint'] },
  { reads: (r) => r.overdue === 'complaint+lead_time', add: ['lead_time'] },
  // paid and no goods, no answer for days, the wrong goods sent (unheeded-buyer.ts)
  { unlessFound: ['complaint'], cue: leftWaitingCue, reads: (r) => r.overdue === 'none' && leftWaitingOrWronged(r.foldedFor('complaint')), add: ['complaint'] },
  // a colour or a logo that came out wrong (fault-not-a-spec.ts)
  { unlessFound: ['complaint'], cue: faultOfTheMadeCue, reads: (r) => r.overdue === 'none' && faultOfTheMade(r.foldedFor('complaint')), add: ['complaint'] },
  // the sample waived for the order (sample-waived.ts; read whole: a sample waived is a negation)
  { unlessFound: ['order_confirmation'], reads: (r) => waivesTheSampleToOrder(r.whole), add: ['order_confirmation'] },
  // going ahead on a quote named ("lanjut sesuai penawaran terakhir": as-quoted.ts)
  {
    unlessFound: ['order_confirmation'], cue: asQuotedCue,
    reads: (r) => goesAheadAsQuoted(r.whole, r.foldedFor('order_confirmation')), add: ['order_confirmation'],
  },
  // a payment told with the go-ahead to produce ("J'ai versé l'acompte, démarrez": payment-made.ts)
  { unlessFound: ['order_confirmation'], reads: (r) => paidToStart(r.whole), add: ['order_confirmation'] },
  // one packing material swapped for another (packing-swap.ts; read whole: the material dropped is a negation, "cancel
  // the wooden crates")
  { unlessFound: ['customization'], reads: (r) => swapsThePacking(r.whole), add: ['customization'] },
  // the goods sent no more to an old warehouse or forwarder, a new one given (delivery-redirected.ts)
  { unlessFound: ['shipping'], reads: (r) => redirectsTheDelivery(r.whole), add: ['shipping'] },
  // a quantity per colour or "from how many?" asks the minimum order (per-colour-quantity.ts, from-how-many.ts)
  {
    unlessFound: ['moq', 'quote_revision'],
    reads: (r) => quantityPerColour(r.foldedFor('moq')) || asksFromHowMany(r.foldedFor('moq')), add: ['moq'],
  },
  // the rest of the payment held back until a fault is put right: paid later, no question on the terms
  // (payment-withheld.ts)
  { unlessFound: ['payment_extension'], cue: saysUntil, reads: (r) => r.wholeThen('payment_extension', holdsThePaymentBack), add: ['payment_extension'], drop: ['payment_terms'] },
  // a carton's size, weight or count asked: the load planned, shipping; no price asked by "how many", no custom carton
  // by its size (packing-data-asked.ts)
  { cue: namesACartonOrLoad, reads: (r) => r.packingData !== null, add: ['shipping'] },
  { cue: namesACartonOrLoad, reads: (r) => r.packingData === 'alone', drop: ['price_inquiry', 'customization'] },
  // the best price asked on the strength of a big order: the price pushed down, no price question (big-order-price.ts)
  { cue: namesABigOrder, reads: (r) => r.wholeThen('discount_request', asksABigOrdersPrice), add: ['discount_request'], drop: ['price_inquiry'] },
  // below the minimum, a bigger order's price asked: the minimum and a discount, the price named (below-minimum-price.ts)
  {
    cue: namesTheMinimum, reads: (r) => r.wholeThen('moq', asksABiggerOrdersPriceBelowTheMinimum),
    add: ['moq', 'discount_request'], drop: ['price_inquiry'],
  },
  // the payment split into a deposit and the balance, no date putting it off: the terms, no extension
  // (deposit-and-balance.ts)
  {
    cue: namesADeposit, reads: (r) => r.wholeThen('payment_extension', splitsIntoDepositAndBalance),
    add: ['payment_terms'], drop: ['payment_extension'],
  },
  // another supplier's days of credit told: the terms expected, no payment put off (rival-credit.ts)
  {
    ifFound: ['competitor_mention'], cue: namesCreditDays, reads: (r) => r.wholeThen('payment_terms', tellsCreditDays),
    add: ['payment_terms'], drop: ['payment_extension'],
  },
  // a special colour asked with its minimum: a custom spec beside the minimum, which silences the tables' bare colour
  // word (special-colour.ts; read on the minimum's text: the customization's mask blanks a quantity per colour)
  {
    unlessFound: ['complaint'], cue: namesAColourWord,
    reads: (r) => r.wholeThen('moq', asksASpecialColoursMinimum), add: ['customization', 'moq'],
  },
  // how far the production has got asked: when the goods will be ready, a lead time (production-progress.ts)
  { unlessFound: ['lead_time'], cue: namesTheProduction, reads: (r) => r.wholeThen('lead_time', asksTheProductionsProgress), add: ['lead_time'] },
  // a payment supposed and the goods' date or arrival asked: a lead time, the carriage when at a place, and no question
  // on the terms unless a share is named (paid-then-when.ts)
  { cue: supposesAPayment, reads: (r) => r.paidThenWhen !== null, add: ['lead_time'] },
  { cue: supposesAPayment, reads: (r) => r.paidThenWhen === 'arrival', add: ['shipping'] },
  { cue: supposesAPayment, reads: (r) => r.paidThenWhen !== null && !/\d\s*%|%\s*\d/.test(r.whole), drop: ['payment_terms'] },
  // a size, a rating or a type asked in place of another, or a size changed by a measure: another spec (size-instead.ts)
  { unlessFound: ['complaint'], cue: namesAMeasure, reads: (r) => r.wholeThen('customization', asksAnotherSize), add: ['customization'] },
  // customisation turned down ("no custom, just the standard model"): no custom spec asked (custom-declined.ts; read
  // whole: the refusal is a negation)
  { ifFound: ['customization'], cue: namesCustomWork, reads: (r) => declinesCustomWork(r.whole), drop: ['customization'] },
  // the bank details on the papers revised: no question on the terms (bank-details-on-papers.ts)
  {
    ifFound: ['payment_terms'], cue: namesABank,
    reads: (r) => namesBankDetailsOnly(r.whole)
      && (r.found.has('quote_revision') || reissuesThePapers(r.foldedFor('quote_revision')) || r.wholeThen('quote_revision', editsThePapers)),
    drop: ['payment_terms'],
  },
  // only a few asked to be allowed, or models mixed in one order: the minimum order (small-first-order.ts)
  {
    unlessFound: ['moq', 'order_split', 'complaint', 'sample_request'], cue: mayAskASmallOrder,
    reads: (r) => r.wholeThen('moq', asksASmallOrMixedOrder), add: ['moq'],
  },
  // a sample wanted by a date or before an event, or how soon: a lead time beside the sample (sample-by-a-date.ts)
  { unlessFound: ['lead_time'], cue: namesASample, reads: (r) => r.wholeThen('lead_time', asksASampleByADate), add: ['lead_time'] },
  // the packaging, labels or manual in a language, or a wording printed on the cartons: made to the buyer's market
  // (packaging-wording.ts)
  {
    unlessFound: ['complaint'], cue: namesPackagingOrManual,
    reads: (r) => r.wholeThen('customization', asksThePackagingsWording), add: ['customization'],
  },
  // the consignee or a name on the transport papers set, the cargo's insurance asked: the carriage (consignee-named.ts,
  // cargo-insurance.ts)
  { unlessFound: ['shipping'], cue: namesTheConsignment, reads: (r) => r.wholeThen('shipping', setsTheConsignee), add: ['shipping'] },
  { unlessFound: ['shipping'], cue: namesInsurance, reads: (r) => r.wholeThen('shipping', asksTheCargoInsurance), add: ['shipping'] },
  // a letter's salutation ("Caro Sr. Lin,", "張様") greets (letter-salutation.ts)
  { unlessFound: ['greeting'], reads: (r) => opensWithASalutation(r.whole), add: ['greeting'] },
  // the buyer's present or another supplier named (current-supplier.ts)
  { unlessFound: ['competitor_mention'], reads: (r) => namesAnotherSupplier(r.whole), add: ['competitor_mention'] },
  // a price list asked alone: a price question, no catalogue (price-list-asked.ts; beside a catalogue the tables'
  // reading stands: the authors disagree there, and understanding.second-pass.test.ts holds "Price list, catalogue and
  // certificates please" to no price inquiry)
  { ifFound: ['catalog_request'], reads: (r) => priceListAsked(r.foldedFor('catalog_request')) === 'alone', drop: ['catalog_request'], add: ['price_inquiry'] },
  // a split of the goods over time or into lots, said without a split word (split-over-time.ts)
  { unlessFound: ['order_split'], cue: maySplitOverTime, reads: (r) => splitsOverTime(r.foldedFor('order_split')), add: ['order_split'] },
  // a sample asked with the word misspelt ("me puede mandr una muesta": misspelt-sample.ts)
  {
    unlessFound: ['sample_request', 'sample_cost'], cue: hasAMisspeltSampleWord,
    reads: (r) => asksAMisspeltSample(r.foldedFor('sample_request')), add: ['sample_request'],
  },
  // one carrier set aside for another (carrier-switch.ts; read whole: the carrier dropped is a negation, "no more DHL")
  { reads: (r) => switchesTheCarrier(r.whole), add: ['shipping'] },
  // one variant's production stopped: the order revised, the colour named no custom one (variant-production-stopped.ts)
  { unlessFound: ['complaint'], reads: (r) => stopsAVariantsProduction(r.whole), add: ['quote_revision'], drop: ['customization'] },
  // one line of the order cancelled, the rest kept: what is left confirmed (part-of-order-cancelled.ts; read whole: the
  // line dropped is a negation)
  { unlessFound: ['order_confirmation', 'complaint'], reads: (r) => cancelsPartOfTheOrder(r.whole), add: ['order_confirmation'] },
  // the arrival at the buyer's port asked: a lead time, and the carriage too when asked as the expected arrival
  // (arrival-asked.ts)
  { reads: (r) => r.arrival !== null, add: ['lead_time'] },
  { unlessFound: ['shipping'], reads: (r) => r.arrival === 'expected', add: ['shipping'] },
  // whether the goods come in a colour: a spec asked (colour-available.ts; a bare colour word the tables found is weak,
  // and the price beside it would silence it)
  { unlessFound: ['complaint'], reads: (r) => r.wholeThen('customization', asksForAColour), add: ['customization'] },
];

/**
 * Asks said without the words the language tables pair with them (each rule in its own file, in every language, one
 * line of UNWORDED_ASKS each). `foldedFor`: the folded text a key reads (tag-intents.ts: negations and the key's
 * look-alikes blanked); `whole`: the folded text with nothing blanked but the buyer's slips (a sample waived is a
 * negation); `found`: the keys the tables matched.
 */
export function rereadUnworded(foldedFor: (key: PatternKey) => string, whole: string, found: ReadonlySet<PatternKey>): Reread {
  const add: PatternKey[] = [];
  const drop: PatternKey[] = [];
  const reading = new Reading(foldedFor, whole, found);
  for (const ask of UNWORDED_ASKS) {
    if (ask.unlessFound?.some((key) => found.has(key)) || (ask.ifFound && !ask.ifFound.every((key) => found.has(key)))) continue;
    if ((ask.cue && !ask.cue(whole)) || !ask.reads(reading)) continue;
    if (ask.add) add.push(...ask.add);
    if (ask.drop) drop.push(...ask.drop);
  }
  return { add, drop };
}
