import { spanMask } from './blank-spans';

// A shipment received or arrived, told ("we got the shipment, thank you", "Recibimos el contenedor, todo bien",
// "货收到了"): news of it, no shipping question. Said as a question ("has the container arrived?") it stays one.
// Blanked when shipping is read, by the patterns (tag-intents.ts) and the model (look-alikes-for-model.ts). (A price on
// an Incoterm, "Price FOB?", stays price and shipping: the labelled sets tag it so from the first.)
const NOT_ASKED = String.raw`(?![^.!?\n]*[?？])`;
const RECEIVED = new RegExp([
  String.raw`\b((we|i)( have|'ve)?( just| already| finally)? )?(got|received|recieved)( the| your| our| all the)? (shipment|container|goods|cargo|consignment|parcel|package|bl|b\/l|bill of lading)s?\b|\b(shipping|shipment|delivery) went (fine|well|smoothly|ok)\b`,
  String.raw`\b(the |our |your )?(shipment|container|goods|cargo|consignment|parcel|package)s? (has |have |had )?(just |finally )?(arrived|reached (us|our warehouse|the port)|was received|were received|came in)\b`,
  String.raw`\b(recibimos|recibi|ya recibimos|nos llego|llego|llegaron|ya llego|ya llegaron)( el| la| los| las| bien)? (contenedor|mercancia|mercaderia|carga|envio|paquete)s?\b|\b(el contenedor|la mercancia|la mercaderia|la carga|el envio) (ya )?(llego|llegaron|arribo)\b`,
  String.raw`\b(recebemos|recebi|chegou|chegaram|ja chegou)( o| a| os| as)? (container|conteiner|carga|mercadoria|encomenda)s?\b|\b(o container|o conteiner|a carga|a mercadoria|a encomenda) (ja )?(chegou|chegaram)\b`,
  String.raw`\b(le |la |les )?(marchandises?|conteneur|colis|envoi) (est |sont |a ete |ont ete )(bien )?(arrive|recu)e?s?\b|\b(marchandises?|colis) bien recue?s?\b|\b(nous avons|j'ai) (bien )?recu (la |le |les )?(marchandises?|conteneur|colis)\b`,
  String.raw`\b(die |der |das )?(ware|waren|sendung|lieferung|container|paket) (ist|sind) (gut |heute |gestern |endlich )?(angekommen|eingetroffen)\b|\b(wir haben|haben|habe) (die |den |das )?(ware|sendung|lieferung|container|paket) (erhalten|bekommen)\b`,
  String.raw`\b(la )?(merce|spedizione|container|pacco) (e |sono )?(arrivat|ricevut)\w*\b|\babbiamo ricevuto (la |il )?(merce|spedizione|container|pacco)\b`,
  String.raw`\b(de |het )?(goederen|zending|container|pakket) (is |zijn )?(netjes |goed |veilig |heel )?(ontvangen|aangekomen|binnengekomen)\b|\b(we hebben|ik heb) (de |het )?(goederen|zending|container|pakket) (ontvangen|binnen)\b`,
  String.raw`\b(towar|przesylka|kontener|paczka) (juz )?(dotarl|dotarla|przyszedl|przyszla|doszla|doszedl)\b|\b(odebralismy|otrzymalismy) (towar|przesylke|kontener|paczke)\b`,
  String.raw`\b(mallar|urunler|konteyner|kargo)( \w+)? (geldi|ulasti)\b|\b(mallari|urunleri|konteyneri|kargoyu) (aldik|teslim aldik)\b`,
  String.raw`\b(barang|kontainer|paket|kiriman)(nya)? (sudah |udah |sdh )?(sampai|datang|diterima|nyampe)\b|\b(sudah |udah |sdh )?(terima|nerima) (barang|kontainer|paket)(nya)?\b`,
  String.raw`\bhang( \w+)? (da )?(ve|toi|den) (roi|noi)\b|\b(da )?nhan (duoc )?hang\b`,
  String.raw`(груз|товар|конте[йи]нер|посылк\S*)( \S+)? (получили|пришел|пришли|прибыл|дошел|дошли)|(получили|забрали) (груз|товар|конте[йи]нер|посылку)`,
  String.raw`(货|貨|柜子|集装箱|提单|提單)(已经|已)?(收到|到了|到港了|已到)|(荷物|商品|コンテナ)(が|は)?(無事に?)?(届きました|到着しました|受け取りました)|(물건|화물|컨테이너)(을|를|이|가|은|는)?\s*(잘\s*)?(받았|도착했)`,
  String.raw`(وصلت|وصل|استلمنا)( ال)? ?(بضاعه|بضاعة|شحنه|شحنة|حاويه|حاوية|البضاعه|البضاعة|الشحنه|الشحنة|الحاويه|الحاوية)|(البضاعه|البضاعة|الشحنه|الشحنة|الحاويه|الحاوية) (وصلت)`,
].map((p) => `(?:${p})${NOT_ASKED}`).join('|'), 'g');

/** The folded text with a shipment received (told, not asked) blanked (same length), or the text itself. */
export const maskShipmentReceived = spanMask(
  /got|receiv|reciev|arriv|reached|came in|recib|llego|llegaron|arribo|receb|cheg|recu|angekommen|eingetroffen|erhalten|bekommen|ricevut|ontvangen|aangekomen|binnen|dotarl|przysz|doszl|doszed|odebral|otrzymal|geldi|ulasti|aldik|sampai|datang|diterima|nyampe|terima|nerima|hang|получили|пришл|пришел|прибыл|дошл|дошел|забрали|收到|到了|到港|已到|届きました|到着|受け取り|받았|도착|وصل|استلم/,
  [RECEIVED],
);
