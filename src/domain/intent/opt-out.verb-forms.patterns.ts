// The forms of the opt-out verbs the first lines did not take, found in the opt-out DEV set: an infinitive after "I ask
// you to" ("vous demande de supprimer mon numéro"), a noun ("Solicitamos a remoção do nosso contacto", "Proszę o
// usunięcie mojego numeru"), a third person spoken for by an assistant ("di non scrivergli più", "чтобы ему больше не
// писали"), "no need to go on writing to me" ("Inutile de continuer à m'écrire", "No need to send further offers"),
// "this number" as the thing deleted ("Proszę usunąć ten numer", "Gelieve dit nummer te schrappen"), "don't add me
// again" to a group, and the dialects' spellings ("Lossts mi endlich in Ruah", "nun scrivit cchiù"). Each names the
// buyer, their number or data, or correspondence; "supprimez mon numéro de la facture" (a document) is kept apart.
// Folded text (no accents; ł → l, ı → i, Cyrillic й → и).

import type { LanguageCode } from '../language/languages';

// A document the number is taken off, not the contact list.
const NOT_A_DOCUMENT = String.raw`(?! (de|du|sur|from|on|off|z|ze|van|von|aus|uit|dal|dalla|da|do|del) (la |le |les |l'|the |this |der |dem |de |het |il |o |a |el )?(factur\w*|fattur\w*|faktur\w*|invoice\w*|rechnung\w*|etiquet\w*|etichett\w*|label\w*|etykiet\w*|bon\w*|commande|orden|ordine|order|zamowien\w*|documen\w*|dokument\w*|devis|proforma|contra\w*|umow\w*|site|sito|website|strony))`;

export const VERB_FORMS_OPT_OUT_BY_LANGUAGE: Record<LanguageCode, RegExp[]> = {
  en: [
    /\bno need to (send|write|message|contact)( me| us)? (any )?(further|more|any more) (offers|messages|emails|mails|quotes|quotations|catalog\w*|promotions?|updates|information)\b/,
    new RegExp(String.raw`\b(remove|delete|erase) (this|my|our) (number|no|phone number|contact)\s*([.!]|$|please|pls|thanks)${NOT_A_DOCUMENT}`),
  ],
  zh: [],
  es: [
    /\bno (me|nos) (vuelvan|vuelva) a (agregar|anadir|meter|incluir)\b/,
  ],
  pt: [
    /\b(lista|grupo)\b.{0,80}\b(quero|queremos|gostaria de|vou) sair\b|\bquero sair (da|do|dessa|desse|desta|deste) (lista|grupo)\b|\b(nao|nem) (me |nos )?(manda|mande|mandem|envia|envie|enviem|escreve|escrevam) mais nada\b/,
    new RegExp(String.raw`\b(remocao|exclusao|eliminacao|retirada) (do|dos|de) (nosso|meu|nossos|meus) (contacto|contato|contactos|contatos|numero|e-?mail|dados)\b${NOT_A_DOCUMENT}`),
    /\bescus(am|a|em) de (me |nos )?(mandar|enviar|escrever|contactar|contatar|ligar)\b/,
    /\bnao (me|nos) (adicionem|adicione|coloquem|coloque|ponham|ponha|incluam) (de novo|novamente|mais|outra vez)\b/,
  ],
  fr: [
    new RegExp(String.raw`\b(supprimer|retirer|effacer|enlever|rayer|supprimez|retirez|effacez|enlevez|rayez) (mon|notre) (numero|adresse( e-?mail)?|contact|e-?mail|telephone)\b${NOT_A_DOCUMENT}`),
    /\b(inutile|pas besoin|plus besoin|plus la peine) de (continuer a |continuer de )?(m'|me |nous )(ecrire|contacter|recontacter|relancer|solliciter)\b/,
    /\bje m'oppose (a|au) (la )?(traitement|utilisation) de mes (donnees|coordonnees)\b/,
  ],
  de: [
    /\b(lassen sie|lasst|lass|lossts|losst|loss|losts)( \w+)? (mich|uns|mi|ins)( \w+){0,2} in (ruhe|ruah|rua)\b/,
    /\b(sehen sie|seht) (bitte )?von (weiteren |jeglichen |kunftigen |allen )?(kontaktaufnahme\w*|zusendung\w*|anrufen|nachrichten|werbung|e-?mails|angeboten) ab\b|\b(kontakt|zusendung\w*|werbung|nachrichten|newsletter)\w* (bitte |sofort |umgehend )?einstellen\b/,
    /\b(bitte )?(num|nume|nimma|nimmer) (schriibe|schriebe|schreiben|schicke|schicken|aalute|anrufen|melde)\b|\bhort (uf|auf),? (mir|mich|uns) (z'?|zu )?(schriibe|schreiben|schicke)\b/,
  ],
  it: [
    /\b(non|nn|nun) (scriver|scrivet|scrivit|contattar|chiamar|mandar|inviar)\w*(gli|le|lo|mi|ci)? (piu|cchiu|chiu)\b/,
    /\b(di )?non (scrivergli|scriverle|contattarlo|contattarla|chiamarlo|chiamarla|mandargli|mandarle|inviargli|inviarle)\b/,
  ],
  nl: [
    new RegExp(String.raw`\b(schrap|schrappen|verwijder|verwijderen|wis|wissen) (dit|mijn|ons|het|deze) (\w+)?nummer\b${NOT_A_DOCUMENT}|\b(dit|mijn|ons) (\w+)?nummer (te )?(schrappen|verwijderen|wissen)\b`),
  ],
  pl: [
    new RegExp(String.raw`\b(usun\w*|usuniec\w*|wykresl\w*|skresl\w*) (ten |moj |nasz |mojego |naszego |jego |jej |tego )?numer\w*${NOT_A_DOCUMENT}(?=\s*([.!]|$)|\s+(z|ze)\s+(\S+\s+){0,2}(list|baz|kontakt|rejestr|mailing|whatsapp|ewidencj))`),
  ],
  ru: [
    /(чтобы|что бы|просил\S*|просит|просим|прошу) (\S+ )?(ему|еи|им|мне|нам) (больше |впредь )?не (писали|звонили|присылали|беспокоили|отправляли)/,
    /\budali(te)? (moi|moy|moj) (nomer|kontakt|dannye)\b|\bne (pishite|zvonite|prisylaite)( mne| nam)?( bolshe)?\b/,
  ],
  ar: [
    /(شيلونا|شيلوني|احذفونا|امسحونا|ازيلونا|ازيلوني|اشطبونا|اشطبوني|شطبونا)/,
  ],
  tr: [
    /\b(yazma|yazmayin|arama|aramayin|mesaj atma|gonderme)\b,? (artik|bir daha)\b|\b(artik|bir daha) (bana |bize )?(yazma|yazmayin|arama|aramayin|mesaj atma|gonderme)\b/,
    /^(?!.*(faturadan|etiketten|belgeden|sozlesmeden|siparisten|tekliften)).*\b(numarami|numaramizi|bilgilerimi|verilerimi|kisisel verilerimi)\b.{0,60}\b(silin|siliniz|sil|imha edin)\b/,
  ],
  id: [
    /\b(saya|sy|aku) (keluar|left) (dari )?(list|grup|group|daftar)\w*\b/,
  ],
  vi: [
    /\bdung (gui|nhan) (\w+ ){0,3}(cho|toi) (anh|em|chi|toi|minh|tui)( \w+)? nua\b/,
    /\b(k|ko|kh|hok|hong|khong|dung) (nhan|gui|nt|ib)( tin)? (nua|them nua)\b/,
    /\bxoa (data|du lieu|thong tin|so) (cua )?(toi|minh|em|anh|chi)\b/,
  ],
  ja: [],
  ko: [],
};
