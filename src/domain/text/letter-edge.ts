/** Where a word of any script starts or ends: JavaScript's `\b` knows only ASCII letters ("не разбивайте" has none). */
const LETTER_EDGE = String.raw`(?:(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_])|(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_]))`;

/** `source` compiled with each `\b` read as a letter edge of any script (and the `u` flag that needs). */
export function letterEdged(source: string, flags: string): RegExp {
  return new RegExp(source.replace(/\\b/g, LETTER_EDGE), `${flags}u`);
}
