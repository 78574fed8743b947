import { DEFAULT_FIRST_ANSWERS } from '../../src/domain/first-answer/first-answer.texts';

// A buyer's opening message may get the automatic first answer (whether it goes out at once depends on the hour and
// the channel's send limits); tests about other replies look past it.
const openings = Object.values(DEFAULT_FIRST_ANSWERS).map((text) => text.split(/[!！]/)[0]);

export const isFirstAnswer = (text: string | undefined): boolean => !!text && openings.some((o) => text.startsWith(o));

export const withoutFirstAnswers = (texts: string[]): string[] => texts.filter((t) => !isFirstAnswer(t));
