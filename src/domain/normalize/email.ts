import { z } from 'zod';

const emailSchema = z.email();

/** Lower-cased address, or undefined if it is not an email address. */
export function normalizeEmail(input: string): string | undefined {
  const value = input.trim().toLowerCase();
  return emailSchema.safeParse(value).success ? value : undefined;
}

export function looksLikeEmail(input: string): boolean {
  return input.includes('@');
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Host of a website without scheme, "www." and path: "https://www.Brightlux.cn/en" → "brightlux.cn". */
export function websiteDomain(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return undefined;
  try {
    const url = new URL(/^[a-z]+:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`);
    return url.hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
