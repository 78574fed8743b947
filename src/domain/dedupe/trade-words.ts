// Trade words of many languages as they look after folding to ASCII, mapped to the one English token a bilingual name
// uses: a Brazilian "Ferragens" is a Kenyan "Hardware", a Greek "Trofima" is "Foods", a Vietnamese "Nhua" is
// "Plastics". The firm's own words then carry the comparison, whichever language its trade is written in. Data only;
// the core English forms and abbreviations are in company-lexicon.ts (CANONICAL).

export const MORE_CANONICAL: Record<string, string> = {
  optic: 'optical', optics: 'optical', optik: 'optical', optica: 'optical', optique: 'optical', ottica: 'optical',
  // Japanese, Korean and Chinese trade words as firms romanise them (Minato Shomei, Sejin Sangsa, Guangming Zhaoming)
  shomei: 'lighting', denshi: 'electronic', kikai: 'machinery', kensetsu: 'construction', tsusho: 'trading', shoten: 'store', buhin: 'part', shokuhin: 'food',
  yakuhin: 'pharma', kinzoku: 'metal', jidosha: 'auto', kasei: 'chemical', sangsa: 'trading', jomyeong: 'lighting', chomyong: 'lighting', jeonja: 'electronic',
  chonja: 'electronic', jeongi: 'electric', muyeok: 'trading', saneop: 'industrial', sanup: 'industrial', gongeop: 'industrial', tongsang: 'trading', mulsan: 'trading',
  jeongmil: 'precision', gigye: 'machinery', hwahak: 'chemical', geonseol: 'construction', sikpum: 'food', seomyu: 'textile', cheolgang: 'steel',
  zhaoming: 'lighting', dengshi: 'lighting', dianqi: 'electric', dianzi: 'electronic', shangmao: 'trading', maoyi: 'trading', jinchukou: 'impex', shiye: 'industrial',
  wujin: 'hardware', fangzhi: 'textile', jixie: 'machinery', huagong: 'chemical', suliao: 'plastic', taoci: 'ceramic', wanju: 'toy', shipin: 'food', fuzhuang: 'garment',
  xieye: 'footwear', baozhuang: 'packaging', jituan: 'group', imex: 'impex', importaciones: 'import', exportaciones: 'export',
  // the Portuguese and Spanish nouns beside importação / importación (in company-lexicon.ts): "Importação e Exportação" is impex
  exportacao: 'export', exportacion: 'export', importacoes: 'import', exportacoes: 'export', ferretera: 'hardware', ferretero: 'hardware',
  // shops and stores in the languages of small buyers
  shop: 'store', shops: 'store', 'cua hang': 'store', stores: 'store', kedai: 'store', toko: 'store', tienda: 'store', loja: 'store', magasin: 'store', negozio: 'store', magazin: 'store',
  // Azerbaijani, Kazakh, Malay, Indonesian, Thai (romanised) trade words
  tikinti: 'construction', sauda: 'trading', perniagaan: 'trading', niaga: 'trading', karnka: 'trading', kanka: 'trading', karnkha: 'trading', kankha: 'trading', bazargani: 'trading', tejarat: 'trading',
  // numbers written out, as one name writes "3" and another "Três"
  tres: '3', three: '3', trois: '3', drei: '3', quatro: '4', cuatro: '4', four: '4', quatre: '4', vier: '4', cinco: '5', five: '5', cinq: '5',
  // lighting, electric, tools and furniture in the Nordic, Central European, Baltic, Balkan, Afrikaans and Malay names
  belysning: 'lighting', beleuchtungen: 'lighting', valaistus: 'lighting', vilagitas: 'lighting', iluminat: 'lighting', iluminatii: 'lighting', osvjetljenje: 'lighting',
  rasvjeta: 'lighting', razsvetljava: 'lighting', apgaismojums: 'lighting', apsvietimas: 'lighting', pencahayaan: 'lighting', verligting: 'lighting', lampu: 'lamp',
  elektries: 'electric', elektriese: 'electric', elektriska: 'electric', elektrisk: 'electric', elektriske: 'electric', elektromos: 'electric', electrice: 'electric',
  elektryczne: 'electric', elektricke: 'electric', elektricni: 'electric', listrik: 'electric', electrotechnic: 'electric', electrotechnics: 'electric',
  electrotechnical: 'electric', elektrotechniek: 'electric', elektroteknik: 'electric', sahko: 'electric',
  verktyg: 'tool', verktoy: 'tool', vaerktoj: 'tool', tyokalut: 'tool', naradi: 'tool', szerszam: 'tool', unelte: 'tool', gereedschap: 'tool', gereedskap: 'tool',
  instrumenta: 'tool', instrumentov: 'tool', instrumentos: 'tool', strumenti: 'tool',
  mobler: 'furniture', huonekalut: 'furniture', nabytek: 'furniture', butor: 'furniture', mobila: 'furniture', namjestaj: 'furniture', meubelen: 'furniture', meubels: 'furniture',
  // hardware, tools
  ferragens: 'hardware', ferreteria: 'hardware', ferreterias: 'hardware', ferramenta: 'hardware', quincaillerie: 'hardware', hirdavat: 'hardware', eisenwaren: 'hardware',
  ferramentas: 'tool', herramientas: 'tool', herramienta: 'tool', outils: 'tool', outillage: 'tool', utensili: 'tool', werkzeug: 'tool', werkzeuge: 'tool', tools: 'tool',
  instrument: 'tool', instrumenty: 'tool', narzedzia: 'tool', ergaleia: 'tool', aletler: 'tool', alat: 'tool', 'dung cu': 'tool',
  // housewares: the German and English words for a household-goods shop's trade
  haushaltswaren: 'home', haushaltwaren: 'home', housewares: 'home', homewares: 'home',
  // furniture
  muebles: 'furniture', mueble: 'furniture', moveis: 'furniture', meubles: 'furniture', meuble: 'furniture', mobili: 'furniture', mobel: 'furniture', moebel: 'furniture',
  mobilya: 'furniture', mebel: 'furniture', meble: 'furniture', epipla: 'furniture', perabot: 'furniture', mebeli: 'furniture',
  arredamenti: 'furnishing', arredamento: 'furnishing', arredi: 'furnishing', mobiliario: 'furniture', ameublement: 'furnishing',
  // food
  alimentos: 'food', alimenticios: 'food', alimentaire: 'food', alimentaires: 'food', alimentari: 'food', alimentare: 'food', lebensmittel: 'food', gida: 'food',
  produkty: 'food', trofima: 'food', makanan: 'food', pangan: 'food', voedingsmiddelen: 'food', zywnosc: 'food', prodovolstvie: 'food',
  // plastics, rubber, chemicals, paint, paper, packaging
  plasticos: 'plastic', plastico: 'plastic', plasticas: 'plastic', plastiques: 'plastic', plastique: 'plastic', plastica: 'plastic', plastiche: 'plastic', kunststoff: 'plastic',
  kunststoffe: 'plastic', plastik: 'plastic', plastika: 'plastic', plastmass: 'plastic', plastmassy: 'plastic', nhua: 'plastic',
  quimica: 'chemical', quimicos: 'chemical', quimicas: 'chemical', quimico: 'chemical', chimie: 'chemical', chimica: 'chemical', chimiche: 'chemical', chemie: 'chemical',
  kimya: 'chemical', khimiya: 'chemical', khim: 'chemical', chimika: 'chemical', kimia: 'chemical', 'hoa chat': 'chemical',
  embalajes: 'packaging', embalaje: 'packaging', embalagens: 'packaging', embalagem: 'packaging', emballage: 'packaging', emballages: 'packaging', imballaggi: 'packaging',
  verpackung: 'packaging', verpackungen: 'packaging', ambalaj: 'packaging', upakovka: 'packaging', opakowania: 'packaging', 'bao bi': 'packaging', kemasan: 'packaging',
  caucho: 'rubber', borracha: 'rubber', caoutchouc: 'rubber', gomma: 'rubber', kaucuk: 'rubber', rezina: 'rubber', 'cao su': 'rubber',
  // metal, steel, building
  acero: 'steel', aceros: 'steel', aco: 'steel', acos: 'steel', acier: 'steel', aciers: 'steel', acciaio: 'steel', acciai: 'steel', stahl: 'steel', celik: 'steel', stal: 'steel',
  thep: 'steel', metales: 'metal', metais: 'metal', metaux: 'metal', metalli: 'metal', metall: 'metal', metalle: 'metal', metallurgiya: 'metal',
  construcciones: 'construction', construccion: 'construction', construcoes: 'construction', construcao: 'construction', constructions: 'construction',
  costruzioni: 'construction', bau: 'construction', insaat: 'construction', stroy: 'construction', stroi: 'construction', kataskeves: 'construction', 'xay dung': 'construction',
  konstruksi: 'construction', budownictwo: 'construction', budowlane: 'building', stroitelnye: 'building', yapi: 'building',
  // Turkish "Yapı Malzemeleri" is building materials; Japanese 金物 "Kanamono" is hardware
  malzeme: 'material', malzemeleri: 'material', malzemesi: 'material', kanamono: 'hardware',
  // machinery, engineering, auto, energy
  maquinaria: 'machinery', maquinas: 'machinery', maquinarias: 'machinery', machines: 'machinery', macchine: 'machinery', maschinen: 'machinery', maschinenbau: 'machinery',
  makina: 'machinery', makine: 'machinery', mashiny: 'machinery', maszyny: 'machinery', mesin: 'machinery', 'may moc': 'machinery',
  ingenieria: 'engineering', engenharia: 'engineering', ingenierie: 'engineering', ingegneria: 'engineering', muhendislik: 'engineering', inzhiniring: 'engineering',
  'ky thuat': 'engineering', teknik: 'engineering', tekhnika: 'technology', texnika: 'technology', tekhnologii: 'technology', tecnologias: 'technology', technologii: 'technology', 'cong nghe': 'technology',
  autopartes: 'auto part', autopecas: 'auto part', repuestos: 'part', pecas: 'part', pieces: 'part', ricambi: 'part', ersatzteile: 'part', 'yedek parca': 'part', zapchasti: 'part',
  otomotiv: 'auto', automotriz: 'auto', automotive: 'auto', automotores: 'auto', avto: 'auto', oto: 'auto',
  energia: 'energy', energie: 'energy', enerji: 'energy', energiya: 'energy', 'nang luong': 'energy',
  // textile, garment, footwear, leather
  confecciones: 'garment', confeccoes: 'garment', confezioni: 'garment', konfeksiyon: 'garment', 'may mac': 'garment', odezhda: 'garment', giyim: 'garment', pakaian: 'garment',
  calzados: 'footwear', calzado: 'footwear', calcados: 'footwear', chaussures: 'footwear', calzature: 'footwear', schuhe: 'footwear', ayakkabi: 'footwear', obuv: 'footwear',
  ypodimata: 'footwear', cueros: 'leather', couros: 'leather', cuir: 'leather', deri: 'leather', kozha: 'leather', 'det may': 'textile', yfasmata: 'textile',
  tessuti: 'textile', tejidos: 'textile', tecidos: 'textile', tissus: 'textile', stoffe: 'textile', tkani: 'textile', kumas: 'textile',
  // electric, lighting, appliances, electronics
  electrodomesticos: 'appliance', eletrodomesticos: 'appliance', elettrodomestici: 'appliance', electromenager: 'appliance', hausgerate: 'appliance', 'beyaz esya': 'appliance',
  elektrotovary: 'electric', elektrotekhnika: 'electric', elektrika: 'electric', 'dien may': 'electric appliance', ilektronika: 'electronic',
  elektronnye: 'electronic', iluminacoes: 'lighting', eclairages: 'lighting', osvetlenie: 'lighting', osvitlennya: 'lighting', 'chieu sang': 'lighting',
  // food trades, agro, seafood, pharma, medical
  agricola: 'agro', agricolas: 'agro', agricole: 'agro', agrar: 'agro', tarim: 'agro', 'nong san': 'agro', pertanian: 'agro', selkhoz: 'agro',
  pescados: 'seafood', mariscos: 'seafood', pescado: 'seafood', 'frutos do mar': 'seafood', poissonnerie: 'seafood', ittica: 'seafood', 'thuy san': 'seafood', 'hai san': 'seafood',
  farmaceutica: 'pharma', farmaceuticos: 'pharma', farmaceutici: 'pharma', pharmazie: 'pharma', ilac: 'pharma', farmatsevtika: 'pharma', 'duoc pham': 'pharma', farmasi: 'pharma',
  medica: 'medical', medicos: 'medical', medicale: 'medical', medizintechnik: 'medical', tibbi: 'medical', meditsinskaya: 'medical',
  // trading, distribution, logistics, services, group
  comercializacion: 'trading', comercializadora: 'trading', negoce: 'trading', negocios: 'trading', emporiki: 'trading', emporio: 'trading', emporiou: 'trading',
  torgovyy: 'trading', torgovaya: 'trading', torgovyi: 'trading', tijaret: 'trading', tijara: 'trading', dagang: 'trading', perdagangan: 'trading', 'thuong mai': 'trading',
  distribuciones: 'distribution', distribuicao: 'distribution', distribuzione: 'distribution', vertrieb: 'distribution', dagitim: 'distribution', distributsiya: 'distribution',
  logistica: 'logistic', logistique: 'logistic', logistik: 'logistic', logistika: 'logistic', lojistik: 'logistic', 'van tai': 'logistic', transportes: 'logistic',
  servicos: 'service', servizi: 'service', dienstleistungen: 'service', hizmetleri: 'service', hizmet: 'service', uslugi: 'service', 'dich vu': 'service', jasa: 'service',
  grupa: 'group', gruppa: 'group', grubu: 'group', 'tap doan': 'group', kumpulan: 'group',
  'ithalat ihracat': 'impex', eksport: 'export', ihracat: 'export', 'eksport import': 'impex', vneshtorg: 'impex', 'xuat khau': 'export', 'nhap khau': 'import',
  'quoc te': 'international', internasional: 'international', mezhdunarodnaya: 'international', diethnis: 'international', uluslararasi: 'international',
  industrias: 'industrial', industriales: 'industrial', industriel: 'industrial', industrielle: 'industrial', industrija: 'industrial', promyshlennaya: 'industrial',
  viomichania: 'industrial', viomichanias: 'industrial', 'cong nghiep': 'industrial', 'san xuat': 'manufacturing', industri: 'industrial', sanayii: 'industrial',
  fabrica: 'factory', fabrika: 'factory', fabrik: 'factory', usine: 'factory', zavod: 'factory', xuong: 'factory', pabrik: 'factory', 'nha may': 'factory',
  ceramicas: 'ceramic', ceramiques: 'ceramic', keramik: 'ceramic', keramika: 'ceramic', 'gom su': 'ceramic', azulejos: 'tile', fliesen: 'tile', carrelage: 'tile', piastrelle: 'tile',
  'noi that': 'furniture', 'anh sang': 'lighting', 'vat lieu': 'material', 'thiet bi': 'equipment', equipos: 'equipment', equipamentos: 'equipment', equipements: 'equipment', attrezzature: 'equipment',
  oborudovanie: 'equipment', ekipman: 'equipment', peralatan: 'equipment', sanitarios: 'sanitary', sanitaire: 'sanitary', sanitari: 'sanitary', cable: 'cable', kabel: 'cable',
  cabos: 'cable', cables: 'cable', cavi: 'cable', kablo: 'cable', kalodia: 'cable',
  // English abbreviations of trade words ("Kampala Bldg Supplies")
  bldg: 'building', bldgs: 'building', sthn: 'southern', nthn: 'northern', fctry: 'factory', facty: 'factory', ftry: 'factory',
  // a family word inside the name in its languages' plural ("Schmidt & Söhne Werkzeughandel", "Pérez Hijos Ferretería")
  sohne: 'sons', soehne: 'sons', hijos: 'sons', filhos: 'sons', figli: 'sons', synowie: 'sons', zonen: 'sons', ogullari: 'sons',
  // Russian "spare parts for cars" as one word, as Central Asian firms write it ("Bishkek Avtozapchast")
  avtozapchast: 'auto part', avtozapchasti: 'auto part',
  // Hebrew trade words as Israeli firms spell them in Latin letters ("Or Teura" is "Or Lighting", תאורה)
  teura: 'lighting', teurah: 'lighting', hashmal: 'electric', chashmal: 'electric',
  // plumbing: a town's "Martin Plomberie" is not its "Martin Éclairage"
  plomberie: 'plumbing', plombier: 'plumbing', plombiers: 'plumbing', plumber: 'plumbing', plumbers: 'plumbing', fontaneria: 'plumbing', fontanero: 'plumbing',
  idraulica: 'plumbing', idraulico: 'plumbing', loodgieter: 'plumbing', klempner: 'plumbing', klempnerei: 'plumbing', encanamentos: 'plumbing', santehnika: 'plumbing',
};
