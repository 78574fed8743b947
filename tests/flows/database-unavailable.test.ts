import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors';
import { isDatabaseUnavailable } from '../../src/flows/error-replies';

// What decides between "the queue tries again" and "a bug: reply with an internal error" for a failed message.
describe('a database that cannot be reached', () => {
  it('is told apart from a bug, whichever Prisma call met it', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('Can\'t reach database server at `127.0.0.1:5432`'), { code: 'P1001' }))).toBe(true);
    // a raw query carries no code, only P1001's words
    expect(isDatabaseUnavailable(new Error('Invalid `prisma.$queryRawUnsafe()` invocation:\n\nRaw query failed. Code: `N/A`. Message: `Can\'t reach database server at 127.0.0.1:41234`'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new DomainError('DATABASE_UNAVAILABLE', {}))).toBe(true);
  });

  it('is not what a bug or a refusal is', () => {
    expect(isDatabaseUnavailable(new TypeError('Cannot read properties of undefined (reading \'id\')'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Raw query failed. Code: `23505`. Message: duplicate key value violates unique constraint'))).toBe(false);
    expect(isDatabaseUnavailable(new DomainError('CUSTOMER_NOT_FOUND', { ref: 'x' }))).toBe(false);
  });
});
