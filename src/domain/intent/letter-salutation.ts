// A letter's salutation opening the message ("Apreciado Sr. Wu:", "Caro Sr. Lin,", "Yth. Bapak Huang,", "Kính gửi anh
// Huang,", "張様", "황 팀장님께,") greets, as "Dear …" does: every author tags a pasted or formal email so (greeting
// beside its asks). Only at the very start, a title or a name after it and the comma or colon that closes it: "caro
// demais" (too expensive), "Caro, mas…", "Дороговато" and a Korean title in passing ("대표님 결재 났습니다") are no
// salutation, nor "Beste prijs," or "Caro demais,". Folded text (the lines joined with spaces).
const SALUTATION = new RegExp([
  String.raw`^(dear|estimad[oa]s?|apreciad[oa]s?|prezad[oa]s?|(car[oa]s?|beste|liebe[rs]?)(?! (demais|assim|mesmo|troppo|davvero|prijs|preis|prezzo|preco|price|offerte|kwaliteit|optie|keuze|grusse|gruesse)\b)|cher|chere|chers|sehr geehrte[rs]?|geachte|szanown[aiy]|yth\.?|kepada yth\.?|kinh gui|sayin|gentile|gentilissim[oa]|egregi[oa]|spettabile|respected|уважаем\S*|عزيزي|عزيزتي|الأستاذ|الاستاذ|حضرة)( \S+){1,4}?[,:]( |$)`,
  String.raw`^\S{1,8}(様|さま|殿)( |$)|^(\S+ ){0,2}\S*님께[,:]( |$)`,
].join('|'));
const CUE = /^(dear|estim|aprec|prez|car|cher|sehr|lieb|geacht|best|szan|yth|kepada|kinh|sayin|gentil|egregi|spett|respect|уважаем|عزيز|الأستاذ|الاستاذ|حضرة|\S{1,8}(様|さま|殿)|(\S+ ){0,2}\S*님께)/;

/** Whether the folded text opens with a letter's salutation. */
export const opensWithASalutation = (folded: string): boolean => CUE.test(folded) && SALUTATION.test(folded);
