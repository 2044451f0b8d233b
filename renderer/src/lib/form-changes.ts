// Whether what a form holds now differs from what it was opened with, the way a user sees it:
// an emptied box equals one never filled, key order does not matter, dates compare by their day.
import dayjs from 'dayjs';

/** The value in a form comparable by JSON: empty values dropped, object keys sorted. */
function canonical(value: unknown): unknown {
  let v = value;
  // The forms' date pickers hold days; a day picked from the calendar carries the clock time.
  if (dayjs.isDayjs(v)) v = v.isValid() ? v.format('YYYY-MM-DD') : null;
  if (v === undefined || v === null || v === '') return undefined;
  if (Array.isArray(v)) {
    const items = v.map((x) => canonical(x) ?? null);
    return items.length === 0 ? undefined : items;
  }
  if (typeof v === 'object') {
    const entries = Object.keys(v)
      .sort()
      .map((k) => [k, canonical((v as Record<string, unknown>)[k])] as const)
      .filter(([, x]) => x !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return v;
}

/** True when the two form values would look the same to the user. */
export function sameFormValues(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a) ?? null) === JSON.stringify(canonical(b) ?? null);
}
