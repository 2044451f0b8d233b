// How a number cell's display text is read: the importer parses this text back, so it must be
// written the Vietnamese way and carry nothing the number format only names (its locale).
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../electron/backend/importer/grid-cells';

describe('formatNumber', () => {
  it('writes comma decimals and dot thousands', () => {
    expect(formatNumber(35.2, '0.0')).toBe('35,2');
    expect(formatNumber(1234.5, '#,##0.0')).toBe('1.234,5');
    expect(formatNumber(0.021, '0.0%')).toBe('2,1%');
  });

  it('ignores a locale tag such as Vietnamese Excel writes ([$-42A]), instead of printing "$"', () => {
    expect(formatNumber(35.2, '[$-42A]#,##0.0')).toBe('35,2');
    expect(formatNumber(1234.5, '[$-42A]General')).toBe('1234,5');
  });

  it('keeps a real currency symbol', () => {
    expect(formatNumber(5, '[$₫-42A]#,##0')).toContain('₫');
  });
});
