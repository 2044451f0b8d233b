// The body of the Word report is written straight as XML text (reports/word-xml.ts) for speed; the
// fixed blocks and the package are still docx's. Written either way the document must be the same
// document: every part of the package equal byte for byte, on the report of the ten-times plan
// (a table ending each appendix section) and on blocks that end a section with a paragraph.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPlanTimesTen } from '../../bench/plan-times-ten';
import { activeCatalogue } from '../../electron/backend/handlers/catalogue';
import { resolvePeriod } from '../../electron/backend/handlers/periods';
import { getSettings } from '../../electron/backend/handlers/settings';
import { periodStatus } from '../../electron/backend/handlers/status';
import {
  bodyParagraph,
  dataTable,
  khoanHeading,
  mucHeading,
  narrativeParagraph,
  para,
  rich,
  type DocumentContent,
} from '../../electron/backend/reports/document-model';
import { reportContent } from '../../electron/backend/reports/report-content';
import { writeDocx } from '../../electron/backend/reports/word-writer';
import { draftNarrative } from '../../shared/domain/narrative';
import { memoryBackend } from './helpers';

/** The package's parts; the creation time in docProps/core.xml is left out (it is the clock's). */
function parts(docx: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(unzipSync(docx)))
    out[name] = strFromU8(bytes).replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<$1 ');
  return out;
}

async function bothWays(content: DocumentContent) {
  const [xml, docx] = [await writeDocx(content), await writeDocx(content, { body: 'docx' })];
  return { xml: parts(xml), docx: parts(docx) };
}

describe('the Word body written as XML', () => {
  it('is the document docx writes, on the report of a plan of 750 tasks', async () => {
    const app = memoryBackend();
    buildPlanTimesTen(app.ctx.db, await app.call('catalogue.get', {}));
    const { c, plan } = activeCatalogue(app.ctx);
    const period = resolvePeriod(app.ctx, plan, '2025-Q3');
    const status = periodStatus(app.ctx, c, plan, period);
    const narrative = draftNarrative({
      periodLabel: status.period.label,
      period,
      planTitle: plan.title,
      planShortName: 'Kế hoạch số 45/KH-UBND',
      groups: c.groups.map((g) => ({ code: g.code, title: g.title })),
      tasks: status.tasks,
      indicators: status.indicators,
      register: status.register,
    });
    const content = reportContent({
      settings: getSettings(app.ctx),
      plan,
      period,
      number: '7',
      date: '2025-10-05',
      narrative,
      tasks: status.tasks,
      indicators: status.indicators,
      register: status.register,
      groups: c.groups,
    });
    const { xml, docx } = await bothWays(content);
    expect(Object.keys(xml)).toEqual(Object.keys(docx));
    expect(xml['word/document.xml']!.length).toBeGreaterThan(1_000_000);
    for (const name of Object.keys(docx)) expect(xml[name], name).toBe(docx[name]);
    app.close();
  }, 120_000);

  it('is the same for every kind of body line, and for a section ending with a paragraph', async () => {
    const awkward = 'Kế hoạch 57-NQ/TW & "mục" <tiêu> l\'an\x01\nhai dòng - ba';
    const content: DocumentContent = {
      title: 'Thử',
      creator: 'Sở Khoa học và Công nghệ',
      sections: [
        {
          landscape: false,
          restartNumbering: false,
          blocks: [
            mucHeading('I', 'Công tác chỉ đạo'),
            khoanHeading('1. Kết quả'),
            narrativeParagraph('a) Điểm có tiêu đề'),
            narrativeParagraph(`1. Khoản dài: ${'nội dung rất dài '.repeat(12)}`),
            narrativeParagraph('- Dòng gạch đầu dòng:'),
            bodyParagraph(awkward, { keepLines: true, italics: true }),
            para('', { size: 12, after: 120 }),
            para(awkward, { align: 'right', left: 100, hanging: 50, tabStop: 300, bold: false }),
            dataTable({
              widths: [1000, 2000, 3000],
              header: ['STT', 'Nội dung', 'Kết quả'],
              rows: [
                [
                  { lines: ['I'], align: 'center' },
                  { lines: ['Nhóm một'], span: 2 },
                ],
                [
                  { lines: ['1'], align: 'center', bold: false },
                  { lines: [awkward, ''], italics: true, align: 'justify' },
                  { lines: [rich(['Sở Nội vụ: ', { italics: true }], [awkward])] },
                ],
                [{ lines: [] }, { lines: ['x'.repeat(4000)] }, { lines: ['y'] }],
              ],
              groupRows: [0],
              size: 24,
            }),
            bodyParagraph('Đoạn cuối phần.'),
          ],
        },
        {
          landscape: true,
          restartNumbering: true,
          blocks: [
            bodyParagraph('Trước bảng.'),
            dataTable({ widths: [500, 500], header: ['A', 'B'], rows: [[{ lines: ['1'] }]] }),
          ],
        },
        {
          landscape: false,
          restartNumbering: true,
          blocks: [bodyParagraph('Phần cuối, một đoạn.')],
        },
      ],
    };
    const { xml, docx } = await bothWays(content);
    for (const name of Object.keys(docx)) expect(xml[name], name).toBe(docx[name]);
    expect(docx['word/document.xml']).toContain('<w:noBreakHyphen/>');
    expect(docx['word/document.xml']).toContain('<w:gridSpan w:val="2"/>');
  });
});
