import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DUE_RULES,
  type DueRules,
  isLate,
  listPeriods,
  nextPeriod,
  parsePeriodFromText,
  periodFromKey,
  periodKey,
  periodLabel,
} from '../../shared/domain/periods';

describe('periodFromKey', () => {
  it('builds a month, due the 20th of that month', () => {
    expect(periodFromKey('2025-10')).toEqual({
      kind: 'month',
      year: 2025,
      index: 10,
      start: '2025-10-01',
      end: '2025-10-31',
      due: '2025-10-20',
      key: '2025-10',
    });
    expect(periodFromKey('2024-02')).toMatchObject({ end: '2024-02-29', due: '2024-02-20' });
  });

  it('builds a quarter, due the 10th of its last month', () => {
    expect(periodFromKey('2025-Q3')).toEqual({
      kind: 'quarter',
      year: 2025,
      index: 3,
      start: '2025-07-01',
      end: '2025-09-30',
      due: '2025-09-10',
      key: '2025-Q3',
    });
    expect(periodFromKey('2025-Q1')).toMatchObject({
      start: '2025-01-01',
      end: '2025-03-31',
      due: '2025-03-10',
    });
    expect(periodFromKey('2025-Q4')).toMatchObject({
      start: '2025-10-01',
      end: '2025-12-31',
      due: '2025-12-10',
    });
  });

  it('builds halves, due 10 June and 10 December', () => {
    expect(periodFromKey('2025-H1')).toEqual({
      kind: 'half',
      year: 2025,
      index: 1,
      start: '2025-01-01',
      end: '2025-06-30',
      due: '2025-06-10',
      key: '2025-H1',
    });
    expect(periodFromKey('2025-H2')).toMatchObject({
      start: '2025-07-01',
      end: '2025-12-31',
      due: '2025-12-10',
    });
  });

  it('builds a year, due 30 November', () => {
    expect(periodFromKey('2025')).toEqual({
      kind: 'year',
      year: 2025,
      index: 0,
      start: '2025-01-01',
      end: '2025-12-31',
      due: '2025-11-30',
      key: '2025',
    });
  });

  it('accepts lower case and unpadded months, returning the canonical key', () => {
    expect(periodFromKey('2025-q3').key).toBe('2025-Q3');
    expect(periodFromKey(' 2025-h1 ').key).toBe('2025-H1');
    expect(periodFromKey('2025-1')).toMatchObject({ key: '2025-01', index: 1, end: '2025-01-31' });
  });

  it('uses the due rules of the plan', () => {
    const rules: DueRules = {
      monthDay: 31,
      quarterDay: 15,
      halfDue: [
        { month: 6, day: 15 },
        { month: 12, day: 1 },
      ],
      yearDue: { month: 12, day: 15 },
    };
    expect(periodFromKey('2025-02', rules).due).toBe('2025-02-28');
    expect(periodFromKey('2025-04', rules).due).toBe('2025-04-30');
    expect(periodFromKey('2025-Q2', rules).due).toBe('2025-06-15');
    expect(periodFromKey('2025-H1', rules).due).toBe('2025-06-15');
    expect(periodFromKey('2025-H2', rules).due).toBe('2025-12-01');
    expect(periodFromKey('2025', rules).due).toBe('2025-12-15');
  });

  it('keeps the published defaults', () => {
    expect(DEFAULT_DUE_RULES).toEqual({
      monthDay: 20,
      quarterDay: 10,
      halfDue: [
        { month: 6, day: 10 },
        { month: 12, day: 10 },
      ],
      yearDue: { month: 11, day: 30 },
    });
  });

  it('builds an ad hoc period from the dates the user gives', () => {
    const p = periodFromKey('2025-A1', DEFAULT_DUE_RULES, {
      start: '2025-09-01',
      end: '2025-09-15',
      due: '2025-09-20',
    });
    expect(p).toEqual({
      kind: 'adhoc',
      year: 2025,
      index: 1,
      start: '2025-09-01',
      end: '2025-09-15',
      due: '2025-09-20',
      key: '2025-A1',
    });
  });

  it('refuses an ad hoc key without dates, or with impossible ones, in Vietnamese', () => {
    expect(() => periodFromKey('2025-A1')).toThrow(
      'Kỳ báo cáo đột xuất "2025-A1" cần ngày bắt đầu, ngày kết thúc và hạn báo cáo.',
    );
    expect(() =>
      periodFromKey('2025-A2', DEFAULT_DUE_RULES, {
        start: '2025-09-15',
        end: '2025-09-01',
        due: '2025-09-20',
      }),
    ).toThrow(/ngày bắt đầu phải trước ngày kết thúc/);
    expect(() =>
      periodFromKey('2025-A2', DEFAULT_DUE_RULES, {
        start: '2025-02-30',
        end: '2025-03-01',
        due: '2025-03-05',
      }),
    ).toThrow(/đột xuất/);
  });

  it.each([
    '2025-Q5',
    '2025-Q0',
    '2025-13',
    '2025-00',
    '2025-H3',
    '25-Q3',
    'Q3-2025',
    '2025/10',
    '',
    'abc',
    '2025-A0',
  ])('refuses %j with a Vietnamese message', (key) => {
    expect(() => periodFromKey(key)).toThrow(
      `Kỳ báo cáo "${key}" không hợp lệ. Dùng dạng 2025-10, 2025-Q3, 2025-H1 hoặc 2025.`,
    );
  });
});

describe('periodKey', () => {
  it('writes canonical keys', () => {
    expect(periodKey('month', 2025, 3)).toBe('2025-03');
    expect(periodKey('quarter', 2025, 2)).toBe('2025-Q2');
    expect(periodKey('half', 2026, 1)).toBe('2026-H1');
    expect(periodKey('year', 2030, 0)).toBe('2030');
    expect(periodKey('adhoc', 2025, 4)).toBe('2025-A4');
  });
});

describe('periodLabel', () => {
  it.each([
    ['2025-10', 'tháng 10 năm 2025'],
    ['2025-01', 'tháng 1 năm 2025'],
    ['2025-Q1', 'quý I năm 2025'],
    ['2025-Q3', 'quý III năm 2025'],
    ['2025-Q4', 'quý IV năm 2025'],
    ['2025-H1', '6 tháng đầu năm 2025'],
    ['2025-H2', '6 tháng cuối năm 2025'],
    ['2025', 'năm 2025'],
  ])('%s → %s', (key, label) => {
    expect(periodLabel(periodFromKey(key))).toBe(label);
  });

  it('shows the dates of an ad hoc period', () => {
    const p = periodFromKey('2025-A1', DEFAULT_DUE_RULES, {
      start: '2025-09-01',
      end: '2025-09-15',
      due: '2025-09-20',
    });
    expect(periodLabel(p)).toBe('đột xuất (01/09/2025 – 15/09/2025)');
  });

  it('reads back through parsePeriodFromText', () => {
    for (const key of [
      '2025-10',
      '2025-01',
      '2025-Q1',
      '2025-Q3',
      '2025-Q4',
      '2025-H1',
      '2025-H2',
      '2025',
    ]) {
      expect(parsePeriodFromText(`Báo cáo kết quả ${periodLabel(periodFromKey(key))}`)).toBe(key);
    }
  });
});

describe('listPeriods', () => {
  it('lists the twelve months of a year in order', () => {
    const months = listPeriods('month', 2025);
    expect(months.map((p) => p.key)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(months[1]).toMatchObject({ start: '2025-02-01', end: '2025-02-28', due: '2025-02-20' });
  });

  it('lists quarters, halves and the year with their due dates', () => {
    expect(listPeriods('quarter', 2026).map((p) => [p.key, p.due])).toEqual([
      ['2026-Q1', '2026-03-10'],
      ['2026-Q2', '2026-06-10'],
      ['2026-Q3', '2026-09-10'],
      ['2026-Q4', '2026-12-10'],
    ]);
    expect(listPeriods('half', 2026).map((p) => [p.key, p.start, p.end, p.due])).toEqual([
      ['2026-H1', '2026-01-01', '2026-06-30', '2026-06-10'],
      ['2026-H2', '2026-07-01', '2026-12-31', '2026-12-10'],
    ]);
    expect(listPeriods('year', 2026)).toEqual([periodFromKey('2026')]);
  });

  it('lists no ad hoc periods (they are created by hand)', () => {
    expect(listPeriods('adhoc', 2025)).toEqual([]);
  });

  it('uses the given rules', () => {
    const rules: DueRules = { ...DEFAULT_DUE_RULES, monthDay: 25 };
    expect(listPeriods('month', 2025, rules)[0]?.due).toBe('2025-01-25');
  });
});

describe('nextPeriod', () => {
  it('is the following period of the same kind, across the year end', () => {
    const next = (key: string) => {
      const p = nextPeriod(periodFromKey(key));
      return [p.key, p.start, p.end];
    };
    expect(next('2025-Q3')).toEqual(['2025-Q4', '2025-10-01', '2025-12-31']);
    expect(next('2025-Q4')).toEqual(['2026-Q1', '2026-01-01', '2026-03-31']);
    expect(next('2025-10')).toEqual(['2025-11', '2025-11-01', '2025-11-30']);
    expect(next('2025-12')).toEqual(['2026-01', '2026-01-01', '2026-01-31']);
    expect(next('2025-H1')).toEqual(['2025-H2', '2025-07-01', '2025-12-31']);
    expect(next('2025-H2')).toEqual(['2026-H1', '2026-01-01', '2026-06-30']);
    expect(next('2025')).toEqual(['2026', '2026-01-01', '2026-12-31']);
  });

  it('follows an ad hoc period with one as long, starting the day after', () => {
    const p = periodFromKey('2025-A1', DEFAULT_DUE_RULES, {
      start: '2025-09-01',
      end: '2025-09-15',
      due: '2025-09-20',
    });
    expect(nextPeriod(p)).toMatchObject({
      kind: 'adhoc',
      start: '2025-09-16',
      end: '2025-09-30',
      key: '2025-A2',
    });
  });
});

describe('isLate', () => {
  const q3 = periodFromKey('2025-Q3'); // due 2025-09-10
  it.each([
    ['2025-09-09', false],
    ['2025-09-10', false],
    ['2025-09-11', true],
    ['2025-10-05', true],
    ['2024-12-31', false],
  ])('received %s → late %s', (received, late) => {
    expect(isLate(received, q3)).toBe(late);
  });
});

describe('parsePeriodFromText', () => {
  it.each<[string, string | null]>([
    ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025', '2025-Q3'],
    ['Báo cáo quý 3/2025', '2025-Q3'],
    ['Báo cáo quý IV/2025', '2025-Q4'],
    ['Kết quả quý 1 năm 2026', '2026-Q1'],
    ['BC_Q3_2025_SoNoiVu.xlsx', '2025-Q3'],
    ['SoYTe-2025-Q2.xlsx', '2025-Q2'],
    ['Báo cáo tháng 10 năm 2025', '2025-10'],
    ['Báo cáo tháng 10/2025', '2025-10'],
    ['bao cao thang 9-2025.xlsx', '2025-09'],
    ['BC_T10_2025.xlsx', '2025-10'],
    ['BaoCao_2025-10_SoTaiChinh.xlsx', '2025-10'],
    ['BÁO CÁO 6 THÁNG ĐẦU NĂM 2025', '2025-H1'],
    ['Báo cáo 6 tháng cuối năm 2025', '2025-H2'],
    ['Báo cáo sáu tháng đầu năm 2026', '2026-H1'],
    ['Báo cáo 6 tháng năm 2025', '2025-H1'],
    ['BC_H2_2025.xlsx', '2025-H2'],
    ['Báo cáo kết quả năm 2025', '2025'],
    ['BaoCao_Nam2025.xlsx', '2025'],
    ['QUÝ III NĂM 2025'.normalize('NFD'), '2025-Q3'],
    // the cover letter's date is not the period
    ['(Kèm theo Báo cáo số 215/BC-SNV ngày 05/9/2025 của Sở Nội vụ)', null],
    ['Báo cáo số 215/BC-SNV ngày 05 tháng 9 năm 2025', null],
    [
      'Báo cáo quý III năm 2025 (Kèm theo Báo cáo số 215/BC-SNV ngày 05 tháng 9 năm 2025)',
      '2025-Q3',
    ],
    ['Báo cáo tình hình thực hiện', null],
    ['BC_SoNoiVu.xlsx', null],
    ['', null],
  ])('%s → %s', (text, key) => {
    expect(parsePeriodFromText(text)).toBe(key);
  });
});
