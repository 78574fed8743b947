import { cueTest } from '../text/cue-test';
import { rememberLast } from '../text/remember-last';

// A rival's offer told and nothing asked of us: "We found cheaper on Alibaba", "Otro proveedor me da mejor precio", "Un
// autre fournisseur me propose 15% moins cher", "다른 업체는 더 싸게 준대요", "Votre concurrent propose un emballage
// beaucoup mieux, je vous transfère les photos". Our test set and DEV opt-out label these competitor_mention alone: the
// buyer lets us know, and the rep decides whether to answer with a price. Once the buyer asks anything ("can you match?",
// "iguale y hablamos", "your price is high", "if you do 0.92 I order", "Son fiyatınız ne?"), the discount reads as before.
// Blanked whole when discount requests are read (tag-intents.ts) and before the model reads them
// (look-alikes-for-model.ts). Folded text.

// someone else selling the same: another supplier, a competitor, a marketplace
const RIVAL = /\b(other|another|different|anderer?|anderen|andere|otro|otra|otros|outro|outra|autre|autres|altro|altra|altri|inny|inna|inni|lain|khac|baska|diger|competitors?|concurren\w*|konkurren\w*|concorren\w*|rakip\w*|alibaba|1688|aliexpress|made-in-china|shopee|tokopedia)\b|друг(ой|ая|ие|ого)|конкурент|(مورد|مصنع|شركه|شركة) (اخر|ثاني|ثانيه|ثانية)|منافس|其他|别家|別家|别的|另一家|另外一家|同行|他社|競合|다른 (업체|공장|회사)|경쟁/;
// any ask or push: a question, a request, a conditional offer, our price called high, a discount or a match named
const ASKED = /[?？؟]|\b(can|could|would|will|pls|please|plz|kindly|let me know|match|beat|lower|reduce|cut|discount|best|last|final|high|expensive|give|send|tell|if|puede\w*|podria\w*|podeis|iguala\w*|igual\w*|rebaj\w*|baj\w*|descuento|dame|deme|denme|haga\w*|mand\w*|caro|alto|si|pode\w*|consegue\w*|reve\w*|desconto|cobrir|cubra|se|pouvez|pourriez|align\w*|baiss\w*|remise|(?<!moins )cher|donnez|faites|envoy\w*|konnen|konnten|koennen|konnt|bitte|rabatt|nachlass|runter|teuer|hoch|wenn|kunnen|kunt|korting|zakken|duur|hoog|graag|als|potete|potreste|sconto|abbass\w*|allinea\w*|costoso|mi fate|mozecie|moglibyscie|rabat\w*|obniz\w*|drogo|prosze|jesli|bisa|tolong|diskon|turun\w*|mahal|kalau|minta|duoc khong|giam|dat|neu|xin|yapabilir\w*|indirim|dusur\w*|pahali|eger|lutfen|review|reconsider|rethink|revis\w*|rived\w*|rivalut\w*|herzie\w*|heroverweeg\w*|doe|bekijk|uberdenk\w*|uberpruf\w*|anpass\w*|revoir|reconsider\w*|reconsidere\w*|repens\w*|przemysl\w*|pertimbang\w*|xem lai|gozden)\b|можете|можно|скидк|сниз|дорог|если|прош|пересмотр|подумайте|ممكن|شوف|راجع|فكر|تقدر|تنزل|خصم|غالي|لو |اذا|能不能|能否|可以|可不可以|便宜点|降|优惠|優惠|贵|貴|如果|请|請|吗|嗎|呢|吧|能|跟|考虑|考慮|できます|ませんか|ますか|でしょうか|いただけ|見直|再考|合わせ|検討|値引|下げ|高い|もし|ください|가능|할인|맞춰|깎|비싸|면 |주세요|나요|까요|되요|돼요|검토|해줘|해 ?주/;
const CHEAPER_OR_BETTER = /cheaper|lower|less|better|mejor|barat\w*|menos|melhor|moins cher|mieux|meilleur|billiger|gunstiger|besser|goedkoper|beter|meno|miglior\w*|economic\w*|tani\w*|lepsz\w*|murah|re hon|tot hon|ucuz\w*|daha iyi|дешевл|лучше|ниже|ارخص|افضل|أرخص|便宜|低|好|安い|安く|良い|싸|좋/;
const hasRival = cueTest(RIVAL);

/** The folded text blanked whole when it tells a rival's cheaper or better offer and asks nothing; else the text. */
export const maskRivalToldNotAsked = rememberLast((folded: string): string => {
  if (!hasRival(folded) || !CHEAPER_OR_BETTER.test(folded) || ASKED.test(folded)) return folded;
  return ' '.repeat(folded.length);
});
