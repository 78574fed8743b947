/**
 * The first answer to a new buyer, in their language. `{owner}` is who will answer, `{when}` when: a template a
 * company edits (settings key `first_answer`, command `/firstanswer`) keeps both placeholders.
 */
export const FIRST_ANSWER_LANGUAGES = ['en', 'zh', 'es', 'fr', 'de', 'ru', 'ar', 'pt'] as const;
export type FirstAnswerLanguage = (typeof FIRST_ANSWER_LANGUAGES)[number];

export const isFirstAnswerLanguage = (value: unknown): value is FirstAnswerLanguage =>
  typeof value === 'string' && (FIRST_ANSWER_LANGUAGES as readonly string[]).includes(value);

export const DEFAULT_FIRST_ANSWERS: Record<FirstAnswerLanguage, string> = {
  en: 'Thank you for your message! {owner} will answer you {when}.',
  zh: '感谢您的来信！{owner}将{when}回复您。',
  es: '¡Gracias por su mensaje! {owner} le responderá {when}.',
  fr: 'Merci pour votre message ! {owner} vous répondra {when}.',
  de: 'Vielen Dank für Ihre Nachricht! {owner} antwortet Ihnen {when}.',
  ru: 'Спасибо за ваше сообщение! {owner} ответит вам {when}.',
  ar: 'شكرًا على رسالتك! سيرد عليك {owner} {when}.',
  pt: 'Obrigado pela sua mensagem! {owner} responderá {when}.',
};

/** "shortly" (inside the owner's hours), and the frame around a later opening's day and time */
const WHEN: Record<FirstAnswerLanguage, { soon: string; at: (dayTime: string) => string }> = {
  en: { soon: 'shortly', at: (t) => `on ${t}` },
  zh: { soon: '尽快', at: (t) => `于${t}` },
  es: { soon: 'en breve', at: (t) => `el ${t}` },
  fr: { soon: 'très bientôt', at: (t) => `le ${t}` },
  de: { soon: 'in Kürze', at: (t) => `am ${t}` },
  ru: { soon: 'в ближайшее время', at: (t) => `в ${t}` },
  ar: { soon: 'قريبًا', at: (t) => `في ${t}` },
  pt: { soon: 'em breve', at: (t) => `em ${t}` },
};

/** who answers when the lead has no owner yet (it waits in the public pool) */
const TEAM: Record<FirstAnswerLanguage, string> = {
  en: 'Our sales team', zh: '我们的销售团队', es: 'Nuestro equipo de ventas', fr: 'Notre équipe commerciale',
  de: 'Unser Vertriebsteam', ru: 'Наш отдел продаж', ar: 'فريق المبيعات لدينا', pt: 'Nossa equipe de vendas',
};

// Intl tags where the language code alone would pick the wrong script or region (zh alone may render traditional)
const INTL_TAG: Partial<Record<FirstAnswerLanguage, string>> = { zh: 'zh-CN' };

/** The opening's weekday, date and time in the reader's zone and language ("Monday 7 December, 09:00 (Asia/Shanghai)"). */
function dayTime(at: Date, zone: string, language: FirstAnswerLanguage): string {
  const text = new Intl.DateTimeFormat(INTL_TAG[language] ?? language, {
    weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone,
  }).format(at);
  return `${text} (${zone})`;
}

export interface FirstAnswerInput {
  language: FirstAnswerLanguage;
  /** the company's edited template for this language, if any */
  template?: string;
  /** the owner's display name; null: the lead waits in the pool */
  owner: string | null;
  /** null: inside the owner's hours now; else the next opening, shown in `zone` */
  opensAt: Date | null;
  zone: string;
}

export function firstAnswerText(input: FirstAnswerInput): string {
  const { language } = input;
  const template = input.template ?? DEFAULT_FIRST_ANSWERS[language];
  const when = input.opensAt ? WHEN[language].at(dayTime(input.opensAt, input.zone, language)) : WHEN[language].soon;
  return template.replaceAll('{owner}', input.owner ?? TEAM[language]).replaceAll('{when}', when);
}
