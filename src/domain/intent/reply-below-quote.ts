// A reply written under the lines it quotes ("> Our price for model X200 is USD 14.50/pc FOB Shenzhen\n\nThanks. Can you
// hold the old price if we order 1000?"): the buyer's own words are the lines below the quote as well as any above it.
// Only a quote marked line by line with ">" is split so; a forwarded email ("From: …") runs to the end.

/** The own words and the quoted lines of `text`, whose quote starts at `start` with a line beginning ">". */
export function splitReplyBelowQuote(text: string, start: number): { own: string; quoted: string } {
  const lines = text.slice(start).split('\n');
  const quoted: string[] = [];
  const below: string[] = [];
  for (const line of lines) (/^\s*>/.test(line) ? quoted : below).push(line);
  return { own: `${text.slice(0, start)}${below.join('\n')}`.trim() ? `${text.slice(0, start)}${below.join('\n')}` : '', quoted: quoted.join('\n') };
}
