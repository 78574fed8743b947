import { z } from 'zod';
import type { DbClient } from '../db/client';
import { readSetting, writeSetting } from '../settings/settings.repository';
import { STEP_KINDS, type StepKind } from './wakeup.settings';

export const TEMPLATES_KEY = 'wakeup.templates';

const templateSchema = z.object({
  text: z.string().min(1).max(2000),
  /** name of a template the platform approved (WhatsApp), sendable outside the reply window */
  approvedTemplate: z.string().min(1).optional(),
});
export type WakeupTemplate = z.infer<typeof templateSchema>;

// {name} = the buyer contact's name, {rep} = the owner's display name
const DEFAULTS: Record<StepKind, Record<string, WakeupTemplate>> = {
  technical_update: {
    en: { text: 'Hi {name}, a quick update from {rep}: our new product range has improved specifications and certifications. Shall I send you the updated datasheet?' },
    es: { text: 'Hola {name}, una breve novedad de {rep}: nuestra nueva gama tiene especificaciones y certificaciones mejoradas. ¿Le envío la ficha técnica actualizada?' },
    pt: { text: 'Olá {name}, uma breve novidade de {rep}: a nossa nova linha tem especificações e certificações melhoradas. Posso enviar a ficha técnica atualizada?' },
    fr: { text: 'Bonjour {name}, une brève nouvelle de {rep} : notre nouvelle gamme offre des caractéristiques et certifications améliorées. Puis-je vous envoyer la fiche technique à jour ?' },
    de: { text: 'Hallo {name}, ein kurzes Update von {rep}: Unsere neue Produktreihe hat verbesserte Spezifikationen und Zertifizierungen. Darf ich Ihnen das aktuelle Datenblatt schicken?' },
    ru: { text: 'Здравствуйте, {name}! Коротко от {rep}: в нашей новой линейке улучшены характеристики и сертификация. Прислать обновлённую спецификацию?' },
    ar: { text: 'مرحباً {name}، تحديث سريع من {rep}: مجموعتنا الجديدة تتميز بمواصفات وشهادات محسّنة. هل أرسل لكم النشرة الفنية المحدّثة؟' },
    zh: { text: '{name}您好，{rep}向您简单介绍一下：我们的新产品系列在规格和认证方面都有提升。需要我发一份最新的技术资料给您吗？' },
  },
  case_study: {
    en: { text: 'Hi {name}, {rep} here. A customer in your market recently cut costs with our products; I have a short case study and video. Would it be useful for you?' },
    es: { text: 'Hola {name}, le escribe {rep}. Un cliente de su mercado redujo costos recientemente con nuestros productos; tengo un caso de estudio y un video breves. ¿Le serían útiles?' },
    pt: { text: 'Olá {name}, aqui é {rep}. Um cliente do seu mercado reduziu custos recentemente com os nossos produtos; tenho um estudo de caso e um vídeo curtos. Seriam úteis para si?' },
    fr: { text: 'Bonjour {name}, ici {rep}. Un client de votre marché a récemment réduit ses coûts avec nos produits ; j’ai une courte étude de cas et une vidéo. Cela vous serait-il utile ?' },
    de: { text: 'Hallo {name}, hier ist {rep}. Ein Kunde in Ihrem Markt hat mit unseren Produkten kürzlich Kosten gesenkt; ich habe dazu eine kurze Fallstudie und ein Video. Wäre das interessant für Sie?' },
    ru: { text: 'Здравствуйте, {name}! Это {rep}. Клиент на вашем рынке недавно снизил затраты с нашей продукцией; у меня есть короткий кейс и видео. Вам было бы интересно?' },
    ar: { text: 'مرحباً {name}، معكم {rep}. أحد العملاء في سوقكم خفّض تكاليفه مؤخراً باستخدام منتجاتنا؛ لديّ دراسة حالة قصيرة وفيديو. هل تودّون الاطلاع عليها؟' },
    zh: { text: '{name}您好，我是{rep}。您所在市场的一位客户最近用我们的产品降低了成本，我这里有一个简短的案例和视频，您有兴趣看看吗？' },
  },
  limited_offer: {
    en: { text: 'Hi {name}, {rep} again. This month we can offer special pricing on your next order. Reply here if you would like a quotation.' },
    es: { text: 'Hola {name}, de nuevo {rep}. Este mes podemos ofrecerle un precio especial en su próximo pedido. Responda aquí si desea una cotización.' },
    pt: { text: 'Olá {name}, novamente {rep}. Este mês podemos oferecer um preço especial no seu próximo pedido. Responda aqui se quiser uma cotação.' },
    fr: { text: 'Bonjour {name}, à nouveau {rep}. Ce mois-ci, nous pouvons vous proposer un prix spécial sur votre prochaine commande. Répondez ici pour recevoir un devis.' },
    de: { text: 'Hallo {name}, noch einmal {rep}. Diesen Monat können wir Ihnen für Ihre nächste Bestellung einen Sonderpreis anbieten. Antworten Sie hier, wenn Sie ein Angebot möchten.' },
    ru: { text: 'Здравствуйте, {name}! Снова {rep}. В этом месяце можем предложить специальную цену на ваш следующий заказ. Ответьте здесь, если нужно коммерческое предложение.' },
    ar: { text: 'مرحباً {name}، مجدداً {rep}. هذا الشهر يمكننا تقديم سعر خاص لطلبكم القادم. ردّوا هنا إذا رغبتم في عرض سعر.' },
    zh: { text: '{name}您好，我是{rep}。本月您的下一笔订单可享受特别价格，如需报价请直接回复。' },
  },
};

/** Per step kind, per language (ISO 639-1); edited by the company in settings key `wakeup.templates`. */
export const templatesSchema = z
  .object(Object.fromEntries(STEP_KINDS.map((k) => [k, z.record(z.string(), templateSchema).default(DEFAULTS[k])])) as Record<
    StepKind,
    z.ZodDefault<z.ZodRecord<z.ZodString, typeof templateSchema>>
  >)
  .prefault({});
export type WakeupTemplates = z.infer<typeof templatesSchema>;

export const readTemplates = (db: DbClient) => readSetting(db, TEMPLATES_KEY, templatesSchema);
export const writeTemplates = (db: DbClient, value: z.input<typeof templatesSchema>) => writeSetting(db, TEMPLATES_KEY, templatesSchema, value);

/** The step's text in the buyer's language, else English (fallback = true so the rep is told). */
export function pickTemplate(
  templates: WakeupTemplates,
  kind: StepKind,
  language: string | null,
): { template: WakeupTemplate; language: string; fallback: boolean } | null {
  const table = templates[kind];
  const wanted = language?.toLowerCase().slice(0, 2) ?? 'en';
  if (table[wanted]) return { template: table[wanted], language: wanted, fallback: false };
  if (table.en) return { template: table.en, language: 'en', fallback: wanted !== 'en' };
  return null;
}

export function renderTemplate(text: string, values: { name: string; rep: string }): string {
  return text.replace(/\{(name|rep)\}/g, (_, key: 'name' | 'rep') => values[key]);
}
