// Reads a report an agency laid out itself (not our form): finds each sheet's table, reads every
// row's status, completion date, texts or figure, matches the rows to the plan and takes agency,
// period and the cover letter's number and date from the title block.
import {
  CONFIDENT_MATCH,
  type Extraction,
  type ImportIssue,
  type ImportRow,
} from '../../../shared/domain/import-types';
import { parsePeriodFromText } from '../../../shared/domain/periods';
import { formatVnDate } from '../../../shared/domain/text';
import type { ReportedStatus } from '../../../shared/domain/types';
import { cellText, detectLayout } from './detect-layout';
import { cellAt, columnLetter, type GridCell, type GridWorkbook } from './grid';
import type { ColumnKind } from './header-names';
import { matchRows, normCode, type MatchQuery } from './match-rows';
import {
  dateFromCell,
  dateInResultText,
  formulaError,
  isMarked,
  readValue,
  statusFromText,
} from './read-foreign-cells';
import { headerFrom } from './read-title-block';
import { scanSheet, type RawRow } from './scan-foreign-sheet';

export { findAgencyInText } from './read-title-block';

export interface PlanRows {
  tasks: { id: number; code: string; group: string; number: string; text: string }[];
  indicators: { id: number; code: string; parent: string | null; text: string; unit: string }[];
}

// ---------------------------------------------------------------------------------------------
// Extraction

function issue(
  sheet: string | null,
  row: number | null,
  col: number | null,
  message: string,
  severity: ImportIssue['severity'],
): ImportIssue {
  return { sheet, row, column: col === null ? null : columnLetter(col), message, severity };
}

const STATUS_LABEL: Record<ReportedStatus, string> = {
  done: 'Đã hoàn thành',
  in_progress: 'Đang thực hiện',
  not_started: 'Chưa thực hiện',
};
const MARKS: ReadonlyArray<[ColumnKind, ReportedStatus]> = [
  ['markDone', 'done'],
  ['markInProgress', 'in_progress'],
  ['markNotStarted', 'not_started'],
];

function textOf(cell: GridCell | null | undefined): string | null {
  if (!cell || formulaError(cell)) return null;
  const t = cellText(cell);
  return t === '' ? null : t;
}

/** Reads one task or indicator row into an ImportRow (without the match, filled in later). */
function readRow(raw: RawRow): ImportRow {
  const { layout, row, cells } = raw;
  const sheet = layout.sheet;
  const issues: ImportIssue[] = [];
  const col = (k: ColumnKind): number | null => layout.columns[k] ?? null;

  // Formula errors are never taken as data.
  const subjectError = formulaError(cellAt(raw.sheet, row, layout.subjectColumn));
  const errorCells: [number, string][] = subjectError ? [[layout.subjectColumn, subjectError]] : [];
  for (const [k, cell] of Object.entries(cells) as [ColumnKind, GridCell | null][]) {
    const e = formulaError(cell);
    const c = col(k);
    if (e && c !== null) errorCells.push([c, e]);
  }
  for (const [c, e] of errorCells.sort((a, b) => a[0] - b[0])) {
    issues.push(
      issue(
        sheet,
        row,
        c,
        `Ô ${columnLetter(c)}${row} có lỗi công thức ${e}; giá trị không được nhập. ` +
          `Hãy sửa trong tệp gốc hoặc nhập tay.`,
        'error',
      ),
    );
  }

  const base: ImportRow = {
    key: `${sheet}!${row}`,
    sheet,
    row,
    kind: layout.kind,
    targetId: null,
    code: null,
    confidence: 0,
    uncertain: true,
    candidates: [],
    text: raw.text,
    status: null,
    completedOn: null,
    progress: textOf(cells.progress),
    difficulties: textOf(cells.difficulties),
    proposals: textOf(cells.proposals),
    value: null,
    valueText: null,
    note: textOf(cells.note),
    issues,
  };

  if (layout.kind === 'indicator') {
    if (!formulaError(cells.value ?? null)) Object.assign(base, readValue(cells.value ?? null));
    return base;
  }

  // Status: the status column's words, else the x-marks, else the words a result text starts with.
  const statusText = textOf(cells.status);
  let status: ReportedStatus | null = null;
  let statusFromProgress = false;
  if (statusText) {
    status = statusFromText(statusText, true);
    if (!status) {
      issues.push(
        issue(
          sheet,
          row,
          col('status'),
          `Không hiểu tiến độ "${statusText}" ở ô ${columnLetter(col('status') ?? 1)}${row}; ` +
            `hãy chọn Đã hoàn thành, Đang thực hiện hoặc Chưa thực hiện.`,
          'warning',
        ),
      );
    }
  }
  const marked = MARKS.filter(([k]) => isMarked(cells[k] ?? null));
  if (!status && marked.length === 1) status = marked[0]?.[1] ?? null;
  if (marked.length > 1) {
    status = null;
    const names = marked.map(([, s]) => STATUS_LABEL[s]).join(', ');
    issues.push(
      issue(
        sheet,
        row,
        col(marked[0]?.[0] ?? 'markDone'),
        `Dòng ${row} đánh dấu nhiều tiến độ cùng lúc (${names}); hãy giữ một dấu trong tệp ` +
          `hoặc chọn tiến độ đúng khi xem trước.`,
        'warning',
      ),
    );
  }
  const hasStatusColumns = col('status') !== null || MARKS.some(([k]) => col(k) !== null);
  if (!status && !hasStatusColumns && base.progress) {
    status = statusFromText(base.progress, false);
    statusFromProgress = status !== null;
  }

  // Completion date: the date column, a date typed under "Đã hoàn thành", or, only when the file
  // has no date column, a date written inside the result text (flagged for checking).
  let completedOn = dateFromCell(cells.completedOn ?? null);
  if (!completedOn && status === 'done') completedOn = dateFromCell(cells.markDone ?? null);
  if (!status && !hasStatusColumns && completedOn) status = 'done';
  if (!completedOn && status === 'done' && col('completedOn') === null) {
    const source = base.progress ?? statusText;
    const found = source ? dateInResultText(source) : null;
    if (found) {
      completedOn = found;
      const where = base.progress ? col('progress') : col('status');
      issues.push(
        issue(
          sheet,
          row,
          where,
          `Ngày hoàn thành ${formatVnDate(found)} được lấy từ nội dung kết quả vì tệp không có ` +
            `cột thời gian hoàn thành; hãy kiểm tra lại.`,
          'warning',
        ),
      );
    }
  }
  base.status = status;
  base.completedOn = status === 'done' ? completedOn : null;
  // A result cell that only said "Hoàn thành" was the status, not a result.
  if (statusFromProgress && base.progress && /^[\p{L}\s.,]{0,20}$/u.test(base.progress)) {
    base.progress = null;
  }
  return base;
}

/**
 * Data rows of one sheet read and matched, at most: a report for a plan of 75 tasks does not have
 * 300,000 rows, and matching them all would take minutes and gigabytes for nothing.
 */
export function sheetRowLimit(plan: PlanRows): number {
  return Math.max(5000, 20 * (plan.tasks.length + plan.indicators.length));
}

/** Unmatched rows shown in a preview, at most; the others are counted in one issue. */
export const UNMATCHED_SHOWN = 1000;

const vn = (n: number): string => n.toLocaleString('vi-VN');

/** Extracts the rows, matches and title-block header of a foreign (agency-made) workbook. */
export function extractForeign(wb: GridWorkbook, plan: PlanRows): Extraction {
  const issues: ImportIssue[] = [];
  const raws: RawRow[] = [];
  const titleLines: string[] = [];
  const footer: string[] = [];
  const limit = sheetRowLimit(plan);
  const planCodes = new Set([...plan.tasks, ...plan.indicators].map((x) => normCode(x.code)));

  for (const sheet of wb.sheets) {
    if (sheet.state !== 'visible') continue;
    const detected = detectLayout(sheet);
    if (!detected.ok) {
      if (!detected.empty) {
        issues.push(issue(sheet.name, null, null, detected.reason, 'warning'));
        // A cover sheet without a table may still carry the agency, period and document number.
        for (let r = 1; r <= Math.min(15, sheet.rows.length); r++) {
          for (const c of sheet.rows[r - 1] ?? []) {
            for (const line of cellText(c).split(/\r?\n/))
              if (line.trim()) titleLines.push(line.trim());
          }
        }
      }
      continue;
    }
    const layout = detected.layout;
    titleLines.push(...layout.titleLines);
    const scan = scanSheet(sheet, layout, limit, planCodes);
    // One at a time: spreading thousands of rows into push() overflows the call stack.
    for (const row of scan.rows) raws.push(row);
    for (const line of scan.footer) footer.push(line);
    if (scan.cut) {
      const { lastRow, skipped } = scan.cut;
      const read = scan.rows.filter((x) => x.row <= lastRow).length;
      const coded = scan.rows.length - read;
      issues.push(
        issue(
          sheet.name,
          null,
          null,
          `Trang tính "${sheet.name}" có ${vn(scan.filled)} dòng, nhiều hơn nhiều so với số ` +
            `nhiệm vụ và chỉ tiêu của kế hoạch; chỉ ${vn(read)} dòng số liệu đầu tiên (đến dòng ` +
            `${vn(lastRow)}) được đọc và đối chiếu` +
            (coded > 0
              ? `, cùng ${vn(coded)} dòng sau đó có mã nhiệm vụ, chỉ tiêu của kế hoạch`
              : '') +
            `, ${vn(skipped)} dòng còn lại bị bỏ qua. Nếu báo cáo nằm ở trang khác hoặc ở cuối ` +
            `trang này, hãy xoá bớt các dòng, trang dữ liệu thừa rồi nhập lại.`,
          'warning',
        ),
      );
    }
    if (scan.hidden > 0) {
      issues.push(
        issue(
          sheet.name,
          null,
          null,
          `Trang tính "${sheet.name}" có ${scan.hidden} dòng bị ẩn; các dòng ẩn không được nhập. ` +
            `Nếu cần, hãy bỏ ẩn trong tệp gốc rồi nhập lại.`,
          'warning',
        ),
      );
    }
    if (scan.rows.length === 0) {
      issues.push(
        issue(
          sheet.name,
          null,
          null,
          `Trang tính "${sheet.name}" có tiêu đề cột nhưng không có dòng số liệu nào.`,
          'warning',
        ),
      );
    }
  }

  const rows = raws.map(readRow);
  matchKind(
    raws,
    rows,
    'task',
    plan.tasks.map((t) => ({
      id: t.id,
      code: t.code,
      text: t.text,
      group: t.group,
      number: t.number,
    })),
  );
  matchKind(
    raws,
    rows,
    'indicator',
    plan.indicators.map((x) => ({
      id: x.id,
      code: x.code,
      text: x.text,
      group: null,
      number: null,
    })),
  );

  const header = headerFrom(titleLines, footer);
  return {
    source: 'foreign',
    agencyId: null,
    period: header.periodText ? parsePeriodFromText(header.periodText) : null,
    header,
    rows: withoutSurplusUnmatched(rows, issues),
    issues,
  };
}

/**
 * Every matched row, and the first UNMATCHED_SHOWN unmatched ones: past that the rows are a data
 * dump, not a report, and a preview of thousands of "no match" rows helps nobody (one issue
 * counts them instead).
 */
function withoutSurplusUnmatched(rows: ImportRow[], issues: ImportIssue[]): ImportRow[] {
  let unmatched = 0;
  const dropped = new Map<string, number>();
  const kept = rows.filter((row) => {
    if (row.targetId !== null || ++unmatched <= UNMATCHED_SHOWN) return true;
    dropped.set(row.sheet, (dropped.get(row.sheet) ?? 0) + 1);
    return false;
  });
  if (dropped.size > 0) {
    const total = [...dropped.values()].reduce((a, b) => a + b, 0);
    const where = [...dropped.keys()].map((s) => `"${s}"`).join(', ');
    issues.push(
      issue(
        null,
        null,
        null,
        `Còn ${vn(total)} dòng khác (trang ${where}) không khớp với nhiệm vụ, chỉ tiêu nào của kế ` +
          `hoạch và không được đưa vào bản xem trước (chỉ hiện ${vn(UNMATCHED_SHOWN)} dòng không ` +
          `khớp đầu tiên). Nếu trong đó có dòng cần nhập, hãy xoá bớt các dòng thừa trong tệp rồi ` +
          `nhập lại để chọn nhiệm vụ, chỉ tiêu cho từng dòng.`,
        'warning',
      ),
    );
  }
  return kept;
}

function matchKind(
  raws: RawRow[],
  rows: ImportRow[],
  kind: ImportRow['kind'],
  targets: Parameters<typeof matchRows>[1],
): void {
  const idx = rows.map((r, i) => (r.kind === kind ? i : -1)).filter((i) => i >= 0);
  const queries: MatchQuery[] = idx.map((i) => {
    const raw = raws[i]!;
    return {
      text: raw.text,
      code: raw.code,
      number: raw.number,
      group: kind === 'task' ? raw.group : null,
    };
  });
  const results = matchRows(queries, targets);
  const what = kind === 'task' ? 'nhiệm vụ' : 'chỉ tiêu';
  results.forEach((m, qi) => {
    const row = rows[idx[qi]!]!;
    const col = raws[idx[qi]!]!.layout.subjectColumn;
    Object.assign(row, {
      targetId: m.targetId,
      code: m.code,
      confidence: m.confidence,
      uncertain: m.targetId === null || m.confidence < CONFIDENT_MATCH,
      candidates: m.candidates,
    });
    if (m.lostTo) {
      const winner = rows[idx[m.lostTo.query]!]!;
      const where =
        winner.sheet === row.sheet
          ? `dòng ${winner.row}`
          : `dòng ${winner.row} (trang "${winner.sheet}")`;
      row.issues.push(
        issue(
          row.sheet,
          row.row,
          col,
          `Dòng này giống ${what} ${m.lostTo.code}, nhưng ${what} đó đã khớp với ${where}; ` +
            `hãy chọn ${what} đúng cho dòng này hoặc bỏ dòng.`,
          'warning',
        ),
      );
    } else if (m.targetId === null) {
      row.issues.push(
        issue(
          row.sheet,
          row.row,
          col,
          `Không khớp được dòng này với ${what} nào của kế hoạch; hãy chọn ${what} hoặc bỏ dòng.`,
          'warning',
        ),
      );
    }
  });
}
