// What the importer asks before writing, through dispatch as the screens and the CLI call it: who
// sent a file when its witnesses disagree, when it arrived when it carries no date, which weak
// guesses "Chấp nhận gợi ý" may not take, which plan a preview belongs to, and hostile zips.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { call } from '../../electron/backend/dispatch';
import { SUGGESTION_FLOOR } from '../../shared/domain/import-types';
import { SECOND_PLAN, secondPlanFile } from '../fixtures/second-plan';
import { snapshot } from './db-snapshot';
import { memoryBackend } from './helpers';
import { findColumn } from '../fixtures/fill-form';
import { b64 } from './import-helpers';

type Row = (string | number | null)[];

async function xlsx(
  name: string,
  rows: Row[],
  sheetName = 'Nhiệm vụ',
): Promise<{ name: string; data: string }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  return { name, data: b64(new Uint8Array(await wb.xlsx.writeBuffer())) };
}

const HEAD: Row = ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Tình trạng'];
const NOI_VU_ROWS: Row[] = [
  [
    1,
    'Xây dựng văn bản quy định trách nhiệm người đứng đầu CQNN về KH,CN, ĐMST và CĐS',
    'Sở Nội vụ',
    'Đã hoàn thành',
  ],
  [
    2,
    'Phát động phong trào thi đua về phát triển KH,CN, ĐMST và CĐS',
    'Sở Nội vụ',
    'Đang thực hiện',
  ],
];

describe('the sending agency is a question when the evidence disagrees', () => {
  it('title says one agency, the lead column another: the commit waits for the clerk', async () => {
    const app = memoryBackend();
    const file = await xlsx('SoYTe_Q3_2025.xlsx', [
      ['SỞ Y TẾ TỈNH LAI CHÂU'],
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025'],
      ['(Kèm theo Báo cáo số 88/BC-SYT ngày 08/9/2025)'],
      HEAD,
      ...NOI_VU_ROWS,
    ]);
    const preview = await call(app.dispatch, 'imports.preview', { files: [file] });
    const p = preview.files[0]!;
    expect(p.agencyQuestion).toContain('Sở Nội vụ');
    const before = snapshot(app.ctx.db);
    const refused = await call(app.dispatch, 'imports.commit', {
      previewId: preview.id,
      files: [{ fileId: p.fileId, acceptSuggested: true }],
    });
    expect(refused.files[0]).toMatchObject({ ok: false, message: p.agencyQuestion });
    expect(snapshot(app.ctx.db)).toEqual(before);

    const agencies = await app.call('catalogue.get', {});
    const noiVu = agencies.agencies.find((a) => a.name === 'Sở Nội vụ')!;
    const done = await call(app.dispatch, 'imports.commit', {
      previewId: preview.id,
      files: [{ fileId: p.fileId, agencyId: noiVu.id }],
    });
    expect(done.files[0]).toMatchObject({ ok: true });
    expect(done.files[0]!.submission!.agency.name).toBe('Sở Nội vụ');
  });

  it('title, file name and rows agreeing ask nothing', async () => {
    const app = memoryBackend();
    const file = await xlsx('SoNoiVu_Q3_2025.xlsx', [
      ['SỞ NỘI VỤ'],
      ['BÁO CÁO QUÝ III NĂM 2025 (Kèm theo Báo cáo số 215/BC-SNV ngày 05/9/2025)'],
      HEAD,
      ...NOI_VU_ROWS,
    ]);
    const preview = await call(app.dispatch, 'imports.preview', { files: [file] });
    expect(preview.files[0]).toMatchObject({
      agency: { name: 'Sở Nội vụ' },
      agencyQuestion: null,
      needsReceivedOn: false,
    });
  });
});

describe('a file without a document date', () => {
  it('asks for the received date instead of writing "today"', async () => {
    const app = memoryBackend();
    const file = await xlsx('SoNoiVu_Q3_2025.xlsx', [
      ['SỞ NỘI VỤ'],
      ['KẾT QUẢ THỰC HIỆN QUÝ III NĂM 2025'],
      HEAD,
      ...NOI_VU_ROWS,
    ]);
    const preview = await call(app.dispatch, 'imports.preview', { files: [file] });
    const p = preview.files[0]!;
    expect(p.needsReceivedOn).toBe(true);
    const refused = await call(app.dispatch, 'imports.commit', {
      previewId: preview.id,
      files: [{ fileId: p.fileId }],
    });
    expect(refused.files[0]).toMatchObject({
      ok: false,
      message: expect.stringContaining('ngày nhận'),
    });
    const done = await call(app.dispatch, 'imports.commit', {
      previewId: preview.id,
      files: [{ fileId: p.fileId, receivedOn: '2025-09-12' }],
    });
    expect(done.files[0]!.submission!.receivedOn).toBe('2025-09-12');
  });
});

describe('an indicator cell with several figures', () => {
  const file = () =>
    xlsx(
      'VPUBND_ChiTieu_Q3_2025.xlsx',
      [
        ['VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH'],
        ['BÁO CÁO QUÝ III NĂM 2025 (Kèm theo Báo cáo số 301/BC-VP ngày 05/9/2025)'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        [1, 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', '%', 'Đạt 92,5%, vượt 2,5% so với KH'],
        [2, 'Tỷ lệ thanh toán trực tuyến trong giải quyết TTHC', '%', '45/100'],
      ],
      'Chỉ tiêu',
    );

  it('asks which figure was achieved, and the commit waits for the answer', async () => {
    const app = memoryBackend();
    const preview = await call(app.dispatch, 'imports.preview', { files: [await file()] });
    const p = preview.files[0]!;
    const [clear, doubtful] = p.rows;
    // "Đạt 92,5%" says which figure is the result: no question.
    expect([clear!.value, clear!.questions]).toEqual([92.5, []]);
    expect(doubtful).toMatchObject({ code: '6.6', value: null, valueText: '45/100' });
    expect(doubtful!.questions).toEqual([
      { field: 'value', message: expect.stringContaining('"45/100" có nhiều số') },
    ]);
    const before = snapshot(app.ctx.db);
    const refused = await call(app.dispatch, 'imports.commit', {
      previewId: preview.id,
      files: [{ fileId: p.fileId }],
    });
    expect(refused.files[0]).toMatchObject({
      ok: false,
      message: expect.stringContaining(`dòng ${doubtful!.row}`),
    });
    expect(snapshot(app.ctx.db)).toEqual(before);

    // The clerk types the figure achieved: it is what is stored, shown and printed.
    const done = await call(app.dispatch, 'imports.commit', {
      previewId: preview.id,
      files: [{ fileId: p.fileId, answers: { [doubtful!.key]: { value: 45 } } }],
    });
    const id = done.files[0]!.submission!.id;
    const detail = await call(app.dispatch, 'submissions.get', { id });
    expect(detail.values.map((v) => [v.code, v.value, v.valueText])).toEqual([
      ['6.4', 92.5, 'Đạt 92,5%, vượt 2,5% so với KH'],
      ['6.6', 45, null],
    ]);
  });

  it('"Giữ như đã đọc" keeps the words without a figure', async () => {
    const app = memoryBackend();
    const preview = await call(app.dispatch, 'imports.preview', { files: [await file()] });
    const p = preview.files[0]!;
    const doubtful = p.rows.find((r) => r.questions.length > 0)!;
    const done = await call(app.dispatch, 'imports.commit', {
      previewId: preview.id,
      files: [{ fileId: p.fileId, answers: { [doubtful.key]: {} } }],
    });
    const detail = await call(app.dispatch, 'submissions.get', {
      id: done.files[0]!.submission!.id,
    });
    expect(detail.values.find((v) => v.code === '6.6')).toMatchObject({
      value: null,
      valueText: '45/100',
    });
  });
});

describe('a share over 100 %', () => {
  it('asks about "1.250", "45.000" for a % indicator in an agency\'s own layout, keeps one that fits', async () => {
    const app = memoryBackend();
    const file = await xlsx(
      'VPUBND_ChiTieu_Q3_2025.xlsx',
      [
        ['VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH'],
        ['BÁO CÁO QUÝ III NĂM 2025 (Kèm theo Báo cáo số 301/BC-VP ngày 05/9/2025)'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        ['6.2', 'Tỷ lệ cung cấp DVC trực tuyến toàn trình', '%', '1.250'],
        ['6.5', 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã số hóa', '%', '45.000'],
        ['6.4', 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', '%', '85.5'],
      ],
      'Chỉ tiêu',
    );
    const preview = await call(app.dispatch, 'imports.preview', { files: [file] });
    const rows = preview.files[0]!.rows;
    expect(rows.map((r) => [r.code, r.questions.map((q) => q.field)])).toEqual([
      ['6.2', ['value']],
      ['6.5', ['value']],
      ['6.4', []],
    ]);
    expect(rows[2]?.value).toBe(85.5);
  });

  it('asks the same of our own form', async () => {
    const app = memoryBackend();
    const c = await call(app.dispatch, 'catalogue.get', {});
    const percentCodes = new Set(
      c.indicators.filter((x) => x.unit.includes('%')).map((x) => x.code),
    );
    const { files } = await call(app.dispatch, 'forms.generate', { period: '2025-Q3' });
    let filled: { name: string; data: string } | null = null;
    let code = '';
    for (const f of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(f.data, 'base64') as unknown as ArrayBuffer);
      const ws = wb.worksheets.find((w) => w.name.startsWith('Chỉ tiêu'));
      if (!ws) continue;
      const codeCol = findColumn(ws, 'Mã');
      const value = findColumn(ws, 'Giá trị');
      for (let r = codeCol.row + 1; r <= ws.rowCount && !filled; r++) {
        code = String(ws.getCell(r, codeCol.col).text).trim();
        if (!percentCodes.has(code)) continue;
        ws.getCell(r, value.col).value = '1.250';
        filled = { name: f.fileName, data: b64(new Uint8Array(await wb.xlsx.writeBuffer())) };
      }
      if (filled) break;
    }
    const preview = await call(app.dispatch, 'imports.preview', { files: [filled!] });
    const row = preview.files[0]!.rows.find((r) => r.code === code)!;
    expect(row.value).toBe(1250);
    expect(row.questions).toEqual([
      { field: 'value', message: expect.stringContaining('"1.250" của chỉ tiêu') },
    ]);
  });
});

describe('an indicator cell of our own form, typed in words', () => {
  it('reads the figure the words state, and asks when there are several', async () => {
    const app = memoryBackend();
    const { files } = await call(app.dispatch, 'forms.generate', { period: '2025-Q3' });
    let filled: { name: string; data: string } | null = null;
    for (const f of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(f.data, 'base64') as unknown as ArrayBuffer);
      const ws = wb.worksheets.find((w) => w.name.startsWith('Chỉ tiêu'));
      if (!ws) continue;
      const code = findColumn(ws, 'Mã');
      const value = findColumn(ws, 'Giá trị');
      const rows: number[] = [];
      for (let r = code.row + 1; r <= ws.rowCount; r++)
        if (/^\d+(\.\d+)?$/.test(String(ws.getCell(r, code.col).text).trim())) rows.push(r);
      if (rows.length < 3) continue;
      ['Đạt 92,5%, vượt 2,5% so với KH', '45/100', 'Đạt'].forEach((text, i) => {
        ws.getCell(rows[i]!, value.col).value = text;
      });
      filled = { name: f.fileName, data: b64(new Uint8Array(await wb.xlsx.writeBuffer())) };
      break;
    }
    const preview = await call(app.dispatch, 'imports.preview', { files: [filled!] });
    const rows = preview.files[0]!.rows.filter((r) => r.valueText !== null);
    expect(rows.map((r) => [r.valueText, r.value, r.questions.map((q) => q.field)])).toEqual([
      ['Đạt 92,5%, vượt 2,5% so với KH', 92.5, []],
      ['45/100', null, ['value']],
      ['Đạt', null, []],
    ]);
    // Words without a figure stay words, said as a warning.
    expect(rows[2]!.issues).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('"Đạt"') }),
    ]);
  });
});

describe('"Chấp nhận gợi ý" never takes a weak guess', () => {
  it('leaves rows below the floor as questions, with their row numbers', async () => {
    const app = memoryBackend();
    const file = await xlsx('SoGDDT_Q3_2025.xlsx', [
      ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'],
      ['BÁO CÁO QUÝ III NĂM 2025 (Kèm theo Công văn số 1450/SGDĐT-VP ngày 09/9/2025)'],
      ['STT', 'Nội dung nhiệm vụ', 'Tình trạng'],
      // I.5 and I.12 read the same without the plan's numbering: a genuine doubt.
      [1, 'Đào tạo, bồi dưỡng CBCCVC kiến thức về KH,CN, ĐMST và CĐS', 'Đang thực hiện'],
    ]);
    const preview = await call(app.dispatch, 'imports.preview', { files: [file] });
    const row = preview.files[0]!.rows[0]!;
    expect(row.uncertain).toBe(true);
    expect(row.confidence).toBeLessThan(SUGGESTION_FLOOR);
    expect(
      row.candidates
        .map((c) => c.code)
        .slice(0, 2)
        .sort(),
    ).toEqual(['I.12', 'I.5']);
    const result = await call(app.dispatch, 'imports.commit', {
      previewId: preview.id,
      files: [{ fileId: preview.files[0]!.fileId, acceptSuggested: true }],
    });
    expect(result.files[0]).toMatchObject({
      ok: false,
      message: expect.stringContaining('dòng 4'),
    });
  });
});

describe('two files of one agency and period in one batch', () => {
  it('each names the other before anything is written', async () => {
    const app = memoryBackend();
    const rows = [
      ['SỞ NỘI VỤ'],
      ['BÁO CÁO QUÝ III NĂM 2025 (Kèm theo Báo cáo số 215/BC-SNV ngày 05/9/2025)'],
      HEAD,
      ...NOI_VU_ROWS,
    ];
    const a = await xlsx('SoNoiVu_Q3_lan1.xlsx', rows);
    const b = await xlsx('SoNoiVu_Q3_lan2.xlsx', [...rows, [3, 'Thêm dòng', 'Sở Nội vụ', null]]);
    const preview = await call(app.dispatch, 'imports.preview', { files: [a, b] });
    expect(preview.files.map((f) => f.sameBatchAs)).toEqual([
      'SoNoiVu_Q3_lan2.xlsx',
      'SoNoiVu_Q3_lan1.xlsx',
    ]);
  });
});

describe('a preview belongs to the plan it was made for', () => {
  it('refuses to commit it after the tracked plan changed', async () => {
    const app = memoryBackend();
    const file = await xlsx('SoNoiVu_Q3_2025.xlsx', [
      ['SỞ NỘI VỤ'],
      ['BÁO CÁO QUÝ III NĂM 2025 (Kèm theo Báo cáo số 215/BC-SNV ngày 05/9/2025)'],
      HEAD,
      ...NOI_VU_ROWS,
    ]);
    const preview = await call(app.dispatch, 'imports.preview', { files: [file] });
    const second = await app.call('plans.import', {
      file: await secondPlanFile(),
      plan: SECOND_PLAN,
    });
    await app.call('plans.activate', { planId: second.id });
    const before = snapshot(app.ctx.db);
    const result = await call(app.dispatch, 'imports.commit', {
      previewId: preview.id,
      files: [{ fileId: preview.files[0]!.fileId }],
    });
    expect(result.files[0]).toMatchObject({
      ok: false,
      message: expect.stringContaining('kế hoạch khác'),
    });
    expect(snapshot(app.ctx.db)).toEqual(before);
  });
});

describe('hostile workbooks', () => {
  async function tampered(edit: (parts: Record<string, Uint8Array>) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhiệm vụ');
    ws.addRow(['SỞ NỘI VỤ']);
    ws.addRow(HEAD);
    for (const r of NOI_VU_ROWS) ws.addRow(r);
    const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
    edit(parts);
    return b64(zipSync(parts));
  }

  it('refuses a file whose XML declares entities (an entity bomb), storing nothing', async () => {
    const app = memoryBackend();
    const data = await tampered((parts) => {
      const name = 'xl/sharedStrings.xml';
      const xml = strFromU8(parts[name]!);
      const dtd =
        '<!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>';
      parts[name] = strToU8(
        xml.replace(/^(<\?xml[^>]*\?>)/, `$1${dtd}`).replace('Sở Nội vụ', '&lol2;'),
      );
    });
    const before = snapshot(app.ctx.db);
    const preview = await call(app.dispatch, 'imports.preview', {
      files: [{ name: 'bom.xlsx', data }],
    });
    expect(preview.files[0]).toMatchObject({
      ok: false,
      message: expect.stringContaining('DTD'),
    });
    expect(JSON.stringify(preview)).not.toContain('lol');
    expect(snapshot(app.ctx.db)).toEqual(before);
  });

  it('reads a file with a "../" entry name but says so in its notes', async () => {
    const app = memoryBackend();
    const data = await tampered((parts) => {
      parts['../../evil.txt'] = strToU8('x');
    });
    const preview = await call(app.dispatch, 'imports.preview', {
      files: [{ name: 'SoNoiVu.xlsx', data }],
    });
    expect(preview.files[0]!.ok).toBe(true);
    expect(preview.files[0]!.notes.join(' ')).toContain('../../evil.txt');
  });
});

describe('the change list against the previous version', () => {
  it('follows the clerk dropping a row, before anything is written', async () => {
    const app = memoryBackend();
    const head = [
      ['SỞ NỘI VỤ'],
      ['BÁO CÁO QUÝ III NĂM 2025 (Kèm theo Báo cáo số 215/BC-SNV ngày 05/9/2025)'],
      HEAD,
    ];
    const first = await xlsx('SoNoiVu_lan1.xlsx', [...head, ...NOI_VU_ROWS]);
    const p1 = await call(app.dispatch, 'imports.preview', { files: [first] });
    await call(app.dispatch, 'imports.commit', {
      previewId: p1.id,
      files: [{ fileId: p1.files[0]!.fileId }],
    });
    const changed: Row[] = [NOI_VU_ROWS[0]!, [...NOI_VU_ROWS[1]!.slice(0, 3), 'Đã hoàn thành']];
    const second = await xlsx('SoNoiVu_lan2.xlsx', [...head, ...changed]);
    const p2 = await call(app.dispatch, 'imports.preview', { files: [second] });
    const f = p2.files[0]!;
    expect(f.diff.map((d) => [d.code, d.field])).toEqual([['I.13', 'status']]);
    const row = f.rows.find((r) => r.code === 'I.13')!;
    const { diff } = await call(app.dispatch, 'imports.diff', {
      previewId: p2.id,
      fileId: f.fileId,
      matches: { [row.key]: null },
    });
    expect(diff.map((d) => [d.code, d.field])).toEqual([['I.13', 'removed']]);
  });
});
