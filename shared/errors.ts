// Faults carry a code for programs and a Vietnamese message for people.
import type { Domain } from './api-effects';
export type ErrorCode =
  | 'UNKNOWN_METHOD'
  | 'INVALID_ARGS'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'VALIDATION'
  | 'BAD_FILE'
  | 'DB_TOO_NEW'
  | 'UNAUTHORIZED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

export interface FieldError {
  field: string;
  message: string;
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details?: { fields?: FieldError[]; [key: string]: unknown };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorPayload['details'];

  constructor(code: ErrorCode, message: string, details?: ErrorPayload['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** A validation failure tied to form fields, so the UI can show each message next to its field. */
export function validationError(fields: FieldError[]): AppError {
  const message =
    fields.length === 1 ? fields[0]!.message : `Có ${fields.length} trường chưa hợp lệ.`;
  return new AppError('VALIDATION', message, { fields });
}

export { INTERNAL_MESSAGE, SESSION_MESSAGE } from './messages/common';

/**
 * A call's answer. `changed`: the kinds of data a successful call altered (see `api-effects.ts`),
 * so that the renderer asks again for what it shows of them.
 */
export type Envelope<T> =
  { ok: true; value: T; changed?: readonly Domain[] } | { ok: false; error: ErrorPayload };
