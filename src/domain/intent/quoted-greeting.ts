import { spanMask } from './blank-spans';

// A greeting inside a quotation is the quoted writer's, not the buyer's: "Je vous transfère le mail de notre client :
// « Bonjour Julien, 9 trottinettes ont le frein défectueux »", "Encaminhado: "Bom dia, o cliente pergunta se…"",
// "Пересылаю: «Добрый день, клиент спрашивает…»". What the quotation asks stays read (the complaint passed on for us to
// answer); only its hello is blanked, for the greeting patterns (tag-intents.ts) and the model (look-alikes-for-model.ts).
// A quotation is a span between quotation marks: guillemets, curly or low quotes, Japanese brackets (an unclosed one
// runs to the end of the message), or straight double quotes closed within the message ('32"' alone quotes nothing).
const QUOTED = [
  /[«“„「『‹][^«»“”„「」『』‹›\n]{1,400}(?:[»”“」』›]|$)/g,
  /(?<![\p{L}\p{N}])"[^"\n]{1,400}"/gu,
];

/** The folded text with the quoted passages blanked (same length), or the text itself. For greetings only. */
export const maskQuotedGreeting = spanMask(/[«“„「『‹"]/, QUOTED);
