import { spanMask } from './blank-spans';

// Words of an order split that split nothing of the goods: two lots compared ("the shade differs between the two
// lots": a complaint), a price broken down ("split the price into product and tooling"), "split the difference" (a
// price met halfway), a split air conditioner, Turkish "yer ayırın" (reserve space). Blanked when order splits are
// read (tag-intents.ts). All patterns read folded text.

const LOTS = String.raw`(lots?|lotti|lotes?|batch(es)?|partij(en)?|chargen?|partie[ns]?|parti|partiler|lo hang|lo|партии|партиями|دفعتين|الدفعتين|partidas)`;
const TWO_LOTS_COMPARED = new RegExp([
  String.raw`\b(between|entre|tra|fra|zwischen|tussen|miedzy|antara|giua) (the |les |los |as |os |i |le |die |de |dwiema |kedua |hai )?(two|deux|dos|duas|due|zwei|twee|dwiema|dua|hai|2) ${LOTS}`,
  String.raw`\b(iki|2) (parti|lot)\w* arasinda\b|между (двумя|2) парти\S*|بين (الدفعتين|الشحنتين|دفعتين)`,
].join('|'), 'g');

const NOT_THE_GOODS = new RegExp([
  String.raw`\bsplit\w* (out )?(the )?(price|prices|cost|costs|amount|total)\b( \w+){0,5} (into|by|per|between)\b`,
  String.raw`\bsplit\w* the (difference|gap)\b|\b(partir|partimos) la diferencia\b|\bcouper la poire en deux\b|\b(dividir|dividimos) a diferenca\b`,
  String.raw`\b(condicionado|acondicionado|conditioner|conditioners|climatiseur|klimaanlage|condizionatore|klima|airco|dieu hoa|кондиционер\S*) split\b|\bsplit (inverter|\d+ ?btu)\b`,
  String.raw`\byer ayir\w*`,
].join('|'), 'g');

const CUE = /between|entre|tra|fra|zwischen|tussen|miedzy|antara|giua|arasinda|между|بين|split|diferen|poire|yer ayir/;

/** The folded text with look-alikes of an order split blanked (same length), or the text itself. */
export const maskNotASplit = spanMask(CUE, [TWO_LOTS_COMPARED, NOT_THE_GOODS]);
