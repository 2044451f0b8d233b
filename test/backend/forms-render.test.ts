// Renders a generated form with LibreOffice and checks the PDF: what the agency prints must show
// the Vietnamese texts, the task table on landscape pages, and nothing of the hidden identifiers.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAgencyForm } from '../../electron/backend/forms/build-form';
import { FORM_MARKER } from '../../shared/domain/form-layout';
import { workOf } from '../../shared/domain/agency-work';
import { periodFromKey } from '../../shared/domain/periods';
import { memoryBackend } from './helpers';

const hasOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
// In CI LibreOffice is installed by .ci/run, so a missing soffice there is a failure, not a skip.
const skip = !hasOffice && !process.env.CI;

const dir = mkdtempSync(join(tmpdir(), 'thbc-form-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

describe.skipIf(skip)('agency form rendered by LibreOffice', () => {
  it('prints the Vietnamese texts, landscape task pages and no hidden identifiers', async () => {
    const app = memoryBackend();
    const c = await app.call('catalogue.get', {});
    const settings = await app.call('settings.get', {});
    app.close();
    const agency = c.agencies.find((a) => a.name === 'Sở Nội vụ')!;
    const work = workOf(c, agency.id);
    const bytes = await buildAgencyForm({
      plan: c.plans[0]!,
      period: periodFromKey('2025-Q3'),
      agency,
      tasks: work.tasks,
      indicators: work.indicators,
      settings,
      generatedOn: '2025-08-20',
      groups: c.groups,
    });
    const xlsx = join(dir, 'form.xlsx');
    writeFileSync(xlsx, bytes);
    execFileSync(
      'soffice',
      [
        // A private profile: parallel test runs must not share LibreOffice's user directory.
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        xlsx,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const pdf = join(dir, 'form.pdf');

    const all = squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'BIỂU MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH',
      'Kỳ báo cáo: quý III năm 2025',
      'Số văn bản báo cáo',
      'Đề xuất, kiến nghị',
      'BIỂU SỐ 01. KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
      'Nội dung nhiệm vụ',
      'Ngày hoàn thành',
      'BIỂU SỐ 02. KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
      'Giá trị thực hiện',
      'HƯỚNG DẪN ĐIỀN BIỂU MẪU',
      'Trang 1/',
    ])
      expect(all, text).toContain(text);
    expect(all).not.toContain(FORM_MARKER);
    expect(all).not.toMatch(/\b[TIG]:[0-9IV]+\b/);

    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1],
    );
    expect(pages).toBeGreaterThan(3);
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], {
      encoding: 'utf8',
    });
    const landscape = new Map<number, boolean>();
    for (const m of sizes.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/g))
      landscape.set(Number(m[1]), Number(m[2]) > Number(m[3]));
    expect(landscape.size).toBe(pages);

    const pageText = (p: number) =>
      squash(
        execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-'], {
          encoding: 'utf8',
        }),
      );
    const taskPages: number[] = [];
    for (let p = 1; p <= pages; p++) {
      const text = pageText(p);
      if (text.includes('Nội dung nhiệm vụ')) taskPages.push(p);
      if (text.includes('BIỂU MẪU BÁO CÁO') || text.includes('HƯỚNG DẪN ĐIỀN'))
        expect(landscape.get(p), `page ${p}`).toBe(false);
    }
    // The header row repeats, so every page of the task table names its columns.
    expect(taskPages.length).toBeGreaterThan(1);
    for (const p of taskPages) expect(landscape.get(p), `page ${p}`).toBe(true);
    // Every task code is printed: no row lost to a page break or a hidden row.
    const printed = taskPages.map(pageText).join(' ');
    for (const { task } of work.tasks)
      expect(printed, task.code).toMatch(
        new RegExp(`(^|\\s)${task.code.replace('.', '\\.')}(\\s|$)`),
      );
  }, 180_000);
});
