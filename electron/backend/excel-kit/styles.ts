// The look both Excel outputs share — the agency form (forms/) and the report's appendices
// (reports/): Times New Roman, thin black borders, dd/mm/yyyy dates, A4 pages fitted to the width.
import type ExcelJS from 'exceljs';

export const FONT = 'Times New Roman';
/** Body and table text (ND30.md "Appendix pages": tables 12 pt). */
export const BODY_SIZE = 12;
export const TITLE_SIZE = 14;

export const DATE_FMT = 'dd/mm/yyyy';
// Vietnamese locale (LCID 042A) on number formats: LibreOffice then prints 35,2 and 1.234,5 on any
// machine; Excel keeps the PC's own separators (on a Vietnamese Windows the same). The cell stays a
// number either way.
export const VN_NUMBER_LOCALE = '[$-42A]';
// Text format keeps what was typed ("35,2", "0912…", "215/BC-SNV") instead of letting Excel
// reinterpret it by the PC's regional settings (1,234 → 1234, 5/9 → a date, lost zeros).
export const TEXT_FMT = '@';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Light grey of group rows (I, II … over their tasks). */
export const GROUP_TINT = 'FFF2F2F2';

export function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

export interface FontStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export function font(size: number = BODY_SIZE, o: FontStyle = {}): Partial<ExcelJS.Font> {
  return {
    name: FONT,
    size,
    bold: o.bold ?? false,
    italic: o.italic ?? false,
    ...(o.underline !== undefined ? { underline: o.underline } : {}),
  };
}

/** A4, fitted to one page wide and as many down as the rows need, centred. */
export function a4Setup(
  orientation: 'portrait' | 'landscape',
  margins: ExcelJS.Margins,
): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins,
  };
}

/** A page-number field in Times New Roman for a header or footer (`&P` page, `&N` pages). */
export function pageField(text: string, size: number): string {
  return `&C&"${FONT},Regular"&${size}${text}`;
}

/** "A1"-style reference of a cell. */
export function cellRef(row: number, col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row}`;
}
