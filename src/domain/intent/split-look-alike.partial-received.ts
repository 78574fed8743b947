import { spanMask } from './blank-spans';

// A partial delivery already received, told: "we received the partial delivery from last week", "die Teillieferung ist
// angekommen", "recibimos la entrega parcial". The split was made; what follows asks about the rest (lead time or
// shipping), no split asked. Folded text.
const PARTIAL = String.raw`(teillieferung|teilsendung|deellevering|partial (shipment|delivery)|entrega parcial|envio parcial|livraison partielle|consegna parziale|dostaw\w* czesciow\w*|kismi (sevkiyat|teslimat))`;
const PARTIAL_RECEIVED = new RegExp(
  String.raw`\b(received|got|erhalten|bekommen|ontvangen|recibimos|recibido|recebemos|recu|recue|ricevuto|otrzymal\w*|aldik)\b( \w+){0,3} ${PARTIAL}\w*\b|\b${PARTIAL}\w*( \w+){0,5} (erhalten|bekommen|angekommen|eingetroffen|ontvangen|aangekomen|received|arrived|came|recibida|llego|chegou|recebida|arrivee|recue|arrivata|ricevuta|dotarla|otrzymana|geldi|ulasti)\b`,
  'g',
);
const CUE = /teillieferung|teilsendung|deellevering|partial|parcial|partielle|parziale|czesciow|kismi/;

/** The folded text with a partial delivery received blanked (same length), or the text itself. */
export const maskPartialReceived = spanMask(CUE, [PARTIAL_RECEIVED]);
