// The soft ways a buyer ends the relationship without saying "stop": they found another supplier and need no more
// follow-ups, the business closed, "I'll contact you if I need anything", "wrong number, who is this, how did you get
// my number", "I never signed up for this". Each is a *likely* opt-out (opt-out.patterns.ts): wake-ups pause and the
// owner confirms, since "we found another supplier" may still be followed by "…can you beat their price?".
// Guards keep the trade sense out: a closure "for the holidays", a follow-up "on the sample", "if I need more samples".
// Folded text (no accents; Cyrillic й → и).

/** After "we found another supplier": the buyer draws the conclusion (no need, thanks anyway, don't follow up). */
const EN_NO_NEED = String.raw`(no need|no longer need|don'?t need|do not need|won'?t need|not need(ed)?|no more need|thanks anyway|thank you anyway|anyway thanks|so (please )?(stop|don'?t|no)|not interested|stop|don'?t (contact|follow|message|write|call)|no further|please (close|remove|delete|update))`;
// A closure that is a holiday or a move, not an end.
const NOT_TEMPORARY = String.raw`(?!.{0,40}\b(for (the )?(holiday|holidays|vacation|new year|cny|week|day|weekend|inventory|renovation)|until|till|temporar\w*|reopen\w*|back on|back in|new (address|location|warehouse|shop))\b)`;

// "Wrong number" of a phone, not of cartons, an order or an account ("número equivocado de cajas", "mauvais numéro de
// commande", "sai số lượng", "salah nomor rekening").
const NOT_OF = String.raw`(?!\s*(of|de|di|da|do|du|del|della|des|van|von|on|in|for|auf|im|na|w|po|pi|invoice|order|pedido|commande|ordine|bestel\w*|rekening|akaun|resi|pesanan|siparis|fatura|luong|hang|tien|don)\b)`;

export const SOFT_OPT_OUT: RegExp[] = [
  // English
  new RegExp(String.raw`\b(found|chose|choose|picked|selected|went with|go with|gone with|going with|moved on with|partnered with|signed with|using|use|have|got|settled on|switched to|moved to) (another|a different|a new|other|different|our own|a local|a cheaper) (supplier|vendor|factory|manufacturer|source|partner|seller)s?\b.{0,40}\b${EN_NO_NEED}`),
  /\bno need (to|for you to) (follow[- ]?up|keep (in touch|following up|contacting|messaging|writing|reaching out|emailing|calling)|contact (me|us)|message (me|us)|write (to )?(me|us)|reach out|chase|check (in|back)|send (me|us) (anything|more|updates))\b(?! (on|about|regarding|with (the|our|my)) )/,
  /\b(please |pls )?(don'?t|do not|dont|no (more|need for)) (follow[- ]?ups?|follow(ing)? up)\b(?! (on|about|regarding|with (the|our|my)) )(\s*($|[.!,]|anymore|again|thanks|with (me|us)))/,
  new RegExp(String.raw`\b(we|i|our (company|business|shop|store|firm)|the (company|business|shop|store)) (have |has |had |are |is |'ve |'re )?((closed|shut down|shutting down|closing|closed down|shut) (the|our|my) (business|company|shop|store|factory|firm)|closed down|shut down|went out of business|gone out of business|out of business|wound up|winding up|ceased (trading|operations)|stopped (trading|operating)|retired)\b${NOT_TEMPORARY}`),
  /\b((i|we)('ll| will| shall|'d| would)?|will) ((contact|reach out to|call|message|write to|get back to|text|ping) (you|u|ya)|reach out|get in touch)( ourselves| myself| first)? (if|when|once|in case) (i|we) (need|require|are interested|have (a |any )?need|want)( (anything|something|it|you|them|your services|your products))?\s*($|[.!,]|thanks|thank|no need|don'?t|please)/,
  /\b(don'?t|do not) call us,? we('ll| will) call you\b/,
  new RegExp(String.raw`\b(how|where) (did|do|have) (you|u) (get|got|find|found|obtain) (my|our|this) (number|no|nr|contact|email|e-mail|details|info|phone)\b|\bwho (is|r|are) (this|u|you)\b.{0,20}\b(i )?(don'?t|do not|dont) know (you|u|this number|who you are)\b|\b(you|u)('ve| have)? (got|have) the wrong (guy|person|number|contact|lady|man)\b${NOT_OF}|\bwho gave (you|u) (my|our|this) (number|no|contact|email)\b|^\s*(sorry,? )?(wrong (person|contact)|(you|u) (have|got) the wrong (number|person|contact))\b`),
  /\bwhy (do|does|are|r) (you|u|your (team|company)) (keep(s)? |still )?(texting|messaging|msging|calling|emailing|spamming|contacting|bothering|writing to) (me|us)\b/,
  // "don't send me any more catalogues": the buyer has had enough of being sent things
  /\b(don'?t|do not|dont|pls don'?t|please don'?t|stop) send(ing)? (me|us) any (more|further) (catalog\w*|brochures?|price ?lists?|updates|info|information|news|deals|newsletters?)\b/,
  /\b(won'?t|will not|wouldn'?t) be needing (your|ur) (services?|products?|offers?|help|company)\b|\b(no longer|don'?t|do not) need (your|ur) (services?|products?|offers?|company)( (anymore|any more|any longer))?\s*($|[.!,]|thanks|thank|please)/,
  // the contact left: "no longer with the company", "I left that company, update your list"
  /\b(no longer|not) (with|at|working (at|for|with)) (the|that|this|your) company\b|\bi (left|quit) (that|the|this) (company|business|job)\b.{0,30}\b(update|remove|delete|stop|list|contact)|\b(remove|delete) (this|the) (contact|number|email)\s*($|[.!,]|please|pls|thanks)/,
  /\b(i|we) never (signed up|subscribed|opted in|registered|asked) (for|to) (this|these|your|any)\b/,
  /\bwe (are|'re) (no longer|not) (buying|importing|sourcing|trading|purchasing|in (this|the) business)( anymore| any more)?\s*($|[.!,]|so|thanks|please)/,
  // Spanish, Portuguese, French, Italian
  new RegExp(String.raw`\b(ya )?(tenemos|encontramos|conseguimos|elegimos|trabajamos con) (otro|un nuevo|nuestro) proveedor\b.{0,40}\b(no (necesit|hace falta|es necesario)|gracias|no (nos|me) (escrib|contact))|\bnumero equivocado\b${NOT_OF}|\bcomo (consiguio|consiguieron|obtuvo|tiene|tienen|conseguiste) (mi|este) (numero|contacto|correo)\b|\b(cerramos|hemos cerrado|cerro) (el negocio|la empresa|la tienda|la fabrica)\b|\bsi (necesito|necesitamos) (algo )?(yo |nosotros )?(te|le|les|lo) (contacto|contactamos|escribo|escribimos|aviso|avisamos|llamo)\b`),
  new RegExp(String.raw`\b(ja )?(temos|encontramos|arrumamos|escolhemos) (outro|um novo|novo) fornecedor\b.{0,40}\b(nao (precis|e necessario)|obrigad|nao (me|nos) (escrev|contat|procur))|\bnumero errado\b${NOT_OF}|\bcomo (conseguiu|arranjou|pegou|obteve|tem) (o )?(meu|este) (numero|contato|contacto|email)\b|\beste numero nao e (da|de|do) (empresa|loja|fornecedor)\b|\b(fechamos|encerramos) (a empresa|a loja|o negocio|as atividades|a atividade)\b|\bse (eu )?(precisar|precisarmos)(,)? (eu |nos )?(te|lhe|vos|o|a) (chamo|chamamos|aviso|avisamos|contato|contacto|procuro|procuramos)\b`),
  new RegExp(String.raw`\b(nous avons|on a|avons) trouve un autre fournisseur\b|\b(faux|mauvais) numero\b${NOT_OF}|\berreur de (numero|destinataire)\b|\bcomment avez-vous (eu|obtenu|trouve) (mon|notre|ce) (numero|contact|adresse)\b|\b(nous avons|on a) (ferme|cesse) (l'entreprise|la societe|la boutique|notre activite|l'activite)\b|\bsi besoin,? (je|nous) vous (recontacter\w*|contacter\w*|recontacte)\b`),
  new RegExp(String.raw`\b(abbiamo )?trovato un altro fornitore\b|\bnumero sbagliato\b${NOT_OF}|\bcome (avete|hai|ha) (avuto|ottenuto|trovato) il (mio|nostro) (numero|contatto)\b|\babbiamo chiuso (l'attivita|l'azienda|il negozio)\b|\b(vi|ti) (contatteremo|contattero|ricontatteremo|ricontattero|scriveremo) noi (se|in caso|quando)\b`),
  // German, Dutch, Polish, Turkish
  new RegExp(String.raw`\b(einen )?anderen (lieferanten|anbieter|hersteller) gefunden\b|\bfalsche nummer\b${NOT_OF}|\b(falsch verbunden)\b|\bwoher haben sie (meine|unsere|diese) (nummer|adresse|kontaktdaten)\b|\bwir melden uns (bei bedarf|wenn wir)\b|\b(keine|keinerlei) (weiteren|weitere) (angebote|informationen|kontaktaufnahmen)\b|\b(firma|geschaft|laden|betrieb) (ist |wurde )?(geschlossen|aufgegeben|aufgelost)\b`),
  new RegExp(String.raw`\b(andere|nieuwe) leverancier gevonden\b|\bverkeerd nummer\b${NOT_OF}|\bhoe komt u aan (mijn|ons) (nummer|adres)\b|\bwij nemen (zelf )?contact op (als|indien|wanneer)\b|\b(bedrijf|winkel|zaak) (is )?(gesloten|opgeheven|gestopt)\b`),
  new RegExp(String.raw`\bznalezlismy (innego|nowego) dostawce\b|\b(zly|bledny) numer\b${NOT_OF}|\bskad (macie|ma pan|ma pani|masz) (moj|nasz) numer\b|\bodezwiemy sie (sami|jesli|gdy)\b|\bzamknelismy (firme|dzialalnosc|sklep)\b`),
  new RegExp(String.raw`\bbaska (bir )?tedarikci bulduk\b|\byanlis numara\b${NOT_OF}|\bnumara(mi|mizi) nereden (buldunuz|aldiniz|buldun|aldin)\b|\bihtiyacimiz olursa (biz )?(size )?(doneriz|ulasiriz|yazariz)\b|\b(isyerini|firmayi|dukkani|sirketi) kapattik\b`),
  // Russian, Indonesian, Vietnamese
  /(нашли другого поставщика|ошиблись номером|не тот номер(?! (заказа|счета|счёта|накладно|контеинера|партии))|откуда у вас мои номер|откуда мои номер|где вы взяли мои номер|мы закрылись|закрыли (бизнес|магазин|компанию|фирму)|(если|когда) (нужно|понадобится|будет нужно|будет надо),? (мы |я )?(сами )?(напишем|свяжемся|позвоним|напишу|позвоню))/,
  new RegExp(String.raw`\b(sudah|udah|sdh|dah) (ada|punya|dapat|dapet) (supplier|pemasok|vendor) (lain|baru)\b|\b(salah|slh) (nomor|nomer|sambung|kirim orang)\b${NOT_OF}|\b(dapat|dapet|dpt) (nomor|nomer|no) (saya|sy|aku|gw) (dari|darimana) ?(mana)?\b|\b(usaha|toko|perusahaan) (sudah|udah|sdh) (tutup|bangkrut)\b|\bnanti (kalau|kalo|klo) (perlu|butuh) (saya|sy|kami|aku) (yang )?(hubungi|kabari|chat)\b`),
  new RegExp(String.raw`\b(da|đa) co nha cung cap (khac|moi)\b|\b(goi|nhan tin|gui tin|gui) nham (so|nguoi)\b|\bnham so\b${NOT_OF}|\blay so (cua )?(toi|minh|em) (o dau|tu dau)\b|\b(da )?(ngung kinh doanh|nghi kinh doanh|giai the)\b|\bda (dong cua|nghi ban) (luon|han|roi)\b|\bkhong can (gui|nhan tin|lien he|lien lac|goi)( tin| tin nhan| gi)? nua\b|\bkhi nao can (toi|minh|em|chung toi) (se )?(lien he|bao|goi)\b`),
  // Japanese, Korean, Chinese
  /(他の(仕入先|業者|メーカー|サプライヤー)(に|が)決ま|別の(業者|仕入先)(に|を)(決め|見つけ)|番号(を)?間違え|間違い電話|どこで(この|私の)?番号を|必要(な時|になったら|があれば)(は)?(こちらから)?(ご)?連絡(します|いたします)|廃業しました|廃業いたしました)/,
  /(다른 업체(를|로|랑)\s*(찾|정했|결정|거래)|번호\s*잘못|잘못\s*(거셨|보내셨|온)|제 번호\s*어떻게|필요하면\s*(제가|저희가)?\s*연락\s*(드릴|할)|폐업했|가게\s*접었)/,
  /(已经(找到|有)了?(别的|其他|新的)?供应商|找到(别的|其他|新的)供应商|已(經)?找到其他供應商|打错了|打錯了|发错人了|發錯人了|你哪位|你是谁啊|你是誰|哪(里|裡|来)的?我的(号码|電話|号|电话)|怎么有我的(号码|电话|微信)|怎麼有我的|需要(的话|时|的時候)(我|我们|我們)?会?(再)?(联系|聯繫|找)(你|您)|(公司|店|我们|我們)(已经|已經)?(倒闭|倒閉|不做了|不干了|转行|轉行|不做这行|不做這行|不干这行)了?)/,
];
