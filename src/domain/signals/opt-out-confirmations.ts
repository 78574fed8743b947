import { isLanguageCode, type LanguageCode } from '../language/languages';

/**
 * What the bot tells a buyer who asked not to be messaged, in the buyer's language. One editable table;
 * a language missing here falls back to English. Short and final: no question back, nothing to sell.
 */
export const OPT_OUT_CONFIRMATIONS: Record<LanguageCode, string> = {
  en: 'Done: you will not receive any more automated messages from us. You can still write to us at any time.',
  zh: '已为您退订：我们将不再向您发送任何自动消息。如有需要，欢迎随时联系我们。',
  es: 'Listo: ya no recibirá más mensajes automáticos de nuestra parte. Puede escribirnos cuando quiera.',
  pt: 'Pronto: você não receberá mais mensagens automáticas nossas. Pode nos escrever quando quiser.',
  fr: "C'est fait : vous ne recevrez plus de messages automatiques de notre part. Vous pouvez toujours nous écrire.",
  de: 'Erledigt: Sie erhalten keine automatischen Nachrichten mehr von uns. Sie können uns jederzeit schreiben.',
  ru: 'Готово: вы больше не будете получать от нас автоматические сообщения. Вы всегда можете написать нам.',
  ar: 'تم: لن تصلك منا أي رسائل تلقائية بعد الآن. يمكنك مراسلتنا في أي وقت.',
  tr: 'Tamam: artık bizden otomatik mesaj almayacaksınız. Bize istediğiniz zaman yazabilirsiniz.',
  it: 'Fatto: non riceverà più messaggi automatici da parte nostra. Può scriverci in qualsiasi momento.',
  pl: 'Gotowe: nie będziesz już otrzymywać od nas automatycznych wiadomości. Możesz do nas napisać w każdej chwili.',
  id: 'Baik: Anda tidak akan menerima pesan otomatis dari kami lagi. Anda tetap bisa menghubungi kami kapan saja.',
  vi: 'Đã xong: bạn sẽ không nhận thêm tin nhắn tự động nào từ chúng tôi. Bạn vẫn có thể nhắn cho chúng tôi bất cứ lúc nào.',
  ja: '承知しました。今後、自動メッセージはお送りしません。ご用の際はいつでもご連絡ください。',
  ko: '처리되었습니다. 앞으로 자동 메시지를 보내드리지 않겠습니다. 필요하시면 언제든지 연락 주세요.',
  nl: 'Geregeld: u ontvangt geen automatische berichten meer van ons. U kunt ons altijd een bericht sturen.',
};

// Below this length a detected language is a guess ("STOP" from a Mexican buyer): the buyer's history knows better.
const SHORT_MESSAGE = 15;

/**
 * The language to confirm in: the contact's language when set by hand, else the language of this message
 * (unless it is too short to tell), else the language of their earlier messages, else English.
 */
export function confirmationLanguage(input: {
  contactLanguage: string | null;
  messageLanguage: string | null;
  messageText: string;
  earlierLanguage: string | null;
}): LanguageCode {
  const candidates = [
    input.contactLanguage,
    [...input.messageText.trim()].length >= SHORT_MESSAGE ? input.messageLanguage : null,
    input.earlierLanguage,
    input.messageLanguage,
  ];
  return candidates.find(isLanguageCode) ?? 'en';
}

export function optOutConfirmation(language: string | null): string {
  return (isLanguageCode(language) && OPT_OUT_CONFIRMATIONS[language]) || OPT_OUT_CONFIRMATIONS.en;
}
