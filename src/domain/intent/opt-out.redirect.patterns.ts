// Look-alikes of an opt-out: "stop sending me PDFs, just tell me the price here", "别再发 PDF 了，直接在这里告诉我",
// "Non scrivete più all'amministrazione, mandateli direttamente a me", "stop dulu kirim penawaran, saya cuma mau tahu
// kapan order saya selesai". The buyer stops one way of being contacted and asks, in the same breath, to be told
// something here or directly: the conversation goes on. Only a redirect TO the buyer counts ("write to me here",
// "to me directly"); "I left the company, write to the office" hands the contact on and stays an opt-out.
// A message that also blocks, reports, unsubscribes or asks how we got the number is still an opt-out: see
// STILL_AN_OPT_OUT. Folded text (no accents, lower case; Cyrillic й → и).

export const REDIRECT_NOT_AN_OPT_OUT: RegExp[] = [
  // English: "just tell me here", "send it to me directly", "I only want to know when…"
  /\b(just |only |rather |instead )?(tell|write|send|give|quote|text|message|answer|reply to) (me|us)( \w+){0,4} (here|directly|in this chat|on this chat|right here|instead)\b|\b(i|we) (just|only) (want|need|wanna) to know\b/,
  // Spanish / Portuguese
  /\b(escribeme|escribanme|escribenos|dime|dimelo|digame|diganme|mandame|mandamelo|enviame|pasame|ponme|contestame|respondeme)\b.{0,30}\b(aqui|aca|directamente|por aqui|por este chat)\b|\b(solo|solamente|nomas|nada mas) (quiero|queria|necesito|queremos|necesitamos) saber\b/,
  /\bme (fala|fale|diz|diga|manda|mande|passa|passe|escreve|escreva|envia|envie|responde|responda)\b.{0,30}\b(aqui|direto|diretamente|por aqui|neste chat)\b|\b(so|somente|apenas) (quero|queria|preciso|queremos|precisamos) saber\b/,
  // French / Italian
  /\b(ecrivez|dites|envoyez|donnez|indiquez|repondez|ecris|dis|envoie|donne)[- ]moi\b.{0,30}\b(ici|directement|plutot|sur ce chat)\b|\b(je|nous) (veux|voulons|veut) (juste|seulement|simplement) savoir\b/,
  /(?<!\bnon )\b(mandate|inviate|scrivete|dite|girate|passate|date)(mi|li|le|melo|mela|meli|mele|celo)?\b.{0,30}\b(direttamente a me|qui|a me direttamente|in questa chat)\b|\b(voglio|vogliamo|vorrei) solo sapere\b/,
  // German / Dutch
  /\b(schreiben|sagen|schicken|senden|nennen|geben) sie (mir|uns)( (?!nicht\b|nie\b|keine?\b)\w+){0,3} (hier|direkt|stattdessen|lieber)\b(?! (nicht|nie|keine?)\b)|\b(schreib|sag|schick) (mir|uns)( (?!nicht\b|nie\b|keine?\b)\w+){0,3} (hier|direkt|stattdessen|lieber)\b(?! (nicht|nie|keine?)\b)|\b(ich|wir) (will|mochte|mochten|wollen) (nur|bloss|einfach) wissen\b/,
  /\b(stuur|zeg|mail|app|geef|schrijf) (het |dat )?(me|mij|ons)( (?!niet\b|nooit\b|geen\b)\w+){0,3} (hier|direct|gewoon hier|liever)\b(?! (niet|nooit|geen)\b)|\b(ik|wij|we) (wil|willen) (alleen|gewoon|enkel) weten\b/,
  // Polish / Turkish / Indonesian / Vietnamese
  /\b(napiszcie|napisz|powiedzcie|powiedz|podajcie|podaj|wyslijcie|wyslij) (mi|nam)\b.{0,30}\b(tutaj|tu|bezposrednio|od razu)\b|\b(chce|chcemy|chcialbym) (tylko|po prostu) wiedziec\b|\b(bana|bize) (direkt|buradan|burada)\b.{0,30}\b(yazin|soyleyin|gonderin|iletin)\b|\b(sadece|yalnizca) (ogrenmek|bilmek) (istiyorum|istiyoruz)\b/,
  /\b(saya|sy|aku|kami|gw|gue) (cuma|cuman|hanya|cm|cuman|mau) (mau |ingin |pengen )?(tahu|tau|nanya|tanya)\b|\b(kasih tahu|kasih tau|kasi tau|bilang|kirim|infokan|info)( saja| aja| ke saya| ke sy)? (di sini|disini|langsung ke (saya|sy))\b|\b(toi|minh|em|anh) chi (muon|can|hoi) (biet|hoi)\b|\b(nhan|gui|bao|noi)( cho)? (toi|minh|em|anh) (o day|truc tiep|luon o day)\b/,
  // Russian / Arabic
  /(напишите|скажите|пришлите|сообщите|отправьте|назовите|ответьте) (мне |нам )?(здесь|сюда|прямо|напрямую|лично|в этот чат)|(хочу|хотим|хотел бы) (только|просто) (знать|узнать)|(ابعت|ابعتلي|ارسل|ارسلي|قولي|قلي|اكتبلي|خبرني)(ها|لي)? ?(هنا|مباشرة|مباشره|علي طول)|(بس|فقط) (بدي|ابغي|عايز|اريد|حابب) (اعرف|نعرف)/,
  // another channel preferred: "No me escribas por correo, mejor por WhatsApp", "Non scrivermi per email, meglio su
  // WhatsApp", "Nie piszcie do mnie mailem, lepiej na WhatsApp", "Ne m'écrivez pas par mail, plutôt sur WhatsApp",
  // "Bana e-postayla yazmayın, WhatsApp'tan yazın", "Не пишите мне на почту, лучше в WhatsApp"
  /\b(mejor|preferiblemente|prefiero|preferimos|meglio|preferisco|preferiamo|piuttosto|lepiej|wole|wolimy|plutot|de preference|je prefere|nous preferons|prefiro|melhor|lieber|besser|liever|rather|better|instead|i prefer|we prefer)( (?!(not|no|nie|nicht|niet|non|nao|pas|ne|kein\w*|geen|nada|niente|nic|nichts|niets|stop\w*|para|pare|parem|basta|smett\w*|przesta\w*|hor|hort|horen|ophouden|cess\w*|arret\w*|dej\w*)\b)\w+){0,2} ((por|per|via|su|sul|on|en|sur|na|am|uber|op|by|par|in|w|pelo|pela|over|through) )?(el |la |le |il |de |the |o |a )?(whatsapp\w*|wa|wechat|telegram\w*|signal|viber|line|skype|teams|e-?mail\w*|mail\w*|correo|sms\w*|telefon\w*|phone|call|chamada|telefone|anruf|appel|messenger|zalo|mensage\w*|mensaje\w*|messag\w*|nachricht\w*|bericht\w*|wiadomosc\w*)\b|\b(whatsapp|wechat|telegram|telefon|sms|mail|e-?posta)'?(tan|ten|dan|den|la|le|dan) (yazin|yazabilirsiniz|ulasin|ulasabilirsiniz|arayin|iletisime gecin)\b|лучше (\S+ ){0,2}(в|на|по|через) (whatsapp|вотсап|ватсап|телеграм|telegram|почт\S*|телефон\S*|email|вичат|wechat|viber|вайбер)|(^|[^а-я])(напишите|пишите|позвоните|звоните)( \S+){0,2} (в|на|по|через) (whatsapp|вотсап|ватсап|телеграм|telegram|почт\S*|телефон\S*|email|вичат|wechat|viber|вайбер)/,
  // "Non chiamarmi, scrivimi su WhatsApp", "Bel me niet, app me liever", "Rufen Sie mich nicht an, schreiben Sie mir eine
  // E-Mail": the buyer asks to be written to on another channel
  /\b(escribeme|escribame|escribanme|escribenos|mandame|llamame|scrivimi|scrivetemi|scriveteci|chiamami|chiamatemi|napisz|napiszcie|piszcie|pisz|zadzwon|schreib mir|schreiben sie mir|schreibt mir|ruf mich|rufen sie mich|app me|app mij|mail me|mail mij|bel me|bel mij|ecrivez-moi|ecris-moi|appelez-moi|me escreve|me escreva|me liga|me ligue|me manda|me mande|write (to )?me|text me|message me|call me|email me|whatsapp me)\b( (?!(not|no|nie|nicht|niet|non|nao|pas|ne|nunca|mehr|meer|piu|mas|mais|wiecej)\b)\w+){0,3} (on|via|per|por|su|sul|na|auf|uber|op|by|par|sur|pelo|pela|no|w|in|в|на|по) (el |la |il |de |the |o |a |eine |einen |ein )?(whatsapp\w*|wa|wechat|telegram\w*|signal|viber|line|skype|teams|e-?mail\w*|mail\w*|correo|sms\w*|telefon\w*|phone|call|chamada|telefone|anruf|appel|messenger|zalo)\b|\b(app|mail|bel|sms|whatsapp) (me|mij|ons) (liever|maar|gewoon)\b|\b(schreiben sie|schreib) (mir|uns) (lieber )?(eine |ein )?(e-?mail|mail|nachricht auf whatsapp|sms)\b/,
  // Chinese / Japanese / Korean
  /(直接|就)(在这里|在這裡|在这|在這|这里|這裡|这边|這邊)?(告诉|告訴|回复|回覆|发给|發給|说|說)(我|我们|我們)|(在这里|在這裡|这里|這裡)(告诉|告訴|回复|回覆|说|說)(我|我们|我們)|(我|我们|我們)?(只|就|只是)想(知道|问|問)|(ここで|直接)(教えて|連絡して|送って|返信して)|(여기서|여기로|직접)\s*(알려|보내|답해|말해)\s*주/,
];

/** Said with a redirect, these still end the contact: "unsubscribe me, and tell me here when it's done". */
export const STILL_AN_OPT_OUT = new RegExp(String.raw`\b(unsub\w*|opt(ing)? out|spam\w*|block\w*|report\w*|blokir|bloque\w*|blocc\w*|blockier\w*|blokk\w*|engel\w*|baja|desinscri\w*|desabonn\w*|abmeld\w*|afmeld\w*|disiscriv\w*|descadastr\w*|interested|interesa\w*|interesse|interessiert|geinteresseerd|tertarik|zainteresowan\w*|ilgilen\w*|quan tam|never|nunca|jamais|jamas|nie wieder|nooit|anymore|any more|ever again|my number|mi numero|meu numero|mon numero|nomor saya|alone|en paz|em paz|tranquilles?|in ruhe|met rust|in pace|w spokoju|rahat birak\w*|gdpr|rgpd|dsgvo|lgpd|rodo|kvkk)\b|拉黑|退订|退訂|骚扰|騷擾|打扰|打擾|号码|號碼|不感兴趣|ブロック|配信停止|차단|수신\s*거부|спам|заблок|отпис|номер|بلوك|رقمي|الغاء`);
