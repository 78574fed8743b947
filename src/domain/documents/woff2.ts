import wawoff2 from 'wawoff2';

// wawoff2 hands back a view into its WebAssembly memory, which its next call overwrites (or detaches, when the memory
// grows). Two faces decompressed at once (loadPdfFaces reads them in parallel) left one corrupt: fontkit then refused
// it ("Unknown font format") and every proforma of that process failed. One at a time, each copied out before the next.
let queue: Promise<unknown> = Promise.resolve();

/** The TrueType bytes of a WOFF2 font, in a buffer of their own. */
export function woff2ToTrueType(woff2: Uint8Array): Promise<Buffer> {
  const run = queue.then(async () => Buffer.from(await wawoff2.decompress(woff2)));
  queue = run.catch(() => undefined);
  return run;
}
