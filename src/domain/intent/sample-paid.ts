import { blankSpans } from './blank-spans';

// "Can I pay for the sample by PayPal?", "样品单可以用PayPal付吗": how the sample is paid is a question on payment
// terms; the sample itself is not asked for again. Sample words are blanked when sample requests are read
// (tag-intents.ts), unless the message also asks to send it ("pay the sample fee by PayPal, send it with FedEx").
const METHOD = /paypal|pay pal|western union|alipay|wechat pay|ペイパル|페이팔/;
const SENT = /\b(send|ship|envoy|envi|mand|schick|sped|invia|stuur|wysl|kirim|gui|gonder|yolla)\w*|发|寄|送って|보내/;
const SAMPLE = /\b(samples?|sample (fee|order|cost)|muster|muestras?|amostras?|campion[ei]|echantillons?|probk\w*|sampel|contoh|mau|numune\w*)\b|образ\S*|样品单?|樣品單?|サンプル代?|샘플비?|العين(ه|ة)/g;

/** The folded text with sample words blanked (same length) when the message asks how to pay for it; else the text. */
export function maskSamplePaid(folded: string): string {
  if (!METHOD.test(folded) || SENT.test(folded)) return folded;
  return blankSpans(folded, [SAMPLE]);
}
