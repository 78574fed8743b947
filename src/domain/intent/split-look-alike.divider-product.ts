import { spanMask } from './blank-spans';

// Products named for what they divide: a hydraulic flow divider ("rozdzielacz hydrauliczny", "akış bölücü"), a
// splitter, a room divider ("Raumteiler", "separé"). A product asked about, no order split. Folded text.
const DIVIDER_PRODUCT = new RegExp(
  String.raw`\b(rozdzielacz\w*|rozdzielnic\w*|bolucu\w*|splitters?|verteiler\w*|raumteiler\w*|divisori\w*|divisores?|separadores?|separateurs?|делител\S*|разветвител\S*)`,
  'g',
);
const CUE = /rozdzielacz|rozdzielnic|bolucu|splitter|verteiler|raumteiler|divisor|separador|separateur|делител|разветвител/;

/** The folded text with a dividing product's name blanked (same length), or the text itself. */
export const maskDividerProduct = spanMask(CUE, [DIVIDER_PRODUCT]);
