// Look-alikes where the "don't contact" or "unsubscribe" is about someone or something other than the buyer's own
// chat: "don't contact the factory directly", "no paper invoice any more, PDF only", "den de baja el pedido
// anterior", "unsubscribe me from the catalogue emails but keep WhatsApp". The conversation goes on, so none may
// stop it. A message that also says never, spam, block or "me" to the stop is left to the opt-out lines: the guards
// name the third party or the document, never the buyer. Folded text (lower case, no accents).

const THIRD_PARTY = String.raw`(factory|fabrica|fabrik|fabbrica|fabryk\w*|fabriek|usine|pabrik|fabrika\w*|nha may|supplier|proveedor|fornecedor|lieferant\w*|fornitore|dostawc\w*|leverancier|fournisseur|pemasok|tedarikci\w*)`;
const DIRECTLY = String.raw`(directly|directamente|diretamente|direkt|direttamente|bezposrednio|direct|directement|langsung|dogrudan|truc tiep)`;
// (an opt-out said alongside keeps its force: "stop messaging me, I buy directly from the factory now")
const NO_STOP_WORD = String.raw`^(?!.*\b(me|mi|mich|mij|mnie|moi|anymore|any more|never|spam|unsubscribe|nunca|jamais|nie wieder|nooit|nigdy)\b)`;

// One channel given up, another kept or asked for: the buyer still wants to be written to. A stop said beside it
// (spam, block, never, leave me alone) keeps its force.
const NO_HARD_STOP = String.raw`^(?!.*(spam|block|bloqu|blokir|never|nunca|jamais|nooit|nigdy|nie wieder|leave me|leave us|stop (all|every)|\b(both|too|also|either|as well|auch|tambien|tambem|aussi|anche|takze|juga)\b|拉黑|骚扰|别再|不要再|也))`;
const EMAIL_CHANNEL = String.raw`(\b(e-?mail\w*|mail\w*|newsletter\w*|nieuwsbrie\w*|biuletyn\w*|bulten\w*|boletin\w*|bulletin\w*|correo\w*|ban tin)\b|рассылк|почт|имейл|емейл|邮件|郵件|メール|메일|이메일)`;
const CHAT_CHANNEL = String.raw`(\b(whatsapp\w*|whats|zap|wa|zalo|telegram|wechat|kakao|line|viber|signal|here|aqui|ici|hier|qui|tutaj|burada|di sini|disini|o day)\b|ватсап|вотсап|вацап|телег|здесь|тут|微信|这里|這裡|카톡|카카오|여기|ここ|واتس|هنا)`;
const KEEP_GOING = String.raw`(\b(ok|okay|fine|bisa|boleh|mag|kann|pode|puede|sigue|seguir|segui\w*|continu\w*|dalej|devam\w*|tetep|tetap|weiter|garde\w*|keep|still|cu|blijven|resta\w*|rimane\w*)\b|пишите|继续|可以|계속|괜찮|大丈夫|引き続き|عادي|كمل|نكمل)`;
// "don't call, just text": a call declined, writing asked for (each language's negation and verb together, so the
// literal prefilter of opt-out.ts runs the line only on a message that has one of them)
const DONT_CALL = String.raw`(\b(don'?t|do not|dont) call\b|\bno (me |nos )?llam\w*|\bnao (me |nos )?lig\w*|\bnon (mi |ci )?chiam\w*|\bnie dzwon\w*|\bjangan (telpon|telepon|nelpon)\b|\b(dung|khong) goi\b|\bne m'appel\w*|\bnicht anruf\w*|\bniet bellen\b|\bbel (me |ons )?niet\b|\baramay\w*|别打电话|不要打电话|電話(は)?(しないで|やめて)|전화(는)?\s*(하지 마|말고)|متتصلش|لا تتصل|ما تتصل)`;
const WRITE_INSTEAD = String.raw`(\b(text\w*|write|writ\w*|message\w*|msg|chat\w*|escrib\w*|escreve\w*|scriv\w*|pisz\w*|nhan\w*|yaz\w*|pisa\w*|manda\w*|ecri\w*|schreib\w*|whatsapp|wa|zalo|texto|mensaje\w*|mensagem|messaggio|sms|audio)\b|发|發|微信|メッセージ|문자|카톡|ابعت|ارسل|راسل|اكتب|رسالة)`;

// the writing stopped too, beside the call: "ne m'appelez plus et ne m'envoyez plus de SMS", "não liguem nem enviem
// SMS", "jangan telpon dan WA lagi", "aramayın, yazmayın"
const WRITE_TOO = String.raw`\b(nor|nem|ni|ani|neither) (me |mi |nos )?(envi|mand|escrib|escrev|text|write|message|sms|pisz|pisa|scriv|ecri)\w*|\bne m'?(envoy|ecri)\w*|\byazmayin\w*|\b(dan|atau) (wa|sms|chat|whatsapp)\b.{0,10}\blagi\b`;

// the way to write now, with "only" beside it: "email only", "sadece mail", "только на почту", "发邮件就行"
const ONLY = String.raw`(\b(only|just|solo|solamente|so|somente|apenas|seulement|uniquement|exclusivement|nur|ausschliesslich|alleen|tylko|sadece|yalnizca|aja|saja|thoi)\b|только|就行|就好|だけ|のみ|만)`;

export const NOT_THE_BUYER: RegExp[] = [
  // a chat given up for the email, said with "only" or "please": "Don't WhatsApp me anymore, email only pls",
  // "В ватсап больше не пишите, только на почту", "WhatsAppではなく、今後はメールでお願いします" (the buyer moves
  // the conversation; "anymore" here is about the chat, and a stop said beside it keeps its force)
  new RegExp(String.raw`${NO_HARD_STOP}(?=.*${CHAT_CHANNEL}).*(${ONLY}.{0,12}${EMAIL_CHANNEL}|${EMAIL_CHANNEL}.{0,12}${ONLY}|(メール|邮件|郵件)(で|に)?.{0,4}(お願い|連絡|ください))`),
  // the newsletter or the emails given up, this chat kept: "Bitte vom E-Mail-Newsletter abmelden, WhatsApp ist ok"
  // (the email named last: the prefilter keys the line on what it consumes, and "mail" is rarer than "ok")
  new RegExp(String.raw`${NO_HARD_STOP}(?=.*${CHAT_CHANNEL})(?=.*${KEEP_GOING}).*${EMAIL_CHANNEL}`),
  new RegExp(String.raw`${NO_HARD_STOP}(?!.*\b(anymore|any more|wiecej|mehr|khong quan tam)\b)(?!.*(${WRITE_TOO})).*${DONT_CALL}.{0,60}(?<!\b(nie|dung|don'?t|do not|dont|no|nao|non|jangan|nicht|ne|nem|ni|nor|noch|neanche|ani|nog|nor)\s(\S+\s)?|别|不要)${WRITE_INSTEAD}`),
  // the buyer's factory or supplier is not to be approached behind their back
  new RegExp(String.raw`${NO_STOP_WORD}.*(\b${THIRD_PARTY}\b.{0,30}\b${DIRECTLY}\b|\b${DIRECTLY}\b.{0,30}\b${THIRD_PARTY}\b)`),
  /(工場|工厂|工廠)(に|と)?(は)?直接|直接.{0,6}(工場|工厂|工廠)|공장(에|과|이랑|하고)?\s*직접|직접\s*공장|المصنع.{0,10}مباشر|مباشر.{0,10}المصنع/,
  // a document's paper copy stopped, the file still wanted: "keine Rechnung mehr per Post, nur per E-Mail"
  /\b(invoices?|factura|facturas|rechnung\w*|fattur[ae]|faktur\w*|nota fiscal|factuur|hoa don|fatura)\b.{0,40}\b(pdf|paper|papel|papier\w*|cartace\w*|papierow\w*|giay|post|correo postal|correio|per e-?mail|por e-?mail|by e-?mail)\b/,
  /(請求書|发票|發票|インボイス).{0,20}(郵送|PDF|pdf|紙)/,
  // an order or a product taken off, not the buyer: "den de baja el pedido anterior"
  /\b(den|dar|da|dame|denme|de|dé) de baja (el|la|los|las|este|ese|esta|esa|mi) (pedido|orden|producto|articulo|referencia|modelo|item|sku|codigo|factura)\b/,
  // goods held back until paid, or one colour not to be sent: "No envíen nada hasta que pague", "もう赤は送らないで、青だけ"
  new RegExp(String.raw`${NO_STOP_WORD}.*\b(hasta que|until|ate que|jusqu'a ce que|finche|dopoki|sampai)\b.{0,20}\b(pagu\w*|pay\w*|paid|pagamento|pagar|pago|bezahl\w*|zahlung|paiement|pagat\w*|wplat\w*|bayar|lunas)\b`),
  /(赤|青|黒|白|緑|色|サイズ|型番|モデル)(は|を)(もう)?送らないで|送らないで.{0,8}((?<!いた|頂)だけ|のみ)(で|に)?/,
  // one channel dropped, this chat kept: "unsubscribe me from the emails but keep WhatsApp"
  /^(?!.*(spam|block|bloqu|blokir|never|nunca|jamais|nooit|拉黑))(?=.*(newsletter|boletin|bulletin|nieuwsbrie|biuletyn|ban tin|bulten|рассылк|简报|簡報|メルマガ|뉴스레터)).*(\b(but|pero|mas|mais|aber|ma|maar|ale|tapi|nhung|ama)\b|(^|[^а-я])но[^а-я]|但|でも|하지만|لكن).{0,50}(\b(here|aqui|por aqui|ici|hier|qui|tutaj|di sini|disini|qua day|o day|buradan|burada)\b|сюда|здесь|这里|這裡|ここ|여기)/,
  /\b(but|pero|mas|mais|aber|ma|maar|ale|tapi)( please| pls| por favor)? (keep|mantener|manten|mantenga|mantengan|manter|mantenha|garder|gardez|behalten|behalte|mantenere|mantenete|houd|hou|tetap)\b.{0,25}\b(whatsapp|wa|this chat|chat|here|aqui|ici|hier|qui)\b/,
];
