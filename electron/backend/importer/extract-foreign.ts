// Reads a report an agency laid out itself (not our form): finds each sheet's table, reads every
// row's status, completion date, texts or figure, matches the rows to the plan and takes agency,
// period and the cover letter's number and date from the title block.
import {
  CONFIDENT_MATCH,
  type Extraction,
  type ImportIssue,
  type ImportRow,
  type RowQuestion,
} from '../../../shared/domain/import-types';
import { parsePeriodFromText } from '../../../shared/domain/periods';
import { foldVietnamese, formatVnDate, formatVnNumber } from '../../../shared/domain/text';
import type { ReportedStatus } from '../../../shared/domain/types';
import type { ImportHeader } from '../../../shared/domain/import-types';
import { detectTables, type SheetLayout } from './detect-layout';
import {
  cellAt,
  cellText,
  columnLetter,
  type GridCell,
  type GridSheet,
  type GridWorkbook,
} from './grid';
import type { ColumnKind } from './header-names';
import { matchRows, normCode, type MatchQuery } from './match-rows';
import {
  completionFromCell,
  dateInResultText,
  formulaError,
  isMarked,
  isNotDoneOnly,
  isRecurringText,
  percentFromCell,
  percentInText,
  readValue,
  statusFromProse,
  statusFromText,
  statusPhrase,
} from './read-foreign-cells';
import { headerFrom } from './read-title-block';
import { scanSheet, type RawRow } from './scan-foreign-sheet';

export { findAgencyInText } from './read-title-block';

/**
 * The plan rows (task and indicator ids) the sending agency is responsible for, found from the
 * title block and the lead column; null when the sender is not known.
 */
export type OwnWork = (
  header: ImportHeader,
  leadTexts: string[],
) => { tasks: ReadonlySet<number>; indicators: ReadonlySet<number> } | null;

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
  const questions: RowQuestion[] = [];
  const col = (k: ColumnKind): number | null => layout.columns[k] ?? null;
  const at = (k: ColumnKind): string => `${columnLetter(col(k) ?? 1)}${row}`;

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

  const progressTexts = [textOf(cells.progress), ...raw.extraProgress.map((c) => textOf(c))].filter(
    (t): t is string => t !== null,
  );
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
    completedApprox: false,
    percent: null,
    progress: progressTexts.length > 0 ? progressTexts.join('\n') : null,
    difficulties: textOf(cells.difficulties),
    proposals: textOf(cells.proposals),
    value: null,
    valueText: null,
    note: textOf(cells.note),
    issues,
    questions,
  };

  if (layout.kind === 'indicator') {
    if (!formulaError(cells.value ?? null)) Object.assign(base, readValue(cells.value ?? null));
    return base;
  }

  // Every source that says something about the status, strongest first: the status column's
  // words, the x-marks, the percentage, then the words a result text opens with.
  const said: { status: ReportedStatus; from: string }[] = [];
  const statusText = textOf(cells.status);
  // The texts that may tell the status in words: each result column, else the note.
  const proseTexts = progressTexts.length > 0 ? progressTexts : [base.note ?? ''];
  const proseRead = proseTexts.map((t) => ({ text: t, ...statusFromProse(t) }));
  const proseHit = proseRead.find((x) => x.status !== null);
  const proseText = proseHit?.text ?? proseTexts.join('\n');
  const prose = proseHit ?? { status: null, contradicted: false };
  let notDoneOnly = false;
  if (statusText && isNotDoneOnly(statusText) && statusPhrase(statusText) !== null) {
    // "Chưa hoàn thành": not done, but started or not? The result text tells, or the clerk.
    notDoneOnly = true;
    if (prose.status === 'in_progress' || prose.status === 'not_started')
      said.push({ status: prose.status, from: `cột tình trạng và nội dung kết quả` });
    else
      questions.push({
        field: 'status',
        message: `Ô ${at('status')} ghi "${statusText}" nhưng không rõ đã triển khai hay chưa; hãy chọn Đang thực hiện hoặc Chưa thực hiện.`,
      });
  } else if (statusText) {
    const phrase = statusPhrase(statusText);
    const long = phrase === null ? statusFromProse(statusText) : null;
    const s = phrase ?? (long && !long.contradicted ? long.status : null);
    if (s) said.push({ status: s, from: `cột tình trạng (ô ${at('status')})` });
    else if (long?.contradicted)
      questions.push({
        field: 'status',
        message: `Ô ${at('status')} "${short(statusText)}" vừa nói ${STATUS_LABEL[long.status!].toLowerCase()} vừa nói việc còn dở dang; hãy chọn tình trạng đúng.`,
      });
    else
      questions.push({
        field: 'status',
        message: `Không hiểu tình trạng "${statusText}" ở ô ${at('status')}; hãy chọn Đã hoàn thành, Đang thực hiện hoặc Chưa thực hiện.`,
      });
  }
  const marked = MARKS.filter(([k]) => isMarked(cells[k] ?? null));
  if (marked.length === 1) said.push({ status: marked[0]![1], from: 'dấu x' });
  if (marked.length > 1) {
    const names = marked.map(([, s]) => STATUS_LABEL[s]).join(', ');
    questions.push({
      field: 'status',
      message: `Dòng ${row} đánh dấu nhiều tiến độ cùng lúc (${names}); hãy chọn tiến độ đúng.`,
    });
  }
  const percent = percentFromCell(cells.percent ?? null);
  base.percent = percent ?? (prose.status === 'in_progress' ? percentInText(proseText) : null);
  if (percent !== null)
    said.push({
      status: percent >= 100 ? 'done' : percent <= 0 ? 'not_started' : 'in_progress',
      from: `tiến độ ${formatVnNumber(percent)}%`,
    });
  const strong = said.length;
  if (prose.status && !notDoneOnly) {
    if (prose.contradicted && strong === 0)
      questions.push({
        field: 'status',
        message: `Nội dung kết quả "${short(proseText)}" vừa nói ${STATUS_LABEL[prose.status].toLowerCase()} vừa nói việc còn dở dang; hãy chọn tình trạng đúng.`,
      });
    else if (!prose.contradicted) said.push({ status: prose.status, from: 'nội dung kết quả' });
  }

  // Completion date: the date column (a month alone is read as that month's end, flagged), a
  // date typed under "Đã hoàn thành", or a date written inside the result text (flagged).
  let completed = completionFromCell(cells.completedOn ?? null);
  const dateText = textOf(cells.completedOn);
  if (!completed && dateText && !/^[-–—.]*$/.test(dateText))
    questions.push({
      field: 'completedOn',
      message: `Không đọc được ngày hoàn thành "${dateText}" ở ô ${at('completedOn')}; hãy nhập ngày (dd/mm/yyyy).`,
    });
  if (!completed && said.some((x) => x.status === 'done'))
    completed = completionFromCell(cells.markDone ?? null);

  const distinct = [...new Set(said.slice(0, Math.max(strong, 1)).map((x) => x.status))];
  const fromStrong = [...new Set(said.slice(0, strong).map((x) => x.status))];
  let status: ReportedStatus | null = null;
  if (fromStrong.length > 1) {
    const list = said
      .slice(0, strong)
      .map((x) => `${x.from}: ${STATUS_LABEL[x.status].toLowerCase()}`)
      .join('; ');
    questions.push({
      field: 'status',
      message: `Dòng ${row} ghi tình trạng không thống nhất (${list}); hãy chọn tình trạng đúng.`,
    });
  } else if (distinct.length === 1) {
    status = distinct[0]!;
    // A strong source and the result text disagreeing is worth a look, not a question.
    const proseSays = prose.status && !prose.contradicted ? prose.status : null;
    if (strong > 0 && proseSays && proseSays !== status)
      issues.push(
        issue(
          sheet,
          row,
          col('progress'),
          `Tình trạng ghi "${STATUS_LABEL[status]}" nhưng nội dung kết quả mở đầu bằng "${STATUS_LABEL[proseSays]}"; hãy kiểm tra lại.`,
          'warning',
        ),
      );
  }
  // Only a date under a heading that plainly says "ngày hoàn thành" means done by itself; under
  // "Thời gian hoàn thành" it may be the time allowed, so the clerk is asked.
  if (status === null && completed && said.length === 0 && questions.length === 0) {
    if (layout.completedOnExact) status = 'done';
    else
      questions.push({
        field: 'status',
        message: `Dòng ${row} chỉ ghi thời gian ${formatVnDate(completed.date)}, không ghi tình trạng; hãy chọn tình trạng (nếu đã hoàn thành, ngày này là ngày hoàn thành).`,
      });
  }
  if (layout.statusInDoubt && status !== null)
    questions.push({
      field: 'status',
      message: `Tệp có ${layout.statusInDoubt.columns.length} cột tình trạng (${layout.statusInDoubt.headings.map((h) => `«${h}»`).join(', ')}); hãy xác nhận tình trạng của kỳ này.`,
    });

  if (!completed && status === 'done') {
    // A date written with the status ("Hoàn thành 20/10/2025") or in the result text.
    const inStatus = statusText ? dateInResultText(statusText) : null;
    const inProse = col('completedOn') === null ? dateInResultText(proseText) : null;
    const found = inStatus?.sure ? inStatus : (inProse ?? inStatus);
    const where = found === inStatus ? col('status') : col('progress');
    if (found?.sure) {
      completed = { date: found.date, approx: found.approx };
      if (statusText === null || found !== inStatus || statusText.length > 40)
        issues.push(
          issue(
            sheet,
            row,
            where,
            `Ngày hoàn thành ${formatVnDate(found.date)} được lấy từ nội dung kết quả vì tệp không có ` +
              `cột thời gian hoàn thành; hãy kiểm tra lại.`,
            'warning',
          ),
        );
    } else if (found) {
      // A dated document in the result ("Kế hoạch số … ngày 25/7/2025") may or may not be the
      // day the work was finished: suggested, and asked.
      completed = { date: found.date, approx: false };
      questions.push({
        field: 'completedOn',
        message: `Tệp không ghi ngày hoàn thành; nội dung kết quả có ngày ${formatVnDate(found.date)} (của văn bản nêu trong đó). Hãy xác nhận đó là ngày hoàn thành, hoặc nhập ngày khác.`,
      });
    }
  }
  base.status = status;
  if (status === 'done' && completed) {
    base.completedOn = completed.date;
    base.completedApprox = completed.approx;
    if (completed.approx)
      issues.push(
        issue(
          sheet,
          row,
          col('completedOn'),
          `Tệp chỉ ghi tháng hoàn thành ("${dateText ?? statusText ?? ''}"); ngày ${formatVnDate(completed.date)} (cuối tháng) được dùng và đánh dấu là ngày ước tính.`,
          'warning',
        ),
      );
  }
  if (status !== 'done' && completed && !completed.approx && status !== null)
    issues.push(
      issue(
        sheet,
        row,
        col('completedOn'),
        `Dòng có ngày hoàn thành ${formatVnDate(completed.date)} nhưng tình trạng là "${STATUS_LABEL[status]}"; ngày này không được ghi.`,
        'warning',
      ),
    );
  if (isRecurringText(statusText ?? proseText))
    issues.push(
      issue(
        sheet,
        row,
        col('status') ?? col('progress'),
        'Đơn vị ghi "thực hiện thường xuyên": được ghi là đang thực hiện.',
        'warning',
      ),
    );
  // A result cell that only said "Hoàn thành" was the status, not a result.
  if (
    base.progress &&
    /^[\p{L}\s.,]{0,20}$/u.test(base.progress) &&
    statusFromText(base.progress, true)
  )
    base.progress = null;
  return base;
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
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

/** Reads one table of a sheet into `raws`, with the sheet-level issues its scan finds. */
function readTable(
  sheet: GridSheet,
  layout: SheetLayout,
  limit: number,
  planCodes: Set<string>,
  raws: RawRow[],
  footer: string[],
  issues: ImportIssue[],
): void {
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
        `Bảng ở dòng ${layout.headerTop} của trang tính "${sheet.name}" có tiêu đề cột nhưng không có dòng số liệu nào.`,
        'warning',
      ),
    );
  }
}

/** Extracts the rows, matches and title-block header of a foreign (agency-made) workbook. */
export function extractForeign(
  wb: GridWorkbook,
  plan: PlanRows,
  ownWork: OwnWork | null = null,
): Extraction {
  const issues: ImportIssue[] = [];
  const raws: RawRow[] = [];
  const titleLines: string[] = [];
  const footer: string[] = [];
  const limit = sheetRowLimit(plan);
  const planCodes = new Set([...plan.tasks, ...plan.indicators].map((x) => normCode(x.code)));

  const notes: string[] = [];
  for (const sheet of wb.sheets) {
    if (sheet.state !== 'visible') continue;
    const detected = detectTables(sheet);
    if (!detected.ok) {
      if (!detected.empty) {
        issues.push(issue(sheet.name, null, null, detected.reason, 'warning'));
        // A cover sheet without a table may still carry the agency, period and document number.
        for (let r = 1; r <= Math.min(40, sheet.rows.length); r++) {
          for (const c of sheet.rows[r - 1] ?? []) {
            for (const line of cellText(c).split(/\r?\n/))
              if (line.trim()) titleLines.push(line.trim());
          }
        }
      }
      continue;
    }
    const hiddenHeadings = new Set<string>();
    for (const layout of detected.layouts) {
      titleLines.push(...layout.titleLines);
      for (const h of layout.hiddenHeadings) hiddenHeadings.add(h);
      for (const n of layout.roleNotes) notes.push(`Trang "${sheet.name}": ${n}`);
      readTable(sheet, layout, limit, planCodes, raws, footer, issues);
    }
    if (hiddenHeadings.size > 0)
      notes.push(
        `Trang "${sheet.name}" có cột bị ẩn (${[...hiddenHeadings].map((h) => `«${h}»`).join(', ')}); cột ẩn không được đọc. Nếu số liệu kỳ này nằm trong cột ẩn, hãy bỏ ẩn trong tệp gốc rồi nhập lại.`,
      );
    if (detected.layouts.length > 1)
      notes.push(
        `Trang "${sheet.name}" có ${detected.layouts.length} bảng (${detected.layouts.map((l) => `dòng ${l.headerTop}: ${l.kind === 'task' ? 'nhiệm vụ' : 'chỉ tiêu'}`).join('; ')}); mỗi bảng được đọc theo tiêu đề cột của nó.`,
      );
  }

  const rows = raws.map(readRow);
  const header = headerFrom(titleLines, footer);
  const leadTexts = raws
    .filter((r) => r.layout.kind === 'task')
    .map((r) => cellText(r.cells.lead ?? null))
    .filter((t) => t !== '');
  const own = ownWork ? ownWork(header, leadTexts) : null;
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
    own?.tasks ?? null,
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
    own?.indicators ?? null,
  );

  checkUnits(raws, rows, plan);

  return {
    source: 'foreign',
    agencyId: null,
    period: header.periodText ? parsePeriodFromText(header.periodText) : null,
    header,
    rows: withoutSurplusUnmatched(rows, issues),
    issues,
    notes,
    leadTexts,
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

const isPercentUnit = (unit: string): boolean => /%|phan tram|ty le/.test(foldVietnamese(unit));

/**
 * An indicator row whose unit contradicts the plan row's ("Người" against "%") measures something
 * else, however alike the wording: the match becomes a question.
 */
function checkUnits(raws: RawRow[], rows: ImportRow[], plan: PlanRows): void {
  const units = new Map(plan.indicators.map((x) => [x.id, x.unit]));
  rows.forEach((row, i) => {
    if (row.kind !== 'indicator' || row.targetId === null) return;
    const written = cellText(raws[i]?.cells.unit ?? null);
    const planned = units.get(row.targetId) ?? '';
    if (written === '' || planned === '' || isPercentUnit(written) === isPercentUnit(planned))
      return;
    row.uncertain = true;
    row.confidence = Math.min(row.confidence, 0.5);
    row.issues.push(
      issue(
        row.sheet,
        row.row,
        raws[i]?.layout.columns.unit ?? null,
        `Đơn vị tính "${written}" khác chỉ tiêu ${row.code} của kế hoạch ("${planned}"); hãy kiểm tra dòng này có đúng là chỉ tiêu đó không.`,
        'warning',
      ),
    );
  });
}

function matchKind(
  raws: RawRow[],
  rows: ImportRow[],
  kind: ImportRow['kind'],
  targets: Parameters<typeof matchRows>[1],
  own: ReadonlySet<number> | null,
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
  const results = matchRows(queries, targets, own);
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
