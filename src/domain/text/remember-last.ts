/**
 * `transform` remembering its last input and output. The classifier reads one message in several forms and several
 * places: the patterns and the model each blank the same negations, look-alikes and slips, and their two folded forms
 * are mostly the same string. A mask asked again for the text it just read answers at once. One entry only: a message
 * never finds another's result (a bigger memo would only flatter a benchmark that repeats its messages).
 * `transform` must be pure.
 */
export function rememberLast(transform: (text: string) => string): (text: string) => string {
  let lastIn: string | undefined;
  let lastOut = '';
  return (text) => {
    if (text === lastIn) return lastOut;
    lastOut = transform(text);
    lastIn = text;
    return lastOut;
  };
}
