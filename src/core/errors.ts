/**
 * Real failures (not expected outcomes, which are values): one coded error class per area.
 * Channels translate `code` into a localized message and a log line.
 */
export type CoreErrorCode = 'CATALOG_INVALID' | 'UNKNOWN_PROGRAM' | 'UNKNOWN_OFFER' | 'UNKNOWN_COMPETENCY' | 'UNKNOWN_ORG' | 'UNKNOWN_LINE' | 'UNKNOWN_BENEFIT' | 'TRIAGE_TREE_INVALID';

export class CoreError extends Error {
  override readonly name = 'CoreError';
  constructor(
    readonly code: CoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type StoreErrorCode = 'CORRUPT_FILE' | 'SCHEMA_INVALID' | 'WRITE_FAILED' | 'CLOSED' | 'LOCKED' | 'CONFLICT' | 'NOT_FOUND' | 'IMPORT_INVALID' | 'UNAVAILABLE';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
