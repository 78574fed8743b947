import { lookupTable } from '../text/lookup-table';
import { MORE_LEGAL_ANYWHERE, MORE_LEGAL_EDGE } from './legal-forms';
import { MORE_CANONICAL } from './trade-words';
import { OLD_AND_NEW_PLACES, OLD_PLACE_NAMES } from './old-place-names';
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
  ...MORE_LEGAL_ANYWHERE,
];

/** Legal forms and company words removed only at the start or end of a name (they are ordinary words elsewhere). */
export const LEGAL_EDGE: string[] = [
  'co', 'company', 'cie', 'compagnie', 'cia', 'companhia', 'compania', 'sa', 'as', 'ag', 'kg', 'ab', 'oy', 'se', 'nv', 'pt', 'cv', 'tbk',
  'me', 'epp', 'sl', 'ao', 'ip', 'too', 'est', 'establishment', 'societe', 'ste', 'sociedad', 'sociedade', 'spolka', 'firma', 'kft', 'doo', 'dd',
  'ltd co', 'co ltd', 'company limited', 'and co', 'and cie', 'and company', 'y cia', 'e cia', 'sp', 'z oo', 'oo', 'aps', 'a s', 'sro', 'as', 'ks', 'kk',
  'ae', 'oe', 'epe', 'ike', 'ee', 'ad', 'ph', 'fhu', 'pphu', 'ppuh', 'przedsiebiorstwo handlowe', 'zaklad produkcyjny', 'zp', 'holdings', 'enterprises', 'enterprise', 'ent', 'bros', 'brothers', 'and sons', 'sons',
  ...MORE_LEGAL_EDGE,
];

/** Words that join the parts of a legal form or a name and carry no identity ("GmbH & Co. KG", "Lumière et Cie"). */
export const STOPWORDS = new Set([
  'and', 'und', 'et', 'y', 'e', 've', 'i', 'the', 'of', 'for', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'los', 'las',
  'el', 'van', 'der', 'den', 'von', 'vd', 'vander', 'd', 'l', 'a', 'an', 'at', 'fur', 'al',
]);

/** Token rewrites: abbreviations, plurals, and translations of the most frequent trade words into one English form. */
export const CANONICAL: Record<string, string> = lookupTable({
  ...Object.fromEntries(Object.entries(MORE_CANONICAL).filter(([k]) => !k.includes(' '))),
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
  // Thai พาณิชย์ (commerce) as Thai firms spell it in Latin letters
  phanit: 'trading', phanich: 'trading', panich: 'trading', panit: 'trading',
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
  [['import', 've', 'export'], ['impex']], [['import', 'y', 'export'], ['impex']], [['import', 'e', 'export'], ['impex']], [['import', 'et', 'export'], ['impex']],
  [['import', 'und', 'export'], ['impex']], [['import', 'i', 'export'], ['impex']], [['i', 'e'], ['impex']], [['xuat', 'nhap', 'khau'], ['impex']], [['dis', 'trading'], ['trading']], [['dis', 'tic'], ['trading']],
  [['dis', 'ticaret'], ['trading']], [['thuong', 'mai'], ['trading']], [['chieu', 'sang'], ['lighting']], [['ev', 'gerecleri'], ['home', 'appliance']],
  [['general', 'trading'], ['trading']], [['gen', 'trdg'], ['trading']], [['electro', 'hogar'], ['electrohogar']],
  [['vneshne', 'torgovaya'], ['trading']], [['dien', 'tu'], ['electronic']], [['thiet', 'bi', 'dien'], ['electric']],
  [['trading', 'general'], ['trading']], [['dien'], ['electric']],
  // "Building Materials" = "Construction Materials" = مواد البناء ("materials of building") = "Materiales de Construcción".
  [['construction', 'material'], ['building', 'material']], [['material', 'construction'], ['building', 'material']],
  [['material', 'de', 'construction'], ['building', 'material']],
  // Arabic trades of two words read word by word (native-lexicon.ts): مواد غذائية "food materials" is foodstuff, أدوات صحية
  // "sanitary tools" sanitary ware.
  [['material', 'food'], ['food']], [['tool', 'sanitary'], ['sanitary', 'ware']],
  ...Object.entries(MORE_CANONICAL).filter(([k]) => k.includes(' ')).map(([k, v]): [string[], string[]] => [k.split(' '), v.split(' ')]),
];

/** Chinese (and Japanese kanji) words mapped to the English token a bilingual name uses. Longest match wins. */
export const CJK_WORDS: Record<string, string> = lookupTable({
  照明: 'lighting', 灯饰: 'lighting', 灯具: 'lighting', 燈飾: 'lighting', 光电: 'optoelectronic', 电器: 'electric appliance', 電器: 'electric appliance', 电子: 'electronic', 電子: 'electronic',
  电气: 'electric', 电机: 'motor', 電機: 'electric', 電気: 'electric', 科技: 'technology', 技术: 'technology', 贸易: 'trading', 商贸: 'trading', 经贸: 'trading', 商事: 'trading',
  物産: 'bussan', 物产: 'bussan', 进出口: 'impex', 進出口: 'impex', 国际: 'international', 國際: 'international', 实业: 'industrial', 實業: 'industrial', 工业: 'industrial',
  制造: 'manufacturing', 製造: 'manufacturing', 制品: 'product', 製品: 'product', 陶瓷: 'ceramic', 橡胶: 'rubber', 纺织: 'textile', 服装: 'garment', 服饰: 'garment',
  家居: 'home furnishing', 家具: 'furniture', 皮具: 'leather', 皮革: 'leather', 五金: 'hardware', 塑料: 'plastic', 塑胶: 'plastic', 机械: 'machinery', 包装: 'packaging',
  化工: 'chemical', 玩具: 'toy', 礼品: 'gift', 工艺品: 'craft', 新能源: 'new energy', 能源: 'energy', 光伏: 'solar', 太阳能: 'solar', 配件: 'part', 物流: 'logistics',
  电器行: 'electric', 眼镜: 'optical', 眼鏡: 'optical', 灯饰厂: 'lighting factory', 供应链: 'supply chain', 发展: 'development', 控股: 'group', 集团: 'group', 集團: 'group', 厂: 'factory', 工厂: 'factory', 廠: 'factory', 商行: 'trading',
  东方: 'oriental', 東方: 'oriental', 茶业: 'tea', 茶叶: 'tea', 鞋业: 'footwear', 石材: 'stone', 食品: 'food', 海味: 'seafood', 兄弟: 'brothers', 进口: 'import', 進口: 'import', 出口: 'export', 精密: 'precision', 精机: 'precision machinery', 精機: 'precision machinery',
  工贸: 'industrial trading', 贸易行: 'trading', 五金行: 'hardware', 化学: 'chemical', 製作所: 'manufacturing', 制作所: 'manufacturing', 机械制造: 'machinery manufacturing',
  フーズ: 'food', フード: 'food', サービス: 'service', テクノ: 'techno', 北海道: 'hokkaido', 정밀: 'precision', 기계: 'machinery', 수산: 'seafood', 식품: 'food',
  東京: 'tokyo', 大阪: 'osaka', ライティング: 'lighting', 조명: 'lighting', 전자: 'electronic', 무역: 'trading', 전기: 'electric', 산업: 'industrial',
  통신: 'telecom', 화학: 'chemical', 건설: 'construction', 상사: 'trading', 물산: 'trading', 제약: 'pharma', 섬유: 'textile', 철강: 'steel',
  자동차: 'auto', 부품: 'parts', 금속: 'metal', 파츠: 'parts', 마린: 'marine', 물류: 'logistics', 기술: 'technology', 엔지니어링: 'engineering',
  테크: 'technology', 테크놀로지: 'technology', 일렉트릭: 'electric', 일렉트로닉스: 'electronic', 트레이딩: 'trading', 인터내셔널: 'international', 코리아: 'korea',
  시스템: 'system', 솔루션: 'solution', 글로벌: 'global', 라이팅: 'lighting', 푸드: 'food', 케미칼: 'chemical', 그룹: 'group', 산업사: 'industrial', 실업: 'industrial', 상회: 'trading',
  通讯: 'telecom', 通信: 'telecom', 设备: 'equipment', 設備: 'equipment', 器材: 'equipment', 建材: 'building material', 钢铁: 'steel', 不锈钢: 'steel', 汽车: 'auto',
  汽配: 'auto part', 配件厂: 'part factory', 医疗: 'medical', 药业: 'pharma', 制药: 'pharma', 农业: 'agro', 水产: 'seafood', 家电: 'appliance', 灯具厂: 'lighting factory',
  製衣: 'garment', 制衣: 'garment', 製衣廠: 'garment factory', 制衣厂: 'garment factory', 織造: 'textile', 织造: 'textile', 興業: 'industrial', 兴业: 'industrial',
  企业: 'enterprise', 企業: 'enterprise', 商店: 'store', 商場: 'store', 百货: 'store',
});

/** Chinese, Japanese, Korean, Arabic and Thai legal forms; removed before transliteration. */
export const NATIVE_LEGAL: string[] = [
  '股份有限公司', '有限责任公司', '有限責任公司', '有限公司', '分公司', '公司', '株式会社', '有限会社', '合同会社', '(株)', '（株）', '㈱',
  '私人有限公司', '주식회사', '유한회사', '(주)', '（주）', '㈜', '(유)',
  'مؤسسة', 'شركة', 'ذ.م.م', 'ش.م.م', 'ش.ذ.م.م', 'المحدودة', 'ذات المسؤولية المحدودة',
  'บริษัท', 'จำกัด', '(มหาชน)', 'ห้างหุ้นส่วนจำกัด',
  'ЖШС', 'ЖАҚ', 'ОсОО', 'ក្រុមហ៊ុន', 'ကုမ္ပဏီ', 'लिमिटेड', 'प्राइवेट', 'কোম্পানি', 'লিমিটেড', 'カブシキガイシャ', 'ユウゲンガイシャ', 'ゴウドウガイシャ', 'बाज़ारगानी',
  // "and partners", "and sons" (as "& Partners", "& Sons" in Latin: see legal-forms.ts)
  'وشركاه', 'وشركائه',
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
  辽宁: 'liaoning', 广西: 'guangxi', 台湾: 'taiwan', 臺灣: 'taiwan', 台北: 'taipei', 云南: 'yunnan', 贵州: 'guizhou', 海南: 'hainan', 吉林: 'jilin',
  黑龙江: 'heilongjiang', 山西: 'shanxi', 陕西: 'shaanxi', 甘肃: 'gansu',
});

/**
 * County-level cities and smaller prefectures that lead Chinese names ("永康市鑫源…"): qualifiers in Chinese script only. In
 * Latin they stay words, since many are also firm names ("Dongyang Electronics" is a Korean firm).
 */
export const CN_COUNTIES: Record<string, string> = lookupTable({
  永康: 'yongkang', 瑞安: 'ruian', 乐清: 'yueqing', 余姚: 'yuyao', 慈溪: 'cixi', 丹阳: 'danyang',
  江阴: 'jiangyin', 常熟: 'changshu', 昆山: 'kunshan', 张家港: 'zhangjiagang', 石狮: 'shishi', 南安: 'nanan', 汕尾: 'shanwei', 肇庆: 'zhaoqing', 清远: 'qingyuan',
  湛江: 'zhanjiang', 茂名: 'maoming', 梅州: 'meizhou', 河源: 'heyuan', 韶关: 'shaoguan', 阳江: 'yangjiang', 云浮: 'yunfu', 保定: 'baoding', 沧州: 'cangzhou', 廊坊: 'langfang',
  邢台: 'xingtai', 唐山: 'tangshan', 徐州: 'xuzhou', 盐城: 'yancheng', 泰州: 'taizhou', 镇江: 'zhenjiang', 连云港: 'lianyungang', 宿迁: 'suqian', 淮安: 'huaian',
  芜湖: 'wuhu', 洛阳: 'luoyang', 东营: 'dongying', 威海: 'weihai', 日照: 'rizhao', 聊城: 'liaocheng', 德州: 'dezhou', 滨州: 'binzhou', 菏泽: 'heze', 济宁: 'jining',
  泰安: 'taian', 枣庄: 'zaozhuang', 龙岩: 'longyan', 三明: 'sanming', 宁德: 'ningde', 衢州: 'quzhou', 丽水: 'lishui', 舟山: 'zhoushan', 诸暨: 'zhuji', 东阳: 'dongyang',
});

/** Provinces: a province in one name and a city in the other are no contradiction ("Zhejiang …" / "(Yongkang)"). */
export const CN_PROVINCES = new Set(['guangdong', 'zhejiang', 'jiangsu', 'shandong', 'fujian', 'hebei', 'henan', 'hubei', 'hunan', 'anhui', 'jiangxi', 'sichuan',
  'liaoning', 'guangxi', 'yunnan', 'guizhou', 'hainan', 'jilin', 'heilongjiang', 'shanxi', 'shaanxi', 'gansu', 'taiwan']);

/** Mainland districts and county-level cities → the city a rep may type for them ("Shunde" is in Foshan). */
export const CN_DISTRICT_CITY: Record<string, string> = lookupTable({
  nanhai: 'foshan', shunde: 'foshan', sanshui: 'foshan', gaoming: 'foshan', chancheng: 'foshan', baiyun: 'guangzhou', panyu: 'guangzhou', huadu: 'guangzhou',
  tianhe: 'guangzhou', yuexiu: 'guangzhou', haizhu: 'guangzhou', zengcheng: 'guangzhou', baoan: 'shenzhen', longgang: 'shenzhen', nanshan: 'shenzhen', futian: 'shenzhen',
  longhua: 'shenzhen', luohu: 'shenzhen', guzhen: 'zhongshan', xiaolan: 'zhongshan', changan: 'dongguan', humen: 'dongguan', houjie: 'dongguan', yinzhou: 'ningbo',
  yuyao: 'ningbo', cixi: 'ningbo', beilun: 'ningbo', xiaoshan: 'hangzhou', yuhang: 'hangzhou', yongkang: 'jinhua', yiwu: 'jinhua', dongyang: 'jinhua', ruian: 'wenzhou',
  yueqing: 'wenzhou', jinjiang: 'quanzhou', shishi: 'quanzhou', nanan: 'quanzhou', kunshan: 'suzhou', changshu: 'suzhou', zhangjiagang: 'suzhou', jiangyin: 'wuxi',
  danyang: 'zhenjiang', zhuji: 'shaoxing', chenghai: 'shantou', jiangning: 'nanjing', pudong: 'shanghai', minhang: 'shanghai', songjiang: 'shanghai', jiading: 'shanghai',
});

/** Districts and towns that follow the city in Chinese names ("佛山市南海…", "中山市古镇…"). */
export const CN_DISTRICTS: Record<string, string> = lookupTable({
  海曙: 'haishu', 江北: 'jiangbei', 镇海: 'zhenhai', 奉化: 'fenghua', 黄岩: 'huangyan', 路桥: 'luqiao', 椒江: 'jiaojiang', 柯桥: 'keqiao', 上虞: 'shangyu',
  三水: 'sanshui', 高明: 'gaoming', 禅城: 'chancheng', 增城: 'zengcheng', 龙华: 'longhua', 罗湖: 'luohu', 小榄: 'xiaolan', 厚街: 'houjie', 北仑: 'beilun', 余杭: 'yuhang',
  澄海: 'chenghai', 江宁: 'jiangning', 浦东: 'pudong', 闵行: 'minhang', 松江: 'songjiang', 嘉定: 'jiading',
  南海: 'nanhai', 顺德: 'shunde', 白云: 'baiyun', 番禺: 'panyu', 宝安: 'baoan', 龙岗: 'longgang', 古镇: 'guzhen', 花都: 'huadu', 鄞州: 'yinzhou',
  萧山: 'xiaoshan', 余姚: 'yuyao', 慈溪: 'cixi', 南山: 'nanshan', 福田: 'futian', 天河: 'tianhe', 越秀: 'yuexiu', 海珠: 'haizhu', 长安: 'changan', 虎门: 'humen',
});

/** Countries and regions of the world as names carry them ("… (Thailand) Co", "Nigeria Ltd"). */
const COUNTRY_PLACE_WORDS: string[] = [
  'china', 'prc', 'vietnam', 'viet nam', 'thailand', 'indonesia', 'malaysia', 'singapore', 'india', 'pakistan', 'bangladesh', 'japan', 'korea', 'taiwan',
  'philippines', 'cambodia', 'usa', 'america', 'canada', 'mexico', 'brazil', 'brasil', 'chile', 'peru', 'colombia', 'argentina', 'ecuador', 'germany', 'deutschland',
  'austria', 'osterreich', 'switzerland', 'schweiz', 'suisse', 'france', 'italia', 'italy', 'espana', 'spain', 'portugal', 'netherlands', 'nederland', 'holland', 'belgium',
  'poland', 'polska', 'russia', 'rossiya', 'ukraine', 'ukraina', 'kazakhstan', 'uzbekistan', 'turkey', 'turkiye', 'uae', 'emirates', 'saudi', 'saudi arabia', 'ksa', 'qatar',
  'oman', 'kuwait', 'bahrain', 'egypt', 'misr', 'morocco', 'maroc', 'tunisia', 'tunisie', 'algeria', 'nigeria', 'ghana', 'kenya', 'south africa', 'australia', 'new zealand',
  'uk', 'england', 'britain', 'europe', 'eu', 'asia', 'mena', 'latam', 'iran', 'iraq', 'jordan', 'lebanon', 'israel', 'sweden', 'sverige', 'denmark', 'danmark', 'norway',
  'finland', 'czech', 'hungary', 'romania', 'greece', 'sri lanka', 'nepal', 'myanmar',
];
export const COUNTRY_WORDS = new Set(COUNTRY_PLACE_WORDS);

/** Place words (folded Latin) treated as a qualifier, not as part of the name core: "(Shenzhen)", "… (Thailand) Co", "Yiwu …". */
export const PLACES: string[] = [
  ...Object.values(CN_PLACES), 'hongkong', 'sz', 'gz', 'hk', 'dg', 'zs', 'nb', 'yw', 'xm', 'qd', 'sh', 'bj',
  // Nigerian firms write their country short before the legal form, with or without a full stop ("… Nig Ltd").
  'nig',
  ...COUNTRY_PLACE_WORDS,
  'sai gon', 'ha noi', 'hai phong', 'da nang', 'tp hcm', 'hcm', 'ho chi minh city', 'hanoi',
  'dubai', 'sharjah', 'abu dhabi', 'ajman', 'riyadh', 'jeddah', 'dammam', 'doha', 'muscat', 'istanbul', 'ankara', 'izmir', 'bursa', 'moscow', 'moskva', 'moskou',
  'st petersburg', 'sankt peterburg', 'almaty', 'astana', 'kyiv', 'kiev', 'kiyiv', 'kiiv', 'lviv', 'odessa', 'mumbai', 'delhi', 'new delhi', 'kolkata', 'chennai', 'bangalore',
  'ahmedabad', 'karachi', 'lahore', 'dhaka', 'jakarta', 'surabaya', 'bangkok', 'hanoi', 'ho chi minh', 'saigon', 'manila', 'tokyo', 'osaka', 'nagoya', 'seoul', 'busan',
  'hamburg', 'berlin', 'munchen', 'munich', 'frankfurt', 'koln', 'dusseldorf', 'paris', 'lyon', 'marseille', 'milano', 'milan', 'roma', 'madrid', 'barcelona', 'valencia',
  'lisboa', 'amsterdam', 'rotterdam', 'warszawa', 'warsaw', 'krakow', 'lagos', 'abuja', 'nairobi', 'accra', 'cairo', 'alexandria', 'casablanca', 'rabat', 'tunis',
  'johannesburg', 'cape town', 'sao paulo', 'rio de janeiro', 'rio', 'santiago', 'lima', 'bogota', 'medellin', 'quito', 'guayaquil', 'buenos aires', 'mexico city',
  'monterrey', 'guadalajara', 'kuala lumpur', 'kl', 'sydney', 'melbourne', 'auckland', 'london', 'manchester', 'tehran', 'new york', 'los angeles', 'miami', 'toronto',
  'vancouver', 'chicago', 'houston', 'brussels', 'bruxelles', 'brussel', 'antwerp', 'antwerpen', 'anvers',
  'dnipro', 'dnepr', 'kharkiv', 'kharkov', 'odesa', 'tashkent', 'toshkent', 'bishkek', 'baku', 'baki', 'tbilisi', 'yerevan', 'minsk', 'riga', 'vilnius', 'tallinn',
  'kazan', 'novosibirsk', 'yekaterinburg', 'ekaterinburg', 'rostov', 'samara', 'mombasa', 'kampala', 'dar es salaam', 'addis ababa', 'kinshasa', 'luanda', 'dakar', 'abidjan',
  // sheets' short forms (see PLACE_ALIASES)
  'kla', 'nrb', 'dsm', 'ctg', 'joburg', 'jozi',
  ...OLD_AND_NEW_PLACES,
];

/** Aliases between place qualifiers so "(SZ)" and "Shenzhen" count as the same place. */
export const PLACE_ALIASES: Record<string, string> = lookupTable({
  sz: 'shenzhen', gz: 'guangzhou', hk: 'hong kong', hongkong: 'hong kong', dg: 'dongguan', zs: 'zhongshan', nb: 'ningbo', yw: 'yiwu', xm: 'xiamen', qd: 'qingdao',
  sh: 'shanghai', bj: 'beijing', prc: 'china', viet: 'vietnam', 'viet nam': 'vietnam', brasil: 'brazil', deutschland: 'germany', osterreich: 'austria', schweiz: 'switzerland',
  suisse: 'switzerland', italia: 'italy', espana: 'spain', nederland: 'netherlands', holland: 'netherlands', polska: 'poland', rossiya: 'russia', ukraina: 'ukraine',
  turkiye: 'turkey', emirates: 'uae', 'saudi arabia': 'saudi', ksa: 'saudi', misr: 'egypt', maroc: 'morocco', tunisie: 'tunisia', kiev: 'kyiv', kiyiv: 'kyiv', kiiv: 'kyiv',
  moskva: 'moscow', moskou: 'moscow', munchen: 'munich', milano: 'milan', warszawa: 'warsaw', kl: 'kuala lumpur', england: 'uk', britain: 'uk',
  usa: 'america', 'sai gon': 'ho chi minh', 'tp hcm': 'ho chi minh', hcm: 'ho chi minh', 'ho chi minh city': 'ho chi minh', 'ha noi': 'hanoi',
  wien: 'vienna', bucuresti: 'bucharest', beyrouth: 'beirut', alger: 'algiers', athina: 'athens', athena: 'athens', praha: 'prague', caba: 'buenos aires',
  hcmc: 'ho chi minh', cdmx: 'mexico city', lisboa: 'lisbon', koln: 'cologne', yekaterinburg: 'ekaterinburg', toshkent: 'tashkent', iraklio: 'heraklion', irakleio: 'heraklion',
  // Short forms of East and Southern African and Bangladeshi trading cities as typed in sheets ("Kla Auto Spares")
  kla: 'kampala', nrb: 'nairobi', dsm: 'dar es salaam', ctg: 'chattogram', joburg: 'johannesburg', jozi: 'johannesburg',
  nig: 'nigeria', 'hai phong': 'haiphong', 'da nang': 'danang', sverige: 'sweden', danmark: 'denmark', 'sankt peterburg': 'st petersburg',
  // Old and new, local and English names of one city, as reps type either
  ...OLD_PLACE_NAMES,
  // English and German exonyms of Polish cities ("Cracow", "Krakau", "Breslau")
  cracow: 'krakow', krakau: 'krakow', breslau: 'wroclaw', danzig: 'gdansk',
  helsingfors: 'helsinki', kobenhavn: 'copenhagen', oporto: 'porto', baki: 'baku', bruxelles: 'brussels', brussel: 'brussels',
  lemesos: 'limassol', lefkosia: 'nicosia', hawler: 'erbil', 'capital federal': 'buenos aires', kharkov: 'kharkiv', dnepr: 'dnipro', dnepropetrovsk: 'dnipro',
  odessa: 'odesa', lvov: 'lviv', 'alma ata': 'almaty', 'nur sultan': 'astana', frunze: 'bishkek', torino: 'turin', napoli: 'naples', firenze: 'florence',
  venezia: 'venice', roma: 'rome', sevilla: 'seville', 'den haag': 'the hague', antwerpen: 'antwerp', anvers: 'antwerp', gent: 'ghent', geneve: 'geneva', genf: 'geneva',
  beograd: 'belgrade', sofiya: 'sofia', 'krung thep': 'bangkok', 'krung thep maha nakhon': 'bangkok', salonica: 'thessaloniki', makkah: 'mecca',
  'al qahirah': 'cairo', 'al iskandariyah': 'alexandria', 'ad dawhah': 'doha', 'al kuwayt': 'kuwait', 'kuwait city': 'kuwait', 'panama city': 'panama', bkk: 'bangkok',
});

/** Trade and industry words: they describe what a firm does, not which firm it is (low weight in name comparison). */
export const GENERIC_WORDS = new Set([
  'lighting', 'lamp', 'electric', 'electronic', 'trading', 'impex', 'import', 'export', 'international', 'industrial', 'manufacturing', 'factory', 'group',
  'technology', 'solution', 'service', 'supply', 'product', 'general', 'global', 'home', 'furnishing', 'furniture', 'ceramic', 'textile', 'garment', 'leather',
  'rubber', 'plastic', 'hardware', 'machinery', 'packaging', 'chemical', 'toy', 'gift', 'craft', 'energy', 'solar', 'auto', 'part', 'logistic', 'development',
  'distribution', 'appliance', 'equipment', 'system', 'material', 'metal', 'steel', 'power', 'store', 'shop', 'market', 'center', 'centre', 'house', 'bussan',
  'optoelectronic', 'motor', 'telecom', 'contracting', 'plus', 'new', 'mart', 'wholesale', 'retail', 'design', 'construction', 'engineering', 'consulting', 'agency',
  'network', 'digital', 'commercial', 'sourcing', 'source', 'business', 'goods', 'good', 'tile', 'decor', 'cable', 'wire', 'tool', 'bathroom', 'kitchen',
  'sanitary', 'building', 'led', 'optical', 'precision', 'tea', 'seafood', 'footwear', 'stone', 'wood', 'agro', 'brothers', 'mechanical', 'cotton', 'techno', 'trade', 'tekstil', 'electrohogar', 'shangmao', 'maoyi', 'keji', 'chemicals', 'foods', 'food', 'medical', 'pharma', 'sport', 'plumbing',
  'ware', 'kitchenware',
  // materials a factory makes, as "plastic" and "steel" above: "Al Wataniya Paper Factory" is not its plastics namesake
  'paper', 'glass', 'polymer',
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
