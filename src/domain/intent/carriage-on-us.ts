import { spanMask } from './blank-spans';

// "Send 2 samples, we pay the courier", "送料はこちらで負担します": who pays the carriage, said beside another ask, is no
// shipping question. Blanked when shipping is read (tag-intents.ts); a question on the cost still reads as one.
const ON_US = new RegExp([
  String.raw`\b(we|i|we'?ll|i'?ll|we will|i will|our side|my side) (can |will )?(pay|cover|bear|take care of|handle) (for )?(the |your )?(freight|shipping|courier|postage|delivery|dhl|fedex|ups|express)( cost| costs| charge| charges| fee| fees)?\b`,
  String.raw`\b(la |a )?(gente|nosotros|nos|eu|yo|nous|je|wir|ich|noi|io|wij|ik|my|kami|saya|sy|biz|ben|em|chung toi) (paga|pagamos|pago|payons|paie|zahlen|zahle|paghiamo|pago|betalen|betaal|zaplacimy|placimy|bayar|yg bayar|ode(riz|rim)|tra)( (o|el|le|den|il|de|la))? (frete|flete|envio|fret|port|transport|versand|fracht|spedizione|corriere|verzending|koerier|wysylke|ongkir|ongkos kirim|kargo|phi ship)\b`,
  String.raw`\b(o |el |le |den |il |de |la )?(frete|flete|envio|fret|port|versand|fracht|spedizione|spese di spedizione|corriere|verzendkosten|verzending|wysylke|ongkir|ongkos kirim|kargo( ucret\w*)?|phi ship)( (lo|la|le|li|lo paghiamo|ist))? (paga(mos)?|pago|pagamos|payons|zahlen wir|paghiamo|le paghiamo|lo pago io|betalen wij|betalen we|placimy|sy yg bayar|saya yang bayar|kami yang bayar|bizden|em tra|ben oderim|biz oderiz)\b`,
  // the carriage first, the payer after: "o frete eu pago", "ongkir kami tanggung", "phí ship bên em chịu"; or "pago o frete"
  String.raw`\b(o |el |le |il |de |das |den )?(frete|flete|envio|port|fret|versand|fracht|spedizione|verzending|ongkir|ongkos kirim|kargo( ucret\w*)?|phi ship|phi van chuyen|shipping|courier fee) (eu|yo|je|ich|io|ik|kami|saya|sy|biz|ben|(ben )?(em|anh|minh|chung toi)|we|i)( (lo |la |le )?(pago|pagamos|paie|payons|zahle|zahlen|pago|betaal|betalen|tanggung|bayar|odeyecegiz|oderiz|tra|chiu|pay|cover))\b|\b(pago|pagamos) (o |el )?(frete|flete|envio)\b`,
].join('|'), 'g');
const ON_US_OTHER = /(送料|運賃|配送料)(は)?(こちら|弊社|当社)(で|が)(負担|支払|持ち|払い)|(運費|运费|郵費|邮费|快遞費|快递费)(我們|我们|我)(来|來)?(付|出|承担|承擔)|(택배비|배송비|운임)(는|은)?\s*(제가|저희가)\s*(낼|부담)|(运费|邮费|快递费)(我们|我)(来)?(付|出|承担)|(我们|我)(来)?(付|出|承担)(运费|邮费|快递费)|(الشحن|مصاريف الشحن) (علينا|علي)|(доставку|пересылку) (оплатим|оплачу)/g;

const CUE = /pay|cover|bear|take care|handle|paga|pago|payons|paie|zahl|paghiam|betal|placim|bayar|tanggung|chiu|oder|tra|負担|支払|持ち|払い|낼|부담|付|出|承担|承擔|علينا|علي|оплат/;

const ON_US_MORE = new RegExp([
  // German and French word orders: "Versandkosten übernehmen wir", "on paie le transport"
  String.raw`\b(die )?(versandkosten|frachtkosten|portokosten|transportkosten|versand|fracht|porto) (ubernehmen|zahlen|tragen) (wir|ich)\b|\b(wir|ich) (ubernehmen|zahlen|tragen) (die )?(versandkosten|frachtkosten|portokosten|transportkosten|fracht|porto)\b`,
  String.raw`\b(on|nous) (paie|paye|payons|prend en charge|prenons en charge) (le |les )?(transport|port|fret|frais de (port|transport|livraison|envoi))\b`,
  // the buyer's own courier account: "I'll pay courier via our DHL account", "on a un compte UPS"
  String.raw`\b(via|on|through|with|using|use|under|to|by|charge (it )?to) (our|my) (own )?(dhl|fedex|ups|tnt|aramex|courier) (account|acct)( number| no\.?| #)?|\b(we|i) (have|use|got) (an? |our |my )?(own )?(dhl|fedex|ups|tnt|aramex) (account|acct)\b|\b(on a|nous avons|j'ai) un compte (dhl|fedex|ups|tnt)\b|\b(unser\w*|mein\w*) (dhl|fedex|ups|tnt)[- ]?(konto|account)\b|\b(nuestra|mi) cuenta (de )?(dhl|fedex|ups)\b|\b(nossa|minha) conta (da |de )?(dhl|fedex|ups)\b|\b(ons|onze|mijn) (dhl|fedex|ups)[- ]?(account|rekening)\b|\b(nostro|mio) (account|conto) (dhl|fedex|ups)\b|\b(dhl|fedex|ups) (hesabimiz|hesabim)\w*\b|\b(akun|account) (dhl|fedex|ups) (kami|saya)\b`,
].join('|'), 'g');
const CUE_MORE = /account|acct|compte|konto|cuenta|nossa conta|minha conta|rekening|nostro conto|mio conto|hesabim|akun|ubernehm|versandkosten|frachtkosten|portokosten|transportkosten|on paie|on paye|nous payons|en charge/;

const onUs = spanMask(CUE, [ON_US, ON_US_OTHER]);
// (the German and French word orders and the buyer's own courier account behind their own cue)
const onUsMore = spanMask(CUE_MORE, [ON_US_MORE]);

/** The folded text with who pays the carriage blanked (same length), or the text itself. */
export const maskCarriageOnUs = (folded: string): string => onUsMore(onUs(folded));
