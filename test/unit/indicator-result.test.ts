import { describe, expect, it } from 'vitest';
import {
  isFileNote,
  isSheetError,
  printedNote,
  printedResult,
} from '../../shared/domain/indicator-result';

describe('what an indicator row prints as its result', () => {
  it('recognises spreadsheet error values', () => {
    for (const e of ['#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!', ' #ref! '])
      expect(isSheetError(e), e).toBe(true);
    for (const t of ['35,2', 'Đạt', '#1 toàn quốc', '', null])
      expect(isSheetError(t), String(t)).toBe(false);
  });

  it('tells notes about the file from notes about the figure', () => {
    // Notes about the agency's spreadsheet itself.
    for (const n of [
      'Công thức liên kết bảng tính cũ',
      'Cong thuc lien ket bang tinh cu'.normalize('NFD'),
      'Lỗi công thức ô E11',
      'Xem sheet Tổng hợp',
      'Số liệu lấy từ file của phòng',
      '#REF!',
    ])
      expect(isFileNote(n), n).toBe(true);
    // Notes about the figure: where it comes from, what it counts, up to when.
    for (const n of [
      'Số liệu đến 30/9/2025',
      'Tính trên tổng số hồ sơ tiếp nhận',
      'Lũy kế từ đầu năm',
      'Theo số liệu VNeID đến 30/9/2025',
      'Ước tính của Sở Tài chính',
      'Công tác số hóa đạt kết quả tốt',
    ])
      expect(isFileNote(n), n).toBe(false);
  });

  it('prints a note only beside a result it qualifies, never as the result', () => {
    // Văn phòng UBND's 6.8: the formula's cached result is #REF!, the note speaks of the file.
    const broken = { value: null, valueText: null, note: 'Công thức liên kết bảng tính cũ' };
    expect(printedResult(broken)).toBeNull();
    expect(printedNote(broken)).toBeNull();
    expect(printedResult({ ...broken, valueText: '#REF!' })).toBeNull();
    // A note without any result has nothing to qualify.
    expect(printedNote({ value: null, valueText: '', note: 'Số liệu đến 30/9/2025' })).toBeNull();
    // Beside a figure, a note about the figure stays; one about the file does not.
    const tfp = { value: 35.2, valueText: '35,2', note: 'Số liệu đến 30/9/2025' };
    expect(printedResult(tfp)).toBe('35,2');
    expect(printedNote(tfp)).toBe('Số liệu đến 30/9/2025');
    expect(printedNote({ ...tfp, note: 'Công thức liên kết bảng tính cũ' })).toBeNull();
    // Words for a result are a result.
    expect(printedResult({ value: null, valueText: 'Đạt', note: null })).toBe('Đạt');
    expect(printedResult({ value: 0.623, valueText: null, note: null })).toBe('0,623');
  });
});
