import { describe, expect, it } from 'vitest';
import { DOC_NUMBER, docNumber } from '../../shared/domain/doc-number';

describe('a document number (ND30)', () => {
  it('is printed with a leading zero below 10', () => {
    expect(docNumber('5')).toBe('05');
    expect(docNumber(' 05 ')).toBe('05');
    expect(docNumber('007')).toBe('07');
    expect(docNumber('12')).toBe('12');
    expect(docNumber('215')).toBe('215');
  });

  it('is refused with a letter, a symbol or no order at all, on screen and in the backend alike', () => {
    for (const bad of ['12a', '5/SKHCN', '0', '00', '', '1 2', '-3', '١٢']) {
      expect(docNumber(bad)).toBeNull();
      expect(DOC_NUMBER.test(bad)).toBe(false);
    }
  });
});
