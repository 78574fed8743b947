import type { CandidateRecord } from '../dedupe/match';
import { toCountryCode } from '../normalize/country';
import { normalizeEmail, websiteDomain } from '../normalize/email';
import { parsePhone } from '../normalize/phone';

export type ImportField = 'company' | 'country' | 'email' | 'phone' | 'contact' | 'website';

// Header names as they appear in real exports (trade show lists, Alibaba, 阿里 / 环球资源 sheets, old CRMs).
const ALIASES: Record<ImportField, string[]> = {
  company: ['company', 'company name', 'companyname', 'company_name', 'customer', 'customer name', 'organization', 'organisation', 'account', 'account name', 'buyer', '公司', '公司名称', '公司名', '客户', '客户名称', '企业名称', '单位名称'],
  country: ['country', 'country/region', 'country region', 'nation', 'country code', '国家', '国家/地区', '国家地区', '国别', '地区'],
  email: ['email', 'e-mail', 'email address', 'e-mail address', 'mail', '邮箱', '电子邮箱', '电子邮件', '邮件', '邮箱地址'],
  phone: ['phone', 'tel', 'telephone', 'mobile', 'whatsapp', 'phone number', 'tel.', 'cell', 'mobile phone', '电话', '手机', '手机号', '联系电话', '电话号码', 'whatsapp号码'],
  contact: ['contact', 'contact name', 'contact person', 'name', 'full name', '联系人', '联系人姓名', '姓名'],
  website: ['website', 'url', 'web', 'site', 'homepage', 'web site', '网站', '网址', '官网', '公司网站'],
};

const normalizeHeader = (h: string) => h.replace(/[\ufeff\u200b]/g, '').trim().toLowerCase().replace(/[_\s]+/g, ' ').replace(/[:：*]+$/, '').trim();

export interface ColumnMap {
  columns: Partial<Record<ImportField, number>>;
  missing: ImportField[];
  unknown: string[];
}

/** Matches headers case-insensitively against the aliases; the first column wins when two mean the same. */
export function mapHeaders(headers: string[]): ColumnMap {
  const columns: Partial<Record<ImportField, number>> = {};
  const unknown: string[] = [];
  headers.forEach((raw, i) => {
    const h = normalizeHeader(raw);
    const field = (Object.keys(ALIASES) as ImportField[]).find((f) => ALIASES[f].includes(h));
    if (field && columns[field] === undefined) columns[field] = i;
    else if (!field && h) unknown.push(raw.trim());
  });
  const missing = (Object.keys(ALIASES) as ImportField[]).filter((f) => columns[f] === undefined);
  return { columns, missing, unknown };
}

export type RowProblem = { en: string; zh: string };
/** A cell that could not be used as written: the row still imports, without that value (or flagged). */
export type RowWarning = { column: ImportField; value: string; en: string; zh: string };
/** Marks on an imported customer that someone should check ("phone-unverified", "country-unknown"); stored as tags. */
export type RowFlag = 'country-unknown' | 'phone-unverified';
export type ImportRecord = CandidateRecord & { country: string | null; emails: string[]; phones: string[] };
export type ParsedRow =
  | { ok: true; record: ImportRecord; contactName: string | null; warnings: RowWarning[]; flags: RowFlag[] }
  | { ok: false; problem: RowProblem; warnings: RowWarning[] };

const PHONE_LIKE = /^[+-]?[\d\s().\-/]+$/;
const MAX_NAME = 300;

/** Spreadsheet formula triggers (=, +, -, @, tab, CR): a cell like =HYPERLINK(...) runs when someone opens an export. */
function formulaLike(value: string, field: ImportField): boolean {
  if (/^[=@\t\r]/.test(value)) return true;
  // "+86 755 …" is a phone, not a formula; "+cmd|…" or "-2+3" in a name is
  return /^[+-]/.test(value) && !(field === 'phone' && PHONE_LIKE.test(value));
}

const split = (value: string, by: RegExp) => value.split(by).map((s) => s.trim()).filter(Boolean);
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * One data row into a record for the matcher. Only a row without a usable company name fails; every other bad cell
 * is left out of the record with a warning (an unknown country is stored empty and flagged, a possible but
 * unverified phone is kept and flagged).
 */
export function parseRow(cells: string[], map: ColumnMap): ParsedRow {
  const warnings: RowWarning[] = [];
  const flags: RowFlag[] = [];
  const warn = (column: ImportField, value: string, en: string, zh: string) => warnings.push({ column, value: shown(value), en, zh });
  const raw = (f: ImportField) => (map.columns[f] === undefined ? '' : String(cells[map.columns[f]!] ?? '').trim());
  // A formula cell is never stored: it would run when someone opens an export of the book.
  const get = (f: ImportField) => {
    const value = raw(f);
    if (!value || !formulaLike(value, f)) return value;
    warn(f, value, `starts with "${value[0]}": a spreadsheet formula, left out to prevent formula injection`, `以 "${value[0]}" 开头，疑似表格公式，为防公式注入已略过`);
    return '';
  };
  const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
  const written = get('company');
  let name = written.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (!name) return { ok: false, problem: { en: 'no company name', zh: '没有公司名称' }, warnings };
  if (CONTROL.test(written)) warn('company', written, 'control characters removed', '已去除控制字符');
  if (name.length > MAX_NAME) {
    warn('company', name, `longer than ${MAX_NAME} characters; cut to ${MAX_NAME}`, `超过 ${MAX_NAME} 个字符，已截断`);
    name = name.slice(0, MAX_NAME).trim();
  }
  let country: string | null = null;
  const rawCountry = get('country');
  if (rawCountry) {
    country = toCountryCode(rawCountry) ?? null;
    if (!country) {
      flags.push('country-unknown');
      warn('country', rawCountry, `unknown country "${rawCountry}"; left empty and flagged`, `无法识别国家 "${rawCountry}"，已留空并标记`);
    }
  }
  const emails: string[] = [];
  for (const value of split(get('email'), /[;,\s]+/)) {
    const email = normalizeEmail(value);
    if (email) emails.push(email);
    else warn('email', value, `"${value}" is not an email address; left out`, `"${value}" 不是有效的邮箱地址，已略过`);
  }
  const phones: string[] = [];
  for (const value of split(get('phone'), /[;,/]+|\s{2,}/)) {
    const phone = parsePhone(value, country);
    if (phone.kind === 'impossible') {
      warn('phone', value, `"${value}" is not a phone number${country ? ` for ${country}` : ''}; left out`, `"${value}" 不是有效的电话号码${country ? `（${country}）` : ''}，已略过`);
      continue;
    }
    if (phone.kind === 'unverified') {
      if (!flags.includes('phone-unverified')) flags.push('phone-unverified');
      warn('phone', value, `"${value}" is a possible but unverified number; kept as ${phone.e164} and flagged`, `"${value}" 号码格式可能但无法核实，已保存为 ${phone.e164} 并标记`);
    }
    if (!phones.includes(phone.e164)) phones.push(phone.e164);
  }
  let website: string | null = get('website') || null;
  if (website) {
    const site = websiteDomain(website);
    if (!site || !site.includes('.')) {
      warn('website', website, `"${website}" is not a website; left out`, `"${website}" 不是有效网址，已略过`);
      website = null;
    }
  }
  const contactName = get('contact') || null;
  return { ok: true, record: { name, country, emails, phones, website, contactNames: contactName ? [contactName] : [] }, contactName, warnings, flags };
}
