import { spanMask } from './blank-spans';

// A file or the photos sent one way rather than another ("Fotonya kirim lewat WA aja kak", "send the PDF by email
// please"): the buyer names the channel for something already agreed, no new ask for the catalogue. Read by the model
// (look-alikes-for-model.ts); the patterns never took it for one.
const VIA_CHANNEL = String.raw`(lewat|via|by|per|por|pelo|pela|uber|op|na|uzerinden|qua|bang)`;
const CHANNEL = String.raw`(wa|whatsapp|email|e-mail|mail|telegram|wechat|zalo|line|dm|chat)`;
const SENT_BY_CHAT = new RegExp(
  String.raw`\b(\S+ )?(kirim\w*|send|sent|manda\w*|envia\w*|schick\w*|stuur\w*|wyslij\w*|gonder\w*|gui)( (it|them|me|us|aja|saja|ya))? ${VIA_CHANNEL} ${CHANNEL}\b( (aja|saja|ya|kak|gan|please|pls|thanks))*`,
  'g',
);

/** The folded text with a file sent by a named channel blanked (same length), or the text itself. */
export const maskFileByChat = spanMask(/lewat|via|by |per |por |pelo|pela|uber|op |na |uzerinden|qua|bang/, [SENT_BY_CHAT]);
