import { describe, expect, it } from 'vitest';
import {
  clampedDate,
  compareVi,
  daysBetween,
  daysInMonth,
  endOfMonth,
  foldVietnamese,
  formatLongVnDate,
  formatVnDate,
  formatVnDateTime,
  formatVnNumber,
  fromRoman,
  localIsoDate,
  matchesSearch,
  nfc,
  parseVnDate,
  parseVnNumber,
  toIsoDate,
  toRoman,
} from '../../shared/domain/text';

describe('nfc and foldVietnamese', () => {
  it('recomposes decomposed text from macOS', () => {
    const nfd = 'Sở Nội vụ'.normalize('NFD');
    expect(nfd).not.toBe('Sở Nội vụ');
    expect(nfc(nfd)).toBe('Sở Nội vụ');
  });

  it.each([
    ['Sở Nội vụ', 'so noi vu'],
    ['CHUYỂN ĐỔI SỐ', 'chuyen doi so'],
    ['Đắk Lắk', 'dak lak'],
    ['  Khoa học,\tcông nghệ\n và   đổi mới sáng tạo ', 'khoa hoc, cong nghe va doi moi sang tao'],
    ['Ủy ban nhân dân tỉnh Lai Châu', 'uy ban nhan dan tinh lai chau'],
    ['Tỉnh uỷ', 'tinh uy'],
  ])('%s → %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('folds NFD and NFC input to the same string', () => {
    const s = 'Đài Phát thanh và Truyền hình tỉnh';
    expect(foldVietnamese(s.normalize('NFD'))).toBe(foldVietnamese(s));
  });
});

describe('matchesSearch', () => {
  it.each([
    ['Sở Nội vụ', 'so noi vu', true],
    ['Triển khai chuyển đổi số trong cơ quan nhà nước', 'chuyen doi so', true],
    ['Sở Khoa học và Công nghệ', 'CÔNG NGHỆ khoa', true],
    ['Sở Khoa học và Công nghệ', 'sở y tế', false],
    ['Sở Tài chính', 'tai chinh hoc', false],
    ['Đài Phát thanh', 'dai', true],
    ['Sở Nội vụ'.normalize('NFD'), 'nội vụ', true],
    ['Bất kỳ', '   ', true],
  ])('%s ⟵ "%s": %s', (haystack, query, expected) => {
    expect(matchesSearch(haystack, query)).toBe(expected);
  });
});

describe('compareVi', () => {
  it('sorts in Vietnamese alphabetical order (a ă â … d đ … u ư)', () => {
    const names = ['Ưng', 'Đức', 'Dũng', 'Ân', 'Bình', 'Ăn', 'An', 'Uyên'];
    expect([...names].sort(compareVi)).toEqual([
      'An',
      'Ăn',
      'Ân',
      'Bình',
      'Dũng',
      'Đức',
      'Uyên',
      'Ưng',
    ]);
  });

  it('treats NFD and NFC as equal and orders numbers by value', () => {
    expect(compareVi('Sở Nội vụ'.normalize('NFD'), 'Sở Nội vụ')).toBe(0);
    expect(['6.10', '6.2', '6.1'].sort(compareVi)).toEqual(['6.1', '6.2', '6.10']);
  });
});

describe('parseVnNumber', () => {
  it.each<[string | number | null | undefined, number | null]>([
    ['37,6', 37.6],
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['0.623', 0.623],
    ['0,623', 0.623],
    ['37.6', 37.6],
    ['12.5', 12.5],
    ['1,234', 1.234],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['2,1%', 2.1],
    ['56,7 %', 56.7],
    [' 35,2 ', 35.2],
    ['≥ 80', 80],
    ['≤ 57', 57],
    ['> 0,623', 0.623],
    ['>= 25', 25],
    ['-3,5', -3.5],
    ['−3,5', -3.5],
    ['+4', 4],
    ['1 234 567', 1234567],
    ['2\u00a0191', 2191],
    ['100', 100],
    ['0', 0],
    [37.6, 37.6],
    [0, 0],
    [-2, -2],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
    ['abc', null],
    ['#DIV/0!', null],
    ['#REF!', null],
    ['x', null],
    ['80 người', null],
    ['1.2.3', null],
    ['12,', null],
    ['1.23.456', null],
    ['12.345,6.7', null],
  ])('%j → %j', (input, expected) => {
    expect(parseVnNumber(input)).toBe(expected);
  });
});

describe('formatVnNumber', () => {
  it.each<[number, number | undefined, string]>([
    [37.6, undefined, '37,6'],
    [1234.5, undefined, '1.234,5'],
    [1234567, undefined, '1.234.567'],
    [0.623, undefined, '0,62'],
    [0.623, 3, '0,623'],
    [2.125, 0, '2'],
    [100, undefined, '100'],
    [-3.5, undefined, '-3,5'],
  ])('%d (max %s digits) → %s', (n, digits, expected) => {
    expect(digits === undefined ? formatVnNumber(n) : formatVnNumber(n, digits)).toBe(expected);
  });

  it('round-trips through parseVnNumber', () => {
    for (const n of [37.6, 1234.5, 0.62, 98765.43, -12.5]) {
      expect(parseVnNumber(formatVnNumber(n))).toBe(n);
    }
  });
});

describe('parseVnDate', () => {
  it.each<[string | number | Date | null | undefined, string | null]>([
    ['15/04/2025', '2025-04-15'],
    ['5/4/2025', '2025-04-05'],
    ['05/9/2025', '2025-09-05'],
    ['15-04-2025', '2025-04-15'],
    ['15.04.2025', '2025-04-15'],
    [' 15/04/2025 ', '2025-04-15'],
    ['2025-04-15', '2025-04-15'],
    ['2025-04-15T00:00:00.000Z', '2025-04-15'],
    ['ngày 15 tháng 4 năm 2025', '2025-04-15'],
    ['Ngày 05 tháng 02 năm 2026', '2026-02-05'],
    ['29/02/2024', '2024-02-29'],
    [new Date(Date.UTC(2025, 3, 15)), '2025-04-15'],
    [new Date(Date.UTC(2025, 11, 31, 23, 30)), '2025-12-31'],
    [45762, '2025-04-15'],
    [45762.75, '2025-04-15'],
    [45658, '2025-01-01'],
    [61, '1900-03-01'],
    [59, '1900-02-28'],
    [1, '1900-01-01'],
    ['31/02/2025', null],
    ['29/02/2025', null],
    ['15/13/2025', null],
    ['00/01/2025', null],
    ['2025-02-30', null],
    ['15/04/25', null],
    ['hôm qua', null],
    ['', null],
    [60, null],
    [0, null],
    [-5, null],
    [new Date('not a date'), null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (input, expected) => {
    expect(parseVnDate(input)).toBe(expected);
  });
});

describe('date helpers', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('builds and clamps ISO dates', () => {
    expect(toIsoDate(2025, 4, 5)).toBe('2025-04-05');
    expect(toIsoDate(2025, 2, 29)).toBeNull();
    expect(endOfMonth(2025, 2)).toBe('2025-02-28');
    expect(endOfMonth(2025, 9)).toBe('2025-09-30');
    expect(clampedDate(2025, 6, 31)).toBe('2025-06-30');
    expect(clampedDate(2025, 6, 10)).toBe('2025-06-10');
  });

  it('counts whole days between two dates, across months and a leap day', () => {
    expect(daysBetween('2025-09-10', '2025-09-10')).toBe(0);
    expect(daysBetween('2025-09-10', '2025-09-18')).toBe(8);
    expect(daysBetween('2025-09-18', '2025-09-10')).toBe(-8);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
  });
});

describe('formatVnDate and formatLongVnDate', () => {
  it.each([
    ['2025-04-15', '15/04/2025'],
    ['2025-09-05', '05/09/2025'],
    ['2026-02-05', '05/02/2026'],
  ])('%s → %s', (iso, shown) => {
    expect(formatVnDate(iso)).toBe(shown);
  });

  it('shows nothing for a missing date and leaves unknown text as it is', () => {
    expect(formatVnDate(null)).toBe('');
    expect(formatVnDate(undefined)).toBe('');
    expect(formatVnDate('Thường xuyên')).toBe('Thường xuyên');
  });

  it.each([
    ['2026-02-05', 'ngày 05 tháng 02 năm 2026'],
    ['2025-06-15', 'ngày 15 tháng 6 năm 2025'],
    ['2025-06-05', 'ngày 05 tháng 6 năm 2025'],
    ['2025-12-01', 'ngày 01 tháng 12 năm 2025'],
    ['2025-01-09', 'ngày 09 tháng 01 năm 2025'],
    ['2025-03-10', 'ngày 10 tháng 3 năm 2025'],
    ['2025-10-31', 'ngày 31 tháng 10 năm 2025'],
  ])('ND30 date line %s → %s', (iso, text) => {
    expect(formatLongVnDate(iso)).toBe(text);
  });
});

describe('local dates and times (backups, the change log, "today")', () => {
  it('takes the day and the clock of the machine, not of UTC', () => {
    // Built from local fields, so the test holds in any time zone.
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 0, 6, 0, 1))).toBe('2026-01-06');
    expect(formatVnDateTime(new Date(2026, 11, 2, 16, 5).toISOString())).toBe('02/12/2026 16:05');
  });
});

describe('roman numerals', () => {
  const table: Array<[number, string]> = [
    [1, 'I'],
    [2, 'II'],
    [3, 'III'],
    [4, 'IV'],
    [5, 'V'],
    [6, 'VI'],
    [7, 'VII'],
    [8, 'VIII'],
    [9, 'IX'],
    [10, 'X'],
    [11, 'XI'],
    [12, 'XII'],
    [13, 'XIII'],
    [14, 'XIV'],
    [15, 'XV'],
    [16, 'XVI'],
    [17, 'XVII'],
    [18, 'XVIII'],
    [19, 'XIX'],
    [20, 'XX'],
  ];

  it.each(table)('%d ↔ %s', (n, roman) => {
    expect(toRoman(n)).toBe(roman);
    expect(fromRoman(roman)).toBe(n);
  });

  it('reads group codes as printed in plans', () => {
    expect(fromRoman('II.')).toBe(2);
    expect(fromRoman(' vii ')).toBe(7);
  });

  it.each(['IIII', 'VX', 'IC', 'A', '', '3', 'I I'])('rejects %j', (s) => {
    expect(fromRoman(s)).toBeNull();
  });

  it('refuses numbers it cannot write', () => {
    expect(() => toRoman(0)).toThrow(RangeError);
    expect(() => toRoman(2.5)).toThrow(RangeError);
  });
});
