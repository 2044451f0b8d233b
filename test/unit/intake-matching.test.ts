// The import screen's rules over the files of a batch: what holds a file back, in which order two
// versions of one report are written, and where a candidate's wording differs from the row.
import { describe, expect, it } from 'vitest';
import type { FilePreview } from '../../shared/domain/import-types';
import {
  blockers,
  differingRuns,
  newIntakeFile,
  writeOrder,
  type IntakeFile,
} from '../../renderer/src/features/intake/intake-matching';

function file(name: string, preview: Partial<FilePreview>): IntakeFile {
  return {
    ...newIntakeFile(name, name, 1),
    previewId: 'p',
    preview: {
      fileId: name,
      file: name,
      sha256: '',
      size: 1,
      ok: true,
      message: null,
      source: 'foreign',
      agency: { id: 1, name: 'Sở Nội vụ' },
      agencySource: 'detected',
      agencyQuestion: null,
      needsReceivedOn: false,
      sameBatchAs: null,
      period: '2025-Q3',
      header: null,
      rows: [],
      issues: [],
      notes: [],
      duplicateOf: null,
      previous: null,
      diff: [],
      ...preview,
    },
  };
}

describe('what holds a file back', () => {
  it('a disputed sender until the clerk picks one, a missing date until entered', () => {
    const f = file('a.xlsx', { agencyQuestion: 'Chưa chắc…', needsReceivedOn: true });
    expect(blockers(f, [f])).toEqual(['xác nhận đơn vị gửi', 'nhập ngày nhận']);
    const answered = { ...f, agencyId: 1, receivedOn: '2025-09-12' };
    expect(blockers(answered, [answered])).toEqual([]);
  });

  it('two files of one agency and period until one is marked the later; it is written last', () => {
    const a = file('lan1.xlsx', { sameBatchAs: 'lan2.xlsx' });
    const b = file('lan2.xlsx', { sameBatchAs: 'lan1.xlsx' });
    expect(blockers(a, [a, b])).toEqual(['chọn bản nào mới hơn']);
    const bLater = { ...b, later: true };
    expect(blockers(a, [a, bLater])).toEqual([]);
    expect(writeOrder([bLater, a]).map((f) => f.name)).toEqual(['lan1.xlsx', 'lan2.xlsx']);
    // The other file removed from the batch: nothing to choose any more.
    expect(blockers(a, [a])).toEqual([]);
  });
});

describe('where a candidate differs', () => {
  it('marks the plan words the row does not have, ignoring case and diacritics', () => {
    const runs = differingRuns('Kết nối cơ sở dữ liệu của tỉnh', 'ket noi CSDL tinh');
    expect(runs.filter((r) => r.differs).map((r) => r.text.trim())).toEqual(['cơ sở dữ liệu của']);
  });
});
