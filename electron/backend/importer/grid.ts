// The importer's neutral view of a spreadsheet, whatever library or format it came from:
// every later step (our form reader, the layout detector) works on this, never on exceljs.
import { nfc } from '../../../shared/domain/text';

export type CellValue = string | number | boolean | Date | null;

export interface GridCell {
  /** Typed value: numbers stay numbers, real dates are Date (UTC), formulas give their cached result. */
  value: CellValue;
  /** Display text, NFC, legacy encodings already converted to Unicode. */
  text: string;
  /** Formula error shown by Excel (`#REF!`, `#DIV/0!`…); value is null then. */
  error?: string;
  /** Set when the cell's font was a legacy Vietnamese encoding and the text was converted. */
  converted?: 'tcvn3' | 'vni';
}

export interface GridMerge {
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridSheet {
  name: string;
  /** 'hidden' or 'veryHidden' sheets, e.g. our forms' identification sheet. */
  state: 'visible' | 'hidden' | 'veryHidden';
  /** rows[r][c] is row r+1, column c+1 (A = 0); missing cells are null. */
  rows: (GridCell | null)[][];
  merges: GridMerge[];
  hiddenRows: number[];
  hiddenColumns: number[];
  /**
   * Rows past the reader's row limit (`ReadLimits.maxSheetRows`), counted but not read; absent
   * when the whole sheet was read.
   */
  unreadRows?: number;
  /**
   * Cells holding a formula saved without its result (a file written by software and never
   * opened in Excel): they read empty, but Excel would show a value there. Absent when none.
   */
  uncalculated?: { row: number; col: number }[];
  /**
   * Solid fill colours of the cells that hold a value (RGB, "92D050"; "?" for a theme or palette
   * colour, not resolved), for tables whose legend gives statuses by colour. Absent when none.
   */
  fills?: { row: number; col: number; rgb: string }[];
}

export interface GridWorkbook {
  format: 'xlsx' | 'xlsm' | 'xls' | 'ods';
  sheets: GridSheet[];
  /** Things the user should know about the file as a whole (Vietnamese), e.g. encoding conversion. */
  notes: string[];
}

export function cellAt(sheet: GridSheet, row: number, col: number): GridCell | null {
  return sheet.rows[row - 1]?.[col - 1] ?? null;
}

/** Column letters for messages: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A cell's display text, NFC and trimmed; '' for a missing cell. */
export function cellText(cell: GridCell | null | undefined): string {
  if (!cell) return '';
  if (cell.text !== '') return nfc(cell.text).trim();
  const v = cell.value;
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return nfc(String(v)).trim();
}

/** The merge that covers a cell, if any. */
export function mergeAt(sheet: GridSheet, row: number, col: number): GridMerge | null {
  for (const m of sheet.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  }
  return null;
}
