import { cueTest } from '../text/cue-test';

// The cargo's insurance asked: "is insurance included or do we arrange it?", "o seguro da carga está incluso?", "ist die
// Transportversicherung dabei?", "ubezpieczenie towaru po waszej stronie?", "bên anh có mua bảo hiểm không?", "货物保险
// 你们买吗", "保険は含まれますか". In a buyer's message the insurance is the goods' in transit (CIF's "I"): every
// author labels it shipping. Folded text.

const INSURANCE = /\b(insurance|insured|insure|seguro|segura|assicurazion\w*|assicurat\w*|assurance|assure\w*|versicher\w*|transportversicherung|verzeker\w*|ubezpieczen\w*|ubezpiecz\w*|sigorta\w*|asuransi|bao hiem)\b|страхов\S*|застрах\S*|保险|保險|保険|보험|تأمين|التأمين/u;
// (a trade assurance is a way to pay, a "nón bảo hiểm" a helmet, and a "seguro" of Spanish and Portuguese is also
// "sure" or "safe")
const NOT_CARGO = /\btrade assurance\b|\b(non|mu) bao hiem\b|\b(esta|estas|estoy|estamos|seguro que|seguro de que|com certeza|tenho certeza)\b|\bseguro\b(?! (de (la )?(carga|mercancia|mercadoria|transporte)|maritimo|da carga|incluido|incluso|esta incluido|ta incluso))/u;

/** Cue: an insurance word, read on the whole text first. */
export const namesInsurance = cueTest(/insur|seguro|segura|assicura|assurance|assure|versicher|verzeker|ubezpiecz|sigorta|asuransi|bao hiem|страх|保险|保險|保険|보험|تأمين/);

/** Whether the folded text names the cargo's insurance. */
export function asksTheCargoInsurance(folded: string): boolean {
  return folded.length <= 300 && INSURANCE.test(folded) && !NOT_CARGO.test(folded);
}
