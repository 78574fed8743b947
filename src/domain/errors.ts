/** Every failure a user can cause or meet, by code; `src/flows/error-replies.ts` maps each to words in zh and en. */
export type DomainErrorCode =
  | 'NOT_A_MEMBER'
  | 'RELINK_REQUIRED'
  | 'FORBIDDEN'
  | 'UNKNOWN_COMMAND'
  | 'BAD_ARGUMENTS'
  | 'CUSTOMER_NOT_FOUND'
  | 'CUSTOMER_AMBIGUOUS'
  | 'DUPLICATE_CUSTOMER'
  | 'POSSIBLE_DUPLICATE'
  | 'TRANSFER_NOT_FOUND'
  | 'TRANSFER_NOT_NEEDED'
  | 'GROUP_CONFLICT'
  | 'MERGE_INVALID'
  | 'MERGE_NOT_FOUND'
  | 'MERGE_EXPIRED'
  | 'IMPORT_FILE_INVALID'
  | 'UNKNOWN_COUNTRY'
  | 'INVALID_EMAIL'
  | 'INVALID_PHONE'
  | 'TEXT_TOO_LONG'
  | 'MEMBER_NOT_FOUND'
  | 'MEMBER_EXISTS'
  | 'DATABASE_UNAVAILABLE'
  | 'REPORT_PERIOD_IN_FUTURE'
  | 'REPORT_UNKNOWN_FILTER'
  | 'CONTACT_NOT_FOUND'
  | 'CONTACT_IS_TEAM_MEMBER'
  | 'OFFBOARD_INVALID'
  | 'NO_BUYER_CHAT'
  | 'CHANNEL_UNAVAILABLE'
  | 'OUTSIDE_REPLY_WINDOW'
  | 'BUYER_OPTED_OUT'
  | 'MESSAGE_NOT_SENT'
  | 'RULE_INVALID'
  | 'RULE_NOT_FOUND'
  | 'RULES_FILE_INVALID'
  | 'TEAM_NOT_FOUND'
  | 'NO_RULE_MATCHED'
  | 'FIRST_ANSWER_INVALID'
  | 'WEIGHT_INVALID'
  | 'TEAM_UNAVAILABLE'
  | 'ALREADY_CLAIMED'
  | 'CLAIM_LIMIT'
  | 'NOT_IN_POOL'
  | 'TASK_NOT_FOUND' | 'TASK_NOT_OPEN' | 'BAD_DATE' | 'SEQUENCE_NOT_ACTIVE' | 'SEQUENCE_NOT_PAUSED'
  | 'STAGE_CHANGE_NOT_FOUND' | 'STAGE_MOVED_SINCE' | 'WON_NOT_PENDING'
  | 'CHOICE_EXPIRED' | 'LINK_CODE_INVALID' | 'UNKNOWN_ROLE' | 'GROUP_SELF' | 'BAD_TIMEZONE' | 'UNKNOWN_REGION'
  | SalesErrorCode
  | 'RATE_LIMITED'
  | 'ASSIGNEE_CANNOT_SEE'
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

/** Quotes, rates, approvals, the pipeline and orders; their words are in src/flows/format/sales-error-replies.ts. */
export type SalesErrorCode =
  | 'INVALID_INCOTERM'
  | 'INVALID_AMOUNT'
  | 'INVALID_CURRENCY'
  | 'INVALID_RATE'
  | 'NO_RATE'
  | 'INVALID_PAYMENT_TERMS'
  | 'INVALID_VALIDITY'
  | 'INVALID_FIELD'
  | 'CUSTOMER_NOT_OWNED'
  | 'QUOTE_NOT_FOUND'
  | 'QUOTE_NOT_APPROVED'
  | 'APPROVAL_NOT_FOUND'
  | 'APPROVAL_NOT_YOURS'
  | 'APPROVAL_NOT_YOUR_TURN'
  | 'APPROVAL_ALREADY_DECIDED'
  | 'INVALID_APPROVAL_RULES'
  | 'NO_APPROVER'
  | 'COMMENT_REQUIRED'
  | 'CONFLICT'
  | 'INVALID_STAGE'
  | 'LOST_REASON_REQUIRED'
  | 'ORDER_NOT_FOUND'
  | 'ORDER_EXISTS'
  | 'ORDER_CLOSED'
  | 'INVALID_ORDER_STATUS';
