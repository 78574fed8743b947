// Hand weights of pass 1, as a starting point; replaced by scripts/fit-dedupe-weights.ts.
import type { MatchModel } from './match-model';

export const MATCH_WEIGHTS: MatchModel = {
  bias: -3,
  weights: {
    email_same: 5, domain_same: 4, domain_label_same: 1, domains_differ: -1.5, emails_differ: -0.25, free_mail_both: 0,
    phone_same: 4.5, phone_shared_only: 1.5, phones_differ: -0.25, linked_name_differs: 0,
    name_points: 1, name_sim: 0, name_exact: 0, name_sim_high: 0, name_strength: 0, name_generic_only: 0,
    cross_script: 0, cross_script_shared: 0, conflict_distinctive: 0, conflict_descriptor: 0, conflict_place: 0,
    contact_full: 1, contact_full_agree: 2, contact_partial: 0.5, contact_partial_agree: 0.75,
    city_same: 0.5, city_differ: -0.75, country_same: 0.5, country_differ: -3,
  },
  duplicate: 0.85,
  possible: 0.5,
};
