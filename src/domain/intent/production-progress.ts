import { cueTest } from '../text/cue-test';

// How far the production has got asked: "how is production going?", "has production started?", "¿cómo va la
// producción?", "a produção já começou?", "où en est la production ?", "a che punto è la produzione?", "wie weit ist
// die Produktion?", "hoe staat het met de productie?", "jak idzie produkcja?", "üretim ne durumda?", "produksinya
// sudah sampai mana?", "tiến độ sản xuất thế nào?", "как идёт производство?", "生产进度怎么样", "生産の進捗は？",
// "생산 진행 상황", "الانتاج وصل لوين؟". The buyer asks when the goods will be ready: every author labels it a lead
// time. The production told ("production starts Monday") asks nothing. Folded text.

const ASKED = new RegExp([
  String.raw`\bhow('s| is| far is)( the| our| my)? (production|manufacturing)\b|\bhow('s| is| are)( the| our| my)? (order|goods|work) (going|coming along|progressing|getting on)\b|\b(production|manufacturing) (status|progress|update)\b|\b(status|progress|update) (of|on) (the |our |my )?(production|manufacturing|order)\b|\b(has|did|have) (the )?(production|manufacturing) (start|started|begun|begin)\b|\bwhere are (we|you) (at|with) (the |our )?(production|order)\b`,
  String.raw`\bcomo (va|vai|anda|esta|ta) (la |a )?(produccion|producao|fabricacion|fabricacao)\b|\b(ya )?(empezo|arranco|comenzo|inicio|empezaron|arrancaron) (la )?(produccion|fabricacion)\b|\b(la )?(produccion|fabricacion) ya (empezo|arranco|comenzo|inicio)\b|\ba producao (ja )?(comecou|iniciou|arrancou|esta)\b|\bja (comecou|iniciou|comecaram) a producao\b|\b(avance|andamento|progreso|status) (de la |da |del |do )?(produccion|producao|pedido)\b`,
  String.raw`\bou en est (la production|la fabrication|la commande|ma commande|notre commande)\b|\b(la )?(production|fabrication) (a|est) (commence|demarre|lancee|lance)\b|\bavancement (de la )?(production|fabrication|commande)\b|\ba che punto (e|sta|siamo con) (la )?(produzione|ordine)\b|\b(la )?produzione (a che punto|e (gia )?(iniziata|partita)|come (va|procede))\b|\b(avanzamento|stato) (della )?(produzione|ordine)\b`,
  String.raw`\bwie (weit|lauft|steht es mit|ist der stand der) (ist )?(die )?(produktion|fertigung)\b|\b(produktionsstand|fertigungsstand|stand der (produktion|fertigung))\b|\b(hat|ist) die (produktion|fertigung) (schon |bereits )?(begonnen|angefangen|gestartet|angelaufen)\b|\bhoe (ver is|staat het met|gaat het met|loopt) de (productie|order)\b|\bis de productie (al )?(begonnen|gestart)\b|\b(stand van de|voortgang van de) productie\b`,
  String.raw`\bjak (idzie|postepuje|wyglada) produkcja\b|\bczy produkcja (juz )?(ruszyla|wystartowala|sie zaczela|zostala rozpoczeta)\b|\b(etap|postep|status) produkcji\b|\buretim (ne durumda|ne asamada|nasil gidiyor|basladi mi|baslad\w* mi)\b|\buretime (baslandi|basladiniz) mi\b|\bproduksi(nya)? (sudah |udah |sdh )?(sampai mana|sejauh mana|gimana|bagaimana|mulai( belum)?)\b|\b(progres|update|status) produksi\b|\btien do (san xuat|don hang)\b|\bsan xuat (den dau|toi dau|the nao|sao roi)\b|\b(da )?(bat dau )?san xuat chua\b`,
  String.raw`как (идет|продвигается|там|обстоят дела с) (производство|изготовлени\S*|пошив|сварка|покраска|сборка)|(на каком этапе|статус|ход) (производства|изготовления|заказа)|производство (уже )?(началось|запустили|начали|идет)\?`,
  String.raw`(生产|生產)(进度|進度|到哪|得怎么样|怎么样|情况|開始了|开始了)|(进度|進度)(怎么样|怎樣|如何)|开始(生产|做)了(吗|没)|生産(の)?(進捗|状況|進み具合)|進捗(は|状況|どう)|(생산|제작)\s*(진행\s*(상황|현황)|현황|진척|상황|어디까지)|(생산|제작)\s*(시작|진행)\S*\s*(했나요|됐나요|되었나요|했어요\?|됐어요\?|했습니까|되었습니까)|진행\s*상황|(الشغل|الانتاج|الإنتاج|التصنيع) (ماشي|وين|وصل|كيف|بدأ)|وصلتو? لوين`,
].join('|'), 'u');

/** Cue: a word of the production or its progress, read on the whole text before the key's mask. */
export const namesTheProduction = cueTest(/production|manufactur|order|goods|work|status|progress|update|produccion|producao|fabrica|pedido|avance|andamento|progreso|commande|avancement|produzione|ordine|avanzamento|produktion|fertigung|productie|voortgang|produkcj|uretim|produksi|progres|tien do|san xuat|производств|изготовлен|пошив|сварк|покраск|сборк|этапе|生产|生產|进度|進度|生産|進捗|생산|제작|진행|الشغل|الانتاج|الإنتاج|التصنيع|لوين/);

/** Whether the folded text asks how far the production has got. */
export function asksTheProductionsProgress(folded: string): boolean {
  return folded.length <= 400 && ASKED.test(folded);
}
