// What the report prints as an indicator's result (Phụ lục I, the drafted text): the figure or
// words the agency reported, and its note only where the note qualifies that figure. A note about
// the agency's own spreadsheet ("Công thức liên kết bảng tính cũ") is not a result, nor is a
// spreadsheet's error value.

import { foldVietnamese, formatVnNumber, nfc } from './text';
import type { IndicatorStatusRow } from './types';

type ResultFields = Pick<IndicatorStatusRow, 'value' | 'valueText' | 'note'>;

/** A spreadsheet error value standing where a figure should be: `#REF!`, `#DIV/0!`, `#N/A` … */
export function isSheetError(text: string | null | undefined): boolean {
  return /^#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i.test(
    (text ?? '').trim(),
  );
}

// Words that speak of the file rather than of the figure, matched on folded text: formulas,
// spreadsheets, sheets and cells, links and references between files.
const FILE_WORDS =
  /(?:^|[^a-z])(?:cong thuc|bang tinh|sheet|file|tep|workbook|macro|lien ket (?:o|bang|sheet|file|tep)|tham chieu|o [a-z]{1,3}\d{1,7})(?![a-z])/;

/** An agency's note about its spreadsheet itself (a formula, a link, a sheet), not the figure. */
export function isFileNote(note: string | null | undefined): boolean {
  const text = (note ?? '').trim();
  if (text === '') return false;
  if (/#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?)/i.test(text)) return true;
  return FILE_WORDS.test(foldVietnamese(text));
}

/** The result as the agency gave it: its own wording of the figure, else the number; null for none. */
export function printedResult(row: ResultFields): string | null {
  const text = nfc(row.valueText ?? '').trim();
  if (text !== '' && !isSheetError(text)) return text;
  if (row.value !== null && Number.isFinite(row.value)) return formatVnNumber(row.value, 3);
  return null;
}

/** The agency's note, printed beside the result: never without a result, never about the file. */
export function printedNote(row: ResultFields): string | null {
  const note = nfc(row.note ?? '').trim();
  if (note === '' || printedResult(row) === null || isFileNote(note)) return null;
  return note;
}
