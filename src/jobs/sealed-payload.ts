import { revealJson, sealContext, sealJson } from '../domain/crypto/personal-data-cipher';

/**
 * Job payloads that carry a buyer's words, chat id or account id are sealed before they reach Redis (the same cipher as
 * the database), bound to their queue and job id, so a payload copied to another job no longer opens. Jobs without
 * personal data (ids only, scheduled runs) stay plain, and plain payloads are still accepted.
 */
export interface SealedPayload {
  sealed: string;
}

const context = (queue: string, jobId: string) => sealContext('redis', queue, jobId);

export function sealPayload(queue: string, jobId: string, data: unknown): SealedPayload {
  return { sealed: sealJson(data, context(queue, jobId)) };
}

export function isSealedPayload(data: unknown): data is SealedPayload {
  return typeof data === 'object' && data !== null && typeof (data as SealedPayload).sealed === 'string';
}

/** The payload in clear: a sealed one opened with its queue and job id, a plain one as it is. */
export function openPayload(queue: string, jobId: string | undefined, data: unknown): unknown {
  return isSealedPayload(data) ? revealJson(data.sealed, context(queue, jobId ?? '')) : data;
}

/** Sends relayed to the gateway over the `outbound` queue, and the platform's answers, sealed per job. */
export const relaySealer = {
  seal: (part: 'send' | 'result', jobId: string, data: unknown): unknown => sealPayload(`outbound:${part}`, jobId, data),
  open: (part: 'send' | 'result', jobId: string, data: unknown): unknown => openPayload(`outbound:${part}`, jobId, data),
};
