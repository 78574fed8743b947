import type { PatternTable } from './pattern-table';

const r = String.raw;

// Trade shorthand every buyer uses, whatever the language around it.
export const universal: PatternTable = {
  // the same goods seen cheaper on a marketplace ("На 1688 вижу такой же товар дешевле", "No Alibaba vejo … mais barato"); a
  // marketplace alone is where the buyer found us
  competitor_mention: r`
    \b(alibaba|1688|temu|aliexpress|taobao|shein)\b.{0,50}(cheaper|barat|moins cher|a meno|billiger|goedkoper|minder dan|taniej|дешевле|ucuz|murah|re hon|便宜|安い)
  `,
  // a waving or raised hand: a hello in every language
  greeting: r`
    (👋|🙋)
  `,
  moq: r`
    \bm\.?o\.?q\b
  `,
  // A term with the freight in it (CIF Santos, DDP Hamburg) asks about the carriage; a term at the seller's door (FOB
  // Ningbo, EXW) in a price question is the price's basis, and most authors tag it price alone: a weak line, given way to
  // a price ask ("price FOB Ningbo?" is price; "FOB Ningbo?" alone is still shipping). So is a number of containers: the
  // size of the order beside a price ask ("2 x 40HQ, best price?"), a question of carriage alone ("fits in a 40HQ?").
  shipping: r`
    \b(cif|cfr|c&f|cnf|ddp|dap|ddu|cpt|cip|incoterms?)\b
    ~\b(fob|exw|ex-?works|fca)\b
    \b(fcl|lcl)\b
    ~\b(20|40)\s*(gp|hq|hc|ft|'|′|feet|foot|dv)\b
    # the English word inside another language, with that language's "to" or a schedule: "shipping ke Priok", "shipping до
    # Владивостока", "shipping Mersin'e", "shippingの件", "shipping 스케줄" (a bare "shipping" is a weak hit, which a price
    # asked beside it silences)
    \b(shipping|shipment|freight)\b,? (ke|do|nach|naar|para|pra|vers|toi|ve|до|в|к)\b
    \b(shipping|shipment|freight) \w+'(e|a|ye|ya)\b
    \b(shipping|shipment|freight)\s*(の(件|スケジュール|日程|費用|手配)|스케줄|일정|비용|到|去|费用|費用)
  `,
  // the price as one item of a list of asks: "Preis, Lieferzeit und Frachtkosten?", "katalog + harga + MOQ", "价格、交期、运费"
  price_inquiry: r`
    (^|[,+、，]\s*)(price|prices|preis|preise|preco|precos|precio|precios|prix|prezzo|prezzi|prijs|prijzen|cena|ceny|cennik|harga|bang gia|fiyat|fiyatlar|цена|цены|价格|価格|가격)\s*([,+、，]|\b(and|und|y|e|et|en|i|dan|va|ve|и)\b)\s*\S
  `,
  payment_terms: r`
    \b(t\/t|tt|l\/c|d\/p|d\/a|western union|paypal|alipay|wechat pay|escrow|swift)\b
    \b\d{1,3}\s*%\s*(t\/t|tt|deposit|advance)\b
    \b\d{1,3}\s*\/\s*\d{1,3}\b(?=.{0,12}\b(t\/t|tt|payment|deposit|balance)\b)
  `,
  customization: r`
    \b(oem|odm|obm)\b
  `,
  certification: r`
    \b(fda|iso\s*\d*|rohs|msds|sds|sgs|tuv|bsci|fcc|saso|coa|en\s?71|astm|cpsia|kc|pse)\b
  `,
  catalog_request: r`
    \be-?catalog\w*\b
  `,
};
