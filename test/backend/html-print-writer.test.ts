// The print rendition's HTML: the page rules of the profile, and the user's text printed as text.
import { describe, expect, it } from 'vitest';
import {
  bodyParagraph,
  dataTable,
  headerBlock,
  narrativeParagraph,
  type DocumentContent,
} from '../../electron/backend/reports/document-model';
import { sectionHtml } from '../../electron/backend/reports/html-print-writer';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings-defaults';

const content = (landscape: boolean, blocks = [bodyParagraph('Nội dung.')]): DocumentContent => ({
  title: 'Báo cáo <thử>',
  creator: 'Sở Khoa học và Công nghệ',
  sections: [{ blocks, landscape, restartNumbering: landscape }],
});
const html = (c: DocumentContent) => sectionHtml(c, c.sections[0]!);

describe('print rendition', () => {
  it('sets A4 pages with the profile margins, numbered from page 2', () => {
    const portrait = html(content(false));
    expect(portrait).toContain('size: A4 portrait');
    // 30 mm left and 15 mm right, less the header table's overhang, padded back on the body.
    expect(portrait).toContain('margin: 20mm 13mm 20mm 24mm;');
    expect(portrait).toMatch(/body \{ width: 467\.75pt; padding: 0 5\.65pt 0 17pt;/);
    expect(portrait).toMatch(/@top-center \{ content: counter\(page\);[^}]*font-size: 14pt/);
    expect(portrait).toContain('@page :first { @top-center { content: none; } }');
    const landscape = html(content(true));
    expect(landscape).toContain('size: A4 landscape');
    expect(landscape).toContain('margin: 20mm 13mm 15mm 24mm;');
  });

  it('prints what the user typed as text, whatever it contains', () => {
    const hostile = '</style><script>alert(1)</script><img src=x onerror=alert(2)> & "x"';
    const out = html(
      content(false, [
        narrativeParagraph(hostile),
        dataTable({
          widths: [1000, 2000],
          header: ['A', '<b>B</b>'],
          rows: [[{ lines: [hostile] }, { lines: [''] }]],
        }),
      ]),
    );
    expect(out).not.toMatch(/<script|<img|<b>|<\/style><script/);
    expect(out).toContain('&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;b&gt;B&lt;/b&gt;');
    expect(out).toContain('<title>Báo cáo &lt;thử&gt;</title>');
  });

  it('keeps document symbols whole and the blanks left for a handwritten number', () => {
    const out = html(
      content(false, [
        headerBlock({
          settings: DEFAULT_SETTINGS,
          numberLine: 'Số:      /BC-SKHCN',
          placeDate: 'Lai Châu, ngày      tháng      năm 2025',
        }),
        bodyParagraph('Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024.'),
      ]),
    );
    expect(out).toContain('<span class="nb">57-NQ/TW</span>');
    expect(out).toContain('Số:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; <span class="nb">/BC-SKHCN</span>');
    expect(out).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('repeats the header row of a table on every page and keeps short rows whole', () => {
    const out = html(
      content(true, [
        dataTable({
          widths: [800, 4000],
          header: ['STT', 'Nhiệm vụ'],
          rows: [
            [{ lines: ['1'] }, { lines: ['Ngắn'] }],
            [{ lines: ['I'] }, { lines: ['Nhóm'] }],
          ],
          groupRows: [1],
        }),
      ]),
    );
    expect(out).toContain('table.data thead { display: table-header-group; }');
    expect(out).toContain('<thead><tr><th>');
    expect(out).toContain('<tr class="whole">');
    expect(out).toContain('<tr class="whole group">');
  });
});
