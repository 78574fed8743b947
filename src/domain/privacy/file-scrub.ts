import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FileScrubber } from './gdpr.service';

/** Where the terminal channel saves the files it is sent (quotation PDFs): `<DATA_DIR>/files`. */
export function savedFilesDir(dataDir: string): string {
  return path.join(dataDir, 'files');
}

/**
 * Quotation PDFs saved on disk carry the customer's name and the quote's notes: the erase removes every saved copy of
 * the person's customers' quotes (`<time>-<number>-v<version>.pdf`); the quote itself stays in the database and its
 * PDF can be made again from there.
 */
export function createFileScrubber(dir: string): FileScrubber {
  return {
    async removeQuoteFiles(quoteNumbers) {
      if (!quoteNumbers.length) return 0;
      const names = await readdir(dir).catch(() => [] as string[]);
      const doomed = names.filter((name) => quoteNumbers.some((number) => name.includes(`-${number}-v`) && name.endsWith('.pdf')));
      for (const name of doomed) await rm(path.join(dir, name), { force: true });
      return doomed.length;
    },
  };
}
