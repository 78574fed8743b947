import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/domain/classify';

// An order split said without a split word: the part that is ready sent now and the rest when it is finished, a part
// by one mode and the rest by another, one container or half to each place, part deliveries in the plural. Invented
// cases in the sixteen languages; the look-alikes (a split payment, a price per colour, an MOQ over colours, all in one
// shipment) stay no split.
const intents = (text: string) => classifyMessage({ text }).intents;

const splits = [
  // ready now, the rest when done
  'The red and navy are finished, right? Send those now and the green ones when they are done.',
  '红色和蓝色应该好了吧？先把这两款发走，绿色做好了再发。',
  'Los rojos y azules ya están, ¿verdad? Despáchenlos ya y los verdes cuando estén listos.',
  'Os vermelhos já estão prontos? Envia esses agora e os verdes quando terminarem.',
  'Les rouges sont prêts ? Expédiez-les maintenant et les verts quand ils seront finis.',
  'Die roten sind doch schon fertig? Schicken Sie die jetzt und die grünen, sobald sie fertig sind.',
  'Красные уже готовы? Отправьте их сразу, а зелёные — когда сделаете.',
  'الأحمر جاهز؟ ابعثوه الحين والأخضر لما يجهز.',
  'Kırmızılar hazır mı? Hemen gönderin, yeşiller bitince ayrıca gelsin.',
  'I rossi sono pronti? Mandateli subito e i verdi quando saranno pronti.',
  'Czerwone są gotowe? Wyślijcie je teraz, a zielone jak będą gotowe.',
  'Yang merah sudah jadi kan? Kirim yang itu dulu, yang hijau kalau sudah selesai.',
  'Màu đỏ xong rồi phải không? Giao trước đi, màu xanh xong thì gửi sau.',
  '赤はもう仕上がっていますよね？先に発送して、緑はでき次第お願いします。',
  '빨간색은 다 됐죠? 먼저 보내주시고 초록색은 완성되면 보내주세요.',
  'De rode zijn toch klaar? Stuur die alvast en de groene zodra ze klaar zijn.',
  // a part by one mode, the rest by another
  '300 Stück per Luftfracht für die Messe, die restlichen per Schiff.',
  'Envoyez 150 pièces par avion pour le lancement et le reste par bateau.',
  '100 cái đi bay cho kịp khai trương, còn lại đi đường biển.',
  'Część proszę wysłać lotniczo, resztę morzem.',
  // one container or half to each place
  'Een container naar Antwerpen en de tweede naar ons depot in Venlo.',
  'Quiero mandar la mitad a Valparaíso y la otra mitad a San Antonio.',
  // part deliveries
  'Czy akceptujecie dostawy częściowe?',
];

const notSplits = [
  'Can we pay 30% now and the rest when the goods are ready?',
  'Please quote the red and the green separately.',
  'Can the MOQ be spread over 3 colours?',
  'Please ship everything together once it is all finished.',
  'Ship them all now please, we need the goods urgently.',
  'Send the samples now and we will confirm the order when we have tested them.',
  'Mándenme el catálogo ya, por favor.',
  // papers or samples sent now and others when ready: no goods split
  'Schicken Sie mir jetzt die Proforma, die Fotos wenn sie fertig sind.',
  '先发报价给我，样品做好再寄过来。',
  'Envoyez-nous maintenant la facture et les photos quand elles seront prêtes.',
  // one thing to one person and the other to another, no goods named
  'I sent one to your colleague and the other to you.',
];

describe('order splits said by readiness, mode or place', () => {
  it.each(splits)('%s', (text) => expect(intents(text)).toContain('order_split'));
  it.each(notSplits)('not a split: %s', (text) => expect(intents(text)).not.toContain('order_split'));
});
