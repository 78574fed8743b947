import { spanMask } from './blank-spans';

// How long the train, the ship or the container is on its way ("Сколько идёт поезд до Минска?", "how long does the
// vessel take to Mombasa?", "¿cuánto tarda el barco a Callao?", "Hoe lang is de transittijd over zee?", "Ile trwa
// transport do Łodzi?", "海运到悉尼要多久", "해상운송 며칠 걸리나요"): the transit, a shipping question, not when the goods
// will be made. Read for lead time by the patterns (tag-intents.ts) and the model (look-alikes-for-model.ts); the
// patterns read it as shipping already. The carriage is named (ship, sea freight, transit, the route to a place):
// "how long does delivery take" may ask when the goods are made, and stays a lead time.
const CARRIER = String.raw`(the )?(ship|vessel|boat|train|container|truck|shipment|sea freight|air freight|el barco|el buque|el tren|el contenedor|el camion|o navio|o trem|o container|o conteiner|la nave|il treno|il container|le bateau|le navire|le train|le conteneur|das schiff|der zug|der container|het schip|de trein|de container|statek|pociag|kontener|gemi|tren|konteyner|kapal|kereta|tau)`;
const TRANSIT = new RegExp([
  String.raw`\bhow (long|many days) (does|will|do|would) ${CARRIER} (take|need|be on the way|travel)\b[^.?!]{0,40}`,
  String.raw`\b(cuanto|cuantos dias) (tarda|demora|se demora|tardan) ${CARRIER}\b[^.?!]{0,40}|\b(quanto tempo|quantos dias) (leva|demora) ${CARRIER}\b[^.?!]{0,40}`,
  String.raw`сколько (дней )?(идёт|идет|едет|плывёт|плывет|везут|в пути|займёт|займет)( \S+)? (поезд|судно|контейнер|груз|корабль|фура|машина|доставка морем|доставка поездом)\S*( до \S+)?`,
  String.raw`(火车|船|集装箱|柜子|货柜|海运|空运|铁路|海運|空運)(到.{1,8})?(大概)?(要|需要)?(走)?(多久|几天|多长时间|幾天|多長時間)`,
  // the transit time named: "transit time", "tiempo de tránsito", "Transitzeit", "transittijd", "czas tranzytu"
  String.raw`\b(transit time|transit days|tiempo de transito|dias de transito|tempo de transito|temps de transit|delai de transit|duree du transit|tempo di transito|transitzeit|laufzeit (des schiffes|per see|auf see)|transittijd|czas tranzytu|transit suresi|transit sure\w*|lama transit\w*|transitnya)\b[^.?!]{0,30}`,
  // the carriage and how long, in the other word orders
  String.raw`\ble (bateau|navire|conteneur|train) (met|prend) combien de (jours|temps)\b|\bcombien de jours (de|en) (mer|bateau|transit|train)\b`,
  String.raw`\bhoe lang (is|duurt|doet) (de |het )?(transittijd|zeevracht|overtocht|schip|transport over zee|verscheping)\b[^.?!]{0,30}`,
  String.raw`\bwie lange (ist|braucht|dauert) (das schiff|der seeweg|die seefracht|die verschiffung|der zug)\b[^.?!]{0,30}`,
  String.raw`\bile (trwa|plynie|jedzie|idzie) (transport|transport morski|transport kolejowy|przewoz|statek|pociag|kontener)\b[^.?!]{0,30}`,
  String.raw`\b(quanto ci mette|quanti giorni (ci mette|impiega)) (la nave|il treno|il container)\b|\bberapa lama (kapal|pengiriman laut|perjalanan kapal|transit)\w*`,
  String.raw`\bmat (bao lau|may ngay) (ve|den|toi)\b[^.?!]{0,20}|\b(di|van chuyen) (duong )?(bien|bo|tau) (mat|het) (bao lau|may ngay)\b`,
  String.raw`(海上輸送|輸送|船便|航海)(の)?(日数|期間)(は)?(どのくらい|何日)|(해상\s*운송|해상운송|운송|선박)\s*(기간은?\s*)?(며칠|얼마나)\s*(걸리|걸려)\S*`,
  String.raw`كم (مدة|يوم) (الشحن|النقل)( البحري| الجوي| بالبحر)?|(مدة|وقت) الشحن البحري`,
].join('|'), 'g');
const CUE = /how long|how many days|cuanto|quanto|quantos|сколько|多久|几天|多长时间|幾天|多長時間|transit|combien de|hoe lang|wie lange|ile (trwa|plynie|jedzie|idzie)|quanto ci|quanti giorni|berapa lama|bao lau|may ngay|日数|期間|며칠|얼마나|كم (مدة|يوم)|مدة الشحن|وقت الشحن/;

/** The folded text with a transit time asked blanked (same length), or the text itself. */
export const maskTransitAsked = spanMask(CUE, [TRANSIT]);
