// Hong Kong speech and the records reps type from it call a man by his family name and 生 (先生 cut short), a married
// woman by it and 太 (太太 cut short): 陳生 is "Mr. Chan", 郭生 "Mr. Kwok", 黃太 "Mrs. Wong". Read as a name, 陳生 is
// two words ("chan sang") that no card "Chan Tai Man" holds. similarity.ts takes the whole 先生 and 太太 off; 生 and 太
// alone also end given names (王文生), so they are read as the address only after a lone family name.

const ADDRESSED = /^\s*([\u3400-\u9fff])[生太]\s*$/;

/** The family name of a contact written "陳生" or "黃太", or undefined for any other name. */
export function cantoneseAddressedFamily(name: string): string | undefined {
  return ADDRESSED.exec(name.normalize('NFKC'))?.[1];
}
