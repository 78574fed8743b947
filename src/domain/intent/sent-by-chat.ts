import { spanMask } from './blank-spans';

// "kirim lewat WA saja", "manda no WhatsApp", "отправьте в вотсап", "gửi qua Zalo": a message or a file asked for on
// another chat or by email goes by no carrier. Blanked when shipping is read (tag-intents.ts).
const CHANNEL = String.raw`(whats ?app|wa|zalo|wechat|we chat|telegram|line|viber|messenger|e-?mail|mail|dm|inbox)`;
const BY_CHAT = new RegExp(
  String.raw`\b(send|resend|kirim|kirimin|kirimkan|manda|mande|mandar|envia|envie|enviar|gui|gui lai|schick\w*|stuur|invia\w*|wyslij\w*|gonder\w*|envoy\w*)( (it|them|me|us|lo|la|los|las|ke saya|ke sy|cho (em|anh|chi|minh|toi)|mir|uns|mi|ci|me|mij|mi|bana))? (on|via|by|over|through|lewat|pakai|no|na|pelo|pela|por|en|qua|per|par|uber|op|przez|na|ile|uzerinden|sur) (the )?${CHANNEL}\b`,
  'g',
);
const BY_CHAT_OTHER = /(отправьте|пришлите|скиньте|напишите)( мне| нам)? (в|на|по) (вотсап|ватсап|whatsapp|телеграм|телеграмм|почту|email|вайбер)|(发|传)(到)?(微信|邮箱)|(ワッツアップ|LINE|line|メール)(で|に)(送って|お送り)|(카톡|카카오톡|이메일|메일)(로)\s*(보내|주세요)/g;

const CUE = /whats|\bwa\b|zalo|wechat|telegram|line|viber|messenger|mail|\bdm\b|inbox|вотсап|ватсап|телеграм|почту|вайбер|微信|邮箱|ワッツアップ|メール|카톡|카카오톡|메일/;

/** The folded text with a send by chat or email blanked (same length), or the text itself. */
export const maskSentByChat = spanMask(CUE, [BY_CHAT, BY_CHAT_OTHER]);
