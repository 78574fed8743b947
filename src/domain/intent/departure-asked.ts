import { spanMask } from './blank-spans';

// Whether the goods have left, or when the ship sails, asked with the papers of a shipment under way: "Wann geht der
// Container raus? Brauche Containernummer und ETA.", "Kiedy wypływa statek? Potrzebuję numeru kontenera i ETA.", "Did you
// ship already? Give me tracking number", "Is het al verzonden? Graag de track & trace", "Gemi ne zaman kalkıyor?
// Konşimento taslağını gönderin". The goods are made: the buyer follows the shipment, a shipping question, not when the
// goods will be ready. DEV 4, DEV opt-out and DEV 6 label these shipping alone (a dozen messages, eight languages). Read
// only beside a tracking number, a container number, an ETA or the B/L, and blanked when lead times are read
// (tag-intents.ts) and before the model reads them (look-alikes-for-model.ts). Folded text.

// the shipment's papers and numbers that say it is under way
const FOLLOWED = /\b(tracking\w*|track ?& ?trace|track and trace|trackingnummer|sendungsnummer|eta|etd|container ?(no|number|nr)|containernummer|numero de contenedor|numero do container|numer\w* kontener\w*|konteyner (no|numarasi)|b\/?l|bl draft|draft (do |of the |del )?b\/?l|konsimento\w*|resi|no\.? resi|awb)\b|трек|номер контейнер|коносамент|رقم (التتبع|الحاويه|الحاوية|البوليصه|البوليصة)|بوليص|单号|運單|运单|提单|追跡番号|송장번호|운송장/;
const DEPARTED = new RegExp([
  // when the ship, the container or the goods leave
  String.raw`\b(when|wann|wanneer|quando|cuando|kiedy|ne zaman|kapan|khi nao|bao gio)\b[^.?!]{0,30}\b(leave|leaves|sail|sails|depart|departs|go out|goes out|raus|vertrekt|vertrek|sai|sale|salen|parte|partono|wyplywa|wyjezdza|kalkiyor|kalkacak|cikiyor|berangkat|chay|xuat)\b[^.?!]{0,20}`,
  String.raw`\b(gemi|kapal|tau)\b[^.?!]{0,10}\b(ne zaman|kapan|khi nao)\b[^.?!]{0,15}`,
  // already gone: "did you ship already?", "ist die Ware schon raus?", "¿ya salió el barco?", "è già stata shippata?"
  String.raw`\b(did you|have you|has it|have they|is it|are they|ist|sind|is|zijn|ya|ja|gia|juz|sudah|udah|da)\b[^.?!]{0,25}\b(already|schon|al|ya|ja|gia|juz|sudah|udah|roi)\b[^.?!]{0,20}\b(shipped|ship|sent|dispatched|raus|verschickt|versendet|verzonden|verstuurd|salio|saiu|shippat[ao]|spedit[ao]|wyslan\w*|dikirim|gui|di)\b`,
  String.raw`\b(already|ya|ja|gia|juz|sudah|udah)\b[^.?!]{0,10}\b(shipped|sent|dispatched|salio|saiu|shippat[ao]|spedit[ao]|wyslan\w*|dikirim)\b`,
].join('|'), 'g');
const DEPARTED_OTHER = /(когда|уже)[^.?!]{0,25}(уходит|отходит|выходит|отправ\S*|отгруж\S*)|(متي|متى)[^.?!؟]{0,20}(تطلع|يطلع|تبحر|يبحر)|(什么时候|幾時|几时|已经|已經)[^。？?！!]{0,8}(开船|開船|出港|发货|發貨|出货|出貨|走了)|(いつ|もう)[^。？?！!]{0,8}(出港|出荷|発送)|(언제|벌써|이미)[^.?!]{0,8}(출항|출고|발송)/gu;
const CUE = /tracking|trace|sendungsnummer|eta|etd|container|contenedor|kontener|konteyner|b\/l|bl |konsimento|resi|awb|трек|контейнер|коносамент|رقم|بوليص|单号|運單|运单|提单|追跡|송장|운송장/;

const maskDeparture = spanMask(CUE, [DEPARTED, DEPARTED_OTHER]);

/** The folded text with a departure asked (beside a shipment's papers) blanked (same length); else the text. */
export function maskDepartureAsked(folded: string): string {
  const masked = maskDeparture(folded);
  return masked === folded || !FOLLOWED.test(folded) ? folded : masked;
}
