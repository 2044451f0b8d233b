// The zip writer the Word report is packed with (zip/write-zip.ts): what it writes unzips to the
// same files, in order, whether deflated or stored, with Vietnamese names intact.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../electron/backend/zip/write-zip';

describe('writeZip', () => {
  it('unzips to the same files in the same order, deflated or stored', () => {
    const big = new TextEncoder().encode('<w:p>Kết quả thực hiện</w:p>'.repeat(20_000));
    const tiny = new Uint8Array([1, 2, 3]);
    const zip = writeZip([
      { name: 'word/document.xml', data: big },
      { name: 'Biểu mẫu.bin', data: tiny },
      { name: 'empty.txt', data: new Uint8Array(0) },
    ]);
    // Deflated: far smaller than the text it holds.
    expect(zip.length).toBeLessThan(big.length / 20);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['word/document.xml', 'Biểu mẫu.bin', 'empty.txt']);
    expect(strFromU8(files['word/document.xml']!)).toBe(strFromU8(big));
    expect([...files['Biểu mẫu.bin']!]).toEqual([1, 2, 3]);
    expect(files['empty.txt']!.length).toBe(0);
  });
});
