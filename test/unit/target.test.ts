import { describe, expect, it } from 'vitest';
import { assessTarget, parseTarget } from '../../shared/domain/target';
import type { Target, TargetOp } from '../../shared/domain/types';

type Row = [
  text: string,
  op: TargetOp,
  value: number | null,
  value2: number | null,
  qualifier: string | null,
];

// Every distinct target ("Kết quả") of Phụ lục I in seed 001, OCR noise fixed as the seed
// catalogue stores it (`$\geq 37,6$` → `≥ 37,6`), the split cell of indicator 22 reassembled.
const SEED_TARGETS: Row[] = [
  [
    'Đạt mức trung bình ở các lĩnh vực quan trọng của các tỉnh khu vực trung du và miền núi phía Bắc',
    'text',
    null,
    null,
    null,
  ],
  ['Đạt mức trên trung bình của khu vực', 'text', null, null, null],
  ['≥ 37,6', '>=', 37.6, null, null],
  ['9-10', 'range', 9, 10, null],
  ['≥ 25', '>=', 25, null, null],
  ['≥ 80', '>=', 80, null, null],
  ['90', '=', 90, null, null],
  ['100', '=', 100, null, null],
  ['80', '=', 80, null, null],
  ['70', '=', 70, null, null],
  ['≥ 30', '>=', 30, null, null],
  ['50', '=', 50, null, null],
  ['≥ 40', '>=', 40, null, null],
  ['> 0,623', '>', 0.623, null, null],
  [
    '≥ 3% và tăng dần theo yêu cầu phát triển',
    '>=',
    3,
    null,
    'và tăng dần theo yêu cầu phát triển',
  ],
  ['10', '=', 10, null, null],
  ['99', '=', 99, null, null],
  ['3', '=', 3, null, null],
  ['≥ 95', '>=', 95, null, null],
  ['≥ 50', '>=', 50, null, null],
  ['≤ 57', '<=', 57, null, null],
  [
    'Phát triển vững chắc, góp phần đưa Lai Châu trở thành tỉnh có kinh tế, xã hội trên mức trung bình của cả nước',
    'text',
    null,
    null,
    null,
  ],
  ['≥ 20', '>=', 20, null, null],
  ['≤ 55', '<=', 55, null, null],
];

describe('parseTarget on every target text of the seed plan', () => {
  it.each(SEED_TARGETS)('%s → %s %s', (text, op, value, value2, qualifier) => {
    expect(parseTarget(text)).toEqual({ text, op, value, value2, qualifier });
  });
});

describe('parseTarget, other wordings', () => {
  it('reads the OCR form of the plan (LaTeX) like the clean one, keeping the text as given', () => {
    expect(parseTarget('$\\geq 37,6$')).toEqual({
      text: '$\\geq 37,6$',
      op: '>=',
      value: 37.6,
      value2: null,
      qualifier: null,
    });
    expect(parseTarget('$> 0,623$')).toMatchObject({ op: '>', value: 0.623 });
    expect(parseTarget('$\\geq 3\\%$ và tăng dần theo yêu cầu phát triển')).toMatchObject({
      op: '>=',
      value: 3,
      qualifier: 'và tăng dần theo yêu cầu phát triển',
    });
  });

  it.each<Row>([
    ['>= 25', '>=', 25, null, null],
    ['<= 55', '<=', 55, null, null],
    ['< 5', '<', 5, null, null],
    ['=100', '=', 100, null, null],
    ['≥80%', '>=', 80, null, null],
    ['9 – 10', 'range', 9, 10, null],
    ['9-10%', 'range', 9, 10, null],
    ['Từ 9 đến 10', 'range', 9, 10, null],
    ['Tối thiểu 80', '>=', 80, null, null],
    ['Không quá 5', '<=', 5, null, null],
    ['Trên 50', '>', 50, null, null],
    ['Dưới 2,5', '<', 2.5, null, null],
    ['Đạt 100%', '=', 100, null, null],
    ['1.234,5', '=', 1234.5, null, null],
    ['3 tổ chức, doanh nghiệp', '=', 3, null, 'tổ chức, doanh nghiệp'],
    ['≥ 30% (năm 2030)', '>=', 30, null, '(năm 2030)'],
    ['Đạt mức khá', 'text', null, null, null],
  ])('%s → %s %s', (text, op, value, value2, qualifier) => {
    expect(parseTarget(text)).toEqual({ text, op, value, value2, qualifier });
  });

  it('returns null for an empty cell (parent rows 6 and 13)', () => {
    expect(parseTarget('')).toBeNull();
    expect(parseTarget('   ')).toBeNull();
  });

  it('trims and recomposes the stored text', () => {
    const t = parseTarget('  ≥ 3% và tăng dần theo yêu cầu phát triển '.normalize('NFD'));
    expect(t?.text).toBe('≥ 3% và tăng dần theo yêu cầu phát triển');
    expect(t?.qualifier).toBe('và tăng dần theo yêu cầu phát triển');
  });
});

describe('assessTarget', () => {
  const t = (text: string): Target => {
    const parsed = parseTarget(text);
    if (!parsed) throw new Error(`no target in ${text}`);
    return parsed;
  };

  it.each<[string, number | null, ReturnType<typeof assessTarget>]>([
    // ≥: reaching the value is enough
    ['≥ 37,6', 37.6, 'met'],
    ['≥ 37,6', 40, 'met'],
    ['≥ 37,6', 37.5, 'not_met'],
    ['≥ 80', 56.7, 'not_met'],
    // >: strictly above (HDI > 0,623)
    ['> 0,623', 0.63, 'met'],
    ['> 0,623', 0.623, 'not_met'],
    ['> 0,623', 0.6, 'not_met'],
    // ≤ and <: lower is better (innovation index rank ≤ 57)
    ['≤ 57', 57, 'met'],
    ['≤ 57', 45, 'met'],
    ['≤ 57', 58, 'not_met'],
    ['< 5', 4.9, 'met'],
    ['< 5', 5, 'not_met'],
    // a plain number: reaching or exceeding it
    ['100', 100, 'met'],
    ['90', 95, 'met'],
    ['100', 99.5, 'not_met'],
    ['3', 2, 'not_met'],
    // range 9-10 % GRDP: the lower bound reached is met, beyond the upper bound too
    ['9-10', 9, 'met'],
    ['9-10', 9.6, 'met'],
    ['9-10', 11, 'met'],
    ['9-10', 8.9, 'not_met'],
    // with a qualifier the number still decides
    ['≥ 3% và tăng dần theo yêu cầu phát triển', 3.2, 'met'],
    ['≥ 3% và tăng dần theo yêu cầu phát triển', 2.1, 'not_met'],
    // no value
    ['≥ 80', null, 'no_data'],
    ['9-10', Number.NaN, 'no_data'],
    // qualitative targets are judged by the user
    ['Đạt mức trên trung bình của khu vực', 1, 'qualitative'],
    ['Đạt mức trên trung bình của khu vực', null, 'qualitative'],
  ])('%s with %s → %s', (text, value, expected) => {
    expect(assessTarget(t(text), value)).toBe(expected);
  });

  it('ignores floating-point noise from spreadsheet formulas', () => {
    expect(assessTarget(t('≥ 0,3'), 0.1 + 0.2)).toBe('met');
    expect(assessTarget(t('≤ 0,3'), 0.1 + 0.2)).toBe('met');
  });
});
