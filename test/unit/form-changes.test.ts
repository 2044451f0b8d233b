// When a form counts as changed: what decides whether closing it asks "Bỏ các thay đổi chưa lưu?".
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { sameFormValues } from '../../renderer/src/lib/form-changes';

describe('sameFormValues', () => {
  it('a changed letter, number, switch, choice or date is a change', () => {
    const base = { text: 'Xây dựng kế hoạch', day: 10, active: true, lead: [3, 5] };
    expect(sameFormValues(base, { ...base, text: 'Xây dựng kế hoạch.' })).toBe(false);
    expect(sameFormValues(base, { ...base, day: 11 })).toBe(false);
    expect(sameFormValues(base, { ...base, active: false })).toBe(false);
    expect(sameFormValues(base, { ...base, lead: [3] })).toBe(false);
    expect(sameFormValues(base, { ...base, lead: [5, 3] })).toBe(false);
    expect(
      sameFormValues({ issuedOn: dayjs('2025-02-14') }, { issuedOn: dayjs('2025-02-15') }),
    ).toBe(false);
    expect(
      sameFormValues({ halfDue: [{ day: 10, month: 6 }] }, { halfDue: [{ day: 10, month: 7 }] }),
    ).toBe(false);
  });

  it('typing into an empty box is a change, emptying it again is not', () => {
    expect(sameFormValues({}, { title: 'Đoàn kiểm tra' })).toBe(false);
    expect(sameFormValues({}, { title: '' })).toBe(true);
    expect(sameFormValues({ shortName: null }, { shortName: '' })).toBe(true);
    expect(sameFormValues({ aliases: [] }, {})).toBe(true);
    expect(sameFormValues({ start: null, end: undefined }, {})).toBe(true);
  });

  it('the same values in another key order, or the same day as another object, are no change', () => {
    expect(sameFormValues({ a: 1, b: 'x' }, { b: 'x', a: 1 })).toBe(true);
    expect(
      sameFormValues({ issuedOn: dayjs('2025-02-14') }, { issuedOn: dayjs('2025-02-14') }),
    ).toBe(true);
    // A day picked from the calendar keeps the clock time; it is still the saved day.
    expect(
      sameFormValues({ date: dayjs('2025-10-05') }, { date: dayjs('2025-10-05T14:37:12') }),
    ).toBe(true);
  });
});
