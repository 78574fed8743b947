import { cueTest } from '../text/cue-test';
import type { Intent } from './intents';

// A message of emoji alone, no letter or digit: the tables and the model read nothing in it, yet some say one thing
// plainly. Money with a question mark asks the price ("💰❓", "💲?", "$$$?"); a ship, a truck or a plane with one asks
// about the carriage ("🚢❓", "🚚📦?"); a camera with one asks for pictures, which our labels count as a catalogue;
// a check mark beside a handshake agrees a deal ("🤝✅"; beside thumbs alone, "👍👍 ✅", it is an ok for DEV). And a
// bare 👍, 👌 or ✅ answers the rep's last message: to "please confirm the order" it confirms.
// Left out on purpose, the authors disagree on them: 🙏 (thanks or hello), angry faces alone (a complaint or a mood),
// 👋 (a greeting for most), a parcel with a question mark alone ("📦?": which parcel?), and a festival's emoji ("🎄🎅",
// "🧧🎉": DEV 7 calls them greetings, while the season's wishes in words are `other` for most authors, 156 to 56).

const QUESTION = /[?？❓❔]/u;
const MONEY = /💰|💲|💵|💴|💶|💷|💸|\$/u;
const CARRIAGE = /🚢|🛳|⛴|🚚|🚛|✈|🛫/u;
const CAMERA = /📷|📸/u;
const CHECK = /✅|✔/u;
const HANDSHAKE = /🤝/u;
const AGREE = /^(👍|👌|✅|✔|🤝)+$/u;
// (the cue: any emoji the rules below read)
const CUE = cueTest(new RegExp([MONEY, CARRIAGE, CAMERA, CHECK, /👍|👌|🤝/u].map((re) => re.source).join('|'), 'u'));
// the rep asks for the go-ahead: "please confirm", "¿Confirmamos?", "请确认订单", "if yes we start production"
const ASKS_CONFIRMATION = /confirm|if (yes|ok)\b|go ahead\?|bestätig|bestatig|bevestig|conferm|potwierd|onayl|подтверд|konfirm|xac nhan|xác nhận|تأكيد|أكد|اكد|确认|確認|확인|承認/iu;

/** The intents a message of emoji alone says, read with the rep's last message (`previous`); none when it has words. */
export function emojiOnlyIntents(text: string, previous: string | undefined): Intent[] {
  const t = text.replace(/\s+/g, '');
  if (t.length === 0 || t.length > 16 || !CUE(t) || /[\p{L}\p{N}]/u.test(t)) return [];
  const asked = QUESTION.test(t);
  const out: Intent[] = [];
  if (asked && MONEY.test(t)) out.push('price_inquiry');
  if (asked && CARRIAGE.test(t)) out.push('shipping');
  if (asked && CAMERA.test(t)) out.push('catalog_request');
  const bare = t.replace(/[\u{1F3FB}-\u{1F3FF}\uFE0F]/gu, '');
  if ((CHECK.test(t) && HANDSHAKE.test(t)) || (AGREE.test(bare) && previous !== undefined && ASKS_CONFIRMATION.test(previous))) {
    out.push('order_confirmation');
  }
  return out;
}
