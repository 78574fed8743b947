/**
 * Old spellings of cities and provinces that firms founded under them still carry in their English names and that
 * older reps type ("Canton Sunrise Trading" is 广州旭日贸易, "Amoy Jiahe Stone" is 厦门嘉禾石材, "Tsingtao …" is
 * Qingdao's): Chinese postal and Wade-Giles spellings, and the renamed cities of South and Southeast Asia. Each reads as
 * the name the place tables use, so it is a place qualifier of the name like the new one and agrees with it.
 * Left out where the old spelling is also a common name word ("Sian" is a Hokkien given name, "Honan" a family name).
 */
export const OLD_PLACE_NAMES: Record<string, string> = {
  // China: Chinese Postal Map Romanization and Wade-Giles, as treaty-port firms and Hong Kong still write them
  canton: 'guangzhou', kwangchow: 'guangzhou', amoy: 'xiamen', swatow: 'shantou', tsingtao: 'qingdao', tsingtau: 'qingdao',
  peking: 'beijing', peiping: 'beijing', tientsin: 'tianjin', nanking: 'nanjing', foochow: 'fuzhou', hangchow: 'hangzhou',
  soochow: 'suzhou', ningpo: 'ningbo', wenchow: 'wenzhou', chungking: 'chongqing', chengtu: 'chengdu', hankow: 'wuhan',
  dairen: 'dalian', mukden: 'shenyang', chefoo: 'yantai', tsinan: 'jinan', chaochow: 'chaozhou', macao: 'macau',
  kwangtung: 'guangdong', fukien: 'fujian', chekiang: 'zhejiang', kiangsu: 'jiangsu', shantung: 'shandong', szechwan: 'sichuan',
  szechuan: 'sichuan', kwangsi: 'guangxi', kweichow: 'guizhou',
  // South Asia
  bombay: 'mumbai', madras: 'chennai', calcutta: 'kolkata', bangalore: 'bengaluru', poona: 'pune', baroda: 'vadodara',
  cochin: 'kochi', trivandrum: 'thiruvananthapuram', benares: 'varanasi', calicut: 'kozhikode', gurgaon: 'gurugram',
  dacca: 'dhaka', chittagong: 'chattogram', rangoon: 'yangon',
  // Southeast Asia and Korea
  saigon: 'ho chi minh', djakarta: 'jakarta', soerabaja: 'surabaya', pusan: 'busan',
};

/** The old spellings and the names they are read as: both stand as place qualifiers at either end of a name. */
export const OLD_AND_NEW_PLACES: string[] = [...new Set([...Object.keys(OLD_PLACE_NAMES), ...Object.values(OLD_PLACE_NAMES)])];
