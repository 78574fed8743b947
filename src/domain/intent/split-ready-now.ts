import { letterEdged } from '../text/letter-edge';
import { rememberLast } from '../text/remember-last';

// Splits of one order said without a split word, which the language tables miss: the part that is ready sent now and
// the rest when it is finished ("ship those now and the white ones when they're done", "先把这两个颜色发了，白色做好再
// 发", "Spediteli ora e i bianchi quando sono finiti"); a part by one mode and the rest by another ("500 Stück vorab
// per Luftfracht und die restlichen per Seefracht", "200 cái gửi bay…, còn lại đi LCL"); one container or half to one
// place and the other to another ("la mitad a Guayaquil y la otra mitad al Callao"), so many to one and so many to
// another ("2 containers to Lagos and 1 to Kano"); part deliveries in the plural
// ("dostawy częściowe"). Read on the folded text with the look-alikes of a split already blanked (not-a-split.ts), so
// a split payment or "ship everything together" stays none.

// "when they are ready / finished", in each language (the rest follows the part sent now)
const WHEN_READY = String.raw`((when|once|as soon as) (they'?re|they are|it'?s|it is|they get|they'?ve been|theyre)? ?(ready|finished|done|complete\w*)` +
  String.raw`|(cuando|en cuanto|apenas|luego que) (esten|este|estan|queden|terminen|los terminen|las terminen|se terminen) ?(listos?|listas?|terminad\w*|hech\w*)?` +
  String.raw`|(quando|assim que|logo que) (terminar\w*|estiverem? pront\w*|ficarem? pront\w*|acabar\w*)` +
  String.raw`|(quand|des que|lorsqu'?|sitot que) ?(ils|elles|ce sera|c'est)? (seront|sont|sera|serons)? ?(prets?|pretes?|finis?|finies?|termine\w*|fait\w*)` +
  String.raw`|(quando|appena) (sono|saranno|siano|sara|e) (pronti|pronte|pronto|finiti|finite|finito|terminat\w*)` +
  String.raw`|(wenn|sobald) (sie|die|diese|es) (fertig|bereit|soweit)` +
  String.raw`|(als|zodra|wanneer) (ze|die|deze|het) (klaar|af|gereed)` +
  String.raw`|(jak|gdy|kiedy|jak tylko) (beda|bedzie|zostana) (gotowe|gotowy|gotowa|skonczone|wyprodukowane)` +
  String.raw`|когда (будут )?(готов\S*|доделает\S*|доделаете|сделаете|закончите|доделают|сделают)` +
  String.raw`|(bitince|bittiginde|hazir olunca|hazir oldugunda|tamamlaninca|tamamlandiginda)` +
  String.raw`|(kalau|kalo|jika|setelah|begitu) (sudah |udah )?(jadi|selesai|siap)` +
  String.raw`|(xong|lam xong|co hang) (thi|roi) (gui|giao|ship)( \S+)? sau` +
  String.raw`|(لما|عندما|حين|اول ما) (يخلص|يجهز|تخلص|تجهز|يكون جاهز|تكون جاهز|يخلصون|يجهزون))`;

// a send now or first (the part that is ready); papers or samples sent now and others when ready split no goods
const PAPERS = String.raw`(proforma|pi|invoice|quote|quotation|price ?list|catalog\w*|photos?|pictures?|drawings?|samples?|documents?|docs|contract|cotizacion|presupuesto|fotos?|muestras?|cotacao|orcamento|amostras?|devis|facture|echantillons?|angebot|rechnung|muster|bilder|offerte|factuur|monsters?|preventivo|fattura|campion\w*|ofert\w*|faktur\w*|zdjeci\w*|prob\w*|teklif\w*|fatura|numune\w*|foto\w*|penawaran|sampel|contoh|bao gia|hoa don|hang mau|счет\S*|фото\S*|образ\S*|кп|عرض|فاتور\S*|صور\S*|عين\S*)`;
const PAPERS_SENT = letterEdged(String.raw`\b${PAPERS}\b`, '');
const SEND_NOW = String.raw`((ship|send|dispatch|load)\w*( out)? (those|these|them|that|what'?s ready|what is ready|the ready \w+|the \w+ ones)( \w+)? (now|first|right away|today|asap)` +
  String.raw`|(mand|envi|despach|embarc)\w*( \S+)? (ya|ahora|agora|ja|primero|de una vez)` +
  String.raw`|(envo[yi]e?z?|expedie\w*)(-les| les| ceux-la| celles-la)? (maintenant|tout de suite|d'abord|deja)` +
  String.raw`|(spedi|mand|invia)\w*( \S+)? (ora|adesso|subito|prima)` +
  String.raw`|(schick|versend|liefer|verschick)\w*( \S+){0,3} (jetzt|schon mal|sofort|vorab)` +
  String.raw`|(stuur|verstuur|verzend|lever)\w*( \S+){0,3} (nu|alvast|meteen)` +
  String.raw`|(wysl|nada|wyprawi)\w*( \S+){0,2} (teraz|juz|od razu)` +
  String.raw`|(отгруз|отправ|высыла|вышли)\S*( \S+){0,2} (сеичас|сразу|уже)` +
  String.raw`|(simdi|hemen|once)( \S+)? (yolla|gonder|sevk)\w*` +
  String.raw`|(kirim|kirimkan|dikirim)( \S+){0,3} (dulu|sekarang|duluan)` +
  String.raw`|(gui|giao|ship)( \S+){0,2} (truoc|ngay|bay gio)` +
  String.raw`|(ارسل|ابعث|اشحن|شحن)\S*( \S+)? (الحين|الان|حالا|هلا|اول))`;

// a part or a quantity, a mode of carriage, then the rest (in one sentence)
const PART = String.raw`(\d[\d,.]*k?|part of|some of|parte|una parte|uma parte|une partie|ein teil|einen teil|een deel|czesc|czesci|bir kismi|sebagian|mot phan|mot it|часть)`;
const MODE = String.raw`(by air|air ?freight|airfreight|express|courier|dhl|fedex|ups|luftfracht|per luft|par avion|en avion|avion|aereo|aerea|via aerea|lotniczo|samolotem|koleja|kolej|pociagiem|rail|train|zug|trein|ucakla|hava|udara|pesawat|gui bay|di bay|bay|самолет\S*|авиа\S*|поезд\S*|жд)`;
const REST = String.raw`(the rest|the remaining|the remainder|die restlichen|den rest|der rest|het restant|de rest|le reste|el resto|lo demas|los demas|o resto|os demais|il resto|il rimanente|reszt\w*|pozostal\w*|kalan\w*|geri kalan\w*|sisanya|sisa\w*|con lai|phan con lai|остальн\S*|остаток\S*)`;

// the cues, each a word every line of its construction needs
const SEND_CUE = /ship|send|dispatch|load|mand|envi|despach|embarc|envo|expedi|spedi|invia|schick|versend|liefer|stuur|verzend|lever|wysl|nada|wyprawi|отгруз|отправ|высыла|вышли|yolla|gonder|sevk|kirim|gui|giao|ارسل|ابعث|اشحن|شحن/;
const READY_CUE = /ready|finish|done|complete|listo|lista|termin|pront|pret|fini|fait|fertig|bereit|soweit|klaar|gereed|af\b|gotow|skoncz|wyprodukow|готов|дела|законч|сделает|bitin|bittig|hazir|tamamlan|jadi|selesai|siap|xong|co hang|يخلص|يجهز|جاهز|يخلصون|يجهزون/;
const NOW_CUE = /now|first|right away|today|asap|ya\b|ahora|agora|ja\b|primero|de una vez|maintenant|tout de suite|d'abord|deja|ora\b|adesso|subito|prima|jetzt|schon mal|sofort|vorab|nu\b|alvast|meteen|teraz|juz|od razu|сеичас|сразу|уже|simdi|hemen|once|dulu|sekarang|duluan|truoc|ngay|bay gio|الحين|الان|حالا|هلا|اول/;
const MODE_CUE = /air|express|courier|dhl|fedex|ups|luft|avion|aere|lotnicz|samolot|kolej|pociag|rail|train|zug|trein|ucak|hava|udara|pesawat|bay|самолет|авиа|поезд|жд/;
const REST_CUE = /rest|remain|demas|reszt|pozostal|kalan|sisa|con lai|остал|остаток/;
const OTHER_CUE = /other|second|tweede|andere|zweite|otr[oa]|segundo|outr[oa]|autre|deuxieme|altr[oa]|drug[ia]|ikinci|diger|kedua|thu hai|nua con lai|втор|друг/;

// one container or half to one place, the other to another
const CONTAINER = String.raw`(container|cont|contenedor|conteneur|contentor|contenitore|kontener|konteyner|kontainer|контеинер)\w*`;
const ONE_HERE = String.raw`((one|1|een|eine?n?|un|una|um|uma|jeden|bir|satu|mot|один|одну) ${CONTAINER}|half|la mitad|metade|a metade|la moitie|die halfte|de helft|la meta|meta|polowe|polowa|yarisini|yarisi|separuh|setengah|mot nua|половину)`;
const THE_OTHER = String.raw`(the other( half| one)?|the second( one)?|de tweede|de andere( helft)?|den zweiten|die andere( halfte)?|der zweite|el otro|la otra mitad|el segundo|o outro|a outra metade|o segundo|l'autre( moitie)?|le second|le deuxieme|l'altro|l'altra meta|il secondo|drugi|druga polowa|druga polowe|ikincisi|diger yarisi|digerini|yang kedua|separuh lagi|cai thu hai|nua con lai|второи|другои|другую половину|вторую половину)`;
// what is counted when it is not containers: goods, not "2 emails to John"
const UNITS = String.raw`(pcs|pieces|units|sets|pallets?|cartons|ctns|trucks?|loads|stuck|stk|paletten|pz|pezzi|bancali|piezas|pzas|palets|tarimas|pecas|paletes|szt|palet|adet|tir|cai|шт|фур\S*|паллет\S*)`;
const TO = String.raw`(to|naar|nach|a|al|para|pra|pro|vers|au|do|na|ke|ve|в|на)`;

// each construction, with the cues it cannot match without (most messages have none: a cue is one cheap test)
const CONSTRUCTIONS: Array<{ cues: RegExp[]; re: RegExp; unless?: RegExp }> = [
  { cues: [READY_CUE, NOW_CUE, SEND_CUE], re: letterEdged(String.raw`${SEND_NOW}\b[^.?!;]{0,60}\b${WHEN_READY}`, ''), unless: PAPERS_SENT },
  // "ship what's ready now and the rest later"
  {
    cues: [/ready|finished|done/, /rest|remain|later/],
    re: letterEdged(String.raw`\b(ship|send|dispatch)\w* (what'?s|what is|whatever is|the part that is|the ones that are) (ready|finished|done)( now| first)?\b[^.?!]{0,40}\b(rest|remaining|remainder|later)\b`, ''),
  },
  { cues: [REST_CUE, MODE_CUE], re: letterEdged(String.raw`\b${PART}( \S+){0,5} ${MODE}\b[^.?!]{0,60}\b${REST}\b`, '') },
  { cues: [OTHER_CUE], re: letterEdged(String.raw`\b${ONE_HERE} ${TO}\b[^.?!]{0,50}\b${THE_OTHER} ([\p{L}\s]{0,30}\b)?${TO}\b`, '') },
  // so many to one place and so many to another: "ship 2 containers to Lagos and 1 to Kano", "2 Container nach Hamburg
  // und 1 nach Bremerhaven", "2本を東京港、1本を大阪港に"
  {
    cues: [/\d/],
    re: letterEdged(String.raw`\b\d+ (${CONTAINER} |${UNITS} )?${TO} [\p{L}\s]{2,25}\b(and|und|en|et|y|e|i|ve|dan|va|и)\b \d+ (${CONTAINER} |${UNITS} )?${TO}\b`, ''),
  },
  { cues: [/本を|台を|個を|柜/], re: /\d+\s*(本|台|個|柜)を[^、。？?]{1,12}、\s*\d+\s*(本|台|個|柜)を[^、。？?]{1,12}(に|へ)/u },
  { cues: [/czesciow/], re: letterEdged(String.raw`\b(dostaw\w*|wysylk\w*) czesciow\w*|\bczesciow\w* (dostaw|wysylk)\w*`, '') },
  // Chinese, Japanese, Korean: a send first, then the rest once made
  {
    cues: [/先|먼저|우선/],
    re: new RegExp([
      String.raw`先(?![^。？！?!]{0,30}(报价|報價|样品|樣品|样板|照片|图片|圖片|资料|資料|目录|目錄|合同|发票|發票|形式发票|pi))[^。？！?!]{0,12}(发|發|出货|出貨|走|寄)[^。？！?!]{0,24}(做好|好了|完成|生产完|生產完|出来|出來|齐了|齊了)(再|后|後|之后|之後)[^。？！?!]{0,6}(发|發|出|寄|走)`,
      String.raw`(先に|先行して?|一足先に)(?![^。？！?]{0,30}(見積|サンプル|写真|資料|カタログ|請求書|インボイス|契約書|pi))[^。？！?]{0,12}(出荷|発送|送)[^。？！?]{0,30}(完成次第|でき次第|出来次第|仕上がり次第|出来上がり次第|完成したら|できたら|出来たら)`,
      String.raw`(먼저|우선)(?![^.?!]{0,30}(견적|샘플|사진|자료|카탈로그|인보이스|계약서|pi))\s*\S{0,8}\s*(보내|출고|선적|발송)[^.?!]{0,40}(완성되면|완료되면|나오면|준비되면|다\s*되면|만들어지면)`,
    ].join('|')),
  },
];

/** Whether the folded text (a split's look-alikes blanked) splits an order by readiness, mode or place without a
 * split word. */
/** Whether the folded text has the cue words of a construction above: cheap enough to test before the split's mask. */
export function maySplitWithoutASplitWord(folded: string): boolean {
  return CONSTRUCTIONS.some(({ cues }) => cues.every((cue) => cue.test(folded)));
}

export function splitsWithoutASplitWord(folded: string): boolean {
  return CONSTRUCTIONS.some(({ cues, re, unless }) => {
    if (!cues.every((cue) => cue.test(folded))) return false;
    const found = re.exec(folded);
    // (what the match says is sent: papers or samples split no goods)
    return found !== null && !(unless && unless.test(found[0]));
  });
}

// The readiness splits (a part sent now, the rest when it is finished) as global patterns, for the mask below.
const READY_SPLITS = [CONSTRUCTIONS[0], CONSTRUCTIONS[1], CONSTRUCTIONS[CONSTRUCTIONS.length - 1]].map(({ cues, re, unless }) => ({
  cues, unless, re: new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`),
}));

/**
 * The folded text with a split by readiness blanked (same length), or the text itself: "ship those now and send the white
 * ones when they're finished" says when the rest goes, and asks no lead time. Read for lead time by the patterns
 * (tag-intents.ts) and the model (look-alikes-for-model.ts). Asked ("…and the rest, when will it be ready?"), it stays.
 */
export const maskReadyNowSplit = rememberLast((folded: string): string => {
  let out = folded;
  for (const { cues, re, unless } of READY_SPLITS) {
    if (!cues.every((cue) => cue.test(out))) continue;
    out = out.replace(re, (span, ...rest) => {
      const at = rest[rest.length - 2] as number;
      const after = folded.slice(at + span.length, at + span.length + 40);
      return (unless && unless.test(span)) || /^[^.!\n]*\?/.test(after) ? span : ' '.repeat(span.length);
    });
  }
  return out;
});
