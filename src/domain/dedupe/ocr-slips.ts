/**
 * Lists that went through a scanner or OCR read a lower-case l as a capital I ("Nordisk HandeI", "Comercio GeraI",
 * "InternationaI"). At the end of a word otherwise in lower case a capital I is no initial nor a camel-case word's start:
 * it can only be the l.
 */
export function capitalIForL(name: string): string {
  return name.includes('I') ? name.replace(/(?<=\p{Ll}{2})I(?![\p{L}\p{N}])/gu, 'l') : name;
}
