// Opt-outs in languages and spellings our detector has no code for: Thai, Hindi (Devanagari and romanised
// "Hinglish"), Ukrainian (detected as ru), Malay (detected as id) and romanised Arabic ("Arabizi", digits for
// letters). Their detected language is `und` or a neighbour's, so these lines run for every message; each carries a
// literal of its own script or romanisation, which the prefilter (text/regex-prefilter.ts) finds before any runs.
// As in opt-out.patterns.ts every line names a contact object or a contact verb: "air se mat bhejo" (don't ship by
// air), "ไม่ต้องส่งตัวอย่าง" (no need to send samples), "видаліть логотип" (remove the logo) cannot match.
// Folded text: lower case, Latin accents dropped, Cyrillic й → и and ї → і, and й → и: "надсилайте" is "надсилаите".

const HI_MSG = String.raw`(msg|msgs|message|messages|mesage|sms|spam|call|calls|whatsapp|wa|ad|ads|promotion|promotions|offer|offers)`;
const HI_DO = String.raw`(karo|kro|karna|karein|karen|kijiye|kijie|kariye|bhejo|bhejna|bhejiye|bhejein|bhejen|bhejte|bheje)`;

/** Explicit requests not to be contacted: acted on without asking. */
export const MORE_LANGUAGES_OPT_OUT: RegExp[] = [
  // Thai: don't send / stop sending / don't contact / delete my number / unsubscribe / I'll block
  /(ขอ)?ไม่(รับ|ขอรับ|ต้องการรับ|อยากรับ)(ข้อความ|โฆษณา|โปรโมชั่น|ข่าวสาร|sms|เอสเอ็มเอส)|(อย่า|ไม่ต้อง|เลิก|หยุด|ห้าม|ช่วยหยุด|กรุณาหยุด|กรุณาอย่า)(ส่ง)?(ข้อความ|แชท|ไลน์|โปรโมชั่น|โปรโมชัน|โฆษณา|สแปม|อีเมล|เมล|sms|เอสเอ็มเอส)/,
  /(อย่า|ไม่ต้อง|เลิก|หยุด|ห้าม|กรุณาอย่า)(มา)?(ติดต่อ|โทร|ทัก|ทักมา|รบกวน|กวน|ก่อกวน)(มา|หา|ฉัน|ผม|เรา|อีก|ได้แล้ว|แล้ว|เลย|นะ|ค่ะ|ครับ|\s|$)/,
  /(อย่า|ไม่ต้อง|เลิก|หยุด)ส่ง(มา)?(อีก|หา(ฉัน|ผม|เรา))/,
  /(ลบ|เอา)(เบอร์|ชื่อ|ข้อมูล|อีเมล)(ของ)?(ฉัน|ผม|เรา|ดิฉัน|หนู)|(ลบ|เอา)(ฉัน|ผม|เรา|ดิฉัน)ออก(จาก)?|ยกเลิก(การ)?(รับ|สมัคร|ติดตาม)(ข้อความ|ข่าวสาร|โปรโมชั่น)?|(จะ|ขอ)?(บล็อก|บล็อค|block)(เบอร์|แล้ว|นะ|เลย|ละ|ทิ้ง)/,
  /(น่ารำคาญ|รำคาญ(มาก|จริง|แล้ว|นะ)|สแปม(มาก|จริง|อีกแล้ว|ทุกวัน))/,
  // Hindi (Devanagari): "मैसेज मत भेजो", "परेशान मत करो", "मेरा नंबर हटा दो"
  /(मैसेज|मेसेज|संदेश|कॉल|फोन|फ़ोन|मेल|ईमेल|एसएमएस|विज्ञापन|प्रचार|स्पैम)\s*(मत|न|ना|बिल्कुल मत|अब मत|दोबारा मत|फिर से मत)\s*(भेजो|भेजें|भेजिए|भेजिये|भेजना|करो|करें|करिए|कीजिए|करना)/,
  /(परेशान|तंग|डिस्टर्ब|संपर्क)\s*(मत|न|ना)\s*(करो|करें|कीजिए|करिए|करना)|(मुझे|हमें|मुझको)\s*(दोबारा|फिर से|अब)?\s*(मैसेज|कॉल|संपर्क|फोन)\s*(मत|न|ना)/,
  /(मेरा|हमारा)\s*(नंबर|नम्बर|संपर्क|ईमेल)\s*(हटा|डिलीट|मिटा)|(लिस्ट|सूची)\s*से\s*(हटा|निकाल)|ब्लॉक\s*कर\s*(दूंगा|दूँगा|दूंगी|दिया|रहा|रही|देंगे)|अनसब्सक्राइब|(मैसेज|संदेश|ये सब)\s*(भेजना)?\s*बंद\s*(करो|करें|कीजिए)/,
  // Hinglish: "msg mat karo", "pareshan mat karo", "mera number delete karo", "spam band karo"
  new RegExp(String.raw`\b${HI_MSG} (mat|mt|na|nahi|matt) ${HI_DO}\b|\b(mujhe|muje|mjhe|hume|humein|hame|hamen) (dobara |phir se |ab )?${HI_MSG} (mat|mt|na|matt) ${HI_DO}\b`),
  /\b(pareshan|preshan|disturb|tang|contact) (mat|mt|na|matt) (karo|kro|kijiye|karein|karna|kariye)\b/,
  new RegExp(String.raw`\b${HI_MSG} (bhejna |karna )?(band|bnd) (karo|kro|kijiye|karein|kar do|kardo)\b|\b(mera|hamara|mra) (number|no|num|contact|email) (delete|hata|remove|hatao|hataiye) (karo|kro|do|dijiye|kar do|kardo)?\b|\b(mujhe|muje|mera|mra|hamara|hume) (.{0,15} )?(list|group|grup|database) se (hata|hatao|hataiye|nikal|nikalo|nikaliye|remove|delete)\b|\bblock (kar|kr) (dunga|dungi|diya|raha|rahi|denge)\b`),
  // Ukrainian (folded; detected as ru): "не пишіть мені", "припиніть надсилати", "видаліть міи номер", "відпишіть мене"
  /(^|[^а-яіє])(не|більше не|прошу не|будь ласка,? не) (пишіть|пиши|телефонуите|дзвоніть|турбуите|надсилаите|присилаите|шліть|спамте)( (мені|нам|мене|нас|більше|повідомлення|нічого|спам|рекламу|листи)([^а-яіє]|$)|\s*([.!,]|$))/,
  /(припиніть|припини|перестаньте|перестань|досить|вистачить) (мені |нам )?(писати|надсилати|слати|дзвонити|телефонувати|турбувати|спамити|розсилку|спам)/,
  /(видаліть|приберіть|вилучіть|видали) (мене|нас|міи номер|мои номер|наш номер|мої дані|наші дані|міи контакт)|відпиш(іть|и|іться)|відписатися|(заблокую|заблокуємо) (вас|тебе|ваш номер|цеи номер)|(^|[^а-яіє])(це|суцільнии) спам|(^|[^а-яіє])припиніть\s*[.!]*\s*$|відчепіться|(^|[^а-яіє])не турбуите/,
  // Russian in Latin letters (detected as anything): "ne zvonite bolshe", "hvatit pisat"
  /\b(ne|bolshe ne|nikogda ne|proshu ne) (pishite|zvonite|bespokoite|prisylaite|prisylayte|shlite|spamte)( (mne|nam|bolshe|nichego)\b|\s*([.!,]|$))|\b(hvatit|khvatit|perestante|prekratite) (mne |nam )?(pisat|zvonit|slat|spamit)\b/,
  // Malay (detected as id): "jangan hantar mesej lagi", "buang nombor saya", "jangan kacau saya"
  /\b(tidak|tdk|gak|ga|nggak|tak|x) (perlu|usah|payah) (dihubungi|di hubungi|dichat|dikirimi|dimesej|dicall)( lagi| lg)?\b|\b(jangan|jgn|tolong jangan|tolong jgn|tak payah|tak perlu|x payah|xpayah|berhenti|stop) (hantar|menghantar|hntr|kirim|send|msg|mesej|whatsapp|wasap|call|telefon|kacau|ganggu|spam|contact|hubungi|chat)\w*( (mesej|msg|saya|sy|kami|lagi|lg|apa-apa|promosi|iklan))\b/,
  /\b(buang|padam|keluarkan|delete) (nombor|no|nmbr|nama|maklumat|contact|kontak) (saya|sy|kami|aku)\b|\bkeluarkan (saya|sy|kami) dari (senarai|group|kumpulan)\b|\bjangan (kacau|ganggu) (saya|sy|kami|aku)\b|\b(tak nak|tak mahu|x nak|tidak mahu) (terima|dapat) (mesej|msg|promosi|iklan|apa-apa)\b/,
  // Arabizi: "matb3atlish rasayel", "balash rasayel", "bala rasa2el", "wa2ef el rasayel", "ma t3odsh teb3at"
  /\b(balash|bala|blash|bla) (rasayel|rasa2el|rsayel|messages|msgs|el rasayel|spam|ez3aj|iz3aj|tetassal|tetsel|teb3at|tb3at|terassel)\b|\b(wa2ef|wa2if|wa2fo|wa2afo|2eef|o2af|khalas|5alas|kafa) (el |al |il )?(rasayel|rasa2el|messages|msgs|spam|ersal|irsal|teb3at|tb3at)\b/,
  /\bma ?(t3od|te3od|ta3od|t3ood)(sh|ch)? (teb3at|tb3at|tetassal|tetsel|terassel|ters?el|tkalem)\w*\b|\b(m?ate|ma te|matet|matt)(ba3at|b3at|ttesel|tasal|rasel|kalem)(li|ly|lna|lena|ni)?(sh|ch|4)\b|\bma ?t(e)?b3at(li|ly|lna|lena)\b|\b(ma|mesh|msh|mish) (3ayez|3ayz|bidi|badi|baddi|abghi|ba8a) (rasayel|rasa2el|messages|ta3amol|ettasal|tawasol)\b|\b(ams?a7|im?s?a7|e7zef|i7zif|e7zif|shil) (ra2mi|ra2my|rakmi|esmi|ra2amna)\b/,
];

/** "Don't call now, I'm in a meeting": a moment, not a standing request (as NOT_AN_OPT_OUT in opt-out.patterns.ts). */
export const MORE_LANGUAGES_NOT_AN_OPT_OUT: RegExp[] = [
  /(^|\s)(अभी|आज|अभी के लिए)\s.{0,20}(मत|न|ना)\s|\b(abhi|abi|aaj|filhal) .{0,20}\b(mat|mt|na|matt) (karo|kro|bhejo|karna|kijiye)\b|(ตอนนี้|วันนี้).{0,12}(อย่า|ไม่ต้อง)(โทร|ทัก)|\b(skrg|sekarang|kejap) (jangan|jgn)\b/,
];

/** Probably an opt-out in those languages (not interested, wrong number): the owner is asked. */
export const MORE_LANGUAGES_LIKELY: RegExp[] = [
  /(ไม่สนใจ|ไม่ได้สนใจ|ไม่ต้องการแล้ว|ไม่เอาแล้ว|โทรผิด|ผิดเบอร์|เบอร์ผิด|ส่งผิดคน|ได้เบอร์(ฉัน|ผม|เรา|ดิฉัน)?มาจากไหน|ปิดกิจการ|เลิกกิจการ|ปิดร้านแล้ว|มีซัพพลายเออร์(แล้ว|ใหม่)|มีเจ้าประจำแล้ว|ได้(ซัพพลายเออร์|ร้าน|โรงงาน)(ใหม่|อื่น)แล้ว)/,
  /(रुचि नहीं|दिलचस्पी नहीं|इंटरेस्ट नहीं|इंटरेस्टेड नहीं|जरूरत नहीं है अब|ज़रूरत नहीं है अब|गलत नंबर|ग़लत नंबर|नंबर कहाँ से मिला|नंबर कहां से मिला|दुकान बंद कर दी|कारोबार बंद|दूसरा सप्लायर)/,
  /\b(interest|interested|intrest|interested) (nahi|nhi|nahin|nai) (hai|he|h)?\b|\b(koi )?(zarurat|jarurat|zaroorat|jarurat) (nahi|nhi|nahin) (hai )?(ab|abhi se)\b|\b(galat|glt) (number|no|nmbr)\b|\b(number|no) kahan se (mila|liya)\b/,
  /(не цікаво|не цікавить|нецікаво|не цікавлять|не тои номер|помилилися номером|помилились номером|звідки у вас міи номер|звідки міи номер|ми закрилися|знаишли іншого постачальника|знаишли іншого постачальника)/,
  /\b(tak|tidak|x) (berminat|minat)\b|\b(salah|slh) (nombor|number|no)\b|\b(dapat|dpt) (nombor|no|number) (saya|sy|aku) (dari|kat) mana\b|\b(kedai|syarikat|bisnes|perniagaan) (dah|sudah) (tutup|gulung tikar)\b/,
  /(الرقم|رقم) (غلط|خطا|خاطئ|مش صحيح)|غلطان (في |ف |بال)?(الرقم|النمره|النمرة)|\b(mesh|msh|mish|mosh|mush|ma(ni)?sh) (mohtam|mehtam|mhtm|mohtamin|mohtameen|mehtamin)\b|\b(ra2am|raqam|rakam|nimra|nemra) (ghalat|8alat|ghalta|8alta|khata2)\b|\b(meen|min|mn) (inta|enta|anta|into|ento)\b.{0,30}\b(ra2mi|ra2my|rakmi)\b/,
];
