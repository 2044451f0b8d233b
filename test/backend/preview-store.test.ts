// Previews hold the agencies' files between "Xem trước" and "Ghi": never the bytes of a file that
// cannot be written, and never more than a bounded total, oldest previews first.
import { describe, expect, it } from 'vitest';
import { PreviewStore, type StoredFile } from '../../electron/backend/importer/preview-store';
import { blankPreview } from '../../electron/backend/importer/preview-file';

const MB = 1024 * 1024;

function stored(name: string, size: number, ok: boolean): StoredFile {
  const bytes = new Uint8Array(size);
  return { planId: 1, preview: { ...blankPreview(name, bytes), ok }, extraction: null, bytes };
}

describe('preview store', () => {
  it('keeps no bytes of a rejected file', () => {
    const store = new PreviewStore();
    store.add([stored('hong.xlsx', 10 * MB, false), stored('tot.xlsx', 2 * MB, true)]);
    expect(store.heldBytes()).toBe(2 * MB);
  });

  it('drops the oldest previews past 256 MB and keeps the newest', () => {
    const store = new PreviewStore();
    const first = store.add([stored('a.xlsx', 49 * MB, true), stored('b.xlsx', 49 * MB, true)]);
    for (let i = 0; i < 4; i++)
      store.add([stored(`c${i}.xlsx`, 49 * MB, true), stored(`d${i}.xlsx`, 49 * MB, true)]);
    expect(store.heldBytes()).toBeLessThanOrEqual(256 * MB);
    expect(store.get(first)).toBeNull();
  });
});
