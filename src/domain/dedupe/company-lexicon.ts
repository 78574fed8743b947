import { lookupTable } from '../text/lookup-table';
// Word tables for company-name folding. Data only; the logic is in normalize-company.ts.
// Latin entries are written as they look after any-ascii + lower-casing + dotted-abbreviation collapse
// ("S.A. de C.V." → "sa de cv"), before the umlaut-digraph fold.

/** Legal forms removed wherever they stand (unambiguous words). Multi-word entries are token sequences. */
export const LEGAL_ANYWHERE: string[] = [
  'gmbh', 'mbh', 'gesmbh', 'ges mbh', 'ltd', 'limited', 'llc', 'l l c', 'inc', 'incorporated', 'corp', 'corporation', 'pvt', 'private',
  'plc', 'pty', 'pte', 'sdn bhd', 'bhd', 'sdn', 'sarl', 'sas', 'sasu', 'eurl', 'srl', 'srls', 'spa', 'sp z oo', 'sp zoo', 'spolka z ograniczona odpowiedzialnoscia',
  'spolka akcyjna', 'spolka jawna', 'sp j', 'sp k', 'ltda', 'limitada', 'eireli', 'sa de cv', 'sapi de cv', 's de rl de cv', 's de rl', 'sa de cv', 'de cv', 'sac', 'saa',
  'slu', 'sociedad anonima', 'sociedad limitada', 'bv', 'nv', 'gbr', 'ohg', 'ug', 'kgaa', 'aktiengesellschaft', 'aktiebolag', 'oyj',
  'anonim sirketi', 'anonim sti', 'limited sirketi', 'ltd sti', 'sti', 'sirketi', 'san ve tic', 'sanayi ve ticaret', 'san tic', 'sanayi ticaret',
  'kk', 'kabushiki kaisha', 'kabushiki gaisha', 'yugen kaisha', 'godo kaisha', 'jusik hoesa', 'jusighoesa',
  'ooo', 'oao', 'zao', 'pao', 'tov', 'llp', 'lllp', 'wll', 'w l l', 'fze', 'fzco', 'fzc', 'fz llc', 'jsc', 'pjsc', 'cjsc',
  'cong ty tnhh', 'cong ty co phan', 'cong ty cp', 'cong ty', 'tnhh', 'mtv', 'co phan', 'tbk', 'ptv', 'doanh nghiep tu nhan', 'dntn',
  'mchj', 'eood', 'ood', 'ead', 'sarl', 'yk', 'gk', 'spj', 'sp j', 'shpk', 'sh p k',
];

/** Legal forms and company words removed only at the start or end of a name (they are ordinary words elsewhere). */
export const LEGAL_EDGE: string[] = [
  'co', 'company', 'cie', 'compagnie', 'cia', 'companhia', 'compania', 'sa', 'as', 'ag', 'kg', 'ab', 'oy', 'se', 'nv', 'pt', 'cv', 'tbk',
  'me', 'epp', 'sl', 'ao', 'ip', 'too', 'est', 'establishment', 'societe', 'ste', 'sociedad', 'sociedade', 'spolka', 'firma', 'kft', 'doo', 'dd',
  'ltd co', 'co ltd', 'company limited', 'and co', 'and cie', 'and company', 'y cia', 'e cia', 'sp', 'z oo', 'oo', 'aps', 'a s', 'sro', 'as', 'ks', 'kk',
  'ae', 'oe', 'epe', 'ike', 'ee', 'ad', 'ph', 'phu', 'fhu', 'pphu', 'ppuh', 'przedsiebiorstwo handlowe', 'zaklad produkcyjny', 'zp', 'holdings', 'enterprises', 'enterprise', 'ent', 'bros', 'brothers', 'and sons', 'sons',
];

/** Words that join the parts of a legal form or a name and carry no identity ("GmbH & Co. KG", "Lumière et Cie"). */
export const STOPWORDS = new Set([
  'and', 'und', 'et', 'y', 'e', 've', 'i', 'the', 'of', 'for', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'los', 'las',
  'el', 'van', 'der', 'den', 'von', 'vd', 'vander', 'd', 'l', 'a', 'an', 'at', 'fur', 'al',
]);

/** Token rewrites: abbreviations, plurals, and translations of the most frequent trade words into one English form. */
export const CANONICAL: Record<string, string> = lookupTable({
  intl: 'international', inds: 'industrial', dongfang: 'oriental', treid: 'trading', treyd: 'trading', treidi: 'trading', treding: 'trading', handelsgesellschaft: 'trading',
  hnos: 'brothers', hermanos: 'brothers', freres: 'brothers', irmaos: 'brothers', fratelli: 'brothers', gebruder: 'brothers', gebroeders: 'brothers', bros: 'brothers',
  seiki: 'precision machinery', seisakusho: 'manufacturing', kogyo: 'industrial', sangyo: 'industrial', shokai: 'trading', kagaku: 'chemical', praezision: 'precision', prazision: 'precision', precisao: 'precision', precision: 'precision',
  foodstuff: 'food', foodstuffs: 'food', fisheries: 'seafood', fishery: 'seafood', seafoods: 'seafood', shoes: 'footwear', shoe: 'footwear', timber: 'wood', holz: 'wood',
  agri: 'agro', agricultural: 'agro', mechanical: 'mechanical', mech: 'mechanical', pharmaceutical: 'pharma', pharmaceuticals: 'pharma', int: 'international', internacional: 'international', internationale: 'international', uluslararasi: 'international',
  mfg: 'manufacturing', mfr: 'manufacturing', manufacture: 'manufacturing', manufacturer: 'manufacturing', manufacturers: 'manufacturing', mfrs: 'manufacturing',
  imp: 'import', importadora: 'import', importacao: 'import', importacion: 'import', importing: 'import', importer: 'import', importers: 'import', ith: 'import', ithalat: 'import',
  exp: 'export', exportadora: 'export', exporter: 'export', exporters: 'export', exporting: 'export', ihr: 'export', ihracat: 'export',
  impex: 'impex', impexp: 'impex', impexpo: 'impex',
  trdg: 'trading', trade: 'trading', traders: 'trading', trader: 'trading', tradings: 'trading', trad: 'trading', tic: 'trading', ticaret: 'trading', handel: 'trading',
  handels: 'trading', torg: 'trading', commerce: 'trading', comercio: 'trading', comercial: 'trading', comercializadora: 'trading', commerciale: 'trading', com: 'trading', shoji: 'trading', boeki: 'trading',
  elec: 'electric', electrical: 'electric', electricals: 'electric', elektro: 'electric', elektrik: 'electric', electrico: 'electric', electrica: 'electric', eletrica: 'electric',
  eletrico: 'electric', elettrica: 'electric', elettrico: 'electric', electrique: 'electric', elektrotechnik: 'electric', elektrotechnika: 'electric', denki: 'electric', elektriki: 'electric',
  electronics: 'electronic', elektronik: 'electronic', electronica: 'electronic', elettronica: 'electronic', electronique: 'electronic', eletronica: 'electronic', elektronika: 'electronic',
  tech: 'technology', techn: 'technology', technologies: 'technology', technologie: 'technology', tecnologia: 'technology', teknoloji: 'technology', technik: 'technology',
  ind: 'industrial', industries: 'industrial', industry: 'industrial', industria: 'industrial', industrie: 'industrial', industrias: 'industrial', industriale: 'industrial', sanayi: 'industrial',
  gen: 'general', genl: 'general', generale: 'general', geral: 'general',
  dist: 'distribution', distr: 'distribution', distributor: 'distribution', distributors: 'distribution', distribuidora: 'distribution', distribuidor: 'distribution', distributie: 'distribution',
  supplies: 'supply', supplier: 'supply', suppliers: 'supply', suprimentos: 'supply', suministros: 'supply',
  lights: 'lighting', light: 'lighting', licht: 'lighting', leuchten: 'lighting', beleuchtung: 'lighting', verlichting: 'lighting', eclairage: 'lighting', iluminacion: 'lighting',
  iluminacao: 'lighting', illuminazione: 'lighting', aydinlatma: 'lighting', osveshchenie: 'lighting', oswietlenie: 'lighting', svet: 'lighting', svitlo: 'lighting', lumiere: 'lighting',
  luz: 'lighting', luce: 'lighting', iluminaciones: 'lighting', lampadas: 'lamp', lampada: 'lamp', lamparas: 'lamp', lampen: 'lamp', lamps: 'lamp',
  golden: 'gold', prods: 'product', products: 'product', produtos: 'product', productos: 'product', prodotti: 'product',
  svcs: 'service', services: 'service', servicios: 'service', servicos: 'service', solutions: 'solution', soluciones: 'solution', solucoes: 'solution',
  textiles: 'textile', tekstil: 'textile', tekstili: 'textile', textil: 'textile', ceramics: 'ceramic', ceramica: 'ceramic', seramik: 'ceramic',
  furnishings: 'furnishing', appliances: 'appliance', mfy: 'factory', fty: 'factory', factories: 'factory',
  grp: 'group', grupo: 'group', gruppe: 'group', gruppo: 'group', groupe: 'group', holding: 'group',
  intertrade: 'trading', plyus: 'plus', plius: 'plus', pljus: 'plus',
  mat: 'material', mats: 'material', materiais: 'material', materiales: 'material', materials: 'material', materiale: 'material', materiaux: 'material',
  eletricos: 'electric', electricos: 'electric', eletricas: 'electric', electricas: 'electric', elettrici: 'electric', electriques: 'electric',
  fotismos: 'lighting', fotistika: 'lighting', ilektrika: 'electric', ilektrikos: 'electric', ilektrologika: 'electric',
});

/** Token sequences rewritten before legal forms are removed (longest first is applied by the code). */
export const PHRASES: [string[], string[]][] = [
  [['import', 'and', 'export'], ['impex']], [['import', 'export'], ['impex']], [['export', 'import'], ['impex']], [['export', 'and', 'import'], ['impex']],
  [['import', 've', 'export'], ['impex']], [['i', 'e'], ['impex']], [['xuat', 'nhap', 'khau'], ['impex']], [['dis', 'trading'], ['trading']], [['dis', 'tic'], ['trading']],
  [['dis', 'ticaret'], ['trading']], [['thuong', 'mai'], ['trading']], [['chieu', 'sang'], ['lighting']], [['ev', 'gerecleri'], ['home', 'appliance']],
  [['general', 'trading'], ['trading']], [['gen', 'trdg'], ['trading']], [['electro', 'hogar'], ['electrohogar']],
  [['vneshne', 'torgovaya'], ['trading']], [['dien', 'tu'], ['electronic']], [['thiet', 'bi', 'dien'], ['electric']],
];

/** Chinese (and Japanese kanji) words mapped to the English token a bilingual name uses. Longest match wins. */
export const CJK_WORDS: Record<string, string> = lookupTable({
  照明: 'lighting', 灯饰: 'lighting', 灯具: 'lighting', 燈飾: 'lighting', 光电: 'optoelectronic', 电器: 'electric appliance', 電器: 'electric appliance', 电子: 'electronic', 電子: 'electronic',
  电气: 'electric', 电机: 'motor', 電機: 'electric', 電気: 'electric', 科技: 'technology', 技术: 'technology', 贸易: 'trading', 商贸: 'trading', 经贸: 'trading', 商事: 'trading',
  物産: 'bussan', 物产: 'bussan', 进出口: 'impex', 進出口: 'impex', 国际: 'international', 國際: 'international', 实业: 'industrial', 實業: 'industrial', 工业: 'industrial',
  制造: 'manufacturing', 製造: 'manufacturing', 制品: 'product', 製品: 'product', 陶瓷: 'ceramic', 橡胶: 'rubber', 纺织: 'textile', 服装: 'garment', 服饰: 'garment',
  家居: 'home furnishing', 家具: 'furniture', 皮具: 'leather', 皮革: 'leather', 五金: 'hardware', 塑料: 'plastic', 塑胶: 'plastic', 机械: 'machinery', 包装: 'packaging',
  化工: 'chemical', 玩具: 'toy', 礼品: 'gift', 工艺品: 'craft', 新能源: 'new energy', 能源: 'energy', 光伏: 'solar', 太阳能: 'solar', 配件: 'part', 物流: 'logistics',
  电器行: 'electric', 灯饰厂: 'lighting factory', 供应链: 'supply chain', 发展: 'development', 控股: 'group', 集团: 'group', 集團: 'group', 厂: 'factory', 工厂: 'factory', 廠: 'factory', 商行: 'trading',
  东方: 'oriental', 東方: 'oriental', 茶业: 'tea', 茶叶: 'tea', 鞋业: 'footwear', 石材: 'stone', 食品: 'food', 海味: 'seafood', 兄弟: 'brothers', 精密: 'precision', 精机: 'precision machinery', 精機: 'precision machinery',
  工贸: 'industrial trading', 贸易行: 'trading', 五金行: 'hardware', 化学: 'chemical', 製作所: 'manufacturing', 制作所: 'manufacturing', 机械制造: 'machinery manufacturing',
  フーズ: 'food', フード: 'food', サービス: 'service', テクノ: 'techno', 北海道: 'hokkaido', 정밀: 'precision', 기계: 'machinery', 수산: 'seafood', 식품: 'food',
  東京: 'tokyo', 大阪: 'osaka', ライティング: 'lighting', 조명: 'lighting', 전자: 'electronic', 무역: 'trading', 전기: 'electric', 산업: 'industrial',
  통신: 'telecom', 화학: 'chemical', 건설: 'construction', 상사: 'trading', 물산: 'trading', 제약: 'pharma', 섬유: 'textile', 철강: 'steel',
  자동차: 'auto', 부품: 'parts', 기술: 'technology', 엔지니어링: 'engineering',
});

/** Chinese, Japanese, Korean, Arabic and Thai legal forms; removed before transliteration. */
export const NATIVE_LEGAL: string[] = [
  '股份有限公司', '有限责任公司', '有限責任公司', '有限公司', '分公司', '公司', '株式会社', '有限会社', '合同会社', '(株)', '（株）', '㈱',
  '私人有限公司', '주식회사', '유한회사', '(주)', '（주）', '㈜', '(유)',
  'مؤسسة', 'شركة', 'ذ.م.م', 'ش.م.م', 'ش.ذ.م.م', 'المحدودة', 'ذات المسؤولية المحدودة',
  'บริษัท', 'จำกัด', '(มหาชน)', 'ห้างหุ้นส่วนจำกัด',
  'شرکت', 'בע"מ', 'בעמ', 'შპს', 'ЕООД', 'ООД', 'ЕАД', 'МЧЖ', 'ООО', 'ОАО', 'ЗАО', 'ПАО', 'АО', 'ТОВ', 'ТОО', 'ИП', 'ПП', 'ЧП',
];

/** Arabic trade words (with their prefixes "لل" / "ال" / "و") mapped to English tokens. */
export const ARABIC_WORDS: Record<string, string> = lookupTable({
  للتجارة: 'trading', التجارية: 'trading', تجارة: 'trading', والتجارة: 'trading', للإنارة: 'lighting', الإنارة: 'lighting', للانارة: 'lighting', إنارة: 'lighting',
  الكهربائية: 'electric', الكهربائيه: 'electric', الكهرباء: 'electric', والمقاولات: 'contracting', للمقاولات: 'contracting', المقاولات: 'contracting',
  للاستيراد: 'import', อินเตอร์เนชั่นแนล: 'international', ไลท์ติ้ง: 'lighting', ฟู้ด: 'food', เทรดดิ้ง: 'trading', للأدوية: 'pharma', الأدوية: 'pharma', للأغذية: 'food', الغذائية: 'food', للبلاستيك: 'plastic', مصنع: 'factory', لتصدير: 'export',
  للتجهيزات: 'supply', التجهيزات: 'supply', إخوان: 'brothers', اخوان: 'brothers', الخليج: 'gulf', القطن: 'cotton', والتصدير: 'export', للتصدير: 'export', الدولية: 'international', العامة: 'general',
});

/** Chinese provinces and cities (written without 市/省) that lead many mainland company names. */
export const CN_PLACES: Record<string, string> = lookupTable({
  深圳: 'shenzhen', 广州: 'guangzhou', 东莞: 'dongguan', 佛山: 'foshan', 中山: 'zhongshan', 珠海: 'zhuhai', 惠州: 'huizhou', 江门: 'jiangmen', 汕头: 'shantou',
  潮州: 'chaozhou', 揭阳: 'jieyang', 义乌: 'yiwu', 金华: 'jinhua', 宁波: 'ningbo', 杭州: 'hangzhou', 温州: 'wenzhou', 台州: 'taizhou', 绍兴: 'shaoxing', 嘉兴: 'jiaxing',
  湖州: 'huzhou', 上海: 'shanghai', 北京: 'beijing', 天津: 'tianjin', 重庆: 'chongqing', 苏州: 'suzhou', 无锡: 'wuxi', 常州: 'changzhou', 南京: 'nanjing', 南通: 'nantong',
  扬州: 'yangzhou', 青岛: 'qingdao', 济南: 'jinan', 淄博: 'zibo', 烟台: 'yantai', 潍坊: 'weifang', 临沂: 'linyi', 厦门: 'xiamen', 福州: 'fuzhou', 泉州: 'quanzhou',
  晋江: 'jinjiang', 莆田: 'putian', 漳州: 'zhangzhou', 香港: 'hong kong', 澳门: 'macau', 武汉: 'wuhan', 长沙: 'changsha', 郑州: 'zhengzhou', 成都: 'chengdu', 西安: 'xian',
  合肥: 'hefei', 南昌: 'nanchang', 石家庄: 'shijiazhuang', 大连: 'dalian', 沈阳: 'shenyang', 昆明: 'kunming', 南宁: 'nanning', 广东: 'guangdong', 浙江: 'zhejiang',
  江苏: 'jiangsu', 山东: 'shandong', 福建: 'fujian', 河北: 'hebei', 河南: 'henan', 湖北: 'hubei', 湖南: 'hunan', 安徽: 'anhui', 江西: 'jiangxi', 四川: 'sichuan',
  辽宁: 'liaoning', 广西: 'guangxi', 台湾: 'taiwan', 臺灣: 'taiwan', 台北: 'taipei',
});

/** Districts and towns that follow the city in Chinese names ("佛山市南海…", "中山市古镇…"). */
export const CN_DISTRICTS: Record<string, string> = lookupTable({
  南海: 'nanhai', 顺德: 'shunde', 白云: 'baiyun', 番禺: 'panyu', 宝安: 'baoan', 龙岗: 'longgang', 古镇: 'guzhen', 花都: 'huadu', 鄞州: 'yinzhou',
  萧山: 'xiaoshan', 余姚: 'yuyao', 慈溪: 'cixi', 南山: 'nanshan', 福田: 'futian', 天河: 'tianhe', 越秀: 'yuexiu', 海珠: 'haizhu', 长安: 'changan', 虎门: 'humen',
});

/** Place words (folded Latin) treated as a qualifier, not as part of the name core: "(Shenzhen)", "… (Thailand) Co", "Yiwu …". */
export const PLACES: string[] = [
  ...Object.values(CN_PLACES), 'sz', 'gz', 'hk', 'dg', 'zs', 'nb', 'yw', 'xm', 'qd', 'sh', 'bj',
  'china', 'prc', 'hongkong', 'vietnam', 'viet nam', 'thailand', 'indonesia', 'malaysia', 'singapore', 'india', 'pakistan', 'bangladesh', 'japan', 'korea', 'taiwan',
  'philippines', 'cambodia', 'usa', 'america', 'canada', 'mexico', 'brazil', 'brasil', 'chile', 'peru', 'colombia', 'argentina', 'ecuador', 'germany', 'deutschland',
  'austria', 'osterreich', 'switzerland', 'schweiz', 'suisse', 'france', 'italia', 'italy', 'espana', 'spain', 'portugal', 'netherlands', 'nederland', 'holland', 'belgium',
  'poland', 'polska', 'russia', 'rossiya', 'ukraine', 'ukraina', 'kazakhstan', 'uzbekistan', 'turkey', 'turkiye', 'uae', 'emirates', 'saudi', 'saudi arabia', 'ksa', 'qatar',
  'oman', 'kuwait', 'bahrain', 'egypt', 'misr', 'morocco', 'maroc', 'tunisia', 'tunisie', 'algeria', 'nigeria', 'ghana', 'kenya', 'south africa', 'australia', 'new zealand',
  'uk', 'england', 'britain', 'europe', 'eu', 'asia', 'mena', 'latam', 'iran', 'iraq', 'jordan', 'lebanon', 'israel', 'sweden', 'sverige', 'denmark', 'danmark', 'norway',
  'finland', 'czech', 'hungary', 'romania', 'greece', 'sri lanka', 'nepal', 'myanmar',
  'sai gon', 'ha noi', 'hai phong', 'da nang', 'tp hcm', 'hcm', 'ho chi minh city', 'hanoi',
  'dubai', 'sharjah', 'abu dhabi', 'ajman', 'riyadh', 'jeddah', 'dammam', 'doha', 'muscat', 'istanbul', 'ankara', 'izmir', 'bursa', 'moscow', 'moskva', 'moskou',
  'st petersburg', 'sankt peterburg', 'almaty', 'astana', 'kyiv', 'kiev', 'kiyiv', 'kiiv', 'lviv', 'odessa', 'mumbai', 'delhi', 'new delhi', 'kolkata', 'chennai', 'bangalore',
  'ahmedabad', 'karachi', 'lahore', 'dhaka', 'jakarta', 'surabaya', 'bangkok', 'hanoi', 'ho chi minh', 'saigon', 'manila', 'tokyo', 'osaka', 'nagoya', 'seoul', 'busan',
  'hamburg', 'berlin', 'munchen', 'munich', 'frankfurt', 'koln', 'dusseldorf', 'paris', 'lyon', 'marseille', 'milano', 'milan', 'roma', 'madrid', 'barcelona', 'valencia',
  'lisboa', 'amsterdam', 'rotterdam', 'warszawa', 'warsaw', 'krakow', 'lagos', 'abuja', 'nairobi', 'accra', 'cairo', 'alexandria', 'casablanca', 'rabat', 'tunis',
  'johannesburg', 'cape town', 'sao paulo', 'rio de janeiro', 'rio', 'santiago', 'lima', 'bogota', 'medellin', 'quito', 'guayaquil', 'buenos aires', 'mexico city',
  'monterrey', 'guadalajara', 'kuala lumpur', 'kl', 'sydney', 'melbourne', 'auckland', 'london', 'manchester', 'tehran', 'new york', 'los angeles', 'miami', 'toronto',
  'vancouver', 'chicago', 'houston',
];

/** Aliases between place qualifiers so "(SZ)" and "Shenzhen" count as the same place. */
export const PLACE_ALIASES: Record<string, string> = lookupTable({
  sz: 'shenzhen', gz: 'guangzhou', hk: 'hong kong', hongkong: 'hong kong', dg: 'dongguan', zs: 'zhongshan', nb: 'ningbo', yw: 'yiwu', xm: 'xiamen', qd: 'qingdao',
  sh: 'shanghai', bj: 'beijing', prc: 'china', viet: 'vietnam', 'viet nam': 'vietnam', brasil: 'brazil', deutschland: 'germany', osterreich: 'austria', schweiz: 'switzerland',
  suisse: 'switzerland', italia: 'italy', espana: 'spain', nederland: 'netherlands', holland: 'netherlands', polska: 'poland', rossiya: 'russia', ukraina: 'ukraine',
  turkiye: 'turkey', emirates: 'uae', 'saudi arabia': 'saudi', ksa: 'saudi', misr: 'egypt', maroc: 'morocco', tunisie: 'tunisia', kiev: 'kyiv', kiyiv: 'kyiv', kiiv: 'kyiv',
  moskva: 'moscow', moskou: 'moscow', munchen: 'munich', milano: 'milan', warszawa: 'warsaw', saigon: 'ho chi minh', kl: 'kuala lumpur', england: 'uk', britain: 'uk',
  usa: 'america', 'sai gon': 'ho chi minh', 'tp hcm': 'ho chi minh', hcm: 'ho chi minh', 'ho chi minh city': 'ho chi minh', 'ha noi': 'hanoi',
  wien: 'vienna', bucuresti: 'bucharest', beyrouth: 'beirut', alger: 'algiers', athina: 'athens', athena: 'athens', praha: 'prague', caba: 'buenos aires',
  hcmc: 'ho chi minh', cdmx: 'mexico city', lisboa: 'lisbon', koln: 'cologne', yekaterinburg: 'ekaterinburg', toshkent: 'tashkent', iraklio: 'heraklion', irakleio: 'heraklion',
  'hai phong': 'haiphong', 'da nang': 'danang', sverige: 'sweden', danmark: 'denmark', 'sankt peterburg': 'st petersburg',
});

/** Trade and industry words: they describe what a firm does, not which firm it is (low weight in name comparison). */
export const GENERIC_WORDS = new Set([
  'lighting', 'lamp', 'electric', 'electronic', 'trading', 'impex', 'import', 'export', 'international', 'industrial', 'manufacturing', 'factory', 'group',
  'technology', 'solution', 'service', 'supply', 'product', 'general', 'global', 'home', 'furnishing', 'furniture', 'ceramic', 'textile', 'garment', 'leather',
  'rubber', 'plastic', 'hardware', 'machinery', 'packaging', 'chemical', 'toy', 'gift', 'craft', 'energy', 'solar', 'auto', 'part', 'logistic', 'development',
  'distribution', 'appliance', 'equipment', 'system', 'material', 'metal', 'steel', 'power', 'store', 'shop', 'market', 'center', 'centre', 'house', 'bussan',
  'optoelectronic', 'motor', 'telecom', 'contracting', 'plus', 'new', 'mart', 'wholesale', 'retail', 'design', 'construction', 'engineering', 'consulting', 'agency',
  'network', 'digital', 'commercial', 'sourcing', 'source', 'business', 'goods', 'good', 'tile', 'decor', 'cable', 'wire', 'tool', 'bathroom', 'kitchen',
  'sanitary', 'building', 'led', 'precision', 'tea', 'seafood', 'footwear', 'stone', 'wood', 'agro', 'brothers', 'mechanical', 'cotton', 'techno', 'trade', 'tekstil', 'electrohogar', 'shangmao', 'maoyi', 'keji', 'chemicals', 'foods', 'food', 'medical', 'pharma', 'sport',
]);

/** Frequent brand words: distinctive only together with other words (medium weight). */
export const COMMON_NAME_WORDS = new Set([
  'star', 'gold', 'sun', 'sunrise', 'sunshine', 'royal', 'crown', 'united', 'great', 'best', 'top', 'first', 'asia', 'euro', 'pacific', 'oriental', 'orient',
  'east', 'eastern', 'west', 'western', 'north', 'south', 'southern', 'northern', 'smart', 'green', 'blue', 'red', 'city', 'world', 'prime', 'super', 'alpha',
  'delta', 'omega', 'eagle', 'lion', 'dragon', 'phoenix', 'diamond', 'silver', 'king', 'victory', 'future', 'modern', 'perfect', 'bright', 'hope', 'ever', 'ocean',
  'oceanic', 'sea', 'sky', 'alnoor', 'noor', 'nur', 'grand', 'mega', 'pro', 'life', 'nova', 'atlas', 'apex', 'summit', 'zenith', 'galaxy', 'universal', 'continental',
  'metro', 'capital', 'central', 'national', 'crystal', 'jade', 'lotus', 'unique', 'ideal', 'elite', 'premier', 'express', 'easy', 'happy', 'lucky', 'fortune',
  'harmony', 'peace', 'nile', 'gulf', 'valley',
]);
