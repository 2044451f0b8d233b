import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../shared/domain/deadline';
import type { DeadlineKind } from '../../shared/domain/types';

// Every distinct "Thời gian hoàn thành" of Phụ lục II in seed 001 (Lai Châu plan implementing
// Nghị quyết 03/NQ-CP), cells split by page breaks reassembled.
const SEED_DEADLINES: Array<
  [text: string, kind: DeadlineKind, due: string | null, start: string | null]
> = [
  ['3/2025', 'date', '2025-03-31', null],
  ['02/2025', 'date', '2025-02-28', null],
  ['12/2025', 'date', '2025-12-31', null],
  ['2025', 'date', '2025-12-31', null],
  ['2026', 'date', '2026-12-31', null],
  ['2025- 2026', 'range', '2026-12-31', '2025-01-01'],
  ['2025 – 2030', 'range', '2030-12-31', '2025-01-01'],
  ['2026 – 2030', 'range', '2030-12-31', '2026-01-01'],
  ['2026 - 2030', 'range', '2030-12-31', '2026-01-01'],
  ['2026-2030', 'range', '2030-12-31', '2026-01-01'],
  ['Thường xuyên', 'recurring', null, null],
  ['Nhiệm vụ thường xuyên', 'recurring', null, null],
  ['Hàng năm', 'recurring', null, null],
  ['Theo tiến độ của các bộ, ngành Trung ương', 'conditional', null, null],
  ['Theo chỉ đạo của Trung ương', 'conditional', null, null],
  ['Sau khi có Quyết định ban hành Đề án của Thủ tướng Chính phủ', 'conditional', null, null],
  [
    'Sau khi có hướng dẫn của Bộ Thông tin và Truyền thông, Bộ Khoa học và Công nghệ',
    'conditional',
    null,
    null,
  ],
  ['Sau khi có văn bản hướng dẫn thực hiện', 'conditional', null, null],
  ['Sau khi các văn bản Luật, Nghị định được ban hành', 'conditional', null, null],
  ['Sau khi Thủ tướng Chính phủ ban hành Quyết định', 'conditional', null, null],
  ['Sau khi Thủ tướng Chính phủ ban hành', 'conditional', null, null],
  ['Sau khi Trung ương hoàn thành các nền tảng số', 'conditional', null, null],
  ['Sau khi Đề án được Trung ương ban hành', 'conditional', null, null],
];

describe('parseDeadline on every deadline text of the seed plan', () => {
  it.each(SEED_DEADLINES)('%s → %s, due %s', (text, kind, due, start) => {
    expect(parseDeadline(text)).toEqual({ text, kind, due, start });
  });
});

describe('parseDeadline, other wordings', () => {
  it.each<[string, DeadlineKind, string | null, string | null]>([
    ['03/2025', 'date', '2025-03-31', null],
    ['2/2024', 'date', '2024-02-29', null],
    ['tháng 6/2025', 'date', '2025-06-30', null],
    ['Tháng 9 năm 2025', 'date', '2025-09-30', null],
    ['Năm 2027', 'date', '2027-12-31', null],
    ['Trong năm 2025', 'date', '2025-12-31', null],
    ['Quý II/2025', 'date', '2025-06-30', null],
    ['quý 4 năm 2025', 'date', '2025-12-31', null],
    ['15/04/2025', 'date', '2025-04-15', null],
    ['Trước ngày 15/6/2025', 'date', '2025-06-15', null],
    ['2026 — 2030', 'range', '2030-12-31', '2026-01-01'],
    ['Giai đoạn 2026-2030', 'range', '2030-12-31', '2026-01-01'],
    ['Từ năm 2025 đến năm 2030', 'range', '2030-12-31', '2025-01-01'],
    ['Hằng năm', 'recurring', null, null],
    ['HÀNG NĂM', 'recurring', null, null],
    ['Hằng quý', 'recurring', null, null],
    ['thường xuyên', 'recurring', null, null],
    ['Định kỳ 6 tháng', 'recurring', null, null],
    ['Khi có yêu cầu', 'conditional', null, null],
    ['Theo kế hoạch của Bộ', 'conditional', null, null],
    ['Ngay sau khi được phê duyệt', 'conditional', null, null],
  ])('%s → %s, due %s', (text, kind, due, start) => {
    expect(parseDeadline(text)).toEqual({ text, kind, due, start });
  });

  it('keeps unrecognised text with no kind and no due date', () => {
    expect(parseDeadline('Sớm nhất có thể')).toEqual({
      text: 'Sớm nhất có thể',
      kind: 'none',
      due: null,
      start: null,
    });
  });

  it.each(['13/2025', '0/2025', '31/02/2025', '2030 - 2026'])(
    'does not invent a due date from %s',
    (text) => {
      const d = parseDeadline(text);
      expect(d.kind).toBe('none');
      expect(d.due).toBeNull();
    },
  );

  it('gives kind none for an empty cell', () => {
    expect(parseDeadline('')).toEqual({ text: '', kind: 'none', due: null, start: null });
    expect(parseDeadline('  \n ')).toEqual({ text: '', kind: 'none', due: null, start: null });
  });

  it('trims and recomposes the stored text but keeps its wording', () => {
    const nfd = '  Nhiệm vụ thường xuyên '.normalize('NFD');
    const d = parseDeadline(nfd);
    expect(d.text).toBe('Nhiệm vụ thường xuyên');
    expect(d.kind).toBe('recurring');
    expect(parseDeadline(' Sau khi Đề án được Trung ương ban hành.').text).toBe(
      'Sau khi Đề án được Trung ương ban hành.',
    );
  });

  it('reads the deadline the same with or without diacritics', () => {
    expect(parseDeadline('Sau khi Thu tuong Chinh phu ban hanh').kind).toBe('conditional');
    expect(parseDeadline('Thuong xuyen').kind).toBe('recurring');
    expect(parseDeadline('SAU KHI CÓ VĂN BẢN HƯỚNG DẪN').kind).toBe('conditional');
  });
});
