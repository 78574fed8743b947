// Legal forms beyond the core table of company-lexicon.ts, by country, as they look after folding ("S.A.L." → "sal",
// "A.Ş." → "a s", "Sp. z o.o." → "sp z oo"). A legal form says which kind of firm, never which firm: it comes off the name.

/** Unambiguous wherever they stand (no ordinary word in any language we meet is spelt like these). */
export const MORE_LEGAL_ANYWHERE: string[] = [
  // Lebanon, Egypt, Gulf, Jordan
  'sal', 'sae', 'saog', 'saoc', 'bsc', 'qsc', 'qpsc', 'qfzc', 'pjsc', 'psc', 'fzllc', 'fz co', 'fze llc', 'llc fz', 'spc',
  // Hungary, Belgium, France, Italy, Nordics, Baltics
  'zrt', 'nyrt', 'sprl', 'bvba', 'asa', 'uab', 'ehf', 'ivs', 'sapa', 'sarlau', 'sccl',
  // Portugal, Brazil, Spanish America
  'lda', 'eirl', 'cia ltda', 's en c', 'sociedade limitada', 'sociedade anonima', 'sociedad anonima cerrada', 'sociedad de responsabilidad limitada',
  // France, Italy, Germany, Netherlands, Poland, Czechia, Slovakia
  'societe anonyme', 'societe a responsabilite limitee', 'societa a responsabilita limitata', 'societa per azioni', 'gesellschaft mit beschrankter haftung',
  'besloten vennootschap', 'naamloze vennootschap', 'spol s ro', 'spol sro', 'gesellschaft mbh', 'gesellschaft m b h',
  // South Africa and Namibia in Afrikaans: "(Edms) Bpk" is "(Pty) Ltd"
  'edms bpk', 'bpk', 'edms',
  // Russia, Ukraine, Central Asia (romanised), Türkiye
  'obshchestvo s ogranichennoy otvetstvennostyu', 'tovarystvo z obmezhenoyu vidpovidalnistyu', 'aktsionernoe obshchestvo', 'anonim sirket',
  // South and South-East Asia, Africa, the English-speaking world
  'pvt ltd', 'private limited', 'public limited company', 'proprietary limited', 'limited liability company', 'joint stock company', 'closed joint stock company',
  'perseroan terbatas', 'sendirian berhad', 'berhad', 'plt', 'opc', 'pllc', 'lllp', 'pty ltd', 'jscb', 'ojsc',
  // Vietnam: a household business (hộ kinh doanh) and the one-member LLC (TNHH MTV) as English records spell them out
  'ho kinh doanh', 'household business', 'one member',
  // Vietnam's registered names abbreviate the firm's kind after its form: TM thương mại (trading), DV dịch vụ
  // (services), SX sản xuất (manufacturing), XNK xuất nhập khẩu (import-export): "Công ty TNHH TM Điện Quang Minh" is the
  // firm that calls itself "Điện Quang Minh". Only after the form: "TM" alone begins other names.
  ...['tnhh', 'cp', 'co phan'].flatMap((form) => ['tm', 'tm dv', 'tmdv', 'dv tm', 'sx tm', 'tm sx', 'sx tm dv', 'xnk', 'tm xnk']
    .flatMap((kind) => [`${form} ${kind}`, `cong ty ${form} ${kind}`])),
  // Russia, Belarus, Kazakhstan: the sole trader (ИП, ИЧП) in English
  'individual entrepreneur', 'private entrepreneur', 'sole proprietor', 'sole proprietorship',
  // Russia and the CIS: the "trading house" (Торговый дом, ТД) before the name, as any-ascii and reps spell it
  'torgovyy dom', 'torgovyi dom', 'torgovy dom', 'torgovij dom', 'torgovyj dom', 'torgovoy dom',
];

/** Forms spelt like ordinary words or initials: only at the start or the end of a name. */
export const MORE_LEGAL_EDGE: string[] = [
  'ets', 'etablissements', 'etablissement', 'etbs', 'soc', 'societa', 'ste', 'sa', 'snc', 'scs', 'sca', 'sas', 'ca', 'cc', 'ou', 'ud', 'bt', 'pp', 'chp', 'fop', 'hf', 'lp',
  // Azerbaijan, Kazakhstan, Kyrgyzstan (as any-ascii reads ЖШС, ОсОО), French Canada, Malaysia, Cambodia, Japan in kana
  'mmc', 'zhshs', 'osoo', 'ltee', 'inc ltee', 'syarikat', 'kromhon', 'kabushikigaisha', 'kabushikikaisha', 'yugengaisha', 'godogaisha',
  // Poland's long business-name forms (PHU, PPHU, FHU written out), West Africa's and South Asia's business-name words
  'przedsiebiorstwo handlowo uslugowe', 'przedsiebiorstwo produkcyjno handlowo uslugowe', 'firma handlowo uslugowa', 'przedsiebiorstwo handlowe',
  'maison', 'ventures', 'venture', 'concern', 'alh', 'alhaji', 'ms', 'messrs',
  // the pilgrim's title before a founder's name ("Haji Yousuf & Sons" is "H. Yousuf and Sons"), as "Alhaji" above
  'haji', 'hajee', 'hajji', 'alhaj', 'al haj',
  'kol sti', 'koll sti', 'ortakligi', 've ortaklari', 'ortaklari', 'trading est', 'cie', 'ste', 'sarl au', 'gie', 'scop', 'ltd liability co',
  // Belarus and Ukraine as their firms write them in Latin letters (ОДО "ALC", ЧТУП/ЧУП "PUE", ПП "PE")
  'odo', 'alc', 'chtup', 'chup', 'pue', 'pe',
  // Malaysia's and Singapore's Chinese shops: "Chop" (a firm's seal, 字號) before the name, as "Syarikat" is
  'chop',
  // The owner's family or partners after the name ("& Son", "a syn", "és Társa", "e Hijos", "& Partners") say who runs the
  // firm, as "Bros" does, not which firm; a translated record writes them in its own language or leaves them out.
  // Led by their "and" (or plural) only: "Son", "Syn", "Fils" alone begin names too ("Son Ha", Vietnamese Sơn). (Inside
  // the name, see withoutInnerStyles in distinguishers.ts.)
  'and son', 'a syn', 'a synove', 'synove', 'i synowie', 'synowie', 'es fia', 'es fiai', 'es tarsa', 'es tarsai', 'tarsai', 'and partner', 'and partners',
  'partners', 'e hijos', 'hijos', 'e filhos', 'filhos', 'e figli', 'figli', 'et fils', 'and fils', 'i syn', 'i synowie', 'und sohn', 'und sohne', 'sohne', 'en zonen', 'zonen', 've ogullari', 'ogullari',
  // Russia and the CIS: ТД, the trading house, short
  'td',
];
