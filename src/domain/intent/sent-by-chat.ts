import { spanMask } from './blank-spans';

// "kirim lewat WA saja", "manda no WhatsApp", "отправьте в вотсап", "gửi qua Zalo": a message or a file asked for on
// another chat or by email goes by no carrier, and names the channel for something already agreed.
const CHANNEL = String.raw`(whats ?app|wa|zalo|wechat|we chat|telegram|line|viber|messenger|e-?mail|mail|dm|inbox|chat)`;
const SEND = String.raw`(send|sent|resend|kirim\w*|manda\w*|mande|envia\w*|envie|gui|gui lai|schick\w*|stuur\w*|invia\w*|wyslij\w*|gonder\w*|envoy\w*)`;
const TO_WHOM = String.raw`( (it|them|me|us|lo|la|los|las|aja|saja|ya|ke saya|ke sy|cho (em|anh|chi|minh|toi)|mir|uns|mi|ci|mij|bana))?`;
const BY = String.raw`(on|via|by|over|through|lewat|pakai|no|na|pelo|pela|por|en|qua|per|par|uber|op|przez|ile|uzerinden|sur|bang)`;
const SEND_BY_CHAT = String.raw`${SEND}${TO_WHOM} ${BY} (the )?${CHANNEL}\b`;
// after the channel, the softeners of a chat ("aja kak", "pls")
const SOFTENERS = String.raw`( (aja|saja|ya|kak|gan|please|pls|thanks))*`;

const BY_CHAT = new RegExp(String.raw`\b${SEND_BY_CHAT}`, 'g');
// the thing sent too ("Fotonya kirim lewat WA aja kak"): the photos or the file were agreed before, none is asked here
const THING_BY_CHAT = new RegExp(String.raw`\b(\S+ )?${SEND_BY_CHAT}${SOFTENERS}`, 'g');
const BY_CHAT_OTHER = /(отправьте|пришлите|скиньте|напишите)( мне| нам)? (в|на|по) (вотсап|ватсап|whatsapp|телеграм|телеграмм|почту|email|вайбер)|(发|传)(到)?(微信|邮箱)|(ワッツアップ|LINE|line|メール)(で|に)(送って|お送り)|(카톡|카카오톡|이메일|메일)(로)\s*(보내|주세요)/g;

const CUE = /whats|\bwa\b|zalo|wechat|telegram|line|viber|messenger|mail|\bdm\b|inbox|chat|вотсап|ватсап|телеграм|почту|вайбер|微信|邮箱|ワッツアップ|メール|카톡|카카오톡|메일/;

/**
 * The folded text with a send by chat or email blanked (same length), or the text itself. Read for shipping
 * (tag-intents.ts): the thing sent stays, "the tracking number, send it on WhatsApp" still asks for a tracking number.
 */
export const maskSentByChat = spanMask(CUE, [BY_CHAT, BY_CHAT_OTHER]);

/**
 * The same with the thing sent blanked too, or the text itself. Read for the catalogue by the model
 * (look-alikes-for-model.ts): "Fotonya kirim lewat WA aja" names the channel for photos already agreed, and asks none.
 */
export const maskThingSentByChat = spanMask(CUE, [THING_BY_CHAT, BY_CHAT_OTHER]);
