// The figure an indicator cell states in words: a count with its share in brackets.
import { describe, expect, it } from 'vitest';
import { figureInText } from '../../shared/domain/figure-in-text';

describe('a count of all with its share in brackets', () => {
  it('reads the share of "45/60 cơ quan (75%)" when the indicator is measured in %', () => {
    expect(figureInText('45/60 cơ quan (75%)', { percentUnit: true })).toEqual({
      value: 75,
      several: false,
    });
  });

  it('still asks when the bracket does not restate the count, or the unit is not a share', () => {
    expect(figureInText('45/60 cơ quan (80%)', { percentUnit: true }).several).toBe(true);
    expect(figureInText('2/3 tổ chức (66,7%)', { percentUnit: false }).several).toBe(true);
    expect(figureInText('2/3 tổ chức (66,7%)').several).toBe(true);
  });
});
