// A buyer who has had enough and says so without naming what to stop: reporting or blocking the sender ("reported as
// spam", "Blocked.", "one more message and I block you"), "leave me alone", "take me out of the group", "stop
// following up", a bare "stop it" / "enough" said as the whole message. Each is a *likely* opt-out (wake-ups pause
// and the owner confirms): "bloqueado" alone may still be a card, "enough" a quantity. Lines that could be about
// goods are anchored to the whole message or name a person ("me", "us"). Folded text (no accents, lower case).
// Scripts without spaces between words (and Cyrillic, where \b does not see letters) match without \b; hamza forms
// are folded away (أ is ا here).

const SAID_TIMES = String.raw`\b(told|said|asked) (you|u|it) (already )?(\d+|two|three|four|five|many|so many|a hundred|a thousand|hundred|thousand|a million) times\b|\b(ya )?(les|te|os|se) (lo |la )?(he )?dije (ya )?(\d+|mil|cien|muchas|varias) veces\b|\b(ja )?(lhes |te )?(falei|disse) (ja )?(\d+|mil|cem|varias) vezes\b|\b(vous |t')(ai|l'ai) (deja )?(dit|repete) (\d+|cent|mille|plusieurs) fois\b|\b(\d+|hundert|tausend) ?mal (nein )?gesagt\b|\b(vi |ti )?(ho )?(gia )?detto (\d+|cento|mille) volte\b|\b(mowilem|mowilam|pisalem|pisalam) (juz )?(\d+|sto|tysiac) razy\b|\b(udah|sudah) (saya )?(bilang|ngomong) (berkali-kali|\d+ kali)\b|\b(yuz|bin|\d+) kere (hayir )?(dedim|soyledim)\b|\b(honderd|duizend|\d+) keer (nee )?gezegd\b|\bda noi (bao nhieu|may|\d+) lan\b|(сто|тысячу|\d+) раз (сказал|говорил|писал)|何度も(断|言|お伝え)|몇 번이나 말했|(قلت|قلتلك|گلتلك|قلنا).{0,12}(مرة|مرات)|说了(多少|好几|无数|\d+)次|說了(多少|好幾|無數|\d+)次`;
const HAD_ENOUGH = String.raw`\b(enough|basta|chega|genug|schluss|yeter|dosc|cukup|thoi|genoeg|suffit)\b|хватит|그만|やめ|بس عاد|كفي|خلاص|够了|夠了`;

export const REBUFF_OPT_OUT: RegExp[] = [
  // reported or about to be: every language's "spam" report
  /\b(reported|marked|flagged) (you |this |it )?(as|for) spam\b|\bif you (message|text|write|contact|msg) (me|us) again\b/,
  /\b(reportad[oa]|denunciad[oa]|marcad[oa]|signale|signalee|segnalat[oi]|gemeld|gemeldet|zgloszone|zgloszony) (come |als |jako |como |comme )?(como |comme |als )?spam\b/,
  /\b(te|vos|vous|vi|sie|euch|dich|jullie|je) (denuncio|reporto|signale|segnalo|melde|meld) (como |comme |come |als )?\b.{0,20}\bspam\b|\bals spam (melden|gemeldet)\b/,
  /\b(laporkan|lapor|report) (sebagai )?spam\b|\bspam olarak (bildir|sikayet)\w*|\bbao cao spam\b|\bzglasza\w* (jako )?spam\b|\bzglosze\w*\b.{0,20}\bspam\b/,
  /(жалоб\S* на спам|пожал\S* на спам|в спам|спам-?жалоб)/,
  /(スパム(として)?(報告|通報)|已举报|已舉報|举报你|舉報你|스팸\s?신고|سبام|ريبورت)/,
  // blocked, as the whole message, or a threat to block the sender
  /^\s*(blocked|bloquead[oa]s?|bloque|bloquee|blockiert|bloccat[oi]|zablokowan\w*|geblokkeerd|engellendi|chan roi|diblokir|sudah (saya )?blokir)\s*[.!]*\s*$/,
  /^\s*(заблокирован\S*|تم الحظر|차단(함|했음|했습니다))\s*[.!]*\s*$/,
  /\b(i'?m|i am|i will|i'll|we will|we'll) (be )?(blocking|block|report|reporting) (you|u|ur number|your number|this number)\b|\b(je (te|vous) bloque|ti blocco|vi blocco|te bloqueo|vou (te )?bloquear|du wirst blockiert|je wordt geblokt|blokuje|saya blok|la (toi )?(block|chan))\b/,
  /(заблокирую|в блок|ابلكك|بلوك|차단할게|차단하겠|차단함|ブロックします)/,
  // "one more message and I block / report you": a last warning is the buyer ending it ("Noch eine Nachricht und ich
  // blockiere", "Ещё одно сообщение — и в бан", "un mensaje más y te denuncio")
  /\b(one more|another) (message|msg|text|email|e-mail|call|spam|offer|whatsapp)\b.{0,25}\b(block\w*|report\w*|ban\w*)\b|\bnext time (you|u) (message|msg|text|write|call|spam|email)\b.{0,25}\b(block\w*|report\w*)\b|\b(un|otro) (mensaje|correo|whatsapp|email|sms) mas\b.{0,25}\b(bloque\w*|denunci\w*|report\w*)|\b(mais uma|outra) (mensagem|msg|ligacao)\b.{0,25}\b(bloque\w*|denunci\w*)|\b(encore un|un autre|un seul) (message|mail|sms|appel)\b.{0,25}\b(bloqu\w*|signal\w*)|\b(un altro|ancora un) (messaggio|sms|email|mail)\b.{0,25}\b(blocc\w*|segnal\w*|denunc\w*)|\b(noch (eine|ein|1)|eine (weitere|einzige)) (nachricht|mail|e-mail|sms|anruf)\b.{0,25}\b(blockier\w*|sperr\w*|melde\w*|anzeige\w*)|\bnog (een|1) (bericht|mail|appje|sms)\b.{0,25}\b(blokk\w*|meld\w*|rapporteer\w*)|\bjeszcze (jedna|jeden|raz) (wiadomosc|mail|sms|telefon)?\b.{0,25}\b(blok\w*|zablok\w*|zglos\w*)|\b(sekali lagi|1x lagi|chat lagi|kirim lagi|wa lagi)\b.{0,25}\b(blokir|block|lapor\w*)|\b(nhan|gui|spam) (them|nua)\b.{0,20}\b(chan|block|bao cao)\b/,
  /(^|[^а-я])(в бан|забаню|забанить|баню)([^а-я]|$)|ещ[её] (одно|раз|одна|хоть одно)[^а-я].{0,30}(заблок|в блок|в черн|пожалуюсь|жалоб)|再(发|發|来|來|打)(一条|一條|一次|一个|一個)?.{0,8}(拉黑|举报|舉報|封锁|屏蔽)|(次|今度|もう一度).{0,12}(ブロック|通報)/,
  // leave me alone / in peace
  /\b(leave|let) (me|us) (alone|be|in peace)\b|\b(dejadme|dejenme|dejame|deja(d|n)?me) en paz\b|\b(me )?deixem? em paz\b|\blachez[- ]moi\b|\b(lasst|lassen sie|lass) (mich|uns) (doch |bitte |endlich )*in (ruhe|frieden)\b|\blascia(te)?mi (in pace|stare)\b|\b(zostawcie|zostaw) (mnie|nas) w spokoju\b|\bdajcie (mi )?(wreszcie )?spokoj\b|\blaat (me|mij|ons) (nou |toch )?(eens )?(met rust|gerust)\b|\brahat birak\w*\b|\bde (toi|minh|tui) yen\b/,
  /(оставьте (меня|нас) в покое|отстаньте|отвали|задолбали|خليني في حالي|سيبوني في حالي|放っておいて|いい加減にして|别烦我|別煩我)/,
  // out of the group or list, said of the buyer themself
  /\b(remove|take|get) (me|us) (from|off|out of) (the |this |your |ur )?(group|list|broadcast|chat|mailing)\b|\bme (remove|tira|tire|retira) (do|da) grupo\b|\b(quitadme|quitenme|quiteme|sacadme|saquenme)\b|\bbeni (gruptan|listeden) cikar\w*|\bwykreslic mnie\b|\bhaal me eraf\b|\buit (uw|jullie|de) (verzend)?lijst\b|\bkeluar\w* (sy|saya|aku) dari\b|\broi khoi danh sach\b/,
  /(выити из групп|удалите меня|اطلعوني من|شيلوني|(私|わたし|弊社|リスト|名簿|グループ|配信).{0,8}(外して|抜けさせて)|(저|저를|제 번호|번호|명단|목록|리스트|단톡방|그룹).{0,6}(빼|내보내) ?주세요|把我.{0,3}(删|刪|踢|移)|(删|刪)了我|移除我的)/,
  // no more follow-ups
  /\b(stop|quit) (following up|chasing( me| us)?)\b|\b(dejen|dejad) de dar seguimiento\b|\bparem de fazer follow ?up\b|\bsmettete di sollecitare\b|\bkeine nachfass\w*\b|\bstop met opvolgen\b|\bjangan follow ?up lagi\b|\bnie przypominac sie\b/,
  /(не надо больше напоминать|لا تتابعون|フォローアップは不要|더 이상 연락하지)/,
  // "stop it" / "enough" / "cut it out" as the whole message
  /^\s*(stop it|cut it out|(stop|arretez|arrete) (svp|stp|merci|pls|please)|stop merci|stopp?( bitte)?|hor auf|hoer auf|lasst das|smettetela|basta cosi|chega|para pfv|nao enche|me esquece|przestancie|dosc|stoppen|stop ermee|kap ermee|yeter artik|stop ya|dung( lai)?( di)?|thoi di|ya no manden|baja por favor)\s*[.!]*\s*$/,
  /^\s*(хватит|отвали|وقف|停止發送|停止发送|别再私信我了|그만하세요|그만)\s*[.!！]*\s*$/,
  // "I've told you a hundred times no. Enough!!": said again and again, and had enough of (both, so that "I told you
  // twice the colour is wrong" stays a complaint)
  new RegExp(String.raw`^(?=[\s\S]*(${SAID_TIMES}))(?=[\s\S]*(${HAD_ENOUGH}))`),
  // the privacy regulator named: "zgłoszę to do UODO", "me voy a quejar a la AEPD", "vi segnalo al Garante della privacy"
  /\b(aepd|agencia (espanola )?de proteccion de datos|garante (della|per la) (privacy|protezione)|uodo|urzad ochrony danych|prezes(a)? uodo|autoriteit persoonsgegevens|cnil|datenschutzbehorde|datenschutzbeauftragte\w*|landesdatenschutz\w*|datenschutzaufsicht|anpd|information commissioner'?s?( office)?|kvkk kurum\w*|kisisel verileri koruma kurum\w*)\b|роскомнадзор/,
  // harassment named as such
  /(骚扰|騷擾|ハラスメント|스토킹)/,
];
