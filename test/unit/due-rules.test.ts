import { describe, expect, it } from 'vitest';
import { DEFAULT_DUE_RULES } from '../../shared/domain/periods';
import { dueRuleLines, ruleFieldName } from '../../renderer/src/features/periods/due-rules';

describe('hạn gửi báo cáo trên màn hình Kỳ báo cáo', () => {
  it('đọc các quy định thành lời', () => {
    expect(dueRuleLines(DEFAULT_DUE_RULES).map((l) => `${l.label}: ${l.text}`)).toEqual([
      'Báo cáo tháng: trước ngày 20 hằng tháng',
      'Báo cáo quý: trước ngày 10 của tháng cuối quý',
      'Báo cáo 6 tháng: trước ngày 10/6 và 10/12',
      'Báo cáo năm: trước ngày 30/11',
    ]);
  });

  it('đặt lỗi của máy chủ cạnh đúng ô', () => {
    expect(ruleFieldName('monthDay')).toEqual(['monthDay']);
    expect(ruleFieldName('rules.quarterDay')).toEqual(['quarterDay']);
    expect(ruleFieldName('halfDue.1')).toEqual(['halfDue', 1, 'day']);
    expect(ruleFieldName('rules.halfDue.0.month')).toEqual(['halfDue', 0, 'month']);
    expect(ruleFieldName('yearDue')).toEqual(['yearDue', 'day']);
    expect(ruleFieldName('rules.yearDue.month')).toEqual(['yearDue', 'month']);
    expect(ruleFieldName('rules')).toBeNull();
    expect(ruleFieldName('halfDue.2')).toBeNull();
  });
});
