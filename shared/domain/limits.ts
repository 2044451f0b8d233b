// Sizes the backend accepts and the screens check before sending, so both say the same thing.

/** Largest file taken in (a report, a plan to import): 50 MB; a report is a few hundred KB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Length of the base64 text of `bytes` bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}
