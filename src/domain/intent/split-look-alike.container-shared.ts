import { spanMask } from './blank-spans';

// One container holding more than one buyer's or article's goods: "we will split / share the container with another
// buyer", "a mixed container with 4 articles", "contenedor mixto", "Mischcontainer", "gemengde container". A
// consolidation or a shipping question, the goods of one order are not split. Folded text.
const CONTAINER_SHARED = new RegExp([
  String.raw`\b(split|share|sharing|splitting|compartir|compartimos|partager|partageons|condividere|dividir|teilen|delen|dzielic|podzielimy)\w*( \w+){0,2} (container|contenedor|conteneur|contenitore|conteiner|kontener|konteyner|cont)\w* (with|con|avec|com|mit|met|z|ile) (another|other|a|an|one|otro|otra|un|une|um|uma|einem|einer|een|innym|inna) (\w+ )?(buyer|buyers|importer|customer|client|company|cliente|comprador|importador|acheteur|importateur|kunde|kaufer|importeur|klant|klient\w*|importer\w*|firm\w*)\b`,
  // (and what it holds: "a mixed container with 4 articles")
  String.raw`\b(mixed|mixto|mixta|misto|mista|mixte|gemengde|gemischte\w*|mieszany|karisik|campuran) (container|contenedor|conteneur|conteiner|kontener|konteyner|cont|fcl) (with|met|con|avec|mit|z|com|ile|dengan) (\d+|two|three|four|several|twee|drie|vier|verschillende) (\w+)`,
  String.raw`\b(mixed|mix|mixto|mixta|misto|mista|mixte|gemengde|gemischte\w*|mieszany|karisik|campuran) (container|contenedor|conteneur|conteiner|kontener|konteyner|cont|fcl)\b|\b(container|contenedor|conteneur|conteiner|kontener|konteyner) (mixto|misto|mixte|mieszany|karisik|campuran)\b|\bmisch(container|ladung)\w*`,
].join('|'), 'g');
const CUE = /container|contenedor|conteneur|contenitore|conteiner|kontener|konteyner|cont\b|fcl|mischcontainer|mischladung/;

/** The folded text with a container shared or mixed blanked (same length), or the text itself. */
export const maskContainerShared = spanMask(CUE, [CONTAINER_SHARED]);
