import { useState } from 'react';

/**
 * The value, or while it is null the last non-null one: a drawer keeps showing its content during
 * the closing animation instead of going blank.
 */
export function useLastPresent<T>(value: T | null): T | null {
  const [last, setLast] = useState(value);
  if (value !== null && value !== last) setLast(value);
  return value ?? last;
}
