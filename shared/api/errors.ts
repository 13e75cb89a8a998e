/**
 * Error codes that can cross the IPC / HTTP boundary. Each has a translation under
 * `errors.<code>` in every locale (a test checks), so the UI never shows a raw message.
 */
export const ERROR_CODES = [
  'unknown_method',
  'invalid_input',
  'forbidden_sender',
  'unauthorized',
  'not_found',
  'conflict',
  'internal',
  'db_busy',
  'db_corrupt',
  'db_newer_version',
  'db_not_ours',
  'db_migration_failed',
  'db_empty_file',
  'db_is_folder',
  'db_read_only',
  'db_locked',
  'db_cannot_open',
  'backup_failed',
  'backup_folder_unusable',
  'restore_backup_damaged',
  'customer_duplicate_phone',
  'logo_invalid',
  'network',
  'product_duplicate_serial',
  'policy_code_taken',
  'warranty_card_exists',
  'warranty_card_duplicate',
  'warranty_card_void',
  'warranty_no_proof',
  'warranty_no_start_date',
  'warranty_same_owner',
  'ticket_transition',
  'ticket_not_ready',
  'ticket_not_editable',
  'ticket_open_for_device',
  'quote_superseded',
  'quote_already_approved',
  'quote_already_declined',
  'document_immutable',
  'payment_overpaid',
  'payment_nothing_due',
  'payment_sale_unpaid',
  'payment_credit_needs_customer',
  'payment_tendered_below_amount',
  'receipt_already_void',
  'receipt_void_owner_only',
  'receipt_has_refunds',
  'receipt_is_void',
  'refund_exceeds_paid',
  'day_closed',
  'day_already_closed',
  'day_in_future',
  'balance_override_owner_only',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

export interface FieldIssue {
  /** Path of the offending field in the input, e.g. ["phones", 0, "number"]. */
  path: (string | number)[];
  /** A message key (see shared/i18n `validation.*`), possibly with `?name=value` params. */
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  /** English fallback for logs; the UI translates `code` instead. */
  message: string;
  params?: ErrorParams;
  issues?: FieldIssue[];
}

/**
 * Thrown by services for expected failures. The dispatcher turns it into an error result,
 * and the transaction it was thrown in is rolled back.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly params?: ErrorParams,
    readonly issues?: FieldIssue[],
  ) {
    super(message ?? code);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    const error: ApiError = { code: this.code, message: this.message };
    if (this.params) error.params = this.params;
    if (this.issues) error.issues = this.issues;
    return error;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
