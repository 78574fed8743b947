import type { Prisma } from './client';

/**
 * A timeline's order, newest first: by time, then (within one second, where a platform dates in whole seconds) by the
 * platform's own order of the chat's messages, then by row. Two workers may store a chat's messages either way round.
 */
export const NEWEST_FIRST: Prisma.CommunicationOrderByWithRelationInput[] = [
  { occurredAt: 'desc' }, { chatSeq: { sort: 'desc', nulls: 'last' } }, { id: 'desc' },
];

/** The same order, oldest first (exports). */
export const OLDEST_FIRST: Prisma.CommunicationOrderByWithRelationInput[] = [
  { occurredAt: 'asc' }, { chatSeq: { sort: 'asc', nulls: 'first' } }, { id: 'asc' },
];
