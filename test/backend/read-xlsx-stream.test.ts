// The streaming reader (big workbooks) against the exceljs path (everything else): forced onto
// ordinary files, it must give the same grid — values, texts, merges, hidden rows and columns,
// legacy-font conversion and its note. Then what only big sheets meet: the row limit.
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellAt, type GridWorkbook } from '../../electron/backend/importer/grid';
import { readWorkbook, type ReadLimits } from '../../electron/backend/importer/read-workbook';
import {
  Tok,
  XmlBytes,
  type SkipCounts,
} from '../../electron/backend/importer/zip-stream/xml-bytes';
import { makeBadFiles, type BadFileCase } from '../fixtures/bad-files';
import { fillForm } from '../fixtures/fill-form';
import { memoryBackend } from './helpers';

const STREAM: Partial<ReadLimits> = { streamPartBytes: 0 };

async function read(bytes: Uint8Array, limits?: Partial<ReadLimits>): Promise<GridWorkbook> {
  const r = await readWorkbook(bytes, 'x.xlsx', limits);
  if (!r.ok) throw new Error(`rejected (${r.code}): ${r.message}`);
  return r.workbook;
}

let corpus: BadFileCase[];

beforeAll(async () => {
  corpus = await makeBadFiles();
});

describe('the streaming reader gives the exceljs path’s grid', () => {
  it('for every xlsx of the bad-file corpus that is read', async () => {
    const cases = corpus.filter(
      (c) => c.expect === 'flag' && /\.xls[xm]$/.test(c.name) && c.name !== 'trang-ten-la.xlsx',
    );
    expect(cases.length).toBeGreaterThanOrEqual(10);
    for (const c of cases) {
      expect(await read(c.bytes, STREAM), c.name).toEqual(await read(c.bytes));
    }
  });

  it('reads a sheet part exceljs skips (not named sheetN.xml) like SheetJS does', async () => {
    const c = corpus.find((x) => x.name === 'trang-ten-la.xlsx')!;
    const wb = await read(c.bytes, STREAM);
    expect(() => c.verify?.(wb)).not.toThrow();
  });

  it('for the example submissions and filled forms', async () => {
    const dir = join(process.cwd(), 'seeds', 'examples');
    const files = readdirSync(dir)
      .filter((n) => n.endsWith('.xlsx'))
      .map((n) => new Uint8Array(readFileSync(join(dir, n))));
    const backend = memoryBackend();
    const { files: forms } = await backend.call('forms.generate', { period: '2025-Q3' });
    for (const [i, f] of forms.slice(0, 3).entries()) {
      const filled = await fillForm(f.fileName, f.data, i);
      files.push(new Uint8Array(Buffer.from(filled.data, 'base64')));
    }
    backend.close();
    for (const [i, bytes] of files.entries()) {
      expect(await read(bytes, STREAM), `file ${i}`).toEqual(await read(bytes));
    }
  });

  it('for inline, formula and rich strings, entities, escapes, phonetics and 1904 dates', async () => {
    const bytes = handXlsx('');
    const wb = await read(bytes, STREAM);
    expect(wb).toEqual(await read(bytes));
    const s = wb.sheets[0]!;
    expect(s.name).toBe('A & B');
    expect(s.rows.map((r) => r.map((c) => c?.text ?? null))).toEqual([
      ['Sở <Nội vụ> & "Tài chính"', 'Đã hoàn thành', 'Sở!', 'TRUE', 'dòng 1_x000D_dòng 2'],
      ['16/04/2029', '35,20%', '#N/A', null, 'Sở Khoa học và Công nghệ'],
    ]);
    expect(cellAt(s, 2, 5)?.converted).toBe('tcvn3');
    expect(wb.notes).toEqual([
      'Đã chuyển 1 ô từ phông TCVN3 (.VnTime) sang Unicode. Hãy kiểm tra lại chữ tiếng Việt trong bản xem trước.',
    ]);
  });

  it('for XML written with prefixes (and CDATA), which exceljs reads as empty', async () => {
    const wb = await read(handXlsx('x:', true), STREAM);
    expect(wb).toEqual(await read(handXlsx('', true), STREAM));
    // ISO dates (t="d"), which exceljs reads as numbers: UTC dates like every date of the grid.
    expect(cellAt(wb.sheets[0]!, 2, 6)).toEqual({
      value: new Date(Date.UTC(2025, 3, 15, 10, 30)),
      text: '15/04/2025 10:30',
    });
  });
});

/** A workbook written by hand, its SpreadsheetML elements under `prefix` (e.g. `x:`). */
function handXlsx(prefix: string, isoDate = false): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const xmlns = prefix ? `xmlns:${prefix.slice(0, -1)}="${ns}"` : `xmlns="${ns}"`;
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const el = (name: string, attrs = '', body?: string): string =>
    body === undefined
      ? `<${prefix}${name}${attrs}/>`
      : `<${prefix}${name}${attrs}>${body}</${prefix}${name}>`;
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '</Types>',
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?>${el('workbook', ` ${xmlns} xmlns:r="${rel}"`, el('workbookPr', ' date1904="1"') + el('sheets', '', el('sheet', ' name="A &amp; B" sheetId="1" r:id="rId1"')))}`,
    'xl/styles.xml':
      `<?xml version="1.0"?>` +
      el(
        'styleSheet',
        ` ${xmlns}`,
        el('numFmts', ' count="1"', el('numFmt', ' numFmtId="164" formatCode="dd/mm/yyyy"')) +
          el(
            'fonts',
            ' count="2"',
            el('font', '', el('name', ' val="Calibri"')) +
              el('font', '', el('name', ' val=".VnTime"')),
          ) +
          el(
            'cellXfs',
            ' count="4"',
            el('xf', ' numFmtId="0" fontId="0"') +
              el('xf', ' numFmtId="164" fontId="0" applyNumberFormat="1"') +
              el('xf', ' numFmtId="10" fontId="0"') +
              el('xf', ' numFmtId="0" fontId="1"'),
          ),
      ),
    'xl/sharedStrings.xml':
      `<?xml version="1.0"?>` +
      el(
        'sst',
        ` ${xmlns} count="3" uniqueCount="3"`,
        el('si', '', el('t', '', 'Sở &lt;Nội vụ&gt; &amp; &quot;Tài chính&quot;')) +
          el(
            'si',
            '',
            el('r', '', el('t', ' xml:space="preserve"', 'Đã ')) +
              el(
                'r',
                '',
                el('rPr', '', el('b') + el('rFont', ' val="Arial"')) + el('t', '', 'hoàn thành'),
              ) +
              el('rPh', ' sb="0" eb="1"', el('t', '', 'ふりがな')),
          ) +
          el('si', '', el('t', '', 'Së Khoa häc vµ C«ng nghÖ')),
      ),
    'xl/worksheets/sheet1.xml':
      `<?xml version="1.0"?><!-- written by hand -->` +
      el(
        'worksheet',
        ` ${xmlns}`,
        el(
          'sheetData',
          '',
          el(
            'row',
            ' r="1"',
            el('c', ' r="A1" t="s"', el('v', '', '0')) +
              el('c', ' r="B1" t="s"', el('v', '', '1')) +
              el('c', ' r="C1" t="str"', el('f', '', 'A1&amp;"!"') + el('v', '', 'Sở!')) +
              el('c', ' r="D1" t="b"', el('f', '', 'TRUE()') + el('v', '', '1')) +
              el('c', ' r="E1" t="inlineStr"', el('is', '', el('t', '', 'dòng 1_x000D_dòng 2'))),
          ) +
            el(
              'row',
              ' r="2"',
              el('c', ' r="A2" s="1"', el('v', '', '45762')) +
                el('c', ' r="B2" s="2"', el('v', '', prefix ? '<![CDATA[0.352]]>' : '0.352')) +
                el('c', ' r="C2" t="e"', el('f', '', 'NA()') + el('v', '', '#N/A')) +
                el('c', ' r="D2" s="2"') +
                el('c', ' r="E2" t="s" s="3"', el('v', '', '2')) +
                (isoDate ? el('c', ' r="F2" t="d"', el('v', '', '2025-04-15T10:30:00')) : ''),
            ),
        ),
      ),
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

describe('big sheets', () => {
  /** A flat report followed by rows of pasted data, `rows` data rows in all. */
  async function flatSheet(rows: number): Promise<Uint8Array> {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet('Nhiệm vụ');
    ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Tiến độ thực hiện', 'Ghi chú']);
    for (let n = 1; n <= rows; n++) ws.addRow([n, `Nội dung số ${n}`, 'Đang thực hiện', null]);
    ws.getRow(3).hidden = true;
    ws.mergeCells('C5:D5');
    return new Uint8Array((await x.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it('reads the first rows, counts the others, on both paths', async () => {
    const bytes = await flatSheet(1200);
    for (const limits of [{}, STREAM]) {
      const wb = await read(bytes, { ...limits, maxSheetRows: 1000 });
      const s = wb.sheets[0]!;
      expect(s.rows).toHaveLength(1000);
      expect(s.unreadRows).toBe(201);
      expect(cellAt(s, 1000, 2)?.text).toBe('Nội dung số 999');
      expect(s.hiddenRows).toEqual([3]);
      expect(s.merges).toEqual([{ top: 5, left: 3, bottom: 5, right: 4 }]);
    }
    const whole = await read(bytes, STREAM);
    expect(whole.sheets[0]!.rows).toHaveLength(1201);
    expect(whole.sheets[0]!.unreadRows).toBeUndefined();
  });

  it('still refuses a file with more cells than the limit', async () => {
    const bytes = await flatSheet(300);
    const r = await readWorkbook(bytes, 'x.xlsx', { ...STREAM, maxCells: 500 });
    expect(r).toMatchObject({ ok: false, code: 'too_many_cells' });
  });
});

describe('the XML tokenizer', () => {
  const xml =
    '<?xml version="1.0"?><!-- a > comment --><x:sheet xmlns:x="urn:x" a="1 > 0" b=\'it&apos;s\'>' +
    '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>7</x:v></x:c><x:c r="B1"/></x:row>' +
    '<x:row r="2"><x:c r="A2" t="str"><x:v>Sở &amp; &#272;ội &lt;1&gt;</x:v></x:c></x:row>' +
    '<x:row r="3"><x:c r="A3"/><x:c r="B3"><x:v><![CDATA[a<b]]></x:v></x:c></x:row><x:row r="4"/>' +
    '</x:sheetData><x:skip><x:c/><x:deep><x:skip2/></x:deep></x:skip><x:end/></x:sheet>';

  /** Tokens of `xml` fed in chunks of `size` bytes, skipping as the streaming reader does. */
  function tokens(size: number, prefix = 'x:'): string[] {
    const bytes = Buffer.from(prefix ? xml : xml.replace(/x:/g, ''));
    const x = new XmlBytes();
    const out: string[] = [];
    const counts: SkipCounts = { cells: 0, rows: 0 };
    for (let at = 0; at < bytes.length; at += size) {
      x.feed(bytes.subarray(at, at + size), at + size >= bytes.length);
      for (let tok = x.next(); tok !== Tok.More && tok !== Tok.Done; tok = x.next()) {
        if (tok === Tok.Text) out.push(`text ${x.text()}`);
        else out.push(`${['open', 'close', 'empty'][tok]} ${x.name} ${x.attr('r') ?? ''}`);
        if (tok === Tok.Open && x.name === 'sheet') out.push(`a=${x.attr('a')} b=${x.attr('b')}`);
        if (tok === Tok.Open && x.name === 'row' && x.attr('r') === '2') {
          x.skipCounting(`${prefix}sheetData`, counts);
        }
        if (tok === Tok.Open && x.name === 'skip') x.skipElement();
      }
    }
    out.push(`skipped ${counts.cells} cells, ${counts.rows} rows`);
    return out;
  }

  it('gives the same tokens however the bytes are cut', () => {
    const whole = tokens(xml.length * 2);
    expect(whole).toEqual([
      'open sheet ',
      "a=1 > 0 b=it's",
      'open sheetData ',
      'open row 1',
      'open c A1',
      'open v ',
      'text 7',
      'close v ',
      'close c ',
      'empty c B1',
      'close row ',
      'open row 2',
      'close sheetData ',
      'open skip ',
      'empty end ',
      'close sheet ',
      'skipped 3 cells, 1 rows',
    ]);
    for (const prefix of ['x:', '']) {
      for (const size of [1, 2, 3, 5, 7, 13, 64, 100]) {
        expect(tokens(size, prefix), `size ${size}, prefix "${prefix}"`).toEqual(whole);
      }
    }
  });

  it('decodes texts and entities, reads CDATA raw', () => {
    const x = new XmlBytes();
    x.feed(
      Buffer.from('<v>Sở &amp; &#272;ội &#x110;&lt;1&gt;</v><v><![CDATA[a &amp; <b>]]></v>'),
      true,
    );
    const texts: string[] = [];
    for (let tok = x.next(); tok !== Tok.Done; tok = x.next())
      if (tok === Tok.Text) texts.push(x.text());
    expect(texts).toEqual(['Sở & Đội Đ<1>', 'a &amp; <b>']);
  });
});
