/** Every failure a user can cause or meet, by code; `src/flows/error-replies.ts` maps each to words in zh and en. */
export type DomainErrorCode =
  | 'NOT_A_MEMBER'
  | 'FORBIDDEN'
  | 'UNKNOWN_COMMAND'
  | 'BAD_ARGUMENTS'
  | 'CUSTOMER_NOT_FOUND'
  | 'CUSTOMER_AMBIGUOUS'
  | 'DUPLICATE_CUSTOMER'
  | 'UNKNOWN_COUNTRY'
  | 'INVALID_EMAIL'
  | 'INVALID_PHONE'
  | 'TEXT_TOO_LONG'
  | 'MEMBER_NOT_FOUND'
  | 'MEMBER_EXISTS'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    /** values the reply can quote back (the name typed, the limit, the candidates…) */
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${code}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
