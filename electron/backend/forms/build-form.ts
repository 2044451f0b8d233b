// Builds the pre-filled Excel form (biểu mẫu) one agency fills for one period: general information,
// its tasks, the indicators it monitors, instructions, and a hidden sheet that identifies the file.
import { linePoints, rowHeight, type WrappedText } from '../excel-kit/row-height';
import { BODY_SIZE, cellRef, DATE_FMT, GROUP_TINT, pageField, TEXT_FMT } from '../excel-kit/styles';
import {
  parseCellRef,
  protection,
  Sheet,
  writeXlsx,
  type CellFormat,
  type Validation,
} from '../excel-kit/xlsx-writer';
import { periodLabel } from '../../../shared/domain/periods';
import { capitalise, formatVnDate } from '../../../shared/domain/text';
import type { Plan } from '../../../shared/domain/types';
import type { FormIndicator, FormInput, FormTask } from './form-input';
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
} from '../../../shared/domain/form-layout';

export { FORM_VERSION } from '../../../shared/domain/form-layout';
export type { FormInput } from './form-input';

/** The cells the agency fills in: pale yellow. */
const EDIT_FILL = 'FFFFF2CC';
const HEAD_FILL = 'FFD9E1F2';
const GROUP_FILL = GROUP_TINT;
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
  const generated = new Date(`${input.generatedOn}T00:00:00Z`);
  const tasks = orderTasks(input.tasks);
  const indicators = [...input.indicators].sort((a, b) => a.position - b.position);

  const sheets = [infoSheet(input, tasks.length > 0, indicators.length > 0)];
  // A sheet with an empty table would only confuse; most agencies monitor no indicator.
  if (tasks.length > 0) sheets.push(taskSheet(input, tasks));
  if (indicators.length > 0) sheets.push(indicatorSheet(input, indicators));
  sheets.push(guideSheet(input, tasks.length > 0, indicators.length > 0));
  sheets.push(idSheet(input, tasks, indicators));
  return Promise.resolve(
    writeXlsx(sheets, {
      creator: input.settings.agency,
      title: `Biểu mẫu báo cáo ${periodLabel(input.period)} - ${input.agency.name}`,
      created: Number.isNaN(generated.getTime()) ? new Date() : generated,
    }),
  );
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

function infoSheet(input: FormInput, hasTasks: boolean, hasIndicators: boolean): Sheet {
  const { plan, period, agency, settings } = input;
  const ws = new Sheet(SHEET.info);
  ws.page = printSetup('portrait');
  ws.view = { gridLines: false };
  ws.columns([{ width: 6 }, { width: 30 }, { width: 53 }]);
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
  ws.height(1, 18);
  ws.height(2, 18);

  put(ws, 'A4:C4', 'BIỂU MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH', {
    bold: true,
    size: 14,
    align: 'center',
  });
  ws.height(4, 21);
  put(ws, 'A5:C5', plan.title, { bold: true, size: 13, align: 'center', wrap: true });
  ws.height(5, rowHeight([{ text: plan.title, width: 89, bold: true }], { size: 13, padding: 5 }));
  const ref = planReference(plan);
  put(ws, 'A6:C6', `(${ref})`, { italic: true, align: 'center', wrap: true });
  ws.height(6, rowHeight([{ text: ref, width: 89 }], { padding: 5 }));
  put(ws, 'A7:C7', `Kỳ báo cáo: ${periodLabel(period)}`, { bold: true, size: 13, align: 'center' });
  ws.height(7, 20);
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
  ws.height(head, 20);

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
    const cell = cellRef(r, INFO_COL.value);
    put(ws, cell, prefilled[f.field] ?? null, {
      bold: !f.editable,
      valign,
      wrap: true,
      border: true,
      editable: f.editable,
      numFmt: f.field === 'docDate' ? DATE_FMT : TEXT_FMT,
    });
    ws.height(r, long ? 6 * LINE_PT + 6 : 24);
    if (f.field === 'docDate') ws.validate(cell, dateValidation('Ngày văn bản'));
    if (f.field === 'docNumber')
      ws.validate(cell, hint('Số văn bản', 'Số, ký hiệu văn bản báo cáo, ví dụ: 215/BC-SNV'));
    if (long) ws.validate(cell, hint(f.label, 'Viết ngắn gọn; xuống dòng trong ô bằng Alt+Enter.'));
  });

  const last = INFO_FIRST_ROW + INFO_FIELDS.length - 1;
  const where = [hasTasks ? '"Nhiệm vụ"' : null, hasIndicators ? '"Chỉ tiêu"' : null]
    .filter((s) => s !== null)
    .join(' và ');
  const note =
    (where ? `Ghi chú: kết quả từng nội dung ghi tại trang ${where}. ` : 'Ghi chú: ') +
    'Chỉ điền vào các ô nền vàng; cách điền xem trang "Hướng dẫn".';
  put(ws, `A${last + 2}:C${last + 2}`, note, { italic: true, wrap: true });
  ws.height(last + 2, rowHeight([{ text: note, width: 89 }], { padding: 5 }));

  protect(ws);
  return ws;
}

function taskSheet(input: FormInput, tasks: FormInput['tasks']): Sheet {
  const ws = tableSheet(SHEET.tasks, TASK_COLUMNS, TABLE_TITLE.tasks, input);
  const col = (k: (typeof TASK_COLUMNS)[number]['key']) => columnOf(TASK_COLUMNS, k);
  const width = (k: (typeof TASK_COLUMNS)[number]['key']) => TASK_COLUMNS[col(k) - 1]?.width ?? 10;
  const last = TASK_COLUMNS.length;
  const groupTitles = new Map((input.groups ?? []).map((g) => [g.code, g.title]));
  const mergedWidth = TASK_COLUMNS.slice(col('code') - 1).reduce((n, c) => n + c.width, 0);

  // The format of each column's cells, the same on every task row.
  const cellFormats = TASK_COLUMNS.map((c) =>
    cellFormat({
      wrap: true,
      valign: 'top',
      align: c.key === 'text' || c.editable ? 'left' : 'center',
      border: true,
      editable: c.editable,
      numFmt: c.key === 'completedOn' ? DATE_FMT : TEXT_FMT,
    }),
  );

  let r = TABLE_HEADER_ROW;
  let group: string | null = null;
  const taskRows: number[] = [];
  for (const { task, role } of tasks) {
    if (task.group !== group) {
      group = task.group;
      r++;
      const title = groupTitles.get(group) ?? `Nhóm nhiệm vụ ${group}`;
      put(ws, cellRef(r, col('id')), groupRowId(group), {});
      put(ws, cellRef(r, col('number')), group, groupStyle('center'));
      put(ws, `${cellRef(r, col('code'))}:${cellRef(r, last)}`, title, groupStyle('left'));
      ws.height(r, rowHeight([{ text: title, width: mergedWidth, bold: true }], { padding: 5 }));
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
    TASK_COLUMNS.forEach((c, i) =>
      ws.set(r, i + 1, c.editable ? null : (values[c.key] ?? null), cellFormats[i] ?? null),
    );
    taskRows.push(r);
    // Room for two lines of answer even under a one-line task.
    ws.height(r, taskRowHeight(task, width('text'), width('deadline')));
  }
  validateRuns(ws, col('status'), taskRows, statusValidation());
  validateRuns(ws, col('completedOn'), taskRows, dateValidation('Ngày hoàn thành'));
  finishTable(ws, TASK_COLUMNS.length, r);
  protect(ws, true);
  return ws;
}

/**
 * Measuring how a task wraps is a third of a form's time, and the forms of a period list the
 * same tasks again and again: each worker keeps the heights it has measured.
 */
const taskHeights = new Map<string, number>();

function taskRowHeight(task: FormTask, textWidth: number, deadlineWidth: number): number {
  const key = `${textWidth}\u0000${deadlineWidth}\u0000${task.text}\u0000${task.deadline.text}`;
  let height = taskHeights.get(key);
  if (height === undefined) {
    height = rowHeight(
      [
        { text: task.text, width: textWidth },
        { text: task.deadline.text, width: deadlineWidth },
      ],
      { minLines: 2, padding: 5 },
    );
    if (taskHeights.size >= 20000) taskHeights.clear();
    taskHeights.set(key, height);
  }
  return height;
}

/**
 * One validation per run of consecutive rows, written as ranges. Set cell by cell, exceljs merges
 * alike cells itself but walks them in text order ("G10" before "G6") and writes overlapping
 * ranges (G10:G16 and G6:G16), which Excel reports as a damaged file.
 */
function validateRuns(ws: Sheet, column: number, rows: number[], validation: Validation): void {
  let start = -1;
  rows.forEach((row, i) => {
    if (start < 0) start = row;
    if (rows[i + 1] === row + 1) return;
    const from = cellRef(start, column);
    ws.validate(row === start ? from : `${from}:${cellRef(row, column)}`, validation);
    start = -1;
  });
}

function indicatorSheet(input: FormInput, indicators: FormIndicator[]): Sheet {
  const ws = tableSheet(SHEET.indicators, INDICATOR_COLUMNS, TABLE_TITLE.indicators, input);
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
    ws.height(
      r,
      rowHeight(
        [
          { text: values.text ?? '', width: width('text'), bold: heading },
          { text: target, width: width('target') },
          { text: x.unit, width: width('unit') },
        ],
        { minLines: 2, padding: 5 },
      ),
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
  protect(ws, true);
  return ws;
}

function guideSheet(input: FormInput, hasTasks: boolean, hasIndicators: boolean): Sheet {
  const ws = new Sheet(SHEET.guide);
  ws.page = printSetup('portrait');
  ws.view = { gridLines: false };
  ws.columns([{ width: 5 }, { width: 82 }]);
  setFooter(ws);
  put(ws, 'A1:B1', 'HƯỚNG DẪN ĐIỀN BIỂU MẪU', { bold: true, size: 14, align: 'center' });
  ws.height(1, 22);

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
    ws.height(r, rowHeight([{ text, width: 82 }], { padding: 8 }));
  });
  protect(ws);
  return ws;
}

function idSheet(input: FormInput, tasks: FormInput['tasks'], indicators: FormIndicator[]): Sheet {
  const ws = new Sheet(SHEET.id, 'veryHidden');
  ws.columns([{ width: 12 }, { width: 20 }, { width: 40 }]);
  const rows: (string | number)[][] = [
    [ID_KEY.marker, FORM_MARKER],
    [ID_KEY.version, FORM_VERSION],
    [ID_KEY.plan, input.plan.key, input.plan.id],
    [ID_KEY.agency, input.agency.id, input.agency.name],
    [ID_KEY.period, input.period.key],
    [ID_KEY.generated, input.generatedOn],
  ];
  rows[ID_LIST_HEADER_ROW - 1] = [ID_KEY.rows, 'id', 'code'];
  for (const { task } of tasks) rows.push(['T', task.id, task.code]);
  for (const x of indicators) rows.push(['I', x.id, x.code]);
  // Values as they are, '' included: the reader takes them back as written.
  rows.forEach((values, i) => values.forEach((v, j) => ws.setRaw(i + 1, j + 1, v)));
  protect(ws);
  return ws;
}

// ---------------------------------------------------------------------------------------------
// Shared pieces of the two tables

type Columns = readonly { key: string; header: string; width: number; editable: boolean }[];

function tableSheet(name: string, columns: Columns, title: string, input: FormInput): Sheet {
  const ws = new Sheet(name);
  ws.page = {
    ...printSetup('landscape'),
    printTitlesRow: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`,
  };
  ws.view = { frozenRows: TABLE_HEADER_ROW };
  ws.columns(
    columns.map((c, i) => ({
      width: c.width,
      // The identifier column stays in the file but out of sight and out of print.
      hidden: i === 0,
      format: COLUMN_FORMAT,
    })),
  );
  setFooter(ws);
  const lastCol = cellRef(1, columns.length).replace(/\d+$/, '');
  put(ws, `B1:${lastCol}1`, title, { bold: true, size: 14, align: 'center' });
  ws.height(1, 21);
  const sub = `Đơn vị báo cáo: ${input.agency.name} - Kỳ báo cáo: ${periodLabel(input.period)}`;
  put(ws, `B2:${lastCol}2`, sub, { italic: true, size: 13, align: 'center' });
  ws.height(2, 19);
  ws.height(3, 8);
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
  ws.height(TABLE_HEADER_ROW, rowHeight(headers.slice(1), { minLines: 2, padding: 4 }));
  return ws;
}

function finishTable(ws: Sheet, columns: number, lastRow: number): void {
  // Column A is inside the filter range so that sorting moves the identifiers with their rows.
  ws.autoFilter(
    `A${TABLE_HEADER_ROW}:${cellRef(Math.max(lastRow, TABLE_HEADER_ROW + 1), columns)}`,
  );
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
  /** Solid fill, ARGB. */
  fill?: string;
  border?: boolean;
  editable?: boolean;
  numFmt?: string;
}

/** The tables' columns: Times New Roman for anything typed outside the cells written. */
const COLUMN_FORMAT: CellFormat = {
  size: BODY_SIZE,
  bold: false,
  italic: false,
  underline: false,
};

/** One format object per distinct style, so the workbook's style list is looked up once each. */
const formats = new Map<string, CellFormat>();

function cellFormat(style: CellStyle): CellFormat {
  const key = `${style.size}|${style.bold}|${style.italic}|${style.underline}|${style.align}|${style.valign}|${style.wrap}|${style.fill}|${style.border}|${style.editable}|${style.numFmt}`;
  const known = formats.get(key);
  if (known) return known;
  const f: CellFormat = {
    size: style.size ?? BODY_SIZE,
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    underline: style.underline ?? false,
    align: {
      horizontal: style.align ?? 'left',
      vertical: style.valign ?? 'middle',
      wrap: style.wrap ?? false,
    },
    locked: !style.editable,
  };
  const fill = style.editable ? EDIT_FILL : style.fill;
  if (fill) f.fill = fill;
  if (style.border) f.border = true;
  if (style.numFmt) f.numFmt = style.numFmt;
  formats.set(key, f);
  return f;
}

/** Writes a value into a cell or a range (merged), with Times New Roman and the given style. */
function put(ws: Sheet, range: string, value: string | null, style: CellStyle): void {
  const [from, to] = range.split(':');
  const [row, col] = parseCellRef(from ?? range);
  ws.set(row, col, value, cellFormat(style));
  // Merged cells all carry the first one's format (its border too, or the right edge is missing
  // when printed).
  if (to) ws.merge(row, col, ...parseCellRef(to));
}

function statusValidation(): Validation {
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

function dateValidation(title: string): Validation {
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
function hint(title: string, prompt: string): Validation {
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

/** A4, fitted to one page wide and as many down as the rows need, centred. */
function printSetup(orientation: 'portrait' | 'landscape'): NonNullable<Sheet['page']> {
  return {
    orientation,
    margins: orientation === 'landscape' ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS,
  };
}

function setFooter(ws: Sheet): void {
  ws.footer = pageField('Trang &P/&N', 11);
}

/**
 * Locked cells cannot be edited; columns and rows may be resized, and in the tables rows sorted
 * and filtered (the hidden id column keeps each row's identity).
 */
function protect(ws: Sheet, table = false): void {
  ws.protect(protection(FORM_PASSWORD, LOW_SPIN_COUNT), table);
}

function planReference(plan: Plan): string {
  const parts = ['Kế hoạch'];
  if (plan.number.trim() !== '') parts.push(`số ${plan.number}/${plan.symbol}`);
  if (plan.issuedOn) parts.push(`ngày ${formatVnDate(plan.issuedOn)}`);
  if (plan.issuer.trim() !== '') parts.push(`của ${plan.issuer}`);
  return parts.join(' ');
}
