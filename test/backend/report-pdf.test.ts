import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { NO_OFFICE_MESSAGE, convertToPdf } from '../../electron/backend/reports/to-pdf';
import { memoryBackend } from './helpers';

function hasOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

describe('PDF of a generated report', () => {
  // In CI LibreOffice is installed by .ci/run, so this never skips there.
  it.skipIf(!hasOffice() && !process.env.CI)(
    'turns the Word report from the history into a PDF',
    async () => {
      const app = memoryBackend();
      const { files } = await app.call('reports.generate', { period: '2025-Q3' });
      const pdf = await app.call('reports.pdf', { fileId: files[0]!.id });
      expect(pdf.fileName).toBe('BaoCao_2025-Q3.pdf');
      expect(Buffer.from(pdf.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      app.close();
    },
    120_000,
  );

  it('says what to do when no office suite is installed (Linux/macOS without LibreOffice)', async () => {
    if (process.platform === 'win32') return;
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(convertToPdf(new Uint8Array([1, 2, 3]), 'x.docx')).rejects.toThrow(
        NO_OFFICE_MESSAGE,
      );
    } finally {
      process.env.PATH = saved;
    }
  });
});
