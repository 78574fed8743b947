import { spanMask } from './blank-spans';

// Words of a complaint that complain of nothing: "no complaints, the customers loved it", and a message of ours the
// buyer missed ("I didn't get your email, send it on WhatsApp"): no goods went wrong. Blanked when complaints are read
// (tag-intents.ts).
const NOTHING_WRONG = new RegExp([
  // "no hace falta" is "no need", not "missing"
  String.raw`\bno (hace|hacen) falta\b|\bnao faz falta\b`,
  String.raw`\bno complaints?\b|\bnothing to complain( about)?\b|\bsin quejas\b|\bsem reclama\w*\b|\baucune (plainte|reclamation)\b|\bkeine (beschwerden|reklamation\w*)\b|\bnessun reclamo\b|\bgeen klachten\b|\bbez (reklamacji|zastrzezen)\b|\b(tidak ada|gak ada|ga ada) komplain\b|\bsikayet(imiz)? yok\b`,
  String.raw`\b(did ?n'?t|did not|have ?n'?t|haven'?t|not|never) (get|got|receive|received|see|seen) (your|ur|the|any|that) (e-?mail|mail|message|msg|letter|whatsapp|text)s?\b`,
  String.raw`\b(no (he |hemos )?recibid[oa]|no (me )?lleg[oó]) (su |tu |el |ningun )?(correo|mail|email|mensaje)\b|\bnao (recebi|recebemos|chegou) (o )?(seu |teu )?(e-?mail|mail|mensagem)\b`,
  String.raw`\b(je n'ai|nous n'avons|j'ai) (pas|jamais) (re[cç]u|vu) (votre|ton|le|ce) (mail|e-?mail|courriel|message)\b|\b(ihre|deine|die) (e-?mail|mail|nachricht) (habe ich |haben wir )?nicht (erhalten|bekommen)\b`,
  String.raw`\bnon (ho|abbiamo) ricevuto (la (vostra |tua )?(mail|email)|il (vostro |tuo )?messaggio)\b|\b(ik heb|we hebben) (uw|je|jullie) (mail|e-?mail|bericht) niet ontvangen\b`,
  // "no problem with the last order", "quality is good, send the same": the goods were fine
  String.raw`\bno (problems?|issues?)( at all)?( with| on| in)?\b|\b(no|without|zero) (any )?(damages?|defects?|breakage)( at all)?\b|\b(quality|goods|products?|order|shipment|everything|all) (is|are|was|were) (good|great|fine|ok|okay|perfect|excellent|very good)\b|\b(ningun|sin|nenhum|sem) problemas?\b|\baucun (probleme|souci)\b|\bkeine? probleme?\b|\b(war|ist) einwandfrei\b|\bnessun problema\b|\bbez (problemu|problemow)\b|\b(hicbir )?sorun (yok|yoktu|olmadi)\b|\btidak ada masalah\b|\b(kualitas|barang)(nya)? bagus\b|\bkhong co van de\b|\bgeen problemen?\b`,
  // praise ("the sample looks great", "het monster is goed"): said of goods that are fine
  String.raw`\b(is|are|was|were|looks?|looked|seems?) (really |very |so |all )?(good|great|fine|perfect|excellent|nice|beautiful)\b|\b(es|son|esta|estan|estaba|quedo|quedaron|llego|llegaron) (muy |super )?(buen[oa]s?|bien|perfect[oa]s?|excelentes?)\b|\btodo (bien|ok|perfecto)\b`,
  String.raw`\b(e|sao|esta|estao|ficou|ficaram|chegou|chegaram) (muito )?(bo[ma]s?|bem|perfeit[oa]s?|otim[oa]s?|excelentes?)\b|\btudo (certo|bem|ok)\b|\b(est|sont|etait|etaient) (tres |vraiment )?(bon(ne)?s?|parfait(e)?s?|conformes?|impeccables?)\b|\btout est (ok|bon|conforme|parfait)\b`,
  String.raw`\b(ist|sind|war|waren) (sehr |richtig )?(gut|super|perfekt|in ordnung)\b|\balles (ist )?in ordnung\b|\b(e|sono|era|erano|va|vanno) (molto )?(buon[oa]|bene|perfett[oaie]|ottim[oaie])\b|\btutto (ok|bene|a posto)\b`,
  String.raw`\b(jest|sa|byla|byly|byl) (bardzo )?(dobr[aey]|super|idealn[aey]|w porzadku)\b|\bwszystko w porzadku\b|\b(is|zijn|was|waren) (heel |erg |zeer )?(goed|prima|perfect|mooi|uitstekend|in orde)\b|\balles (is )?in orde\b|\b(goed|prima|perfect|mooi|in orde|gut|super|perfekt|in ordnung) (is|zijn|was|waren|ist|sind)\b`,
  String.raw`\b(iyi|guzel|mukemmel|harika) (oldugunu|olmus|geldi|diyor)\b|\bher sey yolunda\b|\b(sudah |sangat )?(bagus|mantap)\b|\b(on roi|deu on|moi thu on)\b`,
  // their customer ordered again ("ein Kunde hat 30 Stück nachbestellt"): good news passed on, no fault
  String.raw`\b(customers?|clients?|kunden?|clientes?|cliente|klant(en)?|klient\w*|musteri\w*|pelanggan)\b (\w+ ){0,5}(re-?order(ed|s)?|ordered (again|more)|nachbestellt|nachbestellen|erneut bestellt|wieder bestellt|recommande|a recommande|riordinato|ha riordinato|volvio a (pedir|comprar)|repitio (el )?pedido|pediu de novo|voltou a comprar|nabesteld|opnieuw besteld|zamowil\w* ponownie|ponownie zamowil\w*|tekrar siparis|pesan lagi)\b`,
  // a spec ("flicker-free") and another supplier's faults ("our previous supplier always shipped late"): none of ours
  String.raw`\b(flicker|glare)[- ]?free\b|\b(no|low|anti)[- ]?flicker\b|\bsin parpadeo\b|\bsans scintillement\b|\bflimmerfrei\b|\bsenza sfarfallio\b`,
  String.raw`\b(previous|old|former|current|other|existing) (suppliers?|factory|factories|vendors?|manufacturers?)\b[^.?!\n]{0,80}`,
  // fewer goods asked for ("can you ship 3 cartons less?") and a policy asked after: nothing went wrong yet
  String.raw`\b(ship|send|make|produce|order|pack|load|prepare|reduce (it |the order )?by) \d+\s*(pcs|pieces|cartons|ctns|units|boxes|sets) (less|fewer)\b|\b(policy|procedure|process|terms) (for|on|regarding|about|in case of) (damaged|defective|broken|missing|faulty|late)\b`,
  // a defect supposed, not found: "what is your warranty if a unit is defective?", "if any arrive damaged, who pays?",
  // "the end user asks whether the lamps flicker on dimmers", "same quality as last time"
  String.raw`\b(asks?|asking|asked|wonders?|wondering|wants? to know) (whether|if)\b(?! (you|u|we) )[^.?!\n]{0,60}|\b(same|similar) quality (as|like) (last time|before|the sample|the last (order|one|batch))\b|\b(is|are|will) (the |your )?(quality|colou?r|finish|material|size) (be )?(the )?(same|similar) (as|like|to)\b`,
  String.raw`\b(if|in case|what if|should|whether)\b (a |an |any |some |the |one |our )?(\w+ ){0,3}(is|are|arrives?|comes?|gets?|turns? out|goes|go|were|was|happens to be)( to be)? (defective|damaged|broken|faulty|missing|wrong|late|delayed|cracked|scratched|not working|dead)\b`,
  String.raw`\b(do|does|will|would|is|are|what|how|can)\b[^.?!,\n]{0,80}\b(warranty|guarantee|after-?sales?)\b[^.?!,\n]{0,60}\?`,
  String.raw`\b(en caso de( que)?|si|se|caso|en cas de|falls|wenn|im falle|in caso di|jika|kalau|apabila)\b (\w+ ){0,4}(defectuos\w*|danad\w*|danificad\w*|defeituos\w*|defectueu\w*|endommag\w*|defekt\w*|beschadigt\w*|difettos\w*|danneggiat\w*|rusak|cacat)\b`,
  String.raw`\b(tienen|ofrecen|dan|cual es|que|como|qual|tem|oferecem|quelle|avez-vous|offrez|gibt es|bieten sie|wie lange|avete|offrite|quale|ada|berapa lama)\b[^.?!,\n]{0,60}\b(garantia|garantie|garanzia|garansi)\b[^.?!,\n]{0,60}\?`,
].join('|'), 'g');
const NOTHING_WRONG_OTHER = /(с|по|в) (прошл\S*|последн\S*|предыдущ\S*) (парти\S*|заказ\S*|поставк\S*|отгрузк\S*),? (вс[её] )?(было )?(отлично|хорошо|в порядке|нормально)|повтор\S* (наш\S* |ваш\S* |этот |тот же )?заказ\S*|不错|很好|挺好|(?<!不)满意|(?<![нН]е )(хорош\S*|отличн\S*|в порядке)|良い|いい|よかった|大丈夫|좋다고|좋습니다|좋아요|좋았어요|괜찮습니다|괜찮아요|ممتاز\S*|تمام|كويس|زين|جيد\S*|无频闪|不闪|никаких проблем|вс[её] (отлично|хорошо|в порядке)|(не получил\S*|не пришл\S*) (ваш\S* )?(письм\S*|сообщени\S*|почт\S*)|(没|沒)有?(任何)?(质量|質量)?(问题|問題)|如果.{0,12}(坏|壞|破损|破損|质量问题|有问题)|問題(は)?(ありません|なし|ない)|문제\s*(없|가 없)|(没有|没)收到(你的|您的)?(邮件|信息|消息)|メール(を|が)(受け取って|届いて)(い)?ません|메일(을|이)\s*(못|안)\s*받/g;

const CUE = /повтор|bestell|besteld|recommand|riordin|pedi|compr|zamow|siparis|pesan|ask|wonder|know|same|similar|good|great|fine|perfect|excellent|nice|beautiful|buen|bien|bom|boa|bem|otim|bon|parfait|conform|impecc|gut|super|perfekt|ordnung|bene|ottim|perfett|dobr|porzadku|goed|prima|mooi|uitstekend|orde|iyi|guzel|mukemmel|harika|yolunda|bagus|mantap| on|不错|很好|挺好|满意|хорош|отличн|порядке|良い|いい|よかった|大丈夫|좋|괜찮|ممتاز|تمام|كويس|زين|جيد|less|fewer|policy|procedure|process|terms|flicker|glare|parpadeo|scintill|flimmer|sfarfall|supplier|factor|vendor|manufactur|problem|issue|quality|goods|product|order|shipment|everything|all |sin |sem |aucun|kein|einwandfrei|nessun|bez |sorun|masalah|bagus|van de|geen|defect|damag|broken|faulty|missing|wrong|late|delay|crack|scratch|dead|warranty|guarantee|after|danad|danific|defeit|endommag|beschadig|difett|danneggia|rusak|cacat|garan|никаких|вс[её] |问题|問題|문제|如果|falta|complain|queja|reclama|plainte|beschwerde|reklamac|nessun|klacht|komplain|sikayet|mail|message|msg|letter|whatsapp|text|correo|mensa|courriel|nachricht|messaggio|bericht|письм|сообщ|почт|邮件|信息|消息|メール|메일/;

/** The folded text with complaint words that complain of nothing blanked (same length), or the text itself. */
export const maskNothingWrong = spanMask(CUE, [NOTHING_WRONG, NOTHING_WRONG_OTHER]);
