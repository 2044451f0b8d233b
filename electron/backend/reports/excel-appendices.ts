// The report's three appendices as an Excel workbook, print-ready (PRODUCT.md "Outputs"): the same
// tables as the Word appendices, on A4 landscape pages fitted to the width, header rows repeated on
// every page, Times New Roman throughout, each status cell tinted by its status.
import ExcelJS from 'exceljs';
import {
  otherPartnersLine,
  quotedPartners,
  truncateAtSentence,
} from '../../../shared/domain/narrative';
import { printedNote, printedResult } from '../../../shared/domain/indicator-result';
import { periodLabel } from '../../../shared/domain/periods';
import {
  INDICATOR_ASSESSMENT_LABEL,
  progressLabel,
  REGISTER_STATE_LABEL,
  TASK_STATUS_LABEL,
} from '../../../shared/domain/status-labels';
import { byHorizon, overdueWithoutReport, registerStateShown } from '../../../shared/domain/status';
import { formatVnDate, formatVnNumber, parseVnDate, toRoman } from '../../../shared/domain/text';
import type {
  AgencyReport,
  Assignee,
  DocumentSettings,
  IndicatorAssessment,
  IndicatorStatusRow,
  IsoDate,
  Period,
  Plan,
  RegisterRow,
  RegisterState,
  ReportedStatus,
  TaskStatus,
  TaskStatusFull,
} from '../../../shared/domain/types';
import { rowHeight } from '../excel-kit/row-height';
import {
  a4Setup,
  BOX,
  DATE_FMT,
  VN_NUMBER_LOCALE,
  font,
  GROUP_TINT,
  pageField,
  solid,
  TITLE_SIZE,
} from '../excel-kit/styles';
import { writeWorkbook } from '../excel-kit/workbook';
import { agencyInSentence } from './nd30-profile';
import { APPENDIX_TITLES, appendixReference, UNREPORTED } from './report-content';

export interface AppendixModel {
  settings: DocumentSettings;
  plan: Plan;
  period: Period;
  /** The number given at signing (`12`); null prints dots for the clerk to fill by hand. */
  number: string | null;
  date: IsoDate | null;
  tasks: TaskStatusFull[];
  indicators: IndicatorStatusRow[];
  register: RegisterRow[];
  /** Titles for the group rows of Phụ lục II; without them a group row reads "Nhóm nhiệm vụ I". */
  groups?: { code: string; title: string }[];
}

export const SHEET_NAMES = {
  I: 'Phụ lục I - Chỉ tiêu',
  II: 'Phụ lục II - Nhiệm vụ',
  III: 'Phụ lục III - Gửi báo cáo',
} as const;

/** Row of the table header on every sheet (rows 1–3 carry the heading, row 4 is a spacer). */
export const HEADER_ROW = 5;

// A4 landscape with the decree's margins for landscape tables: top 20, bottom 15, left 30,
// right 15 mm (ExcelJS takes inches).
const INCH = 25.4;
const MARGINS = {
  top: 20 / INCH,
  bottom: 15 / INCH,
  left: 30 / INCH,
  right: 15 / INCH,
  header: 10 / INCH,
  footer: 8 / INCH,
};

// Light tints that stay readable when printed in black and white (the words carry the meaning).
const GREEN = 'FFC6EFCE';
const AMBER = 'FFFFEB9C';
const RED = 'FFFFC7CE';
const GREY = 'FFE0E0E0';
const ORANGE = 'FFFCE4D6';
const BLUE = 'FFDDEBF7';
const SKY = 'FFE6F4FF';
const LILAC = 'FFE8E0F0';

export const TASK_STATUS_FILL: Record<TaskStatus, string> = {
  done_on_time: GREEN,
  done_late: AMBER,
  in_progress: AMBER,
  // The lead has not begun: a warning, short of "overdue".
  not_started: ORANGE,
  overdue: RED,
  ongoing: BLUE,
  // Not yet applicable: neither good nor bad, and not "no report" either.
  waiting: LILAC,
  no_report: GREY,
};

export const ASSESSMENT_FILL: Record<IndicatorAssessment, string> = {
  met: GREEN,
  not_met: RED,
  // On its way to a target set for a later year: neither met nor missed.
  not_due: SKY,
  no_data: GREY,
  // Waiting for the user's judgement, like a recurring task waiting for its next report.
  qualitative: BLUE,
};

/**
 * A status cell's tint, only when the settings ask for it: the official print is black on white
 * (the words carry the meaning); colours help on screen and in a working copy.
 */
function statusFill(m: AppendixModel, colour: string): string | undefined {
  return m.settings.statusColours === true ? colour : undefined;
}

export const REGISTER_FILL: Record<RegisterState, string> = {
  on_time: GREEN,
  late: AMBER,
  missing: RED,
  not_expected: GREY,
};

// A row cannot break across pages: about 600 characters (some 15 lines) keeps the tallest row under
// half a page. The full text stays in the app, the Word appendix and the agency's own file.
const RESULT_MAX = 600;
const PARTNER_MAX = 220;

// ---------------------------------------------------------------------------------------------
// Cells

// Long texts are left-aligned: justified lines run into the cell borders in LibreOffice.
type Align = 'left' | 'center';

interface CellSpec {
  value: ExcelJS.CellValue;
  align?: Align;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  numFmt?: string;
  /** Shown on screen only (Excel notes do not print). */
  note?: string;
}

export interface ColumnSpec {
  header: string;
  /** In digits of Times New Roman 12 (about 120 fill the landscape page; wider is scaled down). */
  width: number;
}

function writeCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  cell.value = spec.value;
  cell.font = font(undefined, spec);
  cell.border = BOX;
  cell.alignment = { horizontal: spec.align ?? 'left', vertical: 'middle', wrapText: true };
  if (spec.fill) cell.fill = solid(spec.fill);
  if (spec.numFmt) cell.numFmt = spec.numFmt;
  if (spec.note) cell.note = spec.note;
}

/** `#,##0.0`-style format with as many decimals as the value has (up to 3): `0,623`, `35,2`, `100`. */
export function numberFormat(value: number): string {
  const rounded = Number(value.toFixed(3));
  const decimals = (String(rounded).split('.')[1] ?? '').length;
  const digits = decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(Math.min(decimals, 3))}`;
  return VN_NUMBER_LOCALE + digits;
}

/** A date cell Excel shows as dd/mm/yyyy; ExcelJS writes Dates by their UTC day. */
function dateValue(iso: IsoDate | null): Date | null {
  if (iso === null || parseVnDate(iso) !== iso) return null;
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

// ---------------------------------------------------------------------------------------------
// Row heights (excel-kit/row-height.ts): each row as tall as its tallest wrapped cell.

function cellText(spec: CellSpec): string {
  const v = spec.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatVnNumber(v, 3);
  if (v instanceof Date) return '00/00/0000';
  return String(v);
}

/** Sets a row's height to fit its tallest cell; `widths` in column units, one per cell. */
function fitRow(row: ExcelJS.Row, cells: CellSpec[], widths: number[]): void {
  row.height = rowHeight(
    cells.map((spec, i) => ({ text: cellText(spec), width: widths[i] ?? 10, bold: spec.bold })),
  );
}

// ---------------------------------------------------------------------------------------------
// Sheet skeleton

function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  roman: 'I' | 'II' | 'III',
  title: string,
  reference: string,
  columns: ColumnSpec[],
): ExcelJS.Worksheet {
  const last = columns.length;
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      ...a4Setup('landscape', MARGINS),
      firstPageNumber: 1, // each appendix numbered on its own (ND30)
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    headerFooter: {
      // ND30: page numbers centred in the top margin, not on the first page.
      differentFirst: true,
      firstHeader: '',
      oddHeader: pageField('&P', 14),
    },
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}` }],
  });
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    // Column style: cells typed in later are Times New Roman too.
    col.font = font();
  });

  const total = columns.reduce((a, c) => a + c.width, 0);
  const heading = (row: number, text: string, o: { bold?: boolean; italic?: boolean }) => {
    ws.mergeCells(row, 1, row, last);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = font(TITLE_SIZE, o);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    // A long agency name can wrap the reference line; merged cells never grow by themselves.
    ws.getRow(row).height = rowHeight([{ text, width: total, bold: o.bold }], {
      size: TITLE_SIZE,
      padding: 2,
    });
  };
  heading(1, `Phụ lục ${roman}`, { bold: true });
  heading(2, title.toLocaleUpperCase('vi'), { bold: true });
  heading(3, reference, { italic: true });
  ws.getRow(4).height = 8;

  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    writeCell(cell, { value: c.header, align: 'center', bold: true });
  });
  fitRow(
    header,
    columns.map((c) => ({ value: c.header, bold: true })),
    columns.map((c) => c.width),
  );
  return ws;
}

function widthsOf(ws: ExcelJS.Worksheet, count: number): number[] {
  return Array.from({ length: count }, (_, i) => ws.getColumn(i + 1).width ?? 10);
}

function writeRow(ws: ExcelJS.Worksheet, rowNumber: number, cells: CellSpec[]): void {
  const row = ws.getRow(rowNumber);
  cells.forEach((spec, i) => writeCell(row.getCell(i + 1), spec));
  fitRow(row, cells, widthsOf(ws, cells.length));
}

/** A row whose first cell is the code and whose text spans the other columns (group rows). */
function writeSpanRow(
  ws: ExcelJS.Worksheet,
  rowNumber: number,
  last: number,
  code: string,
  text: string,
  o: { bold?: boolean; fill?: string } = {},
): void {
  const row = ws.getRow(rowNumber);
  writeCell(row.getCell(1), { value: code, align: 'center', ...o });
  // Every cell of the merged range gets the style, so that borders and fill cover it all.
  for (let c = 2; c <= last; c++) writeCell(row.getCell(c), { value: c === 2 ? text : null, ...o });
  ws.mergeCells(rowNumber, 2, rowNumber, last);
  const widths = widthsOf(ws, last);
  const merged = widths.slice(1).reduce((a, b) => a + b, 0);
  fitRow(row, [{ value: code }, { value: text, bold: o.bold }], [widths[0]!, merged]);
}

function emptyTable(ws: ExcelJS.Worksheet, last: number): void {
  writeRow(
    ws,
    HEADER_ROW + 1,
    Array.from({ length: last }, () => ({
      value: 'Không có dữ liệu',
      align: 'center' as const,
      italic: true,
    })),
  );
  ws.mergeCells(HEADER_ROW + 1, 1, HEADER_ROW + 1, last);
}

// ---------------------------------------------------------------------------------------------
// Phụ lục I — indicators

export const INDICATOR_COLUMNS: ColumnSpec[] = [
  { header: 'STT', width: 6 },
  { header: 'Chỉ tiêu', width: 34 },
  { header: 'Đơn vị tính', width: 12 },
  { header: 'Mục tiêu', width: 18 },
  { header: 'Kết quả thực hiện', width: 13 },
  { header: 'Đánh giá', width: 19 }, // "Chưa đến kỳ đánh giá" on one line
  { header: 'Cơ quan theo dõi', width: 19 },
];

function isParentRow(r: IndicatorStatusRow, parents: Set<string>): boolean {
  return parents.has(r.code) || (r.assessment === null && r.target === null);
}

function indicatorResult(r: IndicatorStatusRow): CellSpec {
  // A note qualifies the figure beside it; one about the agency's file is not a result.
  const note = printedNote(r) ?? '';
  if (r.value !== null && Number.isFinite(r.value)) {
    // A number stays a number (sums, charts); the agency's note goes into an Excel note.
    return {
      value: r.value,
      align: 'center',
      numFmt: numberFormat(r.value),
      ...(note !== '' ? { note } : {}),
    };
  }
  const text = [printedResult(r) ?? '', note].filter((s) => s !== '').join('\n');
  return { value: text, align: 'center' };
}

function sheetIndicators(wb: ExcelJS.Workbook, m: AppendixModel, reference: string): void {
  const ws = addSheet(
    wb,
    SHEET_NAMES.I,
    'I',
    `${APPENDIX_TITLES.I} ${periodLabel(m.period)}`,
    reference,
    INDICATOR_COLUMNS,
  );
  const last = INDICATOR_COLUMNS.length;
  if (m.indicators.length === 0) return emptyTable(ws, last);
  const parents = new Set(m.indicators.map((r) => r.parent).filter((p): p is string => !!p));
  let n = HEADER_ROW + 1;
  // Under "Đến năm 2030", "Đến năm 2045", numbered I, II as in the plan's Phụ lục I.
  byHorizon(m.indicators).forEach((g, i) => {
    writeSpanRow(ws, n++, last, toRoman(i + 1), g.label, { bold: true, fill: GROUP_TINT });
    for (const r of g.rows) {
      if (isParentRow(r, parents)) {
        writeSpanRow(ws, n++, last, r.code, r.text, { bold: true });
        continue;
      }
      const a = r.assessment;
      const progress =
        a === 'not_due' && r.progress !== null ? `\n(${progressLabel(r.progress)})` : '';
      writeRow(ws, n++, [
        { value: r.code, align: 'center' },
        { value: r.text },
        { value: r.unit, align: 'center' },
        { value: r.target?.text ?? '', align: 'center' },
        indicatorResult(r),
        a === null
          ? { value: '', align: 'center' }
          : {
              value: INDICATOR_ASSESSMENT_LABEL[a] + progress,
              align: 'center',
              fill: statusFill(m, ASSESSMENT_FILL[a]),
            },
        { value: r.agency?.name ?? '', align: 'center' },
      ]);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Phụ lục II — tasks

export const TASK_COLUMNS: ColumnSpec[] = [
  { header: 'STT', width: 5 },
  { header: 'Nhiệm vụ', width: 37 },
  { header: 'Cơ quan chủ trì', width: 18 },
  // Conditional deadlines are sentences ("Sau khi có hướng dẫn của Bộ …"); narrower makes tall rows.
  { header: 'Thời hạn', width: 13 },
  { header: 'Tình trạng', width: 14 },
  { header: 'Kết quả thực hiện', width: 36 },
];

const REPORTED_WORD: Record<ReportedStatus, string> = {
  done: 'đã hoàn thành',
  in_progress: 'đang thực hiện',
  not_started: 'chưa thực hiện',
};

/** Today's agencies (a merged department shows the one that carries its work now). */
function leadNames(lead: Assignee[]): string {
  return [...new Set(lead.map((a) => (a.type === 'agency' ? a.currentName : a.name)))].join(',\n');
}

function progressText(r: AgencyReport, max: number): string {
  const text = (r.progress ?? '').normalize('NFC').trim();
  const done = r.completedOn ? ` (hoàn thành ngày ${formatVnDate(r.completedOn)})` : '';
  // Keep the agency's own line breaks; shorten only the text, never the completion date.
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const kept = truncateLines(
    lines.filter((l) => l !== ''),
    max,
  );
  return `${kept}${done}`.trim();
}

function truncateLines(lines: string[], max: number): string {
  const out: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length > max) {
      const room = max - used;
      if (room > 80) out.push(truncateAtSentence(line, room));
      else out.push('…');
      break;
    }
    out.push(line);
    used += line.length;
  }
  return out.join('\n');
}

/** The same wording as the Word appendix: lead reports, conflicts spelt out, partners briefly. */
function resultText(t: TaskStatusFull): string {
  const lines: string[] = [];
  const leads = t.leadReports;
  const share = Math.max(200, Math.floor(RESULT_MAX / Math.max(1, leads.length)));
  if (t.conflict) {
    lines.push('Báo cáo của các cơ quan chủ trì chưa thống nhất:');
    for (const r of leads) {
      const word = r.status ? REPORTED_WORD[r.status] : 'không nêu tình trạng';
      lines.push(`- ${r.agency.name} (${word}): ${progressText(r, share)}`.trim());
    }
  } else if (leads.length === 1) {
    const text = progressText(leads[0]!, RESULT_MAX);
    if (text) lines.push(text);
  } else {
    for (const r of leads) {
      const text = progressText(r, share);
      if (text) lines.push(`- ${r.agency.name}: ${text}`);
    }
  }
  const { quoted, others } = quotedPartners(t);
  for (const r of quoted) {
    const text = r.progress?.trim();
    if (text) lines.push(`${r.agency.name}: ${truncateAtSentence(text, PARTNER_MAX)}`);
  }
  const more = otherPartnersLine(others);
  if (more) lines.push(more);
  return lines.join('\n');
}

function sheetTasks(wb: ExcelJS.Workbook, m: AppendixModel, reference: string): void {
  const ws = addSheet(
    wb,
    SHEET_NAMES.II,
    'II',
    `${APPENDIX_TITLES.II} ${periodLabel(m.period)}`,
    reference,
    TASK_COLUMNS,
  );
  const last = TASK_COLUMNS.length;
  if (m.tasks.length === 0) return emptyTable(ws, last);
  const titles = new Map((m.groups ?? []).map((g) => [g.code, g.title]));
  let n = HEADER_ROW + 1;
  let current: string | null = null;
  for (const t of m.tasks) {
    if (t.group !== current) {
      current = t.group;
      const title = titles.get(t.group)?.trim() || `Nhóm nhiệm vụ ${t.group}`;
      writeSpanRow(ws, n, last, t.group, title, { bold: true, fill: GROUP_TINT });
      n += 1;
    }
    const status =
      TASK_STATUS_LABEL[t.status] +
      (overdueWithoutReport(t) ? `\n${UNREPORTED}` : '') +
      (t.conflict ? '\n(chưa thống nhất)' : '');
    writeRow(ws, n, [
      { value: t.number, align: 'center' },
      { value: t.text },
      { value: leadNames(t.lead), align: 'center' },
      { value: t.deadline.text, align: 'center' },
      { value: status, align: 'center', fill: statusFill(m, TASK_STATUS_FILL[t.status]) },
      { value: resultText(t) },
    ]);
    n += 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Phụ lục III — who reported

export const REGISTER_COLUMNS: ColumnSpec[] = [
  { header: 'STT', width: 6 },
  { header: 'Cơ quan, đơn vị', width: 48 },
  { header: 'Số, ngày văn bản', width: 28 },
  { header: 'Ngày nhận', width: 14 },
  { header: 'Tình trạng', width: 24 },
];

function documentText(r: RegisterRow): string {
  const s = r.submission;
  if (!s) return '';
  const parts: string[] = [];
  if (s.docNumber) parts.push(`Số ${s.docNumber}`);
  if (s.docDate) parts.push(`ngày ${formatVnDate(s.docDate)}`);
  return parts.join('\n');
}

function sheetRegister(wb: ExcelJS.Workbook, m: AppendixModel, reference: string): void {
  const ws = addSheet(
    wb,
    SHEET_NAMES.III,
    'III',
    `${APPENDIX_TITLES.III} ${periodLabel(m.period)}`,
    reference,
    REGISTER_COLUMNS,
  );
  // Every agency asked to report, then those that sent a report unasked (the register's order).
  const rows = m.register;
  if (rows.length === 0) return emptyTable(ws, REGISTER_COLUMNS.length);
  rows.forEach((r, i) => {
    const shown = registerStateShown(r);
    const state =
      REGISTER_STATE_LABEL[shown] +
      (r.versions > 1 ? `\n(đã gửi ${formatVnNumber(r.versions)} lần)` : '');
    const received = dateValue(r.submission?.receivedOn ?? null);
    writeRow(ws, HEADER_ROW + 1 + i, [
      { value: i + 1, align: 'center', numFmt: '0' },
      { value: r.agency.name },
      { value: documentText(r), align: 'center' },
      received
        ? { value: received, align: 'center', numFmt: DATE_FMT }
        : { value: '', align: 'center' },
      {
        value: state,
        align: 'center',
        fill: statusFill(m, REGISTER_FILL[shown]),
        bold: shown === 'missing',
      },
    ]);
  });
}

// ---------------------------------------------------------------------------------------------

/** The three appendices as an .xlsx workbook. */
export async function buildExcelAppendices(m: AppendixModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const agency = agencyInSentence(m.settings.agency);
  wb.creator = agency;
  wb.title = `Phụ lục báo cáo ${periodLabel(m.period)}`;
  // The same reference line as the Word appendices, dots until the report is numbered.
  const reference = appendixReference({ ...m, groups: undefined, narrative: [] });
  sheetIndicators(wb, m, reference);
  sheetTasks(wb, m, reference);
  sheetRegister(wb, m, reference);
  return writeWorkbook(wb);
}
