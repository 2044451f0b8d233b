// Builds the pre-filled Excel form (biểu mẫu) one agency fills for one period: general information,
// its tasks, the indicators it monitors, instructions, and a hidden sheet that identifies the file.
import ExcelJS from 'exceljs';
import { linePoints, rowHeight, type WrappedText } from '../excel-kit/row-height';
import {
  a4Setup,
  BOX,
  cellRef,
  DATE_FMT,
  font,
  GROUP_TINT,
  pageField,
  solid,
  TEXT_FMT,
} from '../excel-kit/styles';
import { writeWorkbook } from '../excel-kit/workbook';
import { periodLabel } from '../../../shared/domain/periods';
import { capitalise, formatVnDate } from '../../../shared/domain/text';
import type {
  Agency,
  DocumentSettings,
  Indicator,
  IsoDate,
  Period,
  Plan,
  Task,
  TaskGroup,
} from '../../../shared/domain/types';
import {
  FORM_MARKER,
  FORM_PASSWORD,
  FORM_VERSION,
  ID_KEY,
  ID_LIST_HEADER_ROW,
  INDICATOR_COLUMNS,
  INFO_COL,
  INFO_FIELDS,
  INFO_FIRST_ROW,
  ROLE_WORDS,
  SHEET,
  STATUS_WORDS,
  TABLE_HEADER_ROW,
  TABLE_TITLE,
  TASK_COLUMNS,
  columnOf,
  groupRowId,
  rowId,
  type InfoField,
} from './form-layout';

export { FORM_VERSION } from './form-layout';

export interface FormInput {
  plan: Plan;
  period: Period;
  agency: Agency;
  tasks: { task: Task; role: 'lead' | 'partner' }[];
  indicators: Indicator[];
  settings: DocumentSettings;
  generatedOn: IsoDate;
  /** Titles for the group rows (I, II …); without them a group row reads "Nhóm nhiệm vụ I". */
  groups?: Pick<TaskGroup, 'code' | 'title'>[];
}

/** The cells the agency fills in: pale yellow. */
const EDIT_FILL = solid('FFFFF2CC');
const HEAD_FILL = solid('FFD9E1F2');
const GROUP_FILL = solid(GROUP_TINT);
const LINE_PT = linePoints();

// Narrower than ND30's appendix margins: a form is filled in and sent back, never bound, and the
// table needs the width to stay legible when fitted to the page.
const LANDSCAPE_MARGINS = {
  left: 0.5,
  right: 0.4,
  top: 0.7,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
};
const PORTRAIT_MARGINS = { left: 0.8, right: 0.6, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 };

const LOW_SPIN_COUNT = 1000; // the password only guards against accidents; keeps bulk runs fast

const STATUS_LIST = `"${Object.values(STATUS_WORDS).join(',')}"`;

export async function buildAgencyForm(input: FormInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = input.settings.agency;
  wb.title = `Biểu mẫu báo cáo ${periodLabel(input.period)} - ${input.agency.name}`;
  const generated = new Date(`${input.generatedOn}T00:00:00Z`);
  if (!Number.isNaN(generated.getTime())) {
    wb.created = generated;
    wb.modified = generated;
  }

  const tasks = orderTasks(input.tasks);
  const indicators = [...input.indicators].sort((a, b) => a.position - b.position);

  await infoSheet(wb, input, tasks.length > 0, indicators.length > 0);
  // A sheet with an empty table would only confuse; most agencies monitor no indicator.
  if (tasks.length > 0) await taskSheet(wb, input, tasks);
  if (indicators.length > 0) await indicatorSheet(wb, input, indicators);
  await guideSheet(wb, input, tasks.length > 0, indicators.length > 0);
  await idSheet(wb, input, tasks, indicators);
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];

  return writeWorkbook(wb);
}

/** Plan order, one entry per task; a task listed both as lead and partner counts as lead. */
function orderTasks(list: FormInput['tasks']): FormInput['tasks'] {
  const byId = new Map<number, FormInput['tasks'][number]>();
  for (const entry of list) {
    const seen = byId.get(entry.task.id);
    if (!seen || (seen.role === 'partner' && entry.role === 'lead')) byId.set(entry.task.id, entry);
  }
  return [...byId.values()].sort((a, b) => a.task.position - b.task.position);
}

// ---------------------------------------------------------------------------------------------
// Sheets

async function infoSheet(
  wb: ExcelJS.Workbook,
  input: FormInput,
  hasTasks: boolean,
  hasIndicators: boolean,
): Promise<void> {
  const { plan, period, agency, settings } = input;
  const ws = wb.addWorksheet(SHEET.info, {
    pageSetup: printSetup('portrait'),
    views: [{ showGridLines: false }],
  });
  ws.columns = [{ width: 6 }, { width: 30 }, { width: 53 }];
  setFooter(ws);

  // Header block per ND30: issuing agency on the left, national title and motto on the right.
  put(ws, 'A1:B1', settings.parentAgency.toUpperCase(), { align: 'center' });
  put(ws, 'C1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, align: 'center' });
  put(ws, 'A2:B2', settings.agency.toUpperCase(), { bold: true, align: 'center' });
  put(ws, 'C2', 'Độc lập - Tự do - Hạnh phúc', {
    bold: true,
    size: 13,
    underline: true,
    align: 'center',
  });
  ws.getRow(1).height = 18;
  ws.getRow(2).height = 18;

  put(ws, 'A4:C4', 'BIỂU MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH', {
    bold: true,
    size: 14,
    align: 'center',
  });
  ws.getRow(4).height = 21;
  put(ws, 'A5:C5', plan.title, { bold: true, size: 13, align: 'center', wrap: true });
  ws.getRow(5).height = rowHeight([{ text: plan.title, width: 89, bold: true }], {
    size: 13,
    padding: 5,
  });
  const ref = planReference(plan);
  put(ws, 'A6:C6', `(${ref})`, { italic: true, align: 'center', wrap: true });
  ws.getRow(6).height = rowHeight([{ text: ref, width: 89 }], { padding: 5 });
  put(ws, 'A7:C7', `Kỳ báo cáo: ${periodLabel(period)}`, { bold: true, size: 13, align: 'center' });
  ws.getRow(7).height = 20;
  put(ws, 'A8:C8', `Hạn gửi báo cáo: chậm nhất ngày ${formatVnDate(period.due)}`, {
    italic: true,
    align: 'center',
  });

  const head = INFO_FIRST_ROW - 1;
  put(ws, `A${head}`, 'STT', { bold: true, align: 'center', fill: HEAD_FILL, border: true });
  put(ws, `B${head}`, 'Nội dung', { bold: true, align: 'center', fill: HEAD_FILL, border: true });
  put(ws, `C${head}`, 'Thông tin của đơn vị', {
    bold: true,
    align: 'center',
    fill: HEAD_FILL,
    border: true,
  });
  ws.getRow(head).height = 20;

  const prefilled: Partial<Record<InfoField, string>> = {
    agency: agency.name,
    period: capitalise(periodLabel(period)),
  };
  INFO_FIELDS.forEach((f, i) => {
    const r = INFO_FIRST_ROW + i;
    const long = f.field === 'summary' || f.field === 'difficulties' || f.field === 'proposals';
    const valign = long ? 'top' : 'middle';
    put(ws, `A${r}`, String(i + 1), { align: 'center', valign, border: true });
    put(ws, `B${r}`, f.label, { bold: true, valign, wrap: true, border: true });
    const cell = ws.getCell(r, INFO_COL.value);
    put(ws, cell.address, prefilled[f.field] ?? null, {
      bold: !f.editable,
      valign,
      wrap: true,
      border: true,
      editable: f.editable,
      numFmt: f.field === 'docDate' ? DATE_FMT : TEXT_FMT,
    });
    ws.getRow(r).height = long ? 6 * LINE_PT + 6 : 24;
    if (f.field === 'docDate') cell.dataValidation = dateValidation('Ngày văn bản');
    if (f.field === 'docNumber')
      cell.dataValidation = hint('Số văn bản', 'Số, ký hiệu văn bản báo cáo, ví dụ: 215/BC-SNV');
    if (long)
      cell.dataValidation = hint(f.label, 'Viết ngắn gọn; xuống dòng trong ô bằng Alt+Enter.');
  });

  const last = INFO_FIRST_ROW + INFO_FIELDS.length - 1;
  const where = [hasTasks ? '"Nhiệm vụ"' : null, hasIndicators ? '"Chỉ tiêu"' : null]
    .filter((s) => s !== null)
    .join(' và ');
  const note =
    (where ? `Ghi chú: kết quả từng nội dung ghi tại trang ${where}. ` : 'Ghi chú: ') +
    'Chỉ điền vào các ô nền vàng; cách điền xem trang "Hướng dẫn".';
  put(ws, `A${last + 2}:C${last + 2}`, note, { italic: true, wrap: true });
  ws.getRow(last + 2).height = rowHeight([{ text: note, width: 89 }], { padding: 5 });

  await protect(ws);
}

async function taskSheet(
  wb: ExcelJS.Workbook,
  input: FormInput,
  tasks: FormInput['tasks'],
): Promise<void> {
  const ws = tableSheet(wb, SHEET.tasks, TASK_COLUMNS, TABLE_TITLE.tasks, input);
  const col = (k: (typeof TASK_COLUMNS)[number]['key']) => columnOf(TASK_COLUMNS, k);
  const width = (k: (typeof TASK_COLUMNS)[number]['key']) => TASK_COLUMNS[col(k) - 1]?.width ?? 10;
  const last = TASK_COLUMNS.length;
  const groupTitles = new Map((input.groups ?? []).map((g) => [g.code, g.title]));
  const mergedWidth = TASK_COLUMNS.slice(col('code') - 1).reduce((n, c) => n + c.width, 0);

  let r = TABLE_HEADER_ROW;
  let group: string | null = null;
  const taskRows: number[] = [];
  for (const { task, role } of tasks) {
    if (task.group !== group) {
      group = task.group;
      r++;
      const title = groupTitles.get(group) ?? `Nhóm nhiệm vụ ${group}`;
      const row = ws.getRow(r);
      put(ws, cellRef(r, col('id')), groupRowId(group), {});
      put(ws, cellRef(r, col('number')), group, groupStyle('center'));
      put(ws, `${cellRef(r, col('code'))}:${cellRef(r, last)}`, title, groupStyle('left'));
      row.height = rowHeight([{ text: title, width: mergedWidth, bold: true }], { padding: 5 });
    }
    r++;
    const values: Record<string, string> = {
      id: rowId('T', task.id),
      number: task.number,
      code: task.code,
      text: task.text,
      role: ROLE_WORDS[role],
      deadline: task.deadline.text,
    };
    for (const [i, c] of TASK_COLUMNS.entries()) {
      put(ws, cellRef(r, i + 1), c.editable ? null : (values[c.key] ?? null), {
        wrap: true,
        valign: 'top',
        align: c.key === 'text' || c.editable ? 'left' : 'center',
        border: true,
        editable: c.editable,
        numFmt: c.key === 'completedOn' ? DATE_FMT : TEXT_FMT,
      });
    }
    taskRows.push(r);
    // Room for two lines of answer even under a one-line task.
    ws.getRow(r).height = rowHeight(
      [
        { text: task.text, width: width('text') },
        { text: task.deadline.text, width: width('deadline') },
      ],
      { minLines: 2, padding: 5 },
    );
  }
  validateRuns(ws, col('status'), taskRows, statusValidation());
  validateRuns(ws, col('completedOn'), taskRows, dateValidation('Ngày hoàn thành'));
  finishTable(ws, TASK_COLUMNS.length, r);
  await protect(ws, true);
}

/**
 * One validation per run of consecutive rows, written as ranges. Set cell by cell, exceljs merges
 * alike cells itself but walks them in text order ("G10" before "G6") and writes overlapping
 * ranges (G10:G16 and G6:G16), which Excel reports as a damaged file.
 */
function validateRuns(
  ws: ExcelJS.Worksheet,
  column: number,
  rows: number[],
  validation: ExcelJS.DataValidation,
): void {
  const store = (ws as unknown as { dataValidations: { add(a: string, v: object): void } })
    .dataValidations;
  let start = -1;
  rows.forEach((row, i) => {
    if (start < 0) start = row;
    if (rows[i + 1] === row + 1) return;
    const from = cellRef(start, column);
    store.add(row === start ? from : `${from}:${cellRef(row, column)}`, { ...validation });
    start = -1;
  });
}

async function indicatorSheet(
  wb: ExcelJS.Workbook,
  input: FormInput,
  indicators: Indicator[],
): Promise<void> {
  const ws = tableSheet(wb, SHEET.indicators, INDICATOR_COLUMNS, TABLE_TITLE.indicators, input);
  const col = (k: (typeof INDICATOR_COLUMNS)[number]['key']) => columnOf(INDICATOR_COLUMNS, k);
  const width = (k: (typeof INDICATOR_COLUMNS)[number]['key']) =>
    INDICATOR_COLUMNS[col(k) - 1]?.width ?? 10;
  const codes = new Set(indicators.map((x) => x.code));
  const valueRows: number[] = [];

  let r = TABLE_HEADER_ROW;
  indicators.forEach((x, i) => {
    r++;
    // A parent row ("6. Tỷ lệ …" over 6.1, 6.2 …) has no target of its own: nothing to report.
    const heading = x.target === null && indicators.some((y) => y.parent === x.code);
    const target = x.target ? `${x.target.text} (năm ${x.horizon})` : '';
    const values: Record<string, string> = {
      id: rowId('I', x.id),
      number: String(i + 1),
      code: x.code,
      text: x.parent !== null && codes.has(x.parent) ? `- ${x.text}` : x.text,
      unit: x.unit,
      target,
    };
    for (const [j, c] of INDICATOR_COLUMNS.entries()) {
      const editable = c.editable && !heading;
      put(ws, cellRef(r, j + 1), c.editable ? null : (values[c.key] ?? null), {
        wrap: true,
        valign: 'top',
        align: c.key === 'text' || c.key === 'note' ? 'left' : 'center',
        bold: heading && (c.key === 'text' || c.key === 'code'),
        border: true,
        editable,
        numFmt: TEXT_FMT,
      });
    }
    if (!heading) valueRows.push(r);
    ws.getRow(r).height = rowHeight(
      [
        { text: values.text ?? '', width: width('text'), bold: heading },
        { text: target, width: width('target') },
        { text: x.unit, width: width('unit') },
      ],
      { minLines: 2, padding: 5 },
    );
  });
  validateRuns(
    ws,
    col('value'),
    valueRows,
    hint(
      'Giá trị thực hiện',
      'Ghi số, phần thập phân dùng dấu phẩy (ví dụ 35,2). Chỉ tiêu định tính ghi chữ (ví dụ: Đạt).',
    ),
  );
  finishTable(ws, INDICATOR_COLUMNS.length, r);
  await protect(ws, true);
}

async function guideSheet(
  wb: ExcelJS.Workbook,
  input: FormInput,
  hasTasks: boolean,
  hasIndicators: boolean,
): Promise<void> {
  const ws = wb.addWorksheet(SHEET.guide, {
    pageSetup: printSetup('portrait'),
    views: [{ showGridLines: false }],
  });
  ws.columns = [{ width: 5 }, { width: 82 }];
  setFooter(ws);
  put(ws, 'A1:B1', 'HƯỚNG DẪN ĐIỀN BIỂU MẪU', { bold: true, size: 14, align: 'center' });
  ws.getRow(1).height = 22;

  const sheets = [
    `"${SHEET.info}"`,
    hasTasks ? `"${SHEET.tasks}"` : null,
    hasIndicators ? `"${SHEET.indicators}"` : null,
  ].filter((s) => s !== null);
  const steps: string[] = [
    `Biểu mẫu đã ghi sẵn các nội dung của kế hoạch mà ${input.agency.name} được giao; đơn vị điền kết quả vào các trang ${sheets.join(', ')}.`,
    'Chỉ điền vào các ô nền vàng. Các ô khác đã được khoá để giữ nguyên nội dung kế hoạch.',
    `Trang "${SHEET.info}": ghi số, ngày văn bản báo cáo của đơn vị (ví dụ 215/BC-SNV, ngày 05/9/2025), người lập biểu, số điện thoại và tóm tắt kết quả nổi bật, khó khăn, đề xuất.`,
  ];
  if (hasTasks)
    steps.push(
      `Trang "${SHEET.tasks}", cột "Tình trạng": chọn trong danh sách một trong ba mục: ${Object.values(STATUS_WORDS).join(', ')}.`,
      'Nhiệm vụ đã hoàn thành: ghi "Ngày hoàn thành" theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 15/04/2025; nêu sản phẩm (số, ngày văn bản ban hành) tại cột "Kết quả thực hiện".',
    );
  if (hasIndicators)
    steps.push(
      `Trang "${SHEET.indicators}", cột "Giá trị thực hiện": ghi số, phần thập phân dùng dấu phẩy (ví dụ 35,2); chỉ tiêu định tính ghi bằng chữ (ví dụ: Đạt). Nguồn số liệu ghi ở cột "Ghi chú".`,
    );
  steps.push(
    'Trong một ô có thể xuống dòng bằng Alt+Enter. Có thể dùng Lọc (Filter) ở dòng tiêu đề để xem; thứ tự dòng thay đổi không ảnh hưởng đến việc tổng hợp.',
    'Không xoá, đổi tên hoặc thêm trang tính; không xoá, chèn dòng hoặc cột; không sao chép nội dung sang tệp khác.',
    `Lưu tệp dưới dạng Excel (.xlsx), không chuyển sang PDF, và gửi lại cùng văn bản báo cáo (công văn) của đơn vị về ${input.settings.agency} chậm nhất ngày ${formatVnDate(input.period.due)}.`,
  );
  // Who to call, as on the reminder letter (Cài đặt → Người liên hệ, Điện thoại liên hệ).
  const person = (input.settings.contactPerson ?? '').trim().replace(/[.;,]+$/, '');
  const phone = (input.settings.contactPhone ?? '').trim();
  if (person !== '' || phone !== '')
    steps.push(
      `Cần hướng dẫn thêm, đề nghị liên hệ: ${[person, phone !== '' ? `điện thoại: ${phone}` : ''].filter((x) => x !== '').join(', ')}.`,
    );
  steps.forEach((text, i) => {
    const r = i + 3;
    put(ws, `A${r}`, `${i + 1}.`, { align: 'right', valign: 'top' });
    put(ws, `B${r}`, text, { wrap: true, valign: 'top' });
    ws.getRow(r).height = rowHeight([{ text, width: 82 }], { padding: 8 });
  });
  await protect(ws);
}

async function idSheet(
  wb: ExcelJS.Workbook,
  input: FormInput,
  tasks: FormInput['tasks'],
  indicators: Indicator[],
): Promise<void> {
  const ws = wb.addWorksheet(SHEET.id, { state: 'veryHidden' });
  ws.columns = [{ width: 12 }, { width: 20 }, { width: 40 }];
  ws.addRow([ID_KEY.marker, FORM_MARKER]);
  ws.addRow([ID_KEY.version, FORM_VERSION]);
  ws.addRow([ID_KEY.plan, input.plan.key, input.plan.id]);
  ws.addRow([ID_KEY.agency, input.agency.id, input.agency.name]);
  ws.addRow([ID_KEY.period, input.period.key]);
  ws.addRow([ID_KEY.generated, input.generatedOn]);
  ws.getRow(ID_LIST_HEADER_ROW).values = [ID_KEY.rows, 'id', 'code'];
  let r = ID_LIST_HEADER_ROW;
  for (const { task } of tasks) ws.getRow(++r).values = ['T', task.id, task.code];
  for (const x of indicators) ws.getRow(++r).values = ['I', x.id, x.code];
  await protect(ws);
}

// ---------------------------------------------------------------------------------------------
// Shared pieces of the two tables

type Columns = readonly { key: string; header: string; width: number; editable: boolean }[];

function tableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: Columns,
  title: string,
  input: FormInput,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      ...printSetup('landscape'),
      printTitlesRow: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`,
    },
    views: [
      {
        state: 'frozen',
        xSplit: 0,
        ySplit: TABLE_HEADER_ROW,
        topLeftCell: `A${TABLE_HEADER_ROW + 1}`,
      },
    ],
  });
  ws.columns = columns.map((c, i) => ({
    width: c.width,
    // The identifier column stays in the file but out of sight and out of print.
    hidden: i === 0,
    style: { font: font() },
  }));
  setFooter(ws);
  const lastCol = cellRef(1, columns.length).replace(/\d+$/, '');
  put(ws, `B1:${lastCol}1`, title, { bold: true, size: 14, align: 'center' });
  ws.getRow(1).height = 21;
  const sub = `Đơn vị báo cáo: ${input.agency.name} - Kỳ báo cáo: ${periodLabel(input.period)}`;
  put(ws, `B2:${lastCol}2`, sub, { italic: true, size: 13, align: 'center' });
  ws.getRow(2).height = 19;
  ws.getRow(3).height = 8;
  columns.forEach((c, i) => {
    put(ws, cellRef(TABLE_HEADER_ROW, i + 1), c.header, {
      bold: true,
      align: 'center',
      wrap: true,
      fill: c.editable ? EDIT_FILL : HEAD_FILL,
      border: true,
    });
  });
  const headers: WrappedText[] = columns.map((c) => ({
    text: c.header,
    width: c.width,
    bold: true,
  }));
  ws.getRow(TABLE_HEADER_ROW).height = rowHeight(headers.slice(1), { minLines: 2, padding: 4 });
  return ws;
}

function finishTable(ws: ExcelJS.Worksheet, columns: number, lastRow: number): void {
  // Column A is inside the filter range so that sorting moves the identifiers with their rows.
  ws.autoFilter = `A${TABLE_HEADER_ROW}:${cellRef(Math.max(lastRow, TABLE_HEADER_ROW + 1), columns)}`;
}

function groupStyle(align: 'left' | 'center'): CellStyle {
  return { bold: true, align, valign: 'top', wrap: true, fill: GROUP_FILL, border: true };
}

// ---------------------------------------------------------------------------------------------
// Cells, validation, print, protection

interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle';
  wrap?: boolean;
  fill?: ExcelJS.Fill;
  border?: boolean;
  editable?: boolean;
  numFmt?: string;
}

/** Writes a value into a cell or a range (merged), with Times New Roman and the given style. */
function put(ws: ExcelJS.Worksheet, range: string, value: string | null, style: CellStyle): void {
  if (range.includes(':')) ws.mergeCells(range);
  const cell = ws.getCell(range.split(':')[0] ?? range);
  cell.value = value === null || value === '' ? null : value;
  cell.font = font(style.size, {
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    underline: style.underline ?? false,
  });
  cell.alignment = {
    horizontal: style.align ?? 'left',
    vertical: style.valign ?? 'middle',
    wrapText: style.wrap ?? false,
  };
  const fill = style.editable ? EDIT_FILL : style.fill;
  if (fill) cell.fill = fill;
  if (style.numFmt) cell.numFmt = style.numFmt;
  cell.protection = { locked: !style.editable };
  if (style.border) {
    cell.border = BOX;
    // Merged ranges need the border on every cell, or the right edge is missing when printed.
    if (range.includes(':')) forEachCell(ws, range, (c) => (c.border = BOX));
  }
}

function forEachCell(ws: ExcelJS.Worksheet, range: string, fn: (c: ExcelJS.Cell) => void): void {
  const [a, b] = range.split(':');
  const from = ws.getCell(a ?? '');
  const to = ws.getCell(b ?? '');
  for (let r = Number(from.row); r <= Number(to.row); r++)
    for (let c = Number(from.col); c <= Number(to.col); c++) fn(ws.getCell(r, c));
}

function statusValidation(): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [STATUS_LIST],
    showInputMessage: true,
    promptTitle: 'Tình trạng',
    prompt: 'Chọn trong danh sách.',
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Tình trạng không hợp lệ',
    error: `Chọn một trong: ${Object.values(STATUS_WORDS).join(', ')}.`,
  };
}

function dateValidation(title: string): ExcelJS.DataValidation {
  return {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2099, 11, 31))],
    showInputMessage: true,
    promptTitle: title,
    prompt: 'Ghi ngày dạng dd/mm/yyyy, ví dụ 15/04/2025.',
    showErrorMessage: true,
    // A warning, not a stop: on a PC with English regional settings Excel does not see
    // "15/04/2025" as a date, and the agency must still be able to keep it (the reader parses it).
    errorStyle: 'warning',
    errorTitle: 'Ngày chưa đúng dạng',
    error: 'Ngày phải có dạng dd/mm/yyyy, ví dụ 15/04/2025. Vẫn giữ giá trị này?',
  };
}

/** An input message only: any text is accepted (textLength up to Excel's cell limit). */
function hint(title: string, prompt: string): ExcelJS.DataValidation {
  return {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    allowBlank: true,
    formulae: [32767],
    showInputMessage: true,
    promptTitle: title,
    prompt,
  };
}

function printSetup(orientation: 'portrait' | 'landscape'): Partial<ExcelJS.PageSetup> {
  return a4Setup(orientation, orientation === 'landscape' ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS);
}

function setFooter(ws: ExcelJS.Worksheet): void {
  ws.headerFooter = { oddFooter: pageField('Trang &P/&N', 11) };
}

async function protect(ws: ExcelJS.Worksheet, table = false): Promise<void> {
  await ws.protect(FORM_PASSWORD, {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    sort: table,
    autoFilter: table,
    spinCount: LOW_SPIN_COUNT,
  });
}

function planReference(plan: Plan): string {
  const parts = ['Kế hoạch'];
  if (plan.number.trim() !== '') parts.push(`số ${plan.number}/${plan.symbol}`);
  if (plan.issuedOn) parts.push(`ngày ${formatVnDate(plan.issuedOn)}`);
  if (plan.issuer.trim() !== '') parts.push(`của ${plan.issuer}`);
  return parts.join(' ');
}
