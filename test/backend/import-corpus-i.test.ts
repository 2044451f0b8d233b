// Layouts of agency corpus I (issue 8, files 103–118), one general rule each: what a careful clerk
// reads from them, or that the importer asks instead of guessing.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellAt, type GridWorkbook } from '../../electron/backend/importer/grid';
import { readWorkbook, type ReadLimits } from '../../electron/backend/importer/read-workbook';

/** The streaming reader (big workbooks), forced. */
const STREAM: Partial<ReadLimits> = { streamPartBytes: 0 };

async function gridOf(
  build: (ws: ExcelJS.Worksheet) => void,
  limits?: Partial<ReadLimits>,
): Promise<GridWorkbook> {
  const x = new ExcelJS.Workbook();
  build(x.addWorksheet('Báo cáo'));
  const r = await readWorkbook(
    new Uint8Array((await x.xlsx.writeBuffer()) as ArrayBuffer),
    'b.xlsx',
    limits,
  );
  if (!r.ok) throw new Error(r.message);
  return r.workbook;
}

describe('struck-through text (an edit left visible)', () => {
  it('reads only the text that is not struck, and a cell struck whole as empty', async () => {
    const wb = await gridOf((ws) => {
      ws.getCell('A1').value = {
        richText: [{ text: 'Đang thực hiện', font: { strike: true } }, { text: ' Đã hoàn thành' }],
      };
      ws.getCell('A2').value = { richText: [{ text: 'Chưa thực hiện', font: { strike: true } }] };
      ws.getCell('A3').value = 'Hoàn thành';
      ws.getCell('A3').font = { strike: true };
      ws.getCell('A4').value = 'Hoàn thành';
    });
    const s = wb.sheets[0]!;
    expect(cellAt(s, 1, 1)?.text).toBe('Đã hoàn thành');
    expect(cellAt(s, 2, 1)).toBeNull();
    expect(cellAt(s, 3, 1)).toBeNull();
    expect(cellAt(s, 4, 1)?.text).toBe('Hoàn thành');
  });

  it('drops struck runs in the streaming reader too', async () => {
    const wb = await gridOf((ws) => {
      ws.getCell('A1').value = {
        richText: [{ text: '30/6/2025', font: { strike: true } }, { text: '\n18/8/2025' }],
      };
      ws.getCell('A2').value = { richText: [{ text: 'Chưa thực hiện', font: { strike: true } }] };
    }, STREAM);
    const s = wb.sheets[0]!;
    expect(cellAt(s, 1, 1)?.text).toBe('18/8/2025');
    expect(cellAt(s, 2, 1)).toBeNull();
  });
});
