import { DomainError } from '../errors';

/** Incoterms® 2020. DAT (2010) became DPU; older terms are refused so the PDF never carries a dead rule. */
export const INCOTERMS = ['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'] as const;
export type Incoterm = (typeof INCOTERMS)[number];

export function isIncoterm(value: string): value is Incoterm {
  return (INCOTERMS as readonly string[]).includes(value.trim().toUpperCase());
}

export function toIncoterm(value: string): Incoterm {
  const code = value.trim().toUpperCase().replace(/[®.]/g, '');
  if (!isIncoterm(code)) throw new DomainError('INVALID_INCOTERM', { value: value.trim(), valid: INCOTERMS });
  return code;
}
