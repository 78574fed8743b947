import type { Locale } from '../domain/i18n';

/**
 * The first admin's reply language: DEFAULT_LOCALE when it is set, else the terminal's own language (POSIX order:
 * LC_ALL, LC_MESSAGES, LANG): zh* → Chinese, anything else → English. The README is English, so someone whose
 * terminal is not Chinese should not meet a Chinese bot first.
 */
export function firstAdminLocale(env: NodeJS.ProcessEnv, configured: Locale): Locale {
  if (env.DEFAULT_LOCALE?.trim()) return configured;
  const terminal = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v?.trim()) ?? '';
  return /^zh/i.test(terminal.trim()) ? 'zh' : 'en';
}

/** The first lines after creating the first admin: who they are, in which language, and how to switch. */
export function firstStartLines(user: string, locale: Locale): string {
  return locale === 'zh'
    ? `首次启动：已创建管理员 "${user}"。回复语言：中文（切换为英文：/lang en）。加载演示数据：npm run crm -- seed-demo\n`
    : `First start: created admin "${user}". Replies are in English (for Chinese: /lang zh). Load demo data with: npm run crm -- seed-demo\n`;
}

/** Said once when the first run made the default routing rule: where new leads go, and how to change it. */
export function defaultRouteLine(target: string, locale: Locale): string {
  return locale === 'zh'
    ? `新线索默认分配给 "${target}"（默认规则）。修改：/rule add default -> team:<团队>\n`
    : `New leads go to "${target}" by default (the default routing rule). Change it with: /rule add default -> team:<team>\n`;
}
