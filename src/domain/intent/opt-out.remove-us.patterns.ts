// "Please remove us", "rimuoveteci", "proszę nas wykreślić", "verwijder ons", "الرجاء حذفنا", "hapus kontak ini",
// "请删除这个联系人": the buyer (or whoever answers for a contact who left) asks to be struck off without naming the
// list, usually after the reason ("we don't import from China", "Mr Silva no longer works here"). The other lines
// want "from your list" or a clitic "me"; these take the plural "us" and "this contact" too. Each names the buyer or
// the contact as what goes: "remove the logo", "hapus 20 unit dari invoice" cannot match. Folded text.

import type { LanguageCode } from '../language/languages';

// Asked in the passive, "to be removed from your lists": the list (or all contact) is named after the participle. A
// broadcast group is such a list ("aus dieser Gruppe entfernt werden", "ser eliminado del grupo").
const LISTS = String.raw`(\w+ ){0,3}(list\w*|lijst\w*|liste\w*|listy|listach|listado\w*|mailing\w*|verteiler\w*|bestand|database|datenbank|base|bases|baz\w*|banc\w*|archiv\w*|rubrica|contact\w*|contatt\w*|kontakt\w*|difusion|diffusion|newsletter\w*|envios|invii|registr\w*|system\w*|sistem\w*|file|fichier\w*|kartei|grup\w*|groep\w*|\w+(gruppe|groep|liste|lijst)\w*)\b`;

export const REMOVE_US_BY_LANGUAGE: Record<LanguageCode, RegExp[]> = {
  en: [
    // "remove our address from your distribution", "take my name off"
    /\b(remove|delete|take|strike|drop) (me|us|my|our) (\w+ )?(from|off|out of) (your|the|this) (\w+ )?(list|lists|distribution|mailing|mailings|database|contacts|records|system|crm|broadcast|circulation)\b/,
    /\b(take|strike|cross|get) (my|our) (name|number|email|details|company) (off|out)\s*($|[.!,]|please|pls|thanks|(of|from) (your|the) (list|database|contacts|system|mailing))/,
    /\b(please |pls |kindly )?(remove|delete|erase) us\s*($|[.!,]|please|pls|thanks|thank you|now|asap|immediately|from (your|the) (list|database|contacts|system|records))/,
  ],
  zh: [
    /(删除|删掉|刪除|刪掉|移除)(这个|這個|此)(联系人|聯繫人|联系方式|聯繫方式|号码|號碼|微信)/,
  ],
  es: [
    new RegExp(String.raw`\bser (eliminad|borrad|excluid|retirad|quitad|sacad|dad)[oa]s?( de baja)? (de|del) ${LISTS}`),
    /\b(retirenme|retireme|retirarme|retirarnos|retirenos|excluirnos|excluirme|excluyanme|excluyame|excluyannos|excluyanos|borrarme|borrarnos|eliminarme|eliminarnos)\b/,
    // the clitic before the verb: "le pido que me quite de sus listas de envío", "que nos den de baja de su base"
    /\b(me|nos) (quite|quiten|quites|saque|saquen|saques|borre|borren|borres|elimine|eliminen|excluya|excluyan|retire|retiren|den de baja|de de baja) (de|del) (la |las |su |sus |tu |tus |esta |estas |vuestra |vuestras |cualquier |toda |todas las |todo |todos los )?(lista|listas|listado|listados|base|bases|contactos|agenda|difusion|mailing|envios|registros?|comunicacion\w*|correspondencia|publicidad|campanas?)\b/,
    /\b(borren|eliminen|quiten|borra|elimina|quita|borre|elimine|quite) (este|ese) (contacto|numero|correo)\s*($|[.!,]|por favor|gracias|de (su|tu|sus) (lista|base|agenda|contactos))/,
  ],
  pt: [
    new RegExp(String.raw`\bser (removid|excluid|retirad|tirad|apagad|descadastrad)[oa]s? (de|da|do|das|dos) ${LISTS}`),
    /\b(excluam|exclua|apaguem|apague|removam|remova|deletem|delete|retirem|retire) (este|esse) (contato|contacto|numero|e-?mail)\s*($|[.!,]|por favor|obrigad|da (sua|vossa) (lista|base|agenda))/,
    /\bnao (mande|mandem|envie|enviem|manda|envia) mais (msg|msgs|mensage\w*|nada|propaganda|e-?mails?|ofertas|promoc\w*)\b/,
  ],
  fr: [
    new RegExp(String.raw`\betre (retire|supprime|desinscrit|raye|efface|enleve)e?s? (de|des|du) ${LISTS}`),
  ],
  de: [
    new RegExp(String.raw`\b(aus|von) ${LISTS}.{0,30}\b(geloscht|entfernt|ausgetragen|gestrichen|genommen) (werden|zu werden)\b`),
    // "Bitte von der Liste nehmen": the list named, the buyer understood
    /(^|\b(bitte|mich|uns|danke)\b[ ,]*)(von|aus) (der|dem|ihrer|ihrem|eurer|eurem|dieser|diesem|ihren|allen) (\w+)?(liste|verteiler|kartei|datenbank|newsletter|adressliste|kontaktliste)\w* (nehmen|streichen|entfernen|loschen|loeschen|austragen)\b/,
  ],
  it: [
    new RegExp(String.raw`\bessere (cancellat|rimoss|tolt|eliminat|depennat|esclus)[oaie] (da|dalla|dalle|dai|dal|dagli|dall') ?${LISTS}`),
    /\b(rimuoveteci|cancellateci|toglieteci|eliminateci|depennateci|rimuovici|cancellaci|toglici)\b/,
    // the infinitive with its clitic: "vi prego di cancellarmi dalla vostra mailing list" ("togliermi il dubbio" is no
    // list: the place or the end of the sentence must follow)
    /\b(cancellar|rimuover|toglier|eliminar|depennar|escluder|stralciar)(mi|ci) (dalla|dalle|dai|dal|dall'|dagli|dallo|da)\b|\b(cancellar|rimuover|eliminar|depennar|escluder)(mi|ci)\s*($|[.!,]|per favore|grazie)/,
    /\b(rimuovete|cancellate|eliminate|togliete) (questo|il) contatto\s*($|[.!,]|per favore|grazie|dalla (vostra )?(lista|rubrica))/,
  ],
  nl: [
    new RegExp(String.raw`\b(uit|van) ${LISTS}.{0,20}\b(verwijderd|geschrapt|gehaald|uitgeschreven) (worden|te worden)\b|\b(verwijderd|geschrapt|gehaald|uitgeschreven) (worden|te worden) (uit|van) ${LISTS}`),
    /\b(verwijder|verwijdert|schrap) (ons|mij|me)( alstublieft| aub| a\.u\.b\.?| graag| svp| dan)?\s*($|[.!,])/,
    // or the infinitive first: "gelieve mij te schrappen uit uw contactlijst"
    /\b(mij|me|ons|mijn (nummer|gegevens|adres|e-?mail\w*)) (te )?(schrappen|verwijderen|halen|uitschrijven) (uit|van) (de |uw |jullie |het )?(\w+)?(lijst|bestand|database|contacten)\w*/,
    // Dutch puts the verb last: "gelieve mij uit uw mailinglijst te schrappen"
    /\b(mij|me|ons|mijn (nummer|gegevens|adres|e-?mail\w*))( alstublieft| aub| a\.u\.b\.?| graag| svp| even| dan)? (uit|van) (de |uw |jullie |het )?(\w+)?(lijst|bestand|database|contacten)\w* (te )?(schrappen|verwijderen|halen|uitschrijven)\b/,
  ],
  pl: [
    new RegExp(String.raw`\b(zostac|byc) (usunie|wypisan|wykreslon|skreslon)\w* (z|ze) ${LISTS}`),
    /\b(nas|mnie) (\w+ )?(wykreslic|usunac|wypisac|skreslic)\b/,
    /\brezygnuje z (otrzymywania|dostawania|subskrypcji|mailingu|newslettera|kontaktu|wiadomosci)\b/,
  ],
  tr: [],
  ru: [],
  ar: [
    /(الرجاء|رجاء|يرجي|يرجى|من فضلك|ارجو|نرجو|لو سمحت) (حذفنا|ازالتنا|شطبنا|حذف رقمنا)|(احذفونا|احذفنا|امسحونا|ازيلونا)/,
  ],
  id: [
    /\b(hapus|apus|hapuskan|delete) (kontak|nomor|nomer|no) (ini|tsb|tersebut)\s*($|[.!,]|ya|yah|pak|bu|terima kasih|makasih|dari)/,
  ],
  vi: [],
  ja: [],
  ko: [],
};
