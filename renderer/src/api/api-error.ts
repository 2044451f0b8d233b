// The one error type screens see: a code for the program, a Vietnamese message for people, and
// per-field messages for forms.
import type { ErrorCode, ErrorPayload, FieldError } from '../../../shared/errors';
import { INTERNAL_MESSAGE } from '../../../shared/messages/common';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[];
  readonly details: ErrorPayload['details'];

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
    this.details = payload.details;
    this.fields = Array.isArray(payload.details?.fields) ? payload.details.fields : [];
  }
}

/** A Vietnamese message for anything thrown, so no English text or stack reaches the screen. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return INTERNAL_MESSAGE;
}
