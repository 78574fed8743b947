// "Please remove us", "rimuoveteci", "proszę nas wykreślić", "verwijder ons", "الرجاء حذفنا", "hapus kontak ini",
// "请删除这个联系人": the buyer (or whoever answers for a contact who left) asks to be struck off without naming the
// list, usually after the reason ("we don't import from China", "Mr Silva no longer works here"). The other lines
// want "from your list" or a clitic "me"; these take the plural "us" and "this contact" too. Each names the buyer or
// the contact as what goes: "remove the logo", "hapus 20 unit dari invoice" cannot match. Folded text.

import type { LanguageCode } from '../language/languages';

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
    /\b(retirenme|retireme|retirarme|retirarnos|retirenos|excluirnos|excluirme|excluyanme|excluyame|excluyannos|excluyanos|borrarme|borrarnos|eliminarme|eliminarnos)\b/,
    /\b(borren|eliminen|quiten|borra|elimina|quita|borre|elimine|quite) (este|ese) (contacto|numero|correo)\s*($|[.!,]|por favor|gracias|de (su|tu|sus) (lista|base|agenda|contactos))/,
  ],
  pt: [
    /\b(excluam|exclua|apaguem|apague|removam|remova|deletem|delete|retirem|retire) (este|esse) (contato|contacto|numero|e-?mail)\s*($|[.!,]|por favor|obrigad|da (sua|vossa) (lista|base|agenda))/,
    /\bnao (mande|mandem|envie|enviem|manda|envia) mais (msg|msgs|mensage\w*|nada|propaganda|e-?mails?|ofertas|promoc\w*)\b/,
  ],
  fr: [],
  de: [],
  it: [
    /\b(rimuoveteci|cancellateci|toglieteci|eliminateci|depennateci|rimuovici|cancellaci|toglici)\b/,
    /\b(rimuovete|cancellate|eliminate|togliete) (questo|il) contatto\s*($|[.!,]|per favore|grazie|dalla (vostra )?(lista|rubrica))/,
  ],
  nl: [
    /\b(verwijder|verwijdert|schrap) (ons|mij|me)( alstublieft| aub| a\.u\.b\.?| graag| svp| dan)?\s*($|[.!,])/,
    // Dutch puts the verb last: "gelieve mij uit uw mailinglijst te schrappen"
    /\b(mij|me|ons|mijn (nummer|gegevens|adres|e-?mail\w*)) (uit|van) (de |uw |jullie |het )?(\w+)?(lijst|bestand|database|contacten)\w* (te )?(schrappen|verwijderen|halen|uitschrijven)\b/,
  ],
  pl: [
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
