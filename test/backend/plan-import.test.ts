import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call } from '../../electron/backend/dispatch';
import { AppError } from '../../shared/errors';
import plan from '../../seeds/lai-chau-57/plan.json' with { type: 'json' };
import { snapshot } from './db-snapshot';
import { memoryBackend } from './helpers';

/** The seed plan laid out as its printed appendices: title block, headings repeated after page
 *  breaks, group rows merged across, and some tasks continued on a second row. */
async function appendixWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const tasks = wb.addWorksheet('Phụ lục II');
  tasks.addRow(['PHỤ LỤC II']);
  tasks.addRow(['Danh mục các nhiệm vụ triển khai Kế hoạch']);
  const heading = [
    'STT',
    'Tên nhiệm vụ',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Kết quả/sản phẩm',
    'Thời gian hoàn thành',
  ];
  tasks.addRow(heading);
  plan.groups.forEach((g) => {
    const row = tasks.addRow([`${g.code}.`, g.title]);
    tasks.mergeCells(row.number, 2, row.number, 6);
    plan.tasks
      .filter((t) => t.group === g.code)
      .forEach((t, i) => {
        if (i === 3) tasks.addRow(heading); // a page break repeats the heading
        if (i % 5 === 1 && t.text.length > 40) {
          // the cell continues on the next page's first row
          const cut = t.text.indexOf(' ', 30);
          tasks.addRow([
            t.number,
            t.text.slice(0, cut),
            t.leadText,
            t.partnersText,
            t.output,
            t.deadlineText,
          ]);
          tasks.addRow(['', t.text.slice(cut + 1), '', '', '', '']);
        } else
          tasks.addRow([t.number, t.text, t.leadText, t.partnersText, t.output, t.deadlineText]);
      });
  });
  const ind = wb.addWorksheet('Phụ lục I');
  ind.addRow(['DANH MỤC CÁC CHỈ TIÊU CỤ THỂ']);
  ind.addRow(['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Cơ quan chủ trì theo dõi, đánh giá']);
  let horizon = 0;
  for (const x of plan.indicators) {
    if (x.horizon !== horizon) {
      horizon = x.horizon;
      ind.addRow([horizon === 2030 ? 'I' : 'II', `Đến năm ${horizon}`]);
    }
    ind.addRow([x.code, x.text, x.unit, x.targetText, x.agencyText]);
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
}

const meta = {
  title: 'Kế hoạch thử nghiệm nhập từ Excel',
  symbol: 'KH-UBND',
  number: '99',
  issuer: 'UBND tỉnh Lai Châu',
  issuedOn: null,
};

describe('plan import from an appendix-shaped workbook', () => {
  it('previews the groups, tasks, indicators and links, then creates the plan in one go', async () => {
    const app = memoryBackend();
    const file = { name: 'PhuLuc_KeHoach.xlsx', data: await appendixWorkbook() };
    const before = snapshot(app.ctx.db);
    const preview = await call(app.dispatch, 'plans.previewImport', { file, plan: meta });
    expect(snapshot(app.ctx.db)).toBe(before);
    expect(preview.groups.map((g) => g.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(preview.tasks.map((t) => t.code)).toEqual(plan.tasks.map((t) => t.code));
    expect(preview.tasks.map((t) => t.text)).toEqual(plan.tasks.map((t) => t.text));
    expect(preview.indicators.map((x) => x.code)).toEqual(plan.indicators.map((x) => x.code));
    expect(preview.indicators.find((x) => x.code === '22')?.targetText).toBe(
      plan.indicators.find((x) => x.code === '22')?.targetText,
    );
    expect(preview.tasks.find((t) => t.code === 'V.12')?.lead).toEqual([
      'Sở Giáo dục và Đào tạo',
      'Sở Y tế',
      'Sở Văn hóa, Thể thao và Du lịch',
    ]);
    expect(
      preview.canImport,
      JSON.stringify(preview.issues.filter((i) => i.severity === 'error')),
    ).toBe(true);

    const created = await call(app.dispatch, 'plans.import', { file, plan: meta });
    expect(created).toMatchObject({ title: meta.title, number: '99' });
    const c = await call(app.dispatch, 'catalogue.get', { planId: created.id });
    expect(c.tasks).toHaveLength(75);
    expect(c.indicators).toHaveLength(plan.indicators.length);
    const seeded = await call(app.dispatch, 'catalogue.get', { planId: 1 });
    // Every imported task names the same lead agencies and groups as the transcribed seed.
    for (const t of c.tasks) {
      const s = seeded.tasks.find((x) => x.code === t.code)!;
      expect(
        t.lead.map((l) => l.name),
        t.code,
      ).toEqual(s.lead.map((l) => l.name));
    }
    app.close();
  });

  it('refuses a file with no plan table and changes nothing', async () => {
    const app = memoryBackend();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Danh sách cán bộ', 'Ngày sinh']);
    const data = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
    const before = snapshot(app.ctx.db);
    await expect(
      call(app.dispatch, 'plans.import', { file: { name: 'x.xlsx', data }, plan: meta }),
    ).rejects.toThrow(/Không tìm thấy bảng nhiệm vụ/);
    expect(snapshot(app.ctx.db)).toBe(before);
    app.close();
  });

  it('checks the plan details before reading the file, with the message under each field', async () => {
    const app = memoryBackend();
    const file = { name: 'PhuLuc_KeHoach.xlsx', data: await appendixWorkbook() };
    const before = snapshot(app.ctx.db);
    const caught = await call(app.dispatch, 'plans.import', {
      file,
      plan: { ...meta, number: '99/KH', issuedOn: '2999-01-01' },
    }).catch((e: unknown) => e);
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).details).toMatchObject({
      fields: [
        {
          field: 'number',
          message: 'Số kế hoạch chỉ gồm chữ số (ví dụ: 35); ký hiệu nhập ở ô riêng.',
        },
        { field: 'issuedOn', message: 'Ngày ban hành không thể sau ngày hôm nay.' },
      ],
    });
    expect(snapshot(app.ctx.db)).toBe(before);
    app.close();
  });

  it('refuses a file that is not a spreadsheet, saying what to do', async () => {
    const app = memoryBackend();
    const data = Buffer.from('%PDF-1.7 not a workbook').toString('base64');
    await expect(
      call(app.dispatch, 'plans.previewImport', {
        file: { name: 'KeHoach.pdf', data },
        plan: meta,
      }),
    ).rejects.toThrow(/PDF/);
    app.close();
  });
});
