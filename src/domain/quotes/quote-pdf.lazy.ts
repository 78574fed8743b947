import type { quotePdfFile as render } from './quote-pdf';

/** The proforma's PDF. pdfkit, its fonts and the romaniser load with the first quote rendered, not at start-up. */
export const quotePdfFile: typeof render = async (quote, options) => (await import('./quote-pdf')).quotePdfFile(quote, options);
