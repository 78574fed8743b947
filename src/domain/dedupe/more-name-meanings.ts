// More meaning-words of Latin-written names (see name-meanings.ts, whose LATIN_MEANINGS takes these in): a Russian
// firm's transliterated name against its English one ("Sibirskaya Lesnaya Kompaniya" / "Siberian Timber Company"),
// Georgian ("Kartuli Ghvino" / "Georgian Wine") and Burmese ("Shwe Kyar" / "Golden Lotus") names as their firms
// spell them. Data only; read by meaning, never in the stored key.
export const MORE_LATIN_MEANINGS: Record<string, string> = {
  // Russian adjectives of place and trade, in the forms firm names take
  sibirskaya: 'siberian', sibirskiy: 'siberian', sibirskii: 'siberian', sibirsky: 'siberian', sibir: 'siberia',
  lesnaya: 'timber', lesnoy: 'timber', lesnoi: 'timber', uralskaya: 'ural', uralskiy: 'ural',
  baltiyskaya: 'baltic', baltiiskaia: 'baltic', baltiyskiy: 'baltic', baltiiskii: 'baltic',
  stroitelnaya: 'construction', stroitelnaia: 'construction', stroitelnyi: 'construction',
  svetotekhnika: 'lighting technology', svetotehnika: 'lighting technology',
  // Georgian
  kartuli: 'georgian', ghvino: 'wine', gvino: 'wine', okros: 'gold', oqros: 'gold',
  // Burmese
  shwe: 'gold', ngwe: 'silver', kyar: 'lotus', kya: 'lotus',
};
