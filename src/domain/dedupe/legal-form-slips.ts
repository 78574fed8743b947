// Legal forms as they come out of the keyboard: a letter wrong in one word of a long form ("San. ve iic." for "San. ve
// Tic.", "Sanayi ve Tcaret") or its connector run onto the name before it ("Sáncheze Hijos" for "Sánchez e Hijos").
// Left as typed, the form's words stay in the name ("san", "iic") and the two records of one firm read as two names.
import { oneSlip } from '../text/typing-slip';

/** Forms of three words or more: a slip in one of them with the others exact is still the form (two words are too few to tell). */
const LONG_FORM_WORDS = 3;

/** Family phrases led by a one-letter connector, which a rep may run onto the name's last word ("Sáncheze Hijos"). */
const CONNECTOR_LED = new Map([['hijos', 'e'], ['filhos', 'e'], ['figli', 'e']]);

/**
 * A reader of `forms` (the legal forms as token sequences): the tokens with a slipped word of a long legal form written as
 * the form has it, and a family phrase's connector run onto the word before set apart again. The long forms are indexed
 * by their first word once: most names hold none of them.
 */
export function legalFormsAsMeant(forms: readonly (readonly string[])[]): (tokens: string[]) => string[] {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const form of forms) if (form.length >= LONG_FORM_WORDS) byFirst.set(form[0], [...(byFirst.get(form[0]) ?? []), form]);
  return (tokens) => {
    let out = tokens;
    for (let i = 1; i < out.length; i++) {
      const connector = CONNECTOR_LED.get(out[i]);
      const before = out[i - 1];
      if (connector && before.length >= 5 && before.endsWith(connector)) out = [...out.slice(0, i - 1), before.slice(0, -connector.length), connector, ...out.slice(i)];
    }
    for (let i = 0; i < out.length; i++) {
      for (const form of byFirst.get(out[i]) ?? []) {
        if (i + form.length > out.length) continue;
        const differ = form.map((w, k) => (out[i + k] === w ? -1 : k)).filter((k) => k >= 0);
        if (differ.length !== 1) continue;
        const [k] = differ;
        const typed = out[i + k];
        if (form[k].length >= 3 && typed.length >= 3 && oneSlip(typed, form[k])) { out = [...out.slice(0, i + k), form[k], ...out.slice(i + k + 1)]; break; }
      }
    }
    return out;
  };
}
