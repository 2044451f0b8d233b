// "PDF" and "In" on a generated report: in the desktop app the Word report's own content is printed
// through Chromium (printToPDF, played here by Debian's Chromium); in browser mode and for the Excel
// appendices the stored file is converted by LibreOffice; without either, a message says what to do.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HtmlPrinter } from '../../electron/backend/reports/html-printer';
import { NO_OFFICE_MESSAGE, convertToPdf } from '../../electron/backend/reports/office-pdf';
import { chromiumPrinter } from '../fixtures/chromium-printer';
import { LANDSCAPE, PORTRAIT, readPdf, topLine, type Pdf } from '../fixtures/pdf-inspect';
import { memoryBackend } from './helpers';
import { exampleFiles, importAll } from './import-helpers';

function hasOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

// In CI LibreOffice and Chromium are installed by .ci/run, so these never skip there.
const skip = !hasOffice() && !process.env.CI;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfOf(file: {
  fileName: string;
  data: string;
}): Promise<Pdf & { producer: string }> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  const bytes = Buffer.from(file.data, 'base64');
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  writeFileSync(path, bytes);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return { ...(await readPdf(path)), producer: /^Producer:\s*(.*)$/m.exec(info)?.[1] ?? '' };
}

describe.skipIf(skip)('PDF in the desktop app (printToPDF)', () => {
  let printer: HtmlPrinter;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ printer, close } = await chromiumPrinter());
  }, 60_000);
  afterAll(async () => close?.());

  it('prints the Word report as generated, even after the data changed', async () => {
    const app = memoryBackend({ printer });
    await importAll(app, exampleFiles(), { period: '2025-Q3', acceptSuggested: true });
    const drafted = await app.call('reports.narrative', { period: '2025-Q3' });
    const first = await app.call('reports.generate', { period: '2025-Q3' });
    const docx = first.files.find((f) => f.fileName.endsWith('.docx'))!;

    // The user rewrites section V and generates again: the first file must still print as it was.
    const narrative = drafted.narrative.map((s) =>
      s.key === 'V' ? { ...s, paragraphs: ['Đề nghị bổ sung kinh phí <b>năm 2026</b> & sau.'] } : s,
    );
    await app.call('reports.saveNarrative', { period: '2025-Q3', narrative });
    const second = await app.call('reports.generate', { period: '2025-Q3' });
    const docx2 = second.files.find((f) => f.fileName.endsWith('.docx'))!;

    const before = await pdfOf(await app.call('reports.pdf', { fileId: docx.id }));
    const after = await pdfOf(await app.call('reports.pdf', { fileId: docx2.id }));
    expect(before.producer).toMatch(/Chromium printToPDF/);
    expect(before.raw).not.toContain('năm 2026</b>');
    expect(before.raw.replace(/\s+/g, ' ')).not.toContain('Đề nghị bổ sung kinh phí');
    // Markup typed by the user is printed as text, never interpreted.
    expect(after.raw.replace(/\s+/g, ' ')).toContain(
      'Đề nghị bổ sung kinh phí <b>năm 2026</b> & sau.',
    );

    const pages = after.pages;
    const firstLandscape = pages.findIndex((p) => p.width > p.height);
    expect(firstLandscape).toBeGreaterThan(0);
    for (const p of pages.slice(0, firstLandscape)) expect(p).toMatchObject(PORTRAIT);
    for (const p of pages.slice(firstLandscape)) expect(p).toMatchObject(LANDSCAPE);
    expect(topLine(pages[0]!.text)).toMatch(/^UBND TỈNH LAI CHÂU/);
    expect(topLine(pages[1]!.text)).toBe('2');
    expect(topLine(pages[firstLandscape]!.text)).toBe('Phụ lục I');
    app.close();
  }, 120_000);

  it('keeps each reminder letter in the history and prints it like the report', async () => {
    const app = memoryBackend({ printer });
    const letter = await app.call('reports.reminder', { period: '2025-Q3', number: '5' });
    expect(letter.fileName).toBe('CongVan_DonDoc_2025-Q3_so-05.docx');
    await expect(
      app.call('reports.reminder', { period: '2025-Q3', number: '5/SKHCN' }),
    ).rejects.toThrow('Số công văn chỉ gồm chữ số (ví dụ: 12).');
    const { letters } = await app.call('reports.get', { period: '2025-Q3' });
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ kind: 'reminder', number: '05' });
    expect(letters[0]!.files[0]!.sha256).toBe(
      createHash('sha256').update(Buffer.from(letter.data, 'base64')).digest('hex'),
    );
    const pdf = await pdfOf(await app.call('reports.pdf', { fileId: letter.id }));
    expect(pdf.producer).toMatch(/Chromium printToPDF/);
    // Every agency is still missing on a fresh install: the addressee list runs to a second page.
    for (const page of pdf.pages) expect(page).toMatchObject(PORTRAIT);
    expect(pdf.pages[0]!.text).toContain('V/v đôn đốc báo cáo');
    expect(pdf.raw).toContain('đôn đốc');
    app.close();
  }, 120_000);

  it('converts the Excel appendices with LibreOffice, not the print rendition', async () => {
    const app = memoryBackend({ printer });
    const { files } = await app.call('reports.generate', { period: '2025-Q3' });
    const xlsx = files.find((f) => f.fileName.endsWith('.xlsx'))!;
    const pdf = await pdfOf(await app.call('reports.pdf', { fileId: xlsx.id }));
    expect(pdf.producer).toMatch(/LibreOffice/);
    expect(pdf.pages.every((p) => p.width > p.height)).toBe(true);
    app.close();
  }, 120_000);
});

describe('PDF in browser mode', () => {
  it.skipIf(skip)(
    'turns the Word report from the history into a PDF with LibreOffice',
    async () => {
      const app = memoryBackend();
      const { files } = await app.call('reports.generate', { period: '2025-Q3' });
      const file = await app.call('reports.pdf', { fileId: files[0]!.id });
      expect(file.fileName).toBe('BaoCao_2025-Q3.pdf');
      const pdf = await pdfOf(file);
      expect(pdf.producer).toMatch(/LibreOffice/);
      expect(pdf.raw).toContain('BÁO CÁO');
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

  it('refuses a file that is not in the history', async () => {
    const app = memoryBackend();
    await expect(app.call('reports.pdf', { fileId: 999 })).rejects.toThrow(
      'Không tìm thấy tệp trong lịch sử báo cáo.',
    );
    app.close();
  });
});
