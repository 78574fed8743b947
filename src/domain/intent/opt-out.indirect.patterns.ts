// Opt-out phrasings the first lines of opt-out.patterns.ts did not foresee, per language, on folded text: formal
// letters ("kindly refrain from contacting us", "von weiteren Kontaktaufnahmen abzusehen"), a closed business asking
// to delete its contact ("tutup usaha, hapus kontak kami"), blocking and reporting ("saya blokir", "engelliyorum"),
// rude shouting, indirect and colloquial verb forms ("não me escreve mais"), typos, dropped letters and accents
// ("pls remov my email frm ur list", "ik wil gn berichten meer"), and romanised Arabic and Russian.
// As in opt-out.patterns.ts, every line names an object or a contact verb: "stop sending the invoice" cannot match.

import type { LanguageCode } from '../language/languages';

// Contact nouns a formal letter stops: "cease all further communication".
const EN_CONTACT = String.raw`(communications?|correspondence|contact|contacting|emails?|e-mails?|mails?|mailings?|messages?|messaging|calls?|solicitations?|marketing|offers|promotions?|newsletters?|texts?|sms)`;

export const INDIRECT_OPT_OUT_BY_LANGUAGE: Record<LanguageCode, RegExp[]> = {
  en: [
    /\b(refrain|desist|abstain) from (further |any )?(contacting|messaging|emailing|e-mailing|calling|writing|sending|texting|reaching out|approaching|soliciting)/,
    new RegExp(String.raw`\b(cease|discontinue|terminate|halt|end|stop) (all |any |your )?(further |future |unsolicited )?${EN_CONTACT}\b`),
    new RegExp(String.raw`\b(no|without|not want any|not wish (to receive )?any) (further|future|unsolicited) ${EN_CONTACT}\b`),
    /\b(do not|don'?t|dont|no longer|not|never) (wish|want) to (be contacted|be messaged|be called|be emailed|hear from you|receive (any )?(more |further )?(messages|emails|mails|offers|texts|calls))/,
    /\b(do not|don'?t|dont|never) (contact|email|e-mail|message|msg|text|call|write to|spam|mail) (this|our|my) (address|number|no|company|email|e-mail|office|account|phone|inbox)\b/,
    /\b(do not|don'?t|dont|never) (ever )?(reach out|get in touch|contact( me| us)?|write( to (me|us))?|message( me| us)?|text( me| us)?|call( me| us)?)( with (me|us))? (again|anymore|any more|ever again|in (the )?future)\b/,
    /\b(remov|rmv|rmove|remvoe|delet) (me|us|my (email|e-mail|mail|number|no|nr|num|contact|details|data|info|name|address))\b.{0,30}\b(list|lst|lists|db|database|contacts?|mailing|group|records?)\b/,
    /\b(remove|delete|erase|wipe|scrub) (our|my) (number|no|contact|contacts|details|data|info)\b/,
    /\b(remove|take|delete|drop) (this|my|our) (number|contact|email) (off|from|out of) (your|the) (\w+ )?(list|broadcast|group|database|contacts|mailing)\b|\bstop (the |your |these |all )?(follow[- ]?ups|promos|promotions|broadcasts)\b/,
    /\bunsub\b|\bunsubcribe\b|\bunscribe\b|\bopt (me )?out\b|\bun ?su[bs]{1,2}c?r?i?b(e|ed|ing)\b/,
    // typed in a hurry: "PLS STOP MESAGING ME", "stp sending msgs", "leav me alone", "remove my numbr"
    /\b(stop|stp|stpo|sotp) (mes+e?a?ging|messeging|msging|txting|texing|contactin|contactng)\b|\b(stp|stpo|sotp) (sending|sendng|snding|sendin) (msgs?|messages?|me|us|txts?)\b|\b(leave|leav|lave|leve) (me|us|mi) (alone|alon|aloe)\b|\b(remove|remov|rmv|delete|delet) my (numbr|nmbr|numba|numer|nuber|emial|emal|contct|contac)\b/,
    /\b(quit|stop|enough( with| of)?) (your |the |these |ur )?(bombarding|flooding|spamming|texting|messaging|msging|emailing|calling|pestering|hounding)( me| us)?\b|\benough (of|with) (your |the |these |ur )?(messages|msgs|emails|spam|offers|calls|texts|promotions)\b/,
    /\b(block|blocking|blacklist|blacklisting) (you|u|ur number|your number|this number)\b|\b(blocked|reported) (you|u|this number|your number)\b|\b(reporting|report) (you|this|u|your number|this number) (as|for) spam\b/,
    /\b(f+u*c*k+|piss|bugger|sod) off\b|^\s*(please |pls )?(go away|get lost|leave me alone)\b/,
  ],
  zh: [
    /(从|把我从|把我们从|將我從|把我從).{0,10}(名单|列表|群|通讯录|名單|通訊錄|数据库).{0,4}(去掉|删|刪|移|踢|拿掉|撤)/,
    /(我|我们|已经|已|会|要|就)(要|会|就)?(拉黑|屏蔽|举报|舉報|封锁)(你|你们|您|了|这个号)/,
    /(别|不要|请勿|請勿|別)再?(打电话|打電話|来电|來電|打过来|打過來)/,
    /(以后|今后|以後|今後)(就)?(请)?(别|不要|不用|勿|不必)(再)?(联系|聯繫|打扰|打擾|推销|推銷|找我|打电话|发消息|发信息|发广告|发短信|發訊息)/,
    /(^|[，,。！!\s])(勿扰|勿擾)|(烦不烦|烦死了|别烦我|不要烦我|別煩我|滚开|滚蛋|滾開|滾蛋)/,
    /(停止|别再|不要再|别|不要)(推销|营销|推銷|群发|群發)/,
    /(删除|删掉|刪除|去掉)(我的|我们的|我們的)(号码|电话|联系方式|微信|邮箱|資料|资料|信息)/,
  ],
  es: [
    /\b(les|te|le) (pedi|pedimos|dije|dijimos) que no (me|nos) (escribieran|contactaran|llamaran|mandaran|enviaran|molestaran)\b/,
    /\babsten(erse|ernos|gase|ganse|ganse de|erse de|gan)\w* (de )?(contactar|escribir|enviar|mandar|llamar|molestar|comunicarse)/,
    // ("detengan el envío" holds a shipment: the sending stopped must be of messages, or a bare "cesen el envío")
    /\b(cesen|cese|suspendan|suspenda|detengan|detenga|interrumpan) (el |todo |todo el |toda |cualquier |los |las )?(contacto|comunicacion|comunicaciones|correspondencia|mensajes|correos|llamadas|ofertas|publicidad)\b/,
    /\b(cesen|cese|suspendan|suspenda|detengan|detenga|interrumpan) (el |todo el |los )?envios? de (mensajes|correos|publicidad|promociones|ofertas|comunicaciones|informacion|boletines|newsletters?)\b|\b(cesen|cese) (el |todo )?envio\s*($|[.!]|de inmediato|inmediatamente)/,
    /\bno (me |nos )?(vuelvan|vuelva|vuelvas) a (contactar|escribir|llamar|molestar|enviar|mandar|buscar)\w*/,
    /\b(basta|suficiente) (de|con) (tanto |tantos |tantas |sus |tus |los |las )?(spam|mensajes|ofertas|correos|publicidad|promociones|llamadas|whatsapps?)\b/,
    /\b(te|los|las|les|lo) (voy a |vamos a )?(bloquear|bloqueo|bloqueamos|reportar|reporto|denunciar)\b|\b(bloqueado|bloqueados|bloqueada) (por spam|este numero|el numero)\b|\b(voy a|vamos a|ya) (bloquear|reportar|denunciar) (este|su|tu|el|sus) numero\b|\bbloqueo (este|su|tu) numero\b/,
    /\b(borren|eliminen|quiten|borrar|eliminar|borra|elimina|retiren|retirar|supriman|suprimir|cancelen)( por favor)? (mis|nuestros|nuestro|mi) (datos|numero|contacto|correo|telefono)\b/,
    /\b(dejen|deja|dejes|deje|paren|para|pare) de (enviar|mandar)(me|nos|les)?( (mensajes|correos|emails|mails|publicidad|promociones|ofertas|spam|whatsapps?|cosas|informacion|catalogos|notificaciones|eso|esto|todo eso)\b|\s*($|[.,!]|por favor|gracias|ya\b|todos los dias|cada dia))/,
  ],
  pt: [
    /\b(ja )?(pedi|pedimos|falei|disse) (para|pra) (pararem|parar|nao (me|nos) (mandarem|escreverem|contatarem|ligarem))\b/,
    /\b(tira|tirem|tire|remove|removam|exclui|excluam) a gente (da|dessa|desta|do|desse|deste) (lista|grupo|cadastro|transmissao)\b/,
    /\b(para|pare|parem) de (me |nos )?(encher|chatear|perturbar|incomodar)\b/,
    /\b(nao|por favor nao|favor nao|nunca mais) (me|nos) (escreve|manda|liga|envia|contata|contacta|procura|incomoda|chama|perturba|chateia)\b(?! (a |o |as |os )?(amostra|mercadoria|produto|pedido|carga|fatura|proforma|cotacao|preco))/,
    /\bnao (entrem|entre|entra|entrar|entrarem) (mais )?em contato\b|\b(deixem|deixe|parem|pare) de (entrar em contato|nos contatar|me contatar|nos procurar|me procurar)/,
    /\b(apague|apaguem|apaga|exclua|excluam|remova|removam|delete|deletem|tire|tirem|retire|retirem|apagar|excluir|remover)( por favor)? (meu|nosso|o meu|o nosso|meus|nossos) (numero|contato|telefone|email|e-mail|cadastro|dados)\b/,
    /\bme (remove|tira|exclui|retira|apaga|deleta) (do|da|dessa|desse|dos|das)\b|\bme (remove|exclui|deleta|descadastra)\b|\bsair (do|da) (grupo|lista|transmissao)\b/,
    /\b(vou|vamos) (te|lhe|vos|os) (bloquear|denunciar)\b|\b(vou|vamos) (bloquear|denunciar) (voce|vc|vcs|voces|esse numero|este numero|seu numero)\b|\b(bloqueado|bloqueei) (voce|vc|o numero|esse numero)\b/,
    /\b(chega|basta) de (spam|mensagens|ofertas|propaganda|promocoes|ligacoes|emails)\b/,
  ],
  fr: [
    /\b(cesser|cessez|arreter|arretez|stopper|stoppez|suspendre|suspendez|interrompre) (tout|tous|toute|toutes|les|vos|votre|immediatement (tout|les|vos)) ?(envois?|messages?|mails?|e-mails?|courriels?|sollicitations?|communications?|contacts?|relances?|offres|propositions|appels|publicites?|prospection)\b/,
    /\bne (me |nous )?recontacter\b|\bne (plus|pas|jamais) (me |nous |m')?(re)?(contacter|ecrire|relancer|solliciter|appeler|deranger)\b|\bne (me|nous) (re)?(contactez|ecrivez|appelez|relancez|sollicitez|derangez|envoyez)( plus| pas| jamais)\b/,
    /\b(arretez|stop|assez|fini|basta) (les|vos|avec (les|vos)|de) (offres|messages|mails|relances|pubs?|publicites?|sollicitations|spams?|appels)\b/,
    /\b(vais|va|allons) (vous|te) bloquer\b|\bbloque(r|z)? (votre|ce) numero\b/,
    /\b(supprimez|effacez|retirez)(-les)? (mes|nos|mon|notre) (coordonnees|donnees|numero|adresse|contact)\b/,
  ],
  de: [
    /\b(weiteren?|jeglichen?|kunftigen?|zukunftigen?) (kontaktaufnahmen?|kontakt|kontakten|zusendungen|anrufen|nachrichten|werbung|angeboten|e-?mails)\b.{0,30}\b(abzusehen|absehen|abstand|zu unterlassen|unterlassen|einzustellen)\b/,
    // ("nehmen Sie mich in die Händlergruppe auf" takes the buyer in)
    /\b(entfernen|loschen|loeschen|streichen|austragen|nehmen) sie (bitte )?(mich|uns|meine|unsere|meinen|unseren)\b(?!.{0,40}\b(auf|mit)\s*([.!,]|$))/,
    /\b(meine|unsere|meinen|unseren) (daten|nummer|adresse|kontaktdaten|e-?mail-?adresse|kontakt|eintrag)\b.{0,25}\b(loschen|loeschen|entfernen|streichen|austragen)\b/,
    /\b(horen sie|hort|hoert|hoer|horen|hor) (bitte )?auf\b.{0,30}(schreib|nerv|kontakt|anzuruf|anruf|belastig|angebot|nachricht|mail|spam|werbung)/,
    /\b(ich|wir) (blockiere|blockieren|sperre|sperren) (sie|dich|euch|ihre nummer|diese nummer|jetzt)\b|\b(werde|werden) (sie|dich|euch|ihre nummer|diese nummer) (blockieren|sperren)\b/,
    /\bkeine (angebote|werbung|nachrichten|mails|e-mails|anrufe|sms|spam) mehr\b/,
    // the separable "anrufen": "rufen Sie bitte nicht mehr an"
    /\b(rufen sie|ruft|ruf) (mich |uns )?(bitte )?(nicht mehr|nie wieder|nie mehr|nicht wieder) an\b/,
  ],
  it: [
    /\b(non|nn) (voglio|vogliamo) (piu |ancora )?ricevere\b|\b(non|nn) (contattateci|contattatemi|scriveteci|scrivetemi|chiamateci|chiamatemi|disturbateci|cercateci)\b/,
    /\bdi non (contattarci|contattarmi|scriverci|scrivermi|chiamarci|chiamarmi|disturbarci|disturbarmi|inviarci|inviarmi|mandarci|mandarmi)\b/,
    /\basten\w* (dal|da|dai) (contatt|scriv|invi|mand|chiam|disturb)\w*/,
    /\b(cessare|interrompere|sospendere|cessate|interrompete|sospendete) (ogni|qualsiasi|qualunque|tutte le|tutti gli|l'invio|gli invii|le comunicazioni|i contatti)\b/,
    /\b(non|nn) (scrivete|contattate|chiamate|disturbate|cercate|mandate messaggi|inviate messaggi) (piu|mai)\b/,
    /\bbasta (offerte|proposte|chiamate|telefonate|messaggi|email|mail|spam|pubblicita)\b/,
    /\b(vi|ti) (blocco|bloccheremo|blocchero)\b|\b(blocco|blocchero|bloccheremo|segnalo) (questo|il vostro|il tuo|vostro|tuo) numero\b/,
    /\b(cancellate|eliminate|rimuovete|togliete|cancella|elimina|rimuovi|togli|cancellare|eliminare)( pure)? (il mio|il nostro|i miei|i nostri|mio|nostro) (numero|contatto|dati|indirizzo)\b/,
  ],
  pl: [
    /\bzaprzest\w* (kontakt|wysyl|pisan|dzwon|przesyl|korespond|ofert|komunikac)\w*/,
    /\b(nie chce|nie chcemy) (juz |wiecej )*(dostawac|otrzymywac|dostawania) (juz |wiecej )*(od (was|panstwa|ciebie|pana|pani|waszej firmy) )?(waszych |panstwa |tych |zadnych |wiecej )*(wiadomosci|maili|ofert|smsow|reklam)\b/,
    /\b(dosc|wystarczy|koniec z) (tych |waszych )?(ofert|wiadomosci|maili|spamu|telefonow|reklam|smsow)\b/,
    /\b(blokuje|zablokuje|zablokowalem|zablokowalam) (was|pana|pania|panstwa|ten numer|numer)\b/,
    /\b(usuncie|usun|skasujcie|wykasujcie) (nasze|moje|nasz|moj) (dane|numer|kontakt|adres)\b/,
    /\b(prosimy|prosze) (o )?(nie ?kontaktowanie|niekontaktowanie|nie kontaktowac|zaprzestanie)\b/,
  ],
  ru: [
    /(прекрат[а-я]*|перестан[а-я]*|хватит) (мне |нам )?(направлять|присылать|отправлять|слать|писать|звонить|рассыла[а-я]*|связыват[а-я]*|беспокоит[а-я]*|спамит[а-я]*|контакт[а-я]*)/,
    /(удалите|уберите|сотрите|удалить) (наш|наши|мои) (контакт[а-я]*|номер[а-я]*|данные|адрес|почту|email)|(удалите|уберите|исключите|удалить) (нас|меня) (из|с)/,
    /(с нами|со мнои|с мнои) (больше )?не (связыва[а-я]*|контактиру[а-я]*)|не (связываитесь|связываться) (с нами|со мнои)/,
    /заблокир[а-я]* (вас|тебя|ваш номер|этот номер)|(вас|тебя|ваш номер|этот номер) (в черныи список|заблокир[а-я]*)/,
    /\b(otpish\w*|otpisat\w*)|\b(ne|bolshe ne|hvatit|khvatit|perestante|prekratite) (mne |nam )?(pishite|pisat|zvonite|zvonit|slat|prisylat|prisylaite|bespokoite)\b|\budalite (menya|moi nomer|nas)\b/,
  ],
  ar: [
    /(احذف|احذفوا|امسح|امسحوا|ازيلوا|ازل|شيلوا|شيل) (رقمنا|اسمنا|بياناتنا|ارقامنا|معلوماتنا|رقمي|بياناتي|معلوماتي)/,
    // Maghrebi "my number" is "النمرة ديالي": "مسح النمرة ديالي", "حيد نمرتي"
    /(احذف|احذفوا|امسح|امسحوا|مسح|مسحو|حيد|حيدو|شيل|شيلوا) (النمرة|النمره|نمرتي|نمرتنا)( ديالي| ديالنا)?/,
    /(نرجو|ارجو|الرجاء|يرجي|رجاء|نطلب|اطلب) (منكم |منك )?(عدم|التوقف عن|وقف) (التواصل|الاتصال|المراسلة|مراسلتنا|مراسلتي|ارسال|الارسال|الازعاج|ازعاجنا|ازعاجي)/,
    /(مش|مو|ما) ?(عايز|عاوز|عايزين|عاوزين|بدي|بدنا|ابغي|ابغي|نبغي|حابب) (اي )?(رسائل|رسايل|عروض|اعلانات|تواصل|اتصالات|اتعامل|نتعامل)|(ما ?|م)(تبعتليش|تبعتلناش|تبعتلیش|تكلمنيش|تتصلش|تراسلنيش)/,
    /(كفي|كفاية|كفايه|يكفي) (من )?(رسائل|الرسائل|رسايل|ازعاج|الازعاج|عروض|اعلانات|سبام)/,
    /(بطل|بطلوا|بطلي) (تبعت|تبعتوا|تبعتو|ترسل|ترسلوا|تتصل|تتصلوا|تكلم|تكلمني|تراسل)/,
    /(سوف |سا|ح|ه)?(احظر|حظرت|ابلغ عن) ?(رقمك|رقمكم|كم|ك)?|بلوك/,
    /\bmat?e?b3at?(li|ly|le)?(sh|ch)\b|\bmatet?kalemni?sh\b|\bmatetta?sal(sh|ch)\b|\bmatra?sel(nee|ni)?sh\b/,
  ],
  tr: [
    /\biletisime gec(meyin|meyiniz|memenizi|memenizi rica|meyi birakin|mesini istemiyoruz)\w*|\biletisim\w* (kesin|kesiniz|sonlandirin|durdurun)\b/,
    /\b(iletisim bilgi\w*|numara(mi|mizi|larimizi)|kaydimi|kaydimizi|verilerimi|verilerimizi) (lutfen )?(silin|siliniz|kaldirin|cikarin|silermisiniz)\b/,
    /\bengelli(yorum|yoruz|yecegim|yecegiz)\b|\bengelledim\b|\bsikayet edecegim\b|\b(yeter|artik|bu ne) .{0,12}spam\b/,
    /\b(teklif|mesaj|mail|reklam|e-?posta|sms)\w* (gondermeyi|atmayi|yollamayi) (birakin|kesin|durdurun|birak|kes)\b/,
    /\b(bizi|beni) (rahat birakin|aramayin|rahatsiz etmeyin)\b|\brahatsiz etme(yin|yiniz)\b/,
  ],
  id: [
    /\b(sy|saya|aku|gw|gue|gua|ku|mau|akan|langsung) blokir\b|\bspam terus\b/,
    /\b(mohon|tolong|harap)( untuk)? (tidak|tdk|jangan|jgn)( lagi)? (menghubungi|hubungi|chat|wa|mengganggu|ganggu)\b/,
    /\b(hapus|apus|hapuskan|keluarkan|delete) (kontak|nomor|nomer|no|data|email) (kami|saya|sy|aku)\b/,
    /\b(tidak|tdk|gak|ga|nggak|ngga|g|gk|tak|ndak) (mau|ingin|pengen|perlu|mo) (terima|trima|menerima|dapat|dapet|nerima|dikirimi|dikirim) (pesan|chat|wa|promo|iklan|email|sms|info|penawaran)\b/,
    /\b(berhenti|stop|hentikan) (langganan|berlangganan)\b|\bunsub\b/,
  ],
  vi: [
    /\b(toi|minh|tui|em|anh|chi|tao) (se |da |phai )?chan (luon|so|ban|nick|may|lien lac|so nay)\b|\bspam (hoai|hoai vay|qua|mai)\b/,
    /\b(cho|dua|moi|xoa) (toi|minh|tui|em|chung toi|so toi|so minh) ra khoi (nhom|danh sach|group)\b|\bra khoi (danh sach|nhom quang cao)\b/,
    /\b(dung|khong|ngung|thoi) (gui|nhan|spam|lam phien|goi|lien he)( tin| tin nhan| quang cao)? (nua|them nua)\b/,
    /\b(dung|khong|ngung) (nhan|nhan tin|gui tin|gui|goi|lien he|lien lac) (qua |tren |bang )?(zalo|email|mail|whatsapp|wa|viber|facebook|messenger|sms|dien thoai)( cho| voi)? (toi|minh|em|anh|chi|chung toi|tui)? ?nua\b/,
  ],
  ja: [
    /(迷惑です|迷惑してい|迷惑なので|ブロックします|ブロックしました|ブロックする|通報します)/,
    /(送ってこないで|送って来ないで|連絡してこないで|電話してこないで|かけてこないで|メールしてこないで|二度と(連絡|電話|メール|送ら))/,
    /(この番号|こちら)に(電話を?)?(かけないで|電話しないで)|電話(を)?(しないで|かけないで)|(連絡|ご連絡|営業|案内|ご案内|勧誘)(は|を|も)?(ご遠慮|遠慮して)/,
    /れんらく(しないで|いらない|ふよう|やめて)|もう(れんらく|おくら|めーる|でんわ)/,
  ],
  ko: [
    /(연락|메시지|문자|메일|전화|광고)\s*(을|를)?\s*(삼가|자제|중단|중지|멈춰)/,
    /(전화|연락|문자|메시지|메일|카톡|dm)\s*(하지|주지|보내지|드리지)\s*(마세요|마십시오|말아|마라|마)/,
    /(다시|더는|더 이상)\s*(보내지|연락하지|전화하지|문자하지|메시지 보내지)\s*(마|말아)/,
    /차단(할게요|합니다|했습니다|하겠|할께|할게|해요)/,
  ],
  nl: [
    /\bgeen contact (meer )?(met (ons|mij) )?(op te nemen|opnemen)\b|\bneem (alstublieft |aub |a\.u\.b\. |a\.u\.b |svp )?geen contact (meer )?(met (ons|mij) )?op\b/,
    /\b(verwijder|wis|schrap|verwijdert)(t)? (onze|mijn|ons|m'n) (gegevens|nummer|contact\w*|adres|e-?mail\w*)\b/,
    /\b(geen|gn|gene) (berichten|mails|e-?mails|reclame|aanbiedingen|whatsapps?|spam|nieuwsbrie\w*|sms(jes)?|offertes)\b.{0,25}\b(meer|ontvang\w*)\b/,
    /\bstop(pen)? met (aanbiedingen|berichten|mails|reclame|spam|sturen|mailen|appen|bellen)\b|\b(hou|houd|houdt) (nu )?(eens )?op met (berichten|mailen|sturen|appen|bellen|aanbiedingen|spam|spammen|elke dag)\b/,
    /\bstuur (me |mij |ons )?(niets|niks|nix) meer\b|\b(ik|wij|we) (ga |gaan )?(blokkeer|blokkeren) (je|jullie|u|dit nummer)\b/,
  ],
};
