// Look-alikes of an opt-out where the buyer moves the contact rather than ending it: an old or personal address given
// up for a new one ("Unsubscribe my old email, use this new one for all invoices", "Не пишите больше на мою личную
// почту, пишите на zakupki@…", "예전 주소로 세금계산서 보내지 마세요, 이사했습니다"), a colleague's calls stopped
// because the writer is the contact now ("Stop maar met het bellen van mijn collega, ik ben vanaf nu jullie
// contactpersoon"), or a carrier dropped for another ("Parem de mandar pelo Correios, a partir de agora só via agente de
// carga", "Перестаньте отправлять через Карго"). Every author labels these other (or shipping for the carrier). A
// message that also says spam, block, never, or names our list or newsletter is left to the opt-out lines. Folded
// text (no accents, lower case; Cyrillic й → и).

const GUARD = String.raw`^(?!.*\b(spam\w*|never|nunca|jamais|nooit|nigdy|nie wieder|mai piu|block\w*|bloque\w*|blokir|engelle\w*|newsletter\w*|nieuwsbrie\w*|mailing\w*|interested|interes\w*|(your|su|vuestra|jullie|uw|ihre[mnr]?|votre|vostra|waszej|sizin) (list|lista|lijst|liste|listy|listesi))\b)(?!.*(спам|никогда|заблок|拉黑|骚扰|騷擾|스팸|차단|スパム))`;

// an old, personal or private address, e-mail or number
const OLD = String.raw`\b(old|previous|former|personal|private|perso|personnelle|ancienne|pessoal|antigo|antiga|viejo|vieja|antigua|privada|privata|vecchio|vecchia|alte[nr]?|private[nr]?|oude|prive|stary|starego|prywatn\w*|lama|pribadi|eski|kisisel|cu)\b`;
const ADDRESS = String.raw`\b(e-?mail|email address|address|mail|inbox|adresse|adresse mail|correo|endereco|email|indirizzo|adres\w*|alamat|adresi?|dia chi)\b`;
// what the buyer gives instead: an address, "the new one", a move, "use …"
const INSTEAD = String.raw`(@|\b(new|nouvelle|nouveau|novo|nova|nuevo|nueva|nuova|nuovo|neue[nr]?|nieuwe|nowy|nowego|baru|yeni|moi|moved|demenage|mudamos|mudei|umgezogen|verhuisd|przeprowadz\w*|pindah|tasindik|use|utilisez|desormais|usa|usem|utilizem|use o|usen|utilicen|usate|utilizzate|verwenden|gebruik|uzywajcie|pakai|gunakan|kullanin)\b)`;

export const NEW_CONTACT_NOT_AN_OPT_OUT: RegExp[] = [
  // an old or personal address or e-mail given up, a new one or a move said
  new RegExp(String.raw`${GUARD}(?=.*${INSTEAD}).*(${OLD}( \w+){0,2} ${ADDRESS}|${ADDRESS}( \w+){0,2} ${OLD})`),
  new RegExp(String.raw`${GUARD}(?=.*(@|пишите на|используйте|нов\S*|переехал\S*)).*(личн|стар)\S* (почт|адрес|ящик|email|имеил)`),
  new RegExp(String.raw`${GUARD}(?=.*(@|이사|새 |새로운|변경|搬|新|改|引っ越|変更)).*((예전|이전|옛날|개인)\s*(주소|메일|이메일)|(旧|舊|以前的|私人)(地址|邮箱|郵箱)|(旧|以前の|個人の?)(住所|アドレス|メール))`),
  // the writer is the contact now: a colleague's calls or mails stopped
  new RegExp(String.raw`${GUARD}.*\b(i am|i'm|im|ik ben|je suis|soy|sou|sono|ich bin|jestem|ben)( (?!(not|no|longer|niet|meer|nicht|mehr|plus|pas|non|nao|nie|tidak|bukan|artik|degil|piu|mais|mas)\b)\w+){0,3} (your |jullie |uw |votre |su |seu |vostro |ihr |wasz |sizin |the |de |le |la |il |der |o |a |el )(new |nieuwe |nouveau |nuevo |novo |nuovo |neuer |nowy )?(contact ?person|contactpersoon|contact|interlocuteur|persona de contacto|pessoa de contato|referente|ansprechpartner|osoba kontaktowa|irtibat kisisi)\b`),
  // a carrier dropped: "pelo Correios", "через Карго", "via DHL" (the goods' way, not the contact's)
  new RegExp(String.raw`${GUARD}.*\b(pelo|pela|pelos|pelas|via|by|through|with|par|per|mit|met|przez|lewat|pakai|ile|por) (the |la |le |o |a |de )?(correios|dhl|fedex|ups|tnt|ems|usps|aramex|dpd|gls|postnl|inpost|jne|j&t|jnt|sicepat|sf express|courier|kurier|colissimo|chronopost)\b`),
  new RegExp(String.raw`${GUARD}.*(через|с помощью|по) (карго|cargo|сдэк|cdek|dhl|почту россии|курьер\S*)`),
];
