// The shape of a rep's question, whatever it is about: does it ask at all, offer something, or ask the buyer to pick?
// These are grammar words (question marks, "or", "which", "would you like"), not trade vocabulary: what a question is
// ABOUT is read with the intent pattern tables (reply-to-previous.ts), so the topics have one vocabulary.
// All regexes read folded text (clean-text.ts `fold`: lower case, no accents).

// A question mark in any script, or a sentence-final question particle where chat often drops the mark.
const QUESTION = /[?？؟]|(吗|呢|か|까요?|나요|세요)\s*[.。!！]*\s*$/u;

// Words as whole words in any script (`\b` only sees ASCII letters).
const words = (alternatives: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');

// "Would you like…?", "Shall I send…?", "需要…吗": the rep offers to send or do something; a bare "yes" takes it up.
const OFFER = words([
  'would you like', 'do you (want|need)', 'you want', 'need (any|some|more)', 'shall (i|we)', 'should (i|we)', '(can|may) i send', 'want me to', 'interested',
  'quiere[sn]?', 'necesita[sn]?', 'desea[sn]?', '(te|le|les) (envio|mando|preparo|hago)', 'te interesa', 'le interesa',
  'quer', 'queres', 'gostaria', 'deseja', 'precisa', 'posso (enviar|mandar|preparar)', '(te|lhe) mando',
  'voulez', 'veux', 'souhaitez', 'souhaites', 'besoin', 'je vous (envoie|prepare)', 'on vous envoie', 'interesse',
  'mochten', 'mochtest', 'wollen sie', 'brauchen sie', 'soll ich', 'sollen wir', 'benotigen sie', 'interesse an',
  'нужн\\p{L}*', 'хотите', 'прислать', 'отправить', 'готовить', 'подготовить', 'интересует',
  'تبي', 'تبغي', 'تحتاج', 'تريد', 'تحب', 'ابعتلك', 'ارسل لك', 'اجهز', 'اجهزلك',
  'ister mi(siniz|sin)?', 'gerek(li)? mi', 'hazirlayayim', 'gondereyim', 'gonderelim mi',
  'volete', 'vuole', 'vuoi', 'desidera', 'preparo', '(vi|le|ti) mando', 'serve', 'servono',
  'chcecie', 'chce pan', 'chca panstwo', 'potrzebujecie', 'przeslac', 'przygotowac', 'wyslac',
  'mau', 'perlu', 'butuh', 'saya siapkan', 'saya kirim', 'kami kirim',
  'muon', 'co can', 'can them',
  'wilt u', 'wil je', 'wenst u', 'nodig', 'zal ik', 'zullen we',
]);
// the same in scripts written without spaces, where a word boundary means nothing
const OFFER_CJK = /需要|要不要|要.{0,12}吗|给您|帮您|发您|发给您|寄给您|做给你|ご希望|いかが|しましょうか|お送り|よろしいですか|必要ですか|원하세요|드릴까요|필요하세요|필요하신가요|할까요/u;

// "A or B?", "which…?", "how…?", "when…?": the rep asks the buyer to pick or to say; the answer is a value, not a yes.
const CHOOSE = words([
  'or', 'which', 'what', 'how', 'when',
  'o', 'u', 'cual(es)?', 'que', 'como', 'cuando', 'ou', 'qual', 'quais', 'quando', 'quel(le)?s?', 'comment',
  'oder', 'welche[snmr]?', 'wie', 'wann', 'или', 'како[ий]', 'какая', 'какие', 'каким', 'как', 'когда', 'сколько',
  'veya', 'ya da', 'hangi', 'nasil', 'ne zaman', 'mi .{1,40} mi', 'oppure', 'quale', 'quali', 'czy', 'jaki', 'jaka', 'jakie', 'kiedy', 'ile',
  'atau', 'apa', 'yang mana', 'kapan', 'bagaimana', 'berapa', 'hay', 'hoac', 'nao', 'bao gio', 'khi nao', 'bao nhieu',
  'of', 'welke', 'welk', 'wanneer', 'hoe', 'او', 'ولا', 'اي', 'ايش', 'شو', 'متى', 'كيف', 'كم',
]);
const CHOOSE_CJK = /还是|或者|哪|什么|多少|何时|怎么|どちら|どれ|それとも|どの|何|いつ|어떤|어느|아니면|언제|몇|중/u;

export interface QuestionShape {
  /** the message asks something */
  asks: boolean;
  /** it offers to send or do something ("would you like samples?") */
  offers: boolean;
  /** it asks the buyer to pick or name a value ("sea or air?", "which colour?") */
  choose: boolean;
}

/** The shape of a rep's message (folded), read from its last sentence or two: where a question usually sits. */
export function questionShape(folded: string): QuestionShape {
  const tail = folded.length > 300 ? folded.slice(-300) : folded;
  const asks = QUESTION.test(tail);
  return { asks, offers: asks && (OFFER.test(tail) || OFFER_CJK.test(tail)), choose: asks && (CHOOSE.test(tail) || CHOOSE_CJK.test(tail)) };
}
