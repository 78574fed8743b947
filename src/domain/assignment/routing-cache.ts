import type { DbClient } from '../db/client';
import { listRoutingRules } from './assignment-rule.repository';
import type { RoutingRule } from './rule-match';

/**
 * Rules change a few times a month and are read for every lead: each process keeps them for a second (changes made
 * through this process are seen at once; other processes see them within `ttlMs`).
 */
export function createRoutingCache(db: DbClient, ttlMs = 1000, clock: () => number = Date.now) {
  let cached: { at: number; rules: Promise<RoutingRule[]> } | null = null;
  return {
    rules(): Promise<RoutingRule[]> {
      if (!cached || clock() - cached.at > ttlMs) {
        const rules = listRoutingRules(db);
        cached = { at: clock(), rules };
        rules.catch(() => (cached = null));
      }
      return cached.rules;
    },
    invalidate() {
      cached = null;
    },
  };
}

export type RoutingCache = ReturnType<typeof createRoutingCache>;
