import type { CandidateRecord } from '../dedupe/match';
import { toCountryCode } from '../normalize/country';
import { normalizeEmail, websiteDomain } from '../normalize/email';
import { toE164 } from '../normalize/phone';

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
export type ParsedRow = { ok: true; record: CandidateRecord & { country: string | null; emails: string[]; phones: string[] }; contactName: string | null } | { ok: false; problem: RowProblem };

const PHONE_LIKE = /^[+-]?[\d\s().\-/]+$/;

/** Spreadsheet formula triggers (=, +, -, @, tab, CR): a cell like =HYPERLINK(...) runs when someone opens an export. */
function formulaLike(value: string, field: ImportField): boolean {
  if (/^[=@\t\r]/.test(value)) return true;
  // "+86 755 …" is a phone, not a formula; "+cmd|…" or "-2+3" in a name is
  return /^[+-]/.test(value) && !(field === 'phone' && PHONE_LIKE.test(value));
}

const split = (value: string, by: RegExp) => value.split(by).map((s) => s.trim()).filter(Boolean);

/** One data row into a record for the matcher, or the reason it cannot be imported. */
export function parseRow(cells: string[], map: ColumnMap): ParsedRow {
  const get = (f: ImportField) => (map.columns[f] === undefined ? '' : (cells[map.columns[f]!] ?? '').trim());
  for (const field of Object.keys(map.columns) as ImportField[]) {
    const value = get(field);
    if (value && formulaLike(value, field)) {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return { ok: false, problem: { en: `column ${field} starts with "${value[0]}" (${shown}): a spreadsheet formula; refused to prevent formula injection`, zh: `${field} 列以 "${value[0]}" 开头（${shown}）：疑似表格公式，为防公式注入已拒绝` } };
    }
  }
  const name = get('company');
  if (!name) return { ok: false, problem: { en: 'company name is empty', zh: '公司名称为空' } };
  if (name.length > 300) return { ok: false, problem: { en: 'company name is longer than 300 characters', zh: '公司名称超过 300 个字符' } };
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(name)) return { ok: false, problem: { en: 'company name contains control characters', zh: '公司名称包含控制字符' } };
  let country: string | null = null;
  const rawCountry = get('country');
  if (rawCountry) {
    country = toCountryCode(rawCountry) ?? null;
    if (!country) return { ok: false, problem: { en: `unknown country "${rawCountry}"`, zh: `无法识别国家 "${rawCountry}"` } };
  }
  const emails: string[] = [];
  for (const raw of split(get('email'), /[;,\s]+/)) {
    const email = normalizeEmail(raw);
    if (!email) return { ok: false, problem: { en: `"${raw}" is not a valid email address`, zh: `"${raw}" 不是有效的邮箱地址` } };
    emails.push(email);
  }
  const phones: string[] = [];
  for (const raw of split(get('phone'), /[;,/]+/)) {
    const phone = toE164(raw, country);
    if (!phone) return { ok: false, problem: { en: `"${raw}" is not a valid phone number${country ? ` for ${country}` : ''}`, zh: `"${raw}" 不是有效的电话号码${country ? `（${country}）` : ''}` } };
    phones.push(phone);
  }
  const rawSite = get('website');
  const site = rawSite ? websiteDomain(rawSite) : undefined;
  if (rawSite && (!site || !site.includes('.'))) return { ok: false, problem: { en: `"${rawSite}" is not a website`, zh: `"${rawSite}" 不是有效网址` } };
  const contactName = get('contact') || null;
  return { ok: true, record: { name, country, emails, phones, website: rawSite || null, contactNames: contactName ? [contactName] : [] }, contactName };
}
