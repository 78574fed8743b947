import { spanMask } from './blank-spans';

// How long the train, the ship or the container is on its way ("Сколько идёт поезд до Минска?", "how long does the
// vessel take to Mombasa?", "¿cuánto tarda el barco a Callao?"): the transit, a shipping question, not when the goods
// will be made. Read by the model (look-alikes-for-model.ts) for lead time; the patterns read it as shipping already.
const CARRIER = String.raw`(the )?(ship|vessel|boat|train|container|truck|shipment|sea freight|air freight|el barco|el buque|el tren|el contenedor|el camion|o navio|o trem|o container|o conteiner|la nave|il treno|il container|le bateau|le navire|le train|le conteneur|das schiff|der zug|der container|het schip|de trein|de container|statek|pociag|kontener|gemi|tren|konteyner|kapal|kereta|tau)`;
const TRANSIT = new RegExp([
  String.raw`\bhow (long|many days) (does|will|do|would) ${CARRIER} (take|need|be on the way|travel)\b[^.?!]{0,40}`,
  String.raw`\b(cuanto|cuantos dias) (tarda|demora|se demora|tardan) ${CARRIER}\b[^.?!]{0,40}|\b(quanto tempo|quantos dias) (leva|demora) ${CARRIER}\b[^.?!]{0,40}`,
  String.raw`сколько (дней )?(идёт|идет|едет|плывёт|плывет|везут|в пути|займёт|займет)( \S+)? (поезд|судно|контейнер|груз|корабль|фура|машина|доставка морем|доставка поездом)\S*( до \S+)?`,
  String.raw`(火车|船|集装箱|柜子|货柜)(到.{1,8})?(要|需要)?(走)?(多久|几天|多长时间)`,
].join('|'), 'g');
const CUE = /how long|how many days|cuanto|quanto|quantos|сколько|多久|几天|多长时间/;

/** The folded text with a transit time asked blanked (same length), or the text itself. */
export const maskTransitAsked = spanMask(CUE, [TRANSIT]);
