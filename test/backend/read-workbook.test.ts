import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD_FILE_CODES } from '../../electron/backend/importer/bad-file-codes';
import { cellAt, type GridWorkbook } from '../../electron/backend/importer/grid';
import { readWorkbook, type ReadResult } from '../../electron/backend/importer/read-workbook';
import { makeBadFiles, type BadFileCase } from '../fixtures/bad-files';

let corpus: BadFileCase[];

beforeAll(async () => {
  corpus = await makeBadFiles();
});

function workbookOf(r: ReadResult): GridWorkbook {
  if (!r.ok) throw new Error(`rejected (${r.code}): ${r.message}`);
  return r.workbook;
}

describe('the bad-file corpus', () => {
  it('has at least 25 cases with distinct names and every rejection code', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
    const codes = new Set(corpus.map((c) => c.code));
    expect(BAD_FILE_CODES.filter((c) => !codes.has(c))).toEqual([]);
  });

  it('rejects every reject case with its code and a Vietnamese message', async () => {
    for (const c of corpus.filter((x) => x.expect === 'reject')) {
      const r = await readWorkbook(c.bytes, c.name);
      expect(r.ok, c.name).toBe(false);
      if (r.ok) continue;
      expect({ name: c.name, code: r.code }).toEqual({ name: c.name, code: c.code });
      expect(r.message, c.name).toContain(c.messageIncludes);
      // Says what to do, not only what is wrong.
      expect(r.message, c.name).toMatch(/Hãy|hãy/);
    }
  });

  it('reads every flag case, with the expected values and the reader note', async () => {
    for (const c of corpus.filter((x) => x.expect === 'flag')) {
      const r = await readWorkbook(c.bytes, c.name);
      const wb = workbookOf(r);
      if ((c.flaggedBy ?? 'reader') === 'reader') {
        expect(wb.notes.join(' | '), c.name).toContain(c.messageIncludes);
      }
      expect(() => c.verify?.(wb), c.name).not.toThrow();
    }
  });

  it('gives the exact messages the product asks for', async () => {
    const message = async (name: string): Promise<string> => {
      const c = corpus.find((x) => x.name === name);
      if (!c) throw new Error(name);
      const r = await readWorkbook(c.bytes, c.name);
      return r.ok ? '' : r.message;
    };
    expect(await message('dat-mat-khau.xlsx')).toBe(
      'Tệp được đặt mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.',
    );
    expect(await message('bao-cao.docx.xlsx')).toMatch(
      /^Đây là tệp Word\/PowerPoint, không phải bảng tính Excel\. Hãy gửi tệp Excel/,
    );
    expect(await message('ngau-nhien.xlsx')).toBe(
      'Tệp «ngau-nhien.xlsx» không phải tệp Excel nên không đọc được. Hãy gửi tệp Excel (.xlsx, .xls) hoặc bảng tính OpenDocument (.ods) của báo cáo.',
    );
    expect(await message('qua-lon.xlsx')).toMatch(/^Tệp quá lớn \(50 MB, giới hạn 50 MB\)\. Hãy /);
    expect(await message('tai-chua-het.xlsx')).toMatch(/^Tệp bị hỏng hoặc tải về chưa hết/);
    expect(await message('bom-nen.xlsx')).toMatch(
      /^Tệp có cấu trúc nén bất thường \(có thể là tệp độc hại\)/,
    );
    expect(await message('qua-nhieu-o.xlsx')).toMatch(
      /^Tệp có quá nhiều ô dữ liệu \(khoảng 2\.000\.001 ô, giới hạn 2\.000\.000 ô\)/,
    );
  });
});

describe('limits can be lowered', () => {
  const small = (): Uint8Array =>
    zipSync({ 'xl/worksheets/sheet1.xml': [new Uint8Array(3 * 1024 * 1024), { level: 9 }] });

  it('file size, cells, entries, total and per-entry sizes, compression ratio', async () => {
    const report = corpus.find((c) => c.name === 'tieu-de-nfd.xlsx')?.bytes ?? new Uint8Array();
    const code = async (bytes: Uint8Array, limits: object) => {
      const r = await readWorkbook(bytes, 'x.xlsx', limits);
      return r.ok ? 'ok' : r.code;
    };
    expect(await code(report, {})).toBe('ok');
    expect(await code(report, { maxFileBytes: 1000 })).toBe('too_large');
    expect(await code(report, { maxCells: 10 })).toBe('too_many_cells');
    expect(await code(report, { maxEntries: 3 })).toBe('zip_bomb');
    expect(await code(report, { maxUncompressedBytes: 1000 })).toBe('zip_bomb');
    expect(await code(report, { maxEntryBytes: 1000 })).toBe('zip_bomb');
    expect(await code(small(), { maxCompressionRatio: 10_000 })).not.toBe('zip_bomb');
    expect(await code(small(), {})).toBe('zip_bomb');
  });
});

describe('a purpose-built workbook', () => {
  let wb: GridWorkbook;

  beforeAll(async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet('Báo cáo'.normalize('NFD'));
    ws.getCell('A1').value = 'BIỂU TỔNG HỢP KẾT QUẢ'.normalize('NFD');
    ws.mergeCells('A1:D1');
    ws.getCell('A2').value = 'Tiến độ thực hiện';
    ws.mergeCells('A2:A3');
    ws.getCell('B2').value = 35.2;
    ws.getCell('C2').value = new Date(Date.UTC(2025, 3, 15));
    ws.getCell('D2').value = { formula: 'B2*2', result: 70.4 };
    ws.getCell('E2').value = {
      richText: [{ text: 'Đã ' }, { text: 'hoàn thành', font: { bold: true } }],
    };
    ws.getCell('F2').value = { text: 'Cổng thông tin', hyperlink: 'https://example.vn' };
    ws.getCell('B3').value = 1234.5;
    ws.getCell('B3').numFmt = '#,##0.0';
    ws.getCell('C3').value = 0.352;
    ws.getCell('C3').numFmt = '0.0%';
    ws.getCell('D3').value = { formula: 'C2+1', result: new Date(Date.UTC(2025, 3, 16)) };
    ws.getCell('D3').numFmt = 'dd/mm/yyyy';
    ws.getCell('E3').value = true;
    ws.getCell('F3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('B5').value = '15/04/2025';
    ws.getRow(4).hidden = true;
    ws.getCell('A4').value = 'dòng ẩn';
    ws.getColumn(5).hidden = true;
    const bytes = new Uint8Array((await x.xlsx.writeBuffer()) as ArrayBuffer);
    wb = workbookOf(await readWorkbook(bytes, 'bao-cao.xlsx'));
  });

  it('keeps values typed and text in NFC', () => {
    const s = wb.sheets[0]!;
    expect(s.name).toBe('Báo cáo');
    expect(s.state).toBe('visible');
    expect(cellAt(s, 1, 1)).toEqual({
      value: 'BIỂU TỔNG HỢP KẾT QUẢ',
      text: 'BIỂU TỔNG HỢP KẾT QUẢ',
    });
    expect(cellAt(s, 2, 2)).toEqual({ value: 35.2, text: '35,2' });
    expect(cellAt(s, 2, 3)).toEqual({ value: new Date(Date.UTC(2025, 3, 15)), text: '15/04/2025' });
    expect(cellAt(s, 2, 4)).toEqual({ value: 70.4, text: '70,4' });
    expect(cellAt(s, 2, 5)).toEqual({ value: 'Đã hoàn thành', text: 'Đã hoàn thành' });
    expect(cellAt(s, 2, 6)).toEqual({ value: 'Cổng thông tin', text: 'Cổng thông tin' });
    expect(cellAt(s, 3, 2)).toEqual({ value: 1234.5, text: '1.234,5' });
    expect(cellAt(s, 3, 3)).toEqual({ value: 0.352, text: '35,2%' });
    expect(cellAt(s, 3, 4)).toEqual({ value: new Date(Date.UTC(2025, 3, 16)), text: '16/04/2025' });
    expect(cellAt(s, 3, 5)).toEqual({ value: true, text: 'TRUE' });
    expect(cellAt(s, 3, 6)).toEqual({ value: null, text: '#DIV/0!', error: '#DIV/0!' });
    // Dates typed as text stay text: the layout step parses them the Vietnamese way.
    expect(cellAt(s, 5, 2)).toEqual({ value: '15/04/2025', text: '15/04/2025' });
  });

  it('gives merges once, in the top-left cell, with the covered cells empty', () => {
    const s = wb.sheets[0]!;
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 4 },
        { top: 2, left: 1, bottom: 3, right: 1 },
      ]),
    );
    expect(s.merges).toHaveLength(2);
    expect(cellAt(s, 1, 2)).toBeNull();
    expect(cellAt(s, 3, 1)).toBeNull();
  });

  it('lists hidden rows and columns', () => {
    const s = wb.sheets[0]!;
    expect(s.hiddenRows).toEqual([4]);
    expect(s.hiddenColumns).toEqual([5]);
    expect(s.rows).toHaveLength(5);
  });

  it('has no notes for an ordinary file', () => {
    expect(wb.format).toBe('xlsx');
    expect(wb.notes).toEqual([]);
  });
});

describe('sniffing by content, not by name', () => {
  it('reads an xlsx named .pdf and rejects a PDF named .xlsx', async () => {
    const report = corpus.find((c) => c.name === 'tieu-de-nfd.xlsx')!.bytes;
    expect((await readWorkbook(report, 'bao-cao.pdf')).ok).toBe(true);
    const pdf = corpus.find((c) => c.name === 'bao-cao.pdf.xlsx')!.bytes;
    expect(await readWorkbook(pdf, 'bao-cao.xlsx')).toMatchObject({ ok: false, code: 'pdf' });
  });

  it('tells an OpenDocument text file from a spreadsheet', async () => {
    const odt = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
    });
    expect(await readWorkbook(odt, 'bao-cao.ods')).toMatchObject({ ok: false, code: 'word' });
  });

  it('reads UTF-16 HTML and Windows-1258 HTML exported by web systems', async () => {
    const html =
      '<html><body><table><tr><td>Sở Nội vụ</td><td>35,2</td></tr></table></body></html>';
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(html, 'utf16le')]);
    const r = workbookOf(await readWorkbook(utf16, 'xuat.xls'));
    expect(cellAt(r.sheets[0]!, 1, 1)?.value).toBe('Sở Nội vụ');

    // Code page 1258 writes tones as combining marks: S ơ(F5) hook(D2), N ô(F4) dot(F2) i, v u dot.
    const cp1258 = [0x53, 0xf5, 0xd2, 0x20, 0x4e, 0xf4, 0xf2, 0x69, 0x20, 0x76, 0x75, 0xf2];
    for (const meta of ['<meta charset="windows-1258">', '']) {
      const bytes = new Uint8Array([
        ...Buffer.from(`<html><head>${meta}</head><body><table><tr><td>`, 'latin1'),
        ...cp1258,
        ...Buffer.from('</td></tr></table></body></html>', 'latin1'),
      ]);
      const w = workbookOf(await readWorkbook(bytes, 'xuat.xls'));
      expect(cellAt(w.sheets[0]!, 1, 1)?.value, meta).toBe('Sở Nội vụ');
    }
  });
});
