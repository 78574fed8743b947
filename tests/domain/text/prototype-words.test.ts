import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import { classifyMessage } from '../../../src/domain/classify';
import { matchRecords, prepareRecord } from '../../../src/domain/dedupe/match';
import { companyNameParts, normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';
import { personNameTokens } from '../../../src/domain/dedupe/similarity';
import { parsePeriod, isPeriodToken } from '../../../src/domain/reports/period';
import { parseDuration } from '../../../src/domain/followup/natural-date';
import { toLostReason, toStage } from '../../../src/domain/pipeline/stages';
import { toOrderStatus } from '../../../src/domain/orders/order-messages';
import { expandRegions, isKnownRegion } from '../../../src/domain/team/regions';
import { parseRuleLine, parseTarget } from '../../../src/domain/assignment/rule-definition';
import { detectLanguage } from '../../../src/domain/language/detect-language';
import { cleanForIntents, cleanForLanguage, fold, stripHtml } from '../../../src/domain/language/clean-text';
import { fromFranc } from '../../../src/domain/language/languages';
import { toCountryCode } from '../../../src/domain/normalize/country';
import { normalizeEmail, websiteDomain } from '../../../src/domain/normalize/email';
import { parsePhone, toE164 } from '../../../src/domain/normalize/phone';
import { countryTimezone, resolveTimezone } from '../../../src/domain/normalize/timezone';
import { createTestApp, runTerminalScript } from '../../support/terminal-harness';

// Every name Object.prototype carries, in the cases people type them.
const WORDS = Object.getOwnPropertyNames(Object.prototype).flatMap((w) => [w, w.toLowerCase(), w.toUpperCase(), `${w[0].toUpperCase()}${w.slice(1)}`]);
const SENTENCES = WORDS.flatMap((w) => [w, `Grupo ${w} Norte`, `${w} Trading Co., Ltd.`, `${w} ${w}`]);
const NOW = new Date('2026-10-14T08:00:00Z');

describe('text normalisers with words Object.prototype carries ("constructor", "__proto__", "toString")', () => {
  it('company, person, country, phone, email and timezone normalisers treat them as ordinary words', () => {
    for (const text of SENTENCES) {
      const parts = companyNameParts(text);
      expect(parts.tokens.every((t) => typeof t === 'string')).toBe(true);
      expect(typeof normalizeCompanyName(text)).toBe('string');
      expect(personNameTokens(text).every((t) => typeof t === 'string')).toBe(true);
      expect(toCountryCode(text)).toBeUndefined();
      expect(countryTimezone(text)).toBeUndefined();
      expect(resolveTimezone(text, text)).toBeUndefined();
      expect(toE164(text)).toBeUndefined();
      expect(parsePhone(text).kind).toBe('impossible');
      expect(normalizeEmail(text)).toBeUndefined();
      expect(['undefined', 'string']).toContain(typeof websiteDomain(text));
    }
    const a = prepareRecord({ name: 'Grupo Constructor Norte', country: 'MX', contactNames: ['constructor'] });
    expect(a.names[0].tokens).toContain('constructor');
    expect(matchRecords({ name: 'Build Constructor SA', country: 'constructor' }, { name: 'constructor', country: 'toString' }).verdict).toBeDefined();
  });

  it('command words, stages, periods, regions, rules, languages and intents do not find built-ins', () => {
    for (const word of WORDS) {
      expect(toStage(word)).toBeNull();
      expect(toLostReason(word)).toBeNull();
      expect(toOrderStatus(word)).toBeNull();
      expect(parseDuration(`2 ${word}`)).toBeNull();
      expect(isPeriodToken(word)).toBe(false);
      expect(() => parsePeriod(word, NOW, 'Asia/Shanghai')).toThrow();
      expect(expandRegions([word])).toEqual([]);
      expect(isKnownRegion(word)).toBe(false);
      expect(parseTarget(word)).toBeNull();
      expect(parseRuleLine(`${word}=MX -> team:latam`).problems.length).toBeGreaterThan(0);
      expect(fromFranc(word)).toBe('und');
      expect(typeof stripHtml(`&${word};`)).toBe('string');
      expect(typeof fold(word)).toBe('string');
      expect(typeof cleanForIntents(word)).toBe('string');
      expect(typeof cleanForLanguage(word)).toBe('string');
      expect(typeof detectLanguage(word, { country: word })).toBe('string');
      expect(Array.isArray(classifyMessage({ text: `${word} price please`, country: word }).intents)).toBe(true);
    }
  });
});

describe('chat and import with "constructor" in a name', { timeout: 120_000 }, () => {
  let app: App & { databaseUrl: string };
  beforeAll(async () => {
    app = await createTestApp();
    await app.services.team.add({ name: 'alice', role: 'rep', regions: ['MX'], locale: 'en' });
  });
  afterAll(async () => app?.stop());

  it('/new Grupo Constructor Norte and /find constructor answer normally', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'alice', ['/new Grupo Constructor Norte, MX, ventas@constructor-norte.mx', '/find constructor', '/log toString: call: hello']);
    expect(out).not.toMatch(/went wrong/i);
    expect(out).toMatch(/Grupo Constructor Norte/);
    expect(await app.database.prisma.customer.count({ where: { name: 'Grupo Constructor Norte' } })).toBe(1);
  });
});
