import { describe, expect, it } from 'vitest';
import { abbreviationDefiner, DEFAULT_GLOSSARY, parseGlossary } from '../../shared/domain/glossary';

describe('glossary', () => {
  const glossary = parseGlossary(DEFAULT_GLOSSARY);

  it('reads "SHORT: full form" lines and skips the rest', () => {
    expect(
      parseGlossary(['CĐS: chuyển đổi số', 'KTXH = kinh tế - xã hội', 'no colon here']),
    ).toEqual([
      { short: 'CĐS', full: 'chuyển đổi số' },
      { short: 'KTXH', full: 'kinh tế - xã hội' },
    ]);
    expect(glossary.map((e) => e.short)).toEqual(
      expect.arrayContaining(['CĐS', 'CSDL', 'ATTT', 'NSNN', 'TTHC', 'ĐMST', 'TTĐT', 'QĐ', 'HĐND']),
    );
  });

  it('writes an abbreviation out at its first use only, across paragraphs', () => {
    const define = abbreviationDefiner(glossary);
    expect(define('Kiểm tra ATTT 18 hệ thống; ATTT còn yếu.')).toBe(
      'Kiểm tra an toàn thông tin (ATTT) 18 hệ thống; ATTT còn yếu.',
    );
    expect(define('Bảo đảm ATTT cho CSDL.')).toBe('Bảo đảm ATTT cho cơ sở dữ liệu (CSDL).');
  });

  it('leaves document symbols alone and capitalises at a sentence start', () => {
    const define = abbreviationDefiner(glossary);
    expect(define('Tham mưu ban hành QĐ số 1520/QĐ-UBND.')).toBe(
      'Tham mưu ban hành Quyết định (QĐ) số 1520/QĐ-UBND.',
    );
    expect(define('Kế hoạch số 45/KH-UBND. CĐS là trọng tâm.')).toBe(
      'Kế hoạch số 45/KH-UBND. Chuyển đổi số (CĐS) là trọng tâm.',
    );
  });

  it('counts an author\u2019s own "(TFP)" as the definition', () => {
    const define = abbreviationDefiner(glossary);
    expect(define('năng suất nhân tố tổng hợp (TFP) tăng')).toBe(
      'năng suất nhân tố tổng hợp (TFP) tăng',
    );
    expect(define('TFP đạt 35,2%')).toBe('TFP đạt 35,2%');
  });
});
