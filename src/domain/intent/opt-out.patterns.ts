// Opt-out phrasings in our 16 languages, matched on folded text (lower case, no accents: "não" → "nao",
// "hủy" → "huy", "ı" → "i"). Kept apart from the intent tables because a miss here has a legal cost (GDPR, the
// channels' spam rules) and a false hit stops a live deal: every line names an object ("me", "messages",
// "your list"), so "stop production" or "don't send by air" cannot match.
//
// `certain`: the buyer asks not to be contacted. `likely`: the buyer says they are not interested, or a bare
// imperative that is usually an opt-out; the owner is asked to confirm.

import type { LanguageCode } from '../language/languages';

const SEND_OBJECTS = String.raw`(any )?(more )?(messages?|msgs?|texts?|sms|emails?|e-mails?|mails?|spam|promotions?|promos?|ads|adverts?|advertising|newsletters?|whatsapps?|offers|marketing|stuff|this|these|them|anything)`;

// The SMS stop keywords and their equivalents, said as the whole message.
const ONE_WORD_STOP = String.raw`(stop+|stopp|stopt|unsubscribe|basta|baja|parar|pare|sair|arret|arrete|stop it|dur|durdur|hentikan|berhenti|dung lai|ngung|td|t\.d\.|退订|停止|取消订阅|хватит|стоп|отписаться|отписка|توقف|الغاء|配信停止|수신거부|그만|afmelden|abmelden|uitschrijven|uitschijven|desinscription|desabonner|wypisz|wypisac|wypiszcie|rezygnacja|rezygnuje|disiscrivimi|cancelar|remove me|delete me|cancel|quit|stopall|iptal|huy|ret|cikar|cikarin|cikartin|ايقاف|中止|중지|ストップ|hapus (saya|sy|aku))`;

/** Explicit requests not to be contacted, per language (`any`: the one-word SMS keywords). */
export const CERTAIN_OPT_OUT_BY_LANGUAGE: Record<LanguageCode | 'any', RegExp[]> = {
  // (with WhatsApp spelling: "pls dont msg me again", "unsuscribe")
  en: [
    /\b(un ?su[bs]{1,2}c?ri?be?\w*|opt(ing)? ?-?out|opt me out)\b/,
    new RegExp(String.raw`\bstop(p)? (sending|send|sendin)( me| us)? ${SEND_OBJECTS}\b`),
    /\bstop(p)? (sending|send|sendin)( me| us)?\s*($|[.!,]|pls|please|thanks)/,
    /\bstop (messaging|msging|msg|texting|txting|contacting|spamming|calling|writing to|writing|bothering|emailing|mailing|pinging|harass\w*|pestering|bugging|chasing|following up with|disturbing|hassling|reaching out)( me| us| to (me|us))?\b(?! to )/,
    /\b(don'?t|do not|dont|never|pls don'?t|please don'?t|u don'?t|you don'?t) (ever )?(contact|message|msg|text|txt|call|write( to)?|spam|bother|email|e-mail|mail|whatsapp|wa|ping|disturb|reach out to|harass|chase) (me|us)\b/,
    new RegExp(String.raw`\b(don'?t|do not|dont|never) (ever )?send (me|us) ${SEND_OBJECTS}\b`),
    /\b(don'?t|do not|dont) (contact|message|msg|text|call|email|write) (again|anymore|any more|in future|in the future)\b/,
    /\b(remove|delete|take|drop|erase|strike) (me|us|(my|our) (number|no|email|e-mail|contact|details|name|data|address|info|company|business|firm|shop|store))( off| out| from)?\b.{0,25}\b(list|lists|mailing|contacts?|database|group|broadcast|records?|system|crm)\b/,
    /\b(remove|delete) (me|my number|my email|my contact|my details|my data)\s*($|[.!,]|please|pls|thanks|now|asap|immediately)/,
    /\bno (more|longer|further) (messages?|msgs?|emails?|mails?|spam|contact|texts?|whatsapps?|calls?|promotions?|marketing|newsletters?|offers|follow[- ]?ups|broadcasts?)\b/,
    /\b(leave|let) (me|us) (alone|be)\b/,
    /\b(do not|don'?t|dont|pls don'?t|please don'?t) send (anymore|any more|again)\s*($|[.!]|please|pls|thanks)/,
    /\b(lose|delete|forget) my (number|contact|email)\b/,
    // someone else who left: "please take him off your mailing list"
    /\b(take|remove|delete|drop|strike) (him|her|them)( \w+)? (off|from|out of) (your|the|this) (mailing |contact |distribution |broadcast |email )?(list|database|contacts|system)\b/,
    /\bdo not disturb\b/,
    /\b(this is|stop( the)?|no more|enough|pure|it'?s) spam(ming)?\b/,
    /\b(do not|don'?t|dont) want (your|ur|these|those|any|more|the) (messages?|msgs?|emails?|mails?|offers|spam|promotions?|ads|texts?|whatsapps?)\b/,
    /\b(i|we) (do not|don'?t|dont) want (to (receive|get|hear)( any)?|any) (more |further )?(messages?|emails?|mails?|msgs?|texts?|spam|promotions?|offers from you|contact|from you)/,
  ],
  zh: [
    // ("目录不用发了", "样品别寄了": a named thing not to be sent is no opt-out)
    /(?<!(目录|样品|报价|资料|图片|货|合同|发票|视频|照片|文件|单子|清单|产品|样本|价格表|报价单|目錄|樣品|報價)(先|就|暂时|暫時)?)(别|不要|勿|不用|不必|请不要|请别|请勿)再?(给我|给我们|跟我|向我)?(发|推|寄|群发)(送)?(消息|信息|短信|讯息|邮件|广告|推广|了|啦|这些|这种|这类)/,
    /(别|不要|勿|请勿|请别|不要再|别再|不用再|不必再|无需再)(再)?(联系|打扰|骚扰|找|烦|打电话给)(我|我们|了|啦|\s*[。！!.]*\s*$)/,
    /(把我|将我|把我们).{0,6}(删|移)(除|掉|出)|(移出|删出).{0,4}(名单|列表|群)/,
    /(别|不要)再(给我|给我们)?(发|联系|打扰|骚扰|找|打)/,
    /(取消订阅|退订|退订阅|拉黑|请勿打扰|免打扰|屏蔽你|不要骚扰|别骚扰|停止(发送|推送|联系|骚扰|打扰)|删除我的(号码|联系方式|信息|邮箱)|把我(从.{0,8})?(删|移)(除|掉)|从(名单|列表|通讯录).{0,4}(删|移)|不再接收|不想再收到|不想收到(你们的)?(消息|信息|广告))/,
    /\bstop\s*(发|發|寄)(广告|廣告|消息|信息|訊息|短信|邮件)|(別|不要)再?(給我)?(發|傳)(訊息|消息|廣告|了)|(別|不要|請勿|请勿|请不要|請不要)再?(聯繫|聯絡|联络|打擾|騷擾)|取消訂閱|退訂/,
  ],
  es: [
    /\b(no|ya no|nunca mas) (me|nos) (escriban|escribas|escriba|escrivan|escrivas|escriva|contacten|contactes|contacte|llamen|llames|llame|molesten|molestes|moleste|busquen|spameen|vuelvan a (escribir|contactar|llamar|molestar|enviar|mandar))\b/,
    /\b(no|ya no) (me|nos) (manden|mandes|mande|envien|envies|envie|sigan enviando|sigan mandando) (mas )?(mensajes|correos|emails|mails|publicidad|promociones|ofertas|spam|nada|whatsapps?|mas\b)/,
    // (bare "dejen de mandar/enviar" needs its object: "dejen de mandar excusas" is a complaint; see opt-out.indirect.patterns.ts)
    /\b(dejen|deja|dejar|dejes|deje|paren|para|pare) de (escribir|contactar|molestar|llamar|spamear|escribirme|enviarme|mandarme|contactarme|molestarme|llamarme|enviarnos|mandarnos)\w*/,
    /\b(dar|darme|darnos|den|denme|de) de baja\b|\bdarse de baja\b|\bbaja de (la|su|tu|sus) lista/,
    /\b(borrar|eliminar|quitar|sacar|borren|eliminen|quiten|saquen|borra|elimina|quita|saca|borrad|eliminad|quitad|sacad)(me|nos)? (de|del) (la |su |tu |sus |esta )?(lista|base|contactos|listado|grupo|difusion)\b/,
    /\b(borrenme|eliminenme|quitenme|saquenme|borrame|eliminame|quitame|sacame|borradme|borradnos|eliminadme|eliminadnos|quitadme|quitadnos|sacadme|sacadnos)\b/,
    /\b(borren|eliminen|quiten|borra|elimina|quita|borrar|eliminar|quitar) (mi|nuestro|este) (numero|contacto|correo|email|telefono)\b/,
    /\bno (quiero|queremos) (recibir )?(mas )?(mensajes|correos|publicidad|promociones|nada (mas|de ustedes))\b/,
    /\bno (quiero|queremos) que (me|nos) (contacten|escriban|llamen|molesten|manden|envien|sigan)\b/,
    /\bdej(en|a|e)(me|nos) en paz\b|\b(me|nos) dej(en|a|e) en paz\b/,
    /\b(cancelar|anular) (la |mi )?suscripcion\b|\bdesuscrib\w*|\bno (mas|quiero mas|quiero recibir) (mensajes|correos|publicidad|promociones)\b|\bno molestar\b/,
  ],
  pt: [
    /\b(nao|por favor nao|favor nao|nunca mais) (me|nos) (mande|mandem|manda|envie|enviem|escreva|escrevam|contate|contatem|contacte|contactem|ligue|liguem|incomode|incomodem|perturbe|perturbem|procure|procurem)\b(?! (a |o |as |os )?(amostra|mercadoria|produto|pedido|carga|fatura|proforma|cotacao))/,
    /\b(pare|parem|para|deixe|deixem|deixa) de (me |nos )?(enviar|mandar|escrever|contatar|contactar|ligar|incomodar|perturbar|mandar mensage\w*)/,
    /\b(remova|removam|retire|retirem|tire|tirem|exclua|excluam|apague|apaguem|delete|deletem|remover|tirar|excluir)(-me| me|-nos| nos|( o)? (meu|nosso) (numero|contato|contacto|email|e-mail))? (da|de|dos|do) (sua |vossa |esta )?(lista|contatos|contactos|base|cadastro|grupo|listagem|mailing)\b/,
    // ("me tira uma dúvida" asks a question: a bare "tira/tire" needs "da lista")
    /\bme (remova|removam|exclua|excluam|descadastr\w*)\b|\bme (tire|tirem|tira|retire|retirem) (da|do|dessa|desse|dos|das)\b/,
    /\b(me|nos) deix(em|e|a) em paz\b|\bdeix(em|e|a)[- ](me|nos) em paz\b/,
    /\bdescadastr\w*|\b(cancelar|cancela) (a |minha )?(inscricao|assinatura)\b|\bsair da lista\b|\bnao quero (mais )?receber\b|\bnao (me )?(mandem|enviem) mais\b/,
  ],
  fr: [
    /\bne (plus|pas|jamais) (me |nous |m')?(contacter|ecrire|deranger|appeler|relancer|solliciter|spammer)\b|\bne (plus|pas|jamais) (me |nous |m')(envoyer|ecrire)\b|\bne plus (rien )?envoyer\b/,
    /\bne (me|nous) (contactez|ecrivez|envoyez|appelez|derangez|relancez|sollicitez|spammez) (plus|jamais)\b/,
    // ("N'envoyez plus l'échantillon par DHL": the goods, by another carrier)
    /\bn'?(ecrivez|envoyez|appelez) plus\b(?! (l'|le |la |les )?(echantillons?|colis|marchandises?|commandes?|conteneurs?|factures?)\b| (par|en|avec) )|\bne m'?(ecrivez|envoyez|appelez) plus\b/,
    /\b(arretez|arreter|cessez|cesser|arrete|stoppez) (de |d')(m'|me |nous )?(ecrire|envoyer|contacter|spammer|appeler|deranger|harceler|relancer|solliciter)\w*/,
    /\b(desinscri\w*|desabonn\w*|se desinscrire)\b/,
    /\b(me|nous) (retirer|supprimer|enlever|desinscrire|rayer|effacer) (de|des|du)\b/,
    /\b(retirez|supprimez|enlevez|rayez|effacez)[- ](moi|nous)\b|\b(retirez|supprimez|enlevez|rayez|effacez)[- ]?(moi|nous|mon (numero|adresse|contact)) (de|des) (votre |vos |la |cette )?(liste|fichier|base|contacts)/,
    /\blaissez[- ](moi|nous) (tranquilles?|en paix)\b|\bfoutez[- ]moi la paix\b/,
    /\b(plus|pas) de (messages|mails|e-mails|courriels|pub|publicite|spam|sollicitations)\b|\bplus de (catalogues|offres|promotions|propositions|relances|pubs|photos) (ici|sur ce numero|a ce numero)\b/,
    /\b(pas besoin|inutile) de (nous|me) (re)?contacter\b/,
  ],
  de: [
    /\bstreichen sie (mich|uns|meine)\b|\b(mich|uns|mi) (aus|von) (ihrem|ihrer|dem|der|ihren|ihre|eurem|eurer) \w*(verteiler|liste|newsletter|datenbank|kontakten|kartei)\w*/,
    /\b(entfernen|loschen|austragen|streichen|nehmen) sie (mich|uns|meine (nummer|adresse|daten|kontaktdaten))\b(?!.{0,40}\b(auf|mit)\s*([.!,]|$))/,
    /\b(keine|keinerlei) (weiteren |weitere )?(nachrichten|kontaktaufnahme|werbung|mails|e-mails|emails|anrufe|zusendungen|newsletter|spam)\b/,
    /\b(nicht mehr|nie wieder|nie mehr) (kontaktieren|schreiben|anschreiben|anrufen|belastigen|zuschicken|zusenden|senden|schicken|nerven)\b/,
    /\b(kontaktieren|schreiben|belastigen|nerven|kontaktiert|schreibt|nervt|belastigt) (sie |ihr )?(mich|uns) (bitte )?(nicht mehr|nie wieder|nicht)\b/,
    /\b(horen sie|hort|hoer) auf\b.{0,20}\b(schreiben|nerven|kontaktieren|schicken|senden|anrufen)/,
    /\b(abmelden|abbestellen|austragen|abmeldung)\b|\b(lassen sie|lasst|lass) (mich|uns|mi) in ruhe?\b/,
    // "meldet euch nicht mehr bei mir", "aus eurer Broadcast-Liste rausnehmen", Swiss "höret uf mir z'schriibe"
    /\b(meldet euch|melden sie sich|meld dich|melde dich)( bitte)?( ab jetzt| ab sofort| kunftig| in zukunft)?( bitte)? (nicht mehr|nie wieder|nie mehr) (bei (mir|uns))\b|\b(mich|uns)( bitte)? (aus|von) (eurer|ihrer|der|dieser|eurem|ihrem|dem|diesem) \S*(liste|verteiler|gruppe)\S* ((raus)?(nehmen|streichen|loschen|entfernen|werfen)\b|(raus|heraus)\s*([.!?]|$))|\b(horet|hort|hored|hoer) uf\b.{0,20}\b(schrib\w*|schriib\w*|schreib\w*|z'schriibe)/,
  ],
  // (Cyrillic is not folded but lower-cased)
  ru: [
    /(^|[^а-я])(не|больше не|никогда не|прошу не|просьба не) (пишите|пиши|писать|звоните|звони|звонить|беспокоите|беспокои|беспокоить|спамьте|спамить|тревожьте)( мне| нам| меня| нас)?([^а-я]|$)/,
    /(^|[^а-я])(не|больше не) (присылаите|присылаи|отправляите|отправляи|шлите|слать|присылать|отправлять) (мне |нам )?(больше |сообщения|рассылку|спам|ничего|рекламу|предложения|письма)/,
    /(не надо|не нужно) (мне |нам )?(больше )?(писать|звонить|присылать|слать|беспокоить)/,
    /исключ\S* (наш|мои|мои|нас|меня)\S*( \S+){0,2} из (ваш\S* )?(рассыл|списк|баз)/,
    // ("посмотрю и отпишусь": I'll write back)
    /(отпиш(?!(усь|емся)(?! от))|отписаться|отписка|удалите (меня|мои номер|нас|мои данные)|уберите (меня|мои номер|нас)|исключите (меня|нас)|вычеркните (меня|нас)|отказываюсь от рассылки|(хватит|перестаньте|прекратите) (мне |нам )?(писать|слать|спамить|присылать|звонить|беспокоить|рассылку|спам))/,
  ],
  // (folded: أإآ → ا)
  ar: [
    /(لا|رجاء لا|ارجو عدم|الرجاء عدم|من فضلك لا) ?(ترسل|ترسلوا|ترسلي|تراسل|تراسلني|تراسلوني|تتصل|تتصلوا|تكتب|تكتبوا|تزعج|تزعجني|تزعجوني|ارسال|مراسلتي|الاتصال بي|ازعاجي)( لي| لنا| رسائل| اي| مره| مرة| بعد|$)/,
    /(توقف|توقفوا|اوقف|اوقفوا|كف|كفوا) (عن )?(ارسال|الارسال|مراسلتي|مراسلتنا|الاتصال|ازعاجي|الرسائل|الكتابة)/,
    /(الغاء|الغي) (الاشتراك|اشتراكي)|(احذف|احذفوا|ازل|ازيلوا|امسح|امسحوا|شيل) (رقمي|اسمي|بريدي|بياناتي)|(احذفني|احذفوني|ازلني|امسحني|شيلني)|من (القائمة|قائمتكم|قائمتك|القائمه)/,
    /(لا اريد|لا نريد|لا ارغب|لا نرغب) (في )?(استقبال|تلقي)? ?(اي )?(رسائل|الرسائل|عروض|اعلانات)/,
    // the dialects' "don't send me (any more)": Gulf "لا عاد ترسل", Egyptian "متبعتوليش", Maghrebi "ما تبقاش تصيفط",
    // "ما تعاودش تصيفط ليا", "ما تزيدش تعيط"
    /(لا|ما) عاد (ترسل|ترسلون|ترسلوا|تراسل|تتصل|تبعت|تبعث)|(^|\s)(ما ?|م)?(تبعت|تبعث)(و)?ليش|ما ?(تبقاش|تعاودش|تزيدش|ترجعش|تعاود|تزيد|تعودش|تعيدش) ?(تصيفط|ترسل|تبعت|تبعث|تكتب|تتصل|تعيط)|(وقفوا|وقف) (ترسلون|ترسلوا|ترسل|تبعتوا|تبعثوا)/,
  ],
  // (folded: ı ş ç ğ ö ü → i s c g o u)
  tr: [
    /\b(bana|bize) (bir daha |artik |hic |lutfen )?(mesaj|ileti|e-?posta|mail|sms|reklam|bildirim|teklif)\w* (atmayin|atma|gondermeyin|gonderme|yollamayin|yollama|atmayiniz|gondermeyiniz|atmayin lutfen)\b/,
    /\b(mesaj|ileti|mail|e-?posta|reklam|bildirim|sms)\w* (atmayin|gondermeyin|yollamayin|atmayiniz|gondermeyiniz|istemiyorum|istemiyoruz|almak istemiyorum)\b/,
    /\b(beni|bizi) (bir daha )?(aramayin|rahatsiz etmeyin|listeden|listenizden|rahat birakin|silin|cikarin)\b/,
    /\b(bana|bize) (bir daha )?(yazmayin|ulasmayin|donmeyin)\b|(^|[,.!?] ?|\b(lutfen|artik|bir daha|hic|beni|bizi|ve|buraya|numaraya|numarama|numaramiza)( bu numaraya)? )(yazmayin|aramayin|rahatsiz etmeyin)\b/,
    /\b(listeden|listenizden|listenden|rehberden)\b.{0,15}\b(cikar|sil|cikarin|silin|cikartin)\w*|\baboneli[kg]\w* (iptal|sonlandir)\w*|\babonelikten cik\w*/,
  ],
  it: [
    /\b(non|nn) (mi|ci) (scrivete|scrivere|contattate|contattare|mandate|inviate|chiamate|disturbate|cercate|scriva|contatti|mandi|invii)\b.{0,12}\bpiu\b/,
    /\b(non|nn) (scrivetemi|contattatemi|chiamatemi|disturbatemi|cercatemi|scrivermi|contattarmi) (piu|mai)\b|\bnon (mi|ci) (scrivete|contattate|disturbate|chiamate) (piu|mai)\b/,
    /\b(smettete|smettetela|smettere|smetti|basta) (di|con) (scriver|inviar|mandar|contattar|chiamar|disturbar|messaggi|spam|email)\w*/,
    /\b(cancellatemi|rimuovetemi|toglietemi|eliminatemi|cancellami|rimuovimi|toglimi)\b|\b(cancellare|rimuovere|togliere|eliminare|cancella|rimuovi|togli|elimina)(mi| me| il mio (numero|contatto|indirizzo))? (dalla|dalle|dai) (vostra |vostre |sua )?(lista|mailing|contatti|newsletter|rubrica)/,
    /\bbasta (messaggi|email|mail|spam|pubblicita)\b/,
    /\bdisiscri\w*|\b(annulla|annullare|cancellare|disdire|disdico) (l'|la |mia )?(iscrizione|sottoscrizione)\b|\bnon voglio (piu )?ricevere\b/,
  ],
  // (folded: ł → l, ą → a, ę → e, ś → s, ć → c, ń → n, ż/ź → z)
  pl: [
    /\b(prosze )?nie (piszcie|pisz|pisac|kontaktujcie|kontaktuj|kontaktowac|dzwoncie|dzwon|dzwonic|nekajcie|spamujcie|przeszkadzajcie)\b/,
    /\b(prosze )?(do mnie|do nas|mi|nam) (juz )?nie (pisac|piszcie|pisz|dzwonic|dzwoncie|wysylac|wysylajcie|przesylac|przesylajcie)\b/,
    /\bnie (wysylajcie|wysylaj|przesylajcie|przesylaj|wysylac|przesylac|przysylajcie|przysylaj|przysylac) (mi |nam )?(juz |wiecej )?(wiadomosci|maili|e-maili|ofert|reklam|spamu|nic|wiecej|juz)\b/,
    /\b(przestancie|przestan|prosze przestac) (do mnie )?(pisac|wysylac|dzwonic|spamowac|nekac|kontaktowac)\b/,
    /\b(usuncie|usun|wypiszcie|wypisz|wykreslcie|skreslcie) (mnie|nas|moj (numer|adres|kontakt)|moje dane)\b|\bwypisac sie\b|\brezygnuje z (subskrypcji|newslettera|wiadomosci|kontaktu|mailingu)\b|\b(nie chce|nie chcemy) (wiecej |juz )?(dostawac|otrzymywac) (wiadomosci|maili|ofert)\b/,
    // "Stop, nie chcę ofert" (no more offers at all; "nie chcę ofert na lampy" declines one product)
    /\bnie (chce|chcemy) (wiecej |juz |zadnych )*(ofert|wiadomosci|maili|reklam|spamu)\b(?! (na|od|z|dla|o|w sprawie|tego|tych|innych)\b)/,
  ],
  id: [
    /\b(jangan|jgn|jngn|tolong jangan|tolong jgn|mohon jangan|gak usah|gk usah|nggak usah|ga usah|g usah|tidak usah|tak usah) (hubungi|menghubungi|chat|sms|telepon|telpon|ganggu|mengganggu|spam|wa|nge-?chat|nelpon)( saya| sy| kami| aku| lagi| lg)?\b/,
    /\b(jangan|tolong jangan|mohon jangan|gak usah|ga usah|tidak usah) (kirim|kirimi|mengirim|ngirim|kirimkan)(2|-kirim)?( saya| kami| aku)? (pesan|promo|promosi|iklan|email|spam|wa|lagi|apa-apa|apapun)\b/,
    /\b(berhenti|stop|hentikan) (kirim|mengirim|ngirim|menghubungi|hubungi|chat|spam|nge-?spam|ganggu|mengganggu|wa|sms|telpon)\w*/,
    /\b(hapus|keluarkan|hapuskan|keluarin|apus) (saya|nomor saya|kontak saya|aku|kami|nomer saya|nomor ini|email saya)\b|\bberhenti berlangganan\b/,
  ],
  // (folded: "đừng" → "dung", "nhắn" → "nhan")
  vi: [
    /\b(dung|xin dung|vui long dung|lam on dung|vui long khong|xin khong|khong) (nhan|nhan tin|gui tin|gui tin nhan|lien he|lien lac|goi|goi dien|lam phien|spam|quay ray|lam phien)( cho| voi)? ?(toi|minh|chung toi|em|anh|chi|tui|nua|(a|e|c|mk) nua)\b/,
    /\b(dung|xin dung|vui long dung|dung co) (nhan tin|gui tin|lien he|lien lac|lam phien|goi dien|quay ray)\b|\b(dung|khong) (nhan|gui) (tin )?(nua|them nua)\b/,
    /\b(huy|ngung|dung) (dang ky|dang ki|theo doi|nhan tin|gui tin|nhan thong bao)\b|\b(xoa|go|bo) (so|ten|toi|minh|so dien thoai cua toi|email cua toi|thong tin cua toi)\b.{0,20}\b(danh sach|khoi|ra)\b/,
    /\bkhong (muon|can) nhan (them )?(tin|tin nhan|email|quang cao)\b/,
  ],
  ja: [
    /(連絡|ご連絡|メッセージ|メール|送信|営業|案内|ご案内|DM|dm|配信)(を|は|も)?(しないで|しないでください|控えて|お控え|やめて|止めて|不要|お断り|結構|停止|いりません|送らないで|送信しないで)/,
    // ("サンプルは送らないでください、本注文します": a named thing not to be sent is no opt-out)
    /(配信停止|配信を停止|登録解除|購読解除|購読停止|メルマガ解除|受信拒否|リストから(外|削除)|今後(は)?(の)?(連絡|ご連絡|メール|案内|ご案内|営業)|もう(連絡|送ら|メッセージ|メール)|(?<!(サンプル|見本|請求書|見積書?|商品|荷物|現物)(は|を|も)?)送らないで|連絡しないで|連絡してこないで)/,
  ],
  ko: [
    /(연락|메시지|문자|메일|카톡|광고|연락을|메시지를|문자를|메일을)\s*(하지|보내지|주지)\s*(마|말아|마세요|마십시오)/,
    /(더 이상|다시는|앞으로)\s*(연락|메시지|문자|메일|보내|연락하)|수신\s*거부|구독\s*(취소|해지|해제)|(명단|목록|리스트|연락처)에서\s*(빼|삭제|지워|제외)|(연락|문자|메시지)\s*(그만|사절)|그만\s*(보내|연락)|스팸/,
  ],
  nl: [
    /\b(geen|niet meer|geen verdere) (berichten|mails|e-mails|emails|reclame|nieuwsbrief|nieuwsbrieven|spam|aanbiedingen|whatsapps?) (meer|graag|alstublieft|aub|ontvangen|sturen)?\b/,
    // "dat u mij voortaan niet meer belt of mailt", "zet me maar op niet-bellen"
    /\b(u|jullie|je|gij) (mij|me|ons) (voortaan |in de toekomst |vanaf nu |nu )?(niet meer|nooit meer) (belt|mailt|contacteert|benadert|stuurt|appt|bericht|schrijft)\b|\b(zet|plaats) (me|mij|ons) (maar |dan |gewoon )?(op|in) (het |de )?(niet[- ]bellen|bel[- ]me[- ]niet)\w*/,
    /\b(stuur|stuurt|schrijf|schrijft|mail|bel|app|contacteer|benader)( me| mij| ons| dit nummer| naar dit nummer| deze nummer)?( alstublieft| aub| a\.u\.b\.?| svp| graag| dan)? (niet meer|nooit meer|geen berichten)\b(?! (de|het|die|dat|deze|zo'?n) (?!berichten|mails|reclame|spam|nieuwsbrie|aanbieding))|\bniet meer (contacteren|benaderen|mailen|bellen|sturen|appen|berichten)\b/,
    /\b(uitschrijven|afmelden|afmelding|uitgeschreven)\b|\b(verwijder|haal|schrap)( me| mij| ons| mijn (nummer|gegevens|adres|e-?mail))? (uit|van) (de |uw |jullie |jouw )?(lijst|mailinglijst|bestand|database|contacten|verzendlijst)\b|\b(verwijder|haal) (me|mij) (alstublieft |aub )?(uit|van)\b|\blaat (me|mij|ons) met rust\b|\bstop(pen)? met (berichten|sturen|mailen|appen|spammen)\b/,
  ],
  // one word on its own: the SMS stop keywords
  any: [
    new RegExp(String.raw`^\s*${ONE_WORD_STOP}\s*[.!。！]*\s*$`),
    // the keyword with a word of courtesy or urgency only: "STOP por favor", "ok stop. thx", "dur artık", "ストップで",
    // "Wypisać. Natychmiast."
    new RegExp(String.raw`^\s*((ok|okay|pls|please|plz)[,.!]? )?${ONE_WORD_STOP}[.!。！,]*\s*((por favor|please|pls|plz|thanks|thx|thank you|merci|bitte|danke|grazie|gracias|obrigad[oa]|lutfen|tesekkurler|prosze|dziekuje|natychmiast|artik|nha|ya|dong|aja|svp|s'il vous plait|aub|alstublieft|graag|per favore|now|ahora|agora|teraz|sofort|subito|immediately|asap|yeter)[.!。！,]*\s*)+$|^\s*${ONE_WORD_STOP}\s*(で|でお願いします|で(お願い)?)\s*[.!。！]*\s*$`),
    // the keyword, then that nothing more is needed: "stop nha bạn, ko cần nữa", "pls stop, sy lg ga jualan lagi"
    /^\s*(pls |please |ok )?stop( (nha|ya|dong|ban|kak|bro|sis|pak|bu|anh|chi|em))*\s*[,.!]\s*.{0,40}\b(lagi|nua|anymore|any more|no longer|not needed)\b/,
  ],
};

export const CERTAIN_OPT_OUT: RegExp[] = Object.values(CERTAIN_OPT_OUT_BY_LANGUAGE).flat();

export const LIKELY_OPT_OUT: RegExp[] = [
  /\b(not|no longer|never|am not|we are not|i'?m not|we'?re not|not really) (interested|intrested|intersted|interesed)\b(?! in (?!(you|u|ur|your (offers?|products?|services?|company|messages|promotions?|business)|(this|that) (offer|business)|any(thing)?( more| further)?)\b))/,
  /\b(no|zero) interest\b|\bno need (anymore|any more)\b|\bnot (needed|required) (anymore|any more)\b|\bwrong number\b(?!\s*(of|on|in|for|at)\b)|\b(please |pls )?stop\s*(it|now|please|pls)?\s*[.!]*$|^\s*(pls |please )?remove\s*(pls|please)?\s*[.!]*\s*$/,
  // ("no thanks" only on its own: "不用了谢谢，这季度不采购", "no gracias, por ahora no" decline one offer, both authors say)
  /(不感兴趣|没兴趣|没有兴趣|没有需要了|不需要了|^\s*不用了[，,]?谢谢[。！!]*\s*$|不感興趣|沒興趣)/,
  /\bno (me|nos) interesa\b|\bno (estoy|estamos) interesad\w*|\bsin interes\b|^\s*no,? gracias\s*[.!]*\s*$/,
  /\bnao (tenho|temos) interesse\b|\bnao (estou|estamos) interessad\w*|\bsem interesse\b|\bnao me interessa\b|\bnao quero mais\b/,
  /\b(pas|plus) interesse\w*|\bpas besoin\b.{0,10}\bmerci\b|\bca ne m'?interesse (pas|plus)\b/,
  /\bkein (interesse|bedarf)\b|\bnicht interessiert\b/,
  /(отстаньте|отстань|отвалите)/,
  /(не интерес\w*|неинтерес\w*|не нужно больше|нам не интересно)/,
  /(غير مهتم|لست مهتم|لسنا مهتمين|لا يهمني|لا يهمنا|لا اهتم|مش مهتم|ليس (لدينا|لدي|عندنا|عندي) اهتمام|ما (عندنا|عندي) اهتمام|لا داعي (للمتابعة|للمتابعه|لمتابعتنا|للتواصل)(?! (بخصوص|حول|علي|مع|في)))/,
  /\b(ilgilenmiyorum|ilgilenmiyoruz|ilgimi cekmiyor)\b/,
  /\bnon (sono|siamo) (piu )?interessat\w*|\bnon (mi|ci) interessa\b|\bnon interessa\b/,
  /\bnie (jestem|jestesmy) zainteresowan\w*|\bnie interesuje (mnie|nas)\b|\bnie jestem zainteresowany\b/,
  /\b(tidak|gak|nggak|ga|tak|enggak) (tertarik|berminat|minat)\b/,
  /\bkhong (quan tam|co nhu cau|can nua|hung thu)\b/,
  /(興味(が|は)?(ありません|ない|無い))/,
  /(관심\s*(없|없어요|없습니다|없음))/,
  /\b(geen interesse|niet geinteresseerd|geen behoefte)\b/,
  // said in passing or with a threat, not in the formal words: the owner confirms
  /\bstop sending (me|us) (all )?(these|this|those|such|your)\b|\bniet (meer )?(appen|whatsappen)\b|\bme (remove|remova)\b|\bme (tira|tire) (dai|da lista|daqui|dessa lista|desta lista)\b|\bspam (mulu|terus|melulu)\b|\bengelli(yorum|yoruz|yecegim)\b|\bne nado (mne |nam )?nichego (prisylat|pisat|slat)\b|\b(block|chan) (nha|roi|luon)\b|\bdung gui (may cai nay|nua|cho (em|anh|toi) nua)\b/,
  /(メッセージ|連絡|メール|案内)(は|を)?(今後|もう)?(受け取りたくありません|受け取りたくない|不要です|いりません)|毎日.{0,6}やめて|(?<![はをもが])(もう|これ以上)(結構|けっこう)です(ので)?[。！!]*\s*$|차단(하고|할게요|하겠습니다|합니다)|스팸(으로)?\s*신고|내버려\s*두세요/,
];

/** Text that only quotes an opt-out (an email footer, a forwarded newsletter): not the buyer asking. */
export const NOT_AN_OPT_OUT: RegExp[] = [
  // an opt-out undone: "I unsubscribed by mistake, can you add me back?"
  /\b(unsubscribed|opted out|removed me)\b.{0,40}\b(by mistake|accidentally|by accident|mistakenly)\b|\b(add|put) (me|us) back (on|to|in)\b|\bre-?subscribe\b/,
  // "don't call me now, I'm in a meeting": a moment, not a standing request
  /\b(don'?t|do not|dont|pls don'?t|please don'?t) (call|message|msg|text|disturb) (me|us) (now|right now|today|at the moment|later|until|during|this (week|morning|afternoon))\b/,
  // the same moment in the other languages, or said by where the buyer is (a meeting, at the wheel)
  /\b(non (mi )?(chiamate|chiamatemi|chiamarmi|scrivetemi)|nie dzwon\w*|no (me )?llam\w*|nao (me )?lig\w*|ne m'appelez pas|ne m'appelle pas|bel (me |mij )?(nu )?niet|jangan (telp|telepon|telfon|nelpon)\w*|arama\w*|dung goi)( me| mi)? (adesso|ora|teraz|ahora|agora|maintenant|nu|sekarang|simdi|bay gio|luc nay)\b|\b(ruf|ruft|rufen sie) (mich )?(jetzt|gerade) nicht an\b|\bsimdi (beni )?arama\w*\b|\b(in a meeting|i'?m driving|en (una )?reunion|estoy manejando|em reuniao|estou dirigindo|en reunion|je conduis|im meeting|in einer besprechung|ich fahre gerade|in riunione|sto guidando|in een vergadering|ik rij|na spotkaniu|prowadze samochod|lagi rapat|sedang rapat|lagi nyetir|toplantidayim|araba kullaniyorum|dang hop|dang lai xe)\b/,
  /(на совещании|за рулем|за рулем|开会|開會|会议中|會議中|会議中|運転中|회의 중|운전 중|في اجتماع|عندي اجتماع|بسوق)/,
  // "don't contact my customer directly, always through me": the buyer's own clients, not the buyer
  /\b(contact|call|message|email|write to|approach|reach out to|sell to) (my|our) (customers?|clients?|buyers?|end ?users?)\b|\b(mis? clientes?|meus? clientes?|mon client|mes clients|meine(n)? kunden|il mio cliente|i miei clienti|mijn klant(en)?|mojego klienta|moich klientow|pelanggan (saya|kami)|musterim\w*|musterilerim\w*|khach (hang )?cua (toi|minh|em)|customer (saya|sy|kami)|(moim|naszym) klientem|(moimi|naszymi) klientami)\b/,
  /(моего клиента|моих клиентов|我的客户|我的客戶|我们的客户|弊社の顧客|顧客に直接|제 고객|고객에게 직접|عميلي|عملائي)/,
  // (a footer's words; a request said beside them stands: "The unsubscribe link doesn't work, take me off your list")
  /^(?!.*\b(take|remove|delete|drop) (me|us)\b).*(\b(click|here|link|button) to unsubscribe\b|\bunsubscribe (here|link|at any time|from this list|below)\b|\bif you (no longer )?(wish|want) to (unsubscribe|stop receiving|opt out)\b|\bto (unsubscribe|opt out),? (click|reply|send|visit)|\bto (unsubscribe|opt out)\b.{0,40}\b(click|here|link|reply|visit|button)\b)/,
  // "remove my number from the shipping label", "delete my email from the CC": a document is edited, no contact ends
  /\b(remove|delete|take|erase|drop) (my|our) (number|no|email|e-mail|name|address|contact|details|phone) (from|off|on|in) (the |this |that |your )?(\w+ )?(label|labels|invoice|packing list|carton|box|cc|bl|b\/l|documents?|docs|pi|po|contract|form|shipping marks?|artwork|file|order|quotation|draft|packaging|website|catalog(ue)?)\b/,
  // a send held back for how it goes, not for whom: "no envíen por mar, por avión", "N'envoyez pas tout d'un coup",
  // "No envíen el contenedor todavía", "サンプルはまだ送らないでください"
  /^(?!.*\b(anymore|any more|again|ever|never|stop|block|report|spam|unsubscribe|mas|mais|plus|mehr|piu|lagi|nua|meer|wiecej|artik)\b)(?!.*(больше|再|もう|다시|تاني|ثاني)).*\b(don'?t|do not|dont|not|never|no|nao|non|ne pas|n'|nicht|niet|nie|jangan) ?(send|ship|dispatch|lo envien|la envien|envien|envie|mande|manden|mandem|envoyez|expediez|envoyer|expedier|mandate|spedite|inviate|schicken|versenden|verschicken|sturen|verzenden|wysylajcie|kirim|dikirim)( pas| plus| it| them| (it|them|everything|all|tudo|todo|tout|tutto|alles|alle|wszystkiego|semua)| (the|el|la|los|las|o|a|os|as|le|les|l'|il|lo|i|die|das|den|de|het) ?[\w'-]+)? ?(by|via|through|with|per|por|par|en|pelo|pela|lewat|pakai|mit|met|przez) (air|sea|ship|boat|plane|dhl|fedex|ups|tnt|ems|courier|express|train|rail|truck|post|mar|avion|aire|barco|aviao|navio|aereo|nave|mare|bateau|la poste|luchtvracht|zee|udara|laut|luftfracht|seefracht|schiff|flugzeug)\b/,
  /\b(all at once|in one go|all together|everything together|todo junto|todo de una vez|de una vez|tudo junto|tudo de uma vez|tout d'un coup|tout en une fois|en une seule fois|tutto insieme|tutto in una volta|alles auf einmal|alles tegelijk|wszystk\w* naraz|sekaligus|(hepsini )?(bir|tek) seferde)\b/,
  /\b(don'?t|do not|dont|no|nao|n'|ne pas|non|nicht|niet|jangan) ?(send|ship|envien|envie|mande|manden|mandem|envoyez|expediez|envoyer|mandate|spedite|schicken|sturen|kirim)( (the|el|la|o|a|le|la|il|den|die|das|de|het))? (container|contenedor|conteneur|shipment|goods|cargo|order|pedido|mercancia|carga|commande|marchandise|merce|ordine|ware|sendung|lading|zending|barang|sample|samples|muestra|muestras|amostra|amostras|echantillons?|campion[ei]|muster|pi|proforma)\b/,
  /(サンプル|見本|荷物|貨物|コンテナ|商品|PI|pi)(は|を)?(まだ|もう)?.{0,12}送らないで|(샘플|화물|컨테이너|물건)(은|는|을|를)?\s*(아직\s*)?(보내지\s*마|발송하지\s*마)|(선적|발송|출고)하지\s*마세요/,
  // a moment, not a standing request: "Don't WhatsApp me this week, I'm at the fair. Will call you Monday",
  // "Oggi non scrivermi, sono in macchina. Ci sentiamo domani", "今日は移動中なので…明日話しましょう"
  /^(?!.*\b(anymore|any more|again|ever|never|stop|block|report|spam|unsubscribe|mas|mais|plus|mehr|piu|lagi(?! (di|nyetir|rapat|meeting|sibuk))|nua|meer|wiecej|artik)\b)(?!.*(больше|再|もう|다시|تاني|ثاني))(?=.*(\b(today|now|this week|tonight|at the moment|aujourd'hui|oggi|hari ini|hoy|hoje|heute|vandaag|dzisiaj|dzis|bugun|hom nay|bu hafta|en route|in macchina|di jalan|on the road|driving|at the fair)\b|сегодня|今日|今天|오늘|اليوم|الحين|بالطريق|اسوق|اسوق|移動中))(?=.*(\b(tomorrow|later|next week|monday|domani|demain|manana|amanha|morgen|besok|jutro|yarin|ngay mai|mai (noi|nhan|goi|lien)|lunedi|lundi|lunes|segunda|montag|maandag|haftaya)\b|завтра|明日|明天|내일|بكرة|باكر|باچر|بعدين))/,
  // something not wanted among the goods, not the supplier: "El azul no me interesa, solo negro", "A8は興味ないですが"
  /\b(no me interesa|not interested|non mi interessa|nao me interessa|ne m'interesse pas|(ga|gak|tidak|nggak) minat|interessiert (mich|uns) nicht|interesseert (me|ons) niet)\b.{0,40}\b(but|pero|ma|porem|aber|maar|tapi|ale|ama|nhung|only|solo|just|nur|alleen|tylko|sadece|aja|saja|somente|apenas|seulement|solamente)\b(?=.*(\?|\b[a-z]{1,3}-?\d{1,4}\b))/,
  /\b(model\w*|modello|modelo|modele|[a-z]{1,3}-?\d{1,4}|the (blue|red|black|white|green|grey|gray)|el (azul|rojo|negro|blanco|verde|gris)|il (blu|rosso|nero|bianco|verde|grigio)|(yg|yang) (biru|merah|hitam|putih|hijau|abu))( one| ones)?( (saya|sy|me|mi))? ?(no me interesa|is not interesting|not interested|non mi interessa|nao me interessa|(ga|gak|tidak|nggak) minat)\b/,
  /[A-Za-z]{1,3}-?\d{1,4}(은|는|は)\s*(관심\s*없|興味(が)?ない)|(파란색|빨간색|검정색?|흰색|회색)(은|는)\s*관심\s*없/,
  // the same in Polish and Turkish, by the carrier's case ("Nie wysyłajcie samolotem", "Uçakla göndermeyin"), or held
  // back until paid ("nie wysyłać przed wpłatą")
  /\bnie (wysylajcie|wysylaj|wysylac|wysylajmy)( \w+)? (samolotem|statkiem|lotniczo|morzem|kurierem|pociagiem|przed)\b|\b(ucakla|ucak ile|gemiyle|gemi ile|deniz ?yoluyla|kargoyla|kuryeyle|odemeden once)( \w+)? gondermeyin\b/,
  // goods sent wrong, not messages: "Dejen de mandarme la talla equivocada", "Хватит присылать не тот размер", "别再发错尺码了"
  /\b(mandar|enviar|mandarme|enviarme|mandarnos|enviarnos|sending|send)( me| us)? (la|el|los|las|o|a|os|as|the) (talla|tallas|tamanho|tamanhos|size|sizes|color|colores|cor|cores|colou?rs?|modelo|modelos|model|models|producto|produto|item|items|goods)( \w+)? (equivocad|errad|incorrect|wrong)\w*|\bsending (me |us )?(the )?wrong\b/,
  /(присылать|слать|отправлять|присылаете|шлете|шлете) не (тот|ту|те|то)(?![а-я])|(发|寄)错(了|尺码|颜色|货|型号)/,
  // a colour or a model not wanted, the rest still is: "Maviyle ilgilenmiyorum, sadece siyah", "Модель A8 не интересует, а сколько стоит A10?"
  /\b(ilgilenmiyorum|ilgilenmiyoruz|ilgimi cekmiyor|khong quan tam|nao me interessa|no me interesa|not interested|non mi interessa)\b.{0,40}\b(but|pero|ma|mas|aber|tapi|ale|ama|nhung|only|solo|so|just|sadece|chi|apenas|somente)\b(?=.*(\?|\b[a-z]{1,3}-?\d{1,4}\b|\b(black|white|grey|gray|blue|red|green|negro|blanco|gris|azul|preto|branco|cinz\w*|siyah|beyaz|gri|mavi|kirmizi|yesil|nero|bianco|grigio|den|trang|xam|do|xanh)\b))/,
  /(син|красн|бел|ч[ее]рн|сер|зел[ее]н|модель [a-z]{1,3}-?\d{1,4})\S* не интересу\S*.{0,40}(только|а |но )/,
  /\b(don'?t|do not|dont|not|never) (unsubscribe|remove) (me|us)\b|(?<!\b(you|u|they|still|why do you|why do u|need to|don'?t|do not|not) )\b(keep|continue) (sending|messaging)( me| us)?\b/,
];
