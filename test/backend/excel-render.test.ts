// Opens the Excel appendices in LibreOffice and prints them to PDF, as a clerk would: landscape
// pages, titles and status words on paper. Set KEEP_RENDER=<folder> to keep the PDF and look at it.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildExcelAppendices,
  type ColumnSpec,
  INDICATOR_COLUMNS,
  REGISTER_COLUMNS,
  TASK_COLUMNS,
} from '../../electron/backend/reports/excel-appendices';

function hasOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

// In CI a missing LibreOffice is a failure, not a skip.
const skip = !hasOffice() && !process.env.CI;

import { seededModel } from '../fixtures/appendix-model';

interface Word {
  x0: number;
  x1: number;
  y: number;
  text: string;
}

/**
 * The words printed in one column of a table, page by page, top to bottom, so that wrapped cells
 * read whole. Where the column lies follows from the header row: header texts are centred in
 * their columns (the first line of a wrapped one too), and the columns keep the workbook's
 * proportions whatever the print scale.
 */
function columnWords(pdf: string, columns: ColumnSpec[], header: string): string {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const index = columns.findIndex((c) => c.header === header);
  const starts = columns.map((_, i) => columns.slice(0, i).reduce((a, c) => a + c.width, 0));
  const centre = (i: number) => starts[i]! + columns[i]!.width / 2;
  const out: string[] = [];
  for (const page of html.split('<page').slice(1)) {
    const words: Word[] = [
      ...page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g,
      ),
    ].map((m) => ({ x0: Number(m[1]), y: Number(m[2]), x1: Number(m[3]), text: m[4]! }));
    const stt = words.find((w) => w.text === columns[0]!.header);
    if (!stt) continue;
    const band = words.filter((w) => Math.abs(w.y - stt.y) < 12);
    const target = header.split(' ');
    let mid: number | null = null;
    for (const w of band.filter((v) => v.text === target[0])) {
      const line = band
        .filter((v) => Math.abs(v.y - w.y) < 1 && v.x0 >= w.x0)
        .sort((p, q) => p.x0 - q.x0);
      let j = 0;
      while (j < line.length && j < target.length && line[j]!.text === target[j]) j++;
      mid = (line[0]!.x0 + line[j - 1]!.x1) / 2;
      break;
    }
    if (mid === null) continue;
    // x = a + k × width units, from the centres of the first column and of this one.
    const k = (mid - (stt.x0 + stt.x1) / 2) / (centre(index) - centre(0));
    const a = mid - k * centre(index);
    const left = a + k * starts[index]!;
    const right = left + k * columns[index]!.width;
    out.push(
      ...words
        .filter((w) => w.y > stt.y + 12 && w.x0 >= left - 1 && w.x1 <= right + 1)
        .sort((p, q) => p.y - q.y || p.x0 - q.x0)
        .map((w) => w.text),
    );
  }
  return out.join(' ').replace(/&amp;/g, '&');
}

describe.skipIf(skip)('Excel appendices printed through LibreOffice', () => {
  let dir: string;
  let pdf: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thbc-xlsx-render-'));
    const xlsx = join(dir, 'phu-luc.xlsx');
    writeFileSync(xlsx, await buildExcelAppendices(await seededModel()));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        xlsx,
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );
    pdf = join(dir, 'phu-luc.pdf');
    const keep = process.env.KEEP_RENDER;
    if (keep) for (const f of [xlsx, pdf]) copyFileSync(f, join(keep, f.slice(dir.length + 1)));
  }, 200_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints every page in A4 landscape', () => {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    // Phụ lục I and III fit a page or two; Phụ lục II with 82 rows needs several.
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    for (const [w, h] of sizes) {
      expect(w).toBeCloseTo(841.9, 0);
      expect(h).toBeCloseTo(595.3, 0);
    }
  });

  it('shows the headings and the repeated table header on every page of Phụ lục II', () => {
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const all = text.replace(/\s+/g, ' ');
    for (const s of [
      'Phụ lục I',
      'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUÝ III NĂM 2025',
      'Phụ lục II',
      'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ QUÝ III NĂM 2025',
      'Phụ lục III',
      'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ QUÝ III NĂM 2025',
      '(Kèm theo Báo cáo số',
      'của Sở Khoa học và Công nghệ)',
    ]) {
      expect(all, s).toContain(s);
    }
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    const taskPages = pages.filter((p) => /Cơ quan chủ trì/.test(p));
    expect(taskPages.length).toBeGreaterThanOrEqual(3);
    for (const p of taskPages) expect(p).toMatch(/STT\s+Nhiệm vụ/);
    // Each appendix is numbered on its own: page 2 of Phụ lục II prints "2" at the top.
    expect(taskPages[1]!.trim().split('\n')[0]!.trim()).toBe('2');
  });

  it('prints figures the Vietnamese way, 35,2 and not 35.2', () => {
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const indicators = text
      .split('\f')
      .filter((p) => /Đơn vị tính/.test(p))
      .join(' ');
    expect(indicators).toMatch(/\b35,2\b/);
    // (Codes such as 6.1 keep their dot: they are text.)
    expect(indicators).not.toMatch(/\b35\.2\b/);
  });

  it('prints every status word whole in the "Tình trạng" and "Đánh giá" columns', () => {
    const statusText = [
      columnWords(pdf, INDICATOR_COLUMNS, 'Đánh giá'),
      columnWords(pdf, TASK_COLUMNS, 'Tình trạng'),
      columnWords(pdf, REGISTER_COLUMNS, 'Tình trạng'),
    ].join(' ');
    for (const s of [
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Đang thực hiện trong hạn',
      'Chưa triển khai',
      'Quá hạn, chưa hoàn thành',
      'Thường xuyên',
      'Chưa đến điều kiện thực hiện',
      'Chưa có báo cáo',
      '(chưa thống nhất)',
      'Đạt',
      'Chưa đến kỳ đánh giá',
      'đạt 93,6% mục tiêu',
      'Chưa có số liệu',
      'Đánh giá định tính',
      'Đúng hạn',
      'Muộn',
      'Chưa báo cáo',
    ]) {
      expect(statusText, s).toContain(s);
    }
  });
});
