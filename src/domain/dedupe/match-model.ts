// The duplicate score is a small logistic model over the matcher's signals: score = σ(bias + Σ weight × feature).
// The weights and the two thresholds are data, fitted by scripts/fit-dedupe-weights.ts (npm run fit:dedupe) on our
// labelled sets and the DEV set, with out-of-fold figures on DEV; match.ts only says which signals are present.
import { MATCH_WEIGHTS } from './match-weights';

export const FEATURES = [
  'email_same', 'domain_same', 'domain_label_same', 'domains_differ', 'emails_differ', 'free_mail_both',
  'phone_same', 'phone_shared_only', 'phones_differ', 'linked_name_differs',
  'name_points', 'name_sim', 'name_exact', 'name_sim_high', 'name_strength', 'name_generic_only',
  'cross_script', 'cross_script_shared', 'conflict_distinctive', 'conflict_descriptor', 'conflict_place',
  'contact_full', 'contact_full_agree', 'contact_partial', 'contact_partial_agree',
  'city_same', 'city_differ', 'country_same', 'country_differ',
] as const;

export type FeatureName = (typeof FEATURES)[number];
/** Present signals of one pair; an absent feature is 0. */
export type MatchFeatures = Partial<Record<FeatureName, number>>;

export type MatchModel = { bias: number; weights: Record<FeatureName, number>; duplicate: number; possible: number };

export const MATCH_MODEL: MatchModel = MATCH_WEIGHTS;

/** The model's logit for a pair's features. */
export function modelLogit(f: MatchFeatures, model: MatchModel = MATCH_MODEL): number {
  let z = model.bias;
  for (const name of FEATURES) z += (f[name] ?? 0) * model.weights[name];
  return z;
}

/** 0..1, rounded to three places so verdicts are stable across platforms. */
export function modelScore(f: MatchFeatures, model: MatchModel = MATCH_MODEL): number {
  return Math.round((1 / (1 + Math.exp(-modelLogit(f, model)))) * 1000) / 1000;
}
