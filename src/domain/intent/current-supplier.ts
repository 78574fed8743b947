import { cueTest } from '../text/cue-test';

// The buyer's present source named ("Aktuell beziehen wir Ventile aus Taiwan", "Сейчас берём у турецкого
// производителя", "我们现在在越南拿货"), a second supplier sought ("zoeken een tweede leverancier"), or another
// supplier's terms held up ("Notre fournisseur turc nous accorde 60 jours", "O fornecedor de Ningbo me dá 45 dias"):
// a competitor mentioned with no rival or cheaper word the tables know; every author labels it so. Folded text.
const CURRENT = new RegExp([
  String.raw`\b(currently|now|at the moment|today|right now)( we)? (buy|source|get|purchase|import)\w* (from|in)\b|\bwe (currently |now )?(buy|source|purchase|import) (\w+ ){0,3}(from|in) (china|vietnam|india|turkey|taiwan|thailand|another|other|a)\b`,
  String.raw`\b(aktuell|derzeit|momentan|zurzeit|bisher) beziehen wir\b|\bwir beziehen (\w+ )?(aktuell|derzeit|momentan|zurzeit|bisher)\b|\bwe kopen (nu|momenteel|op dit moment) (in|bij)\b`,
  String.raw`\b(oggi|attualmente|ora|al momento) (acquistiamo|compriamo|ci riforniamo) da\b|\b(actualmente|ahora) (compramos|importamos) (a|de|en)\b|\b(hoje|atualmente|agora) (compramos|importamos) (de|da|do|na|no)\b|\b(actuellement|aujourd'hui) (nous achetons|on achete|nous importons) (chez|en|au)\b`,
  String.raw`\bsekarang (kami|saya|kita) (ambil|beli|impor)\w* dari\b|\bhien (em|toi|minh|chung toi|ben em) (lay|mua|nhap) hang\b|\b(obecnie|teraz) (kupujemy|sprowadzamy) (z|od|w)\b`,
  String.raw`\b(second|alternative|another|backup|new|tweede|zweite[nr]?|alternativen?|segundo|secondo|deuxieme|second|drugi\w*|kedua|ikinci)( \w+)? (supplier|source|leverancier|lieferant\w*|proveedor|fornecedor|fornitore|fournisseur|dostawc\w*|tedarikci\w*|pemasok|nha cung cap)\b|\b(supplier|pemasok|nha cung cap) (kedua|thu hai|phu|them)\b|\btim (them )?nha cung cap\b|\bsuchen (aber )?eine alternative\b`,
  String.raw`\b(our|notre|nuestro|nosso|o|el|il nostro|unser|onze|nasz)( \w+)? (supplier|fournisseur|proveedor|fornecedor|fornitore|lieferant|leverancier|dostawca)\b( \w+){0,3} (gives|offers|grants|accorde|donne|da|me da|nos da|concede|gibt|gewahrt|geeft|daje)\b`,
  String.raw`(сеичас|сейчас|пока) (берем|берём|закупаем|покупаем|возим) (у|в|из)|(现在|目前)(在|从|從)\S{1,6}(拿货|拿貨|进货|進貨|采购|採購)|第二家(供应商|供應商)|(شغالين|نتعامل|نشتغل) مع (مصنع|مورد)`,
].join('|'));
const CUE = /currently|now|moment|today|buy|source|purchase|import|beziehen|kopen|acquist|compri|riforn|compramos|importamos|achet|ambil|beli|lay hang|mua hang|nhap hang|kupujemy|sprowadzamy|second|alternativ|another|backup|tweede|zweite|segundo|secondo|deuxieme|drugi|kedua|ikinci|nha cung cap|supplier|fournisseur|proveedor|fornecedor|fornitore|lieferant|leverancier|dostawc|pemasok|берем|берём|закупаем|покупаем|возим|拿货|拿貨|进货|進貨|采购|採購|第二家|شغالين|نتعامل|نشتغل/;
const hasCue = cueTest(CUE);

// (goods of the buyer's other supplier to load with ours are a consolidation, a shipping matter: "skonsolidować z
// towarem mojego drugiego dostawcy")
const CONSOLIDATED = /consolid|skonsolid|polacz|combine|kombin|samenvoeg|zusammen|juntar|insieme|gabung|birlestir|拼柜|拼櫃|混装/;

/** Whether the folded text names the buyer's present supplier or another one sought. */
export const namesAnotherSupplier = (folded: string): boolean => hasCue(folded) && CURRENT.test(folded) && !CONSOLIDATED.test(folded);
