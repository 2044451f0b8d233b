// Reads a report an agency laid out itself (not our form): finds each sheet's table, reads every
// row's status, completion date, texts or figure, matches the rows to the plan and takes agency,
// period and the cover letter's number and date from the title block.
import {
  CONFIDENT_MATCH,
  type Extraction,
  type ImportHeader,
  type ImportIssue,
  type ImportRow,
} from '../../../shared/domain/import-types';
import { parsePeriodFromText, periodFromKey } from '../../../shared/domain/periods';
import { isPercentUnit } from '../../../shared/domain/figure-in-text';
import { REPORTED_STATUS_LABEL } from '../../../shared/domain/status-labels';
import { foldVietnamese, formatVnDate } from '../../../shared/domain/text';
import { detectTables, type SheetLayout, type TablesDetection } from './detect-layout';
import { cellAt, cellText, type GridSheet, type GridWorkbook } from './grid';
import { periodInHeading, periodLabel, type HeadingPeriod } from './header-names';
import { matchRows, normCode, type MatchQuery } from './match-rows';
import { issue, readRow } from './agency-layout-row';
import { headerFrom } from './read-title-block';
import { REPORT_KINDS, scanSheet, type RawRow } from './scan-agency-sheet';

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

/**
 * Data rows of one sheet read and matched, at most: a report for a plan of 75 tasks does not have
 * 300,000 rows, and matching them all would take minutes and gigabytes for nothing.
 */
function sheetRowLimit(plan: PlanRows): number {
  return Math.max(5000, 20 * (plan.tasks.length + plan.indicators.length));
}

/** Unmatched rows shown in a preview, at most; the others are counted in one issue. */
const UNMATCHED_SHOWN = 1000;

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
  carriedGroup: string | null,
): string | null {
  const scan = scanSheet(sheet, layout, limit, planCodes, carriedGroup);
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
  return scan.group;
}

/** The last day of a period key ("2025-Q3" → 2025-09-30), or null. */
function lastDayOf(key: string): string | null {
  try {
    return periodFromKey(key).end;
  } catch {
    return null;
  }
}

/** A heading typed again after a page break: the same columns with the same roles. */
function repeatsHeading(a: SheetLayout, b: SheetLayout): boolean {
  const cols = (l: SheetLayout): string =>
    JSON.stringify(Object.entries(l.columns).sort(([x], [y]) => x.localeCompare(y)));
  return a.kind === b.kind && a.subjectColumn === b.subjectColumn && cols(a) === cols(b);
}

/**
 * A workbook that keeps one sheet per period ("Quý I", "Quý II", "Quý III", perhaps "Quý IV" copied
 * ahead): the latest period whose sheet has rows is this report; the earlier sheets are the last
 * reports, kept for reference (and a later one may be copied ahead, still empty). Returns the
 * sheets of the other periods and a note, or nothing.
 */
function earlierPeriodSheets(wb: GridWorkbook): { skip: Set<string>; note: string | null } {
  const named = wb.sheets
    .filter((s) => s.state === 'visible')
    .map((sheet) => ({ sheet, period: periodLabel(sheet.name) ?? periodInHeading(sheet.name) }))
    .filter((x): x is { sheet: GridSheet; period: HeadingPeriod } => x.period !== null);
  if (new Set(named.map((x) => x.period.key)).size < 2) return { skip: new Set(), note: null };
  const filled = named.filter(({ sheet }) => {
    const found = detectTables(sheet);
    return (
      found.ok &&
      found.layouts.some((l) => {
        const said = REPORT_KINDS.map((k) => l.columns[k]).filter(
          (c): c is number => c !== undefined,
        );
        for (let r = l.firstDataRow; r <= Math.min(l.lastDataRow, sheet.rows.length); r++) {
          if (said.some((c) => cellText(cellAt(sheet, r, c)) !== '')) return true;
        }
        return false;
      })
    );
  });
  if (filled.length === 0) return { skip: new Set(), note: null };
  const latest = Math.max(...filled.map((x) => x.period.key));
  // Earlier periods, and later ones copied ahead with nothing reported yet.
  const earlier = named.filter((x) => x.period.key !== latest).map((x) => x.sheet.name);
  if (earlier.length === 0) return { skip: new Set(), note: null };
  const current = named.filter((x) => x.period.key === latest).map((x) => `"${x.sheet.name}"`);
  return {
    skip: new Set(earlier),
    note:
      `Tệp có một trang cho mỗi kỳ; trang ${current.join(', ')} (kỳ gần nhất có số liệu) được đọc, ` +
      `${earlier.map((n) => `"${n}"`).join(', ')} là các kỳ khác và không được đọc. Nếu báo cáo kỳ này ` +
      `nằm ở trang khác, hãy xoá các trang thừa rồi nhập lại.`,
  };
}

/** Reads the rows, matches and title-block header of a workbook in the agency's own layout. */
export function readAgencyLayout(
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
  const periodSheets = earlierPeriodSheets(wb);
  if (periodSheets.note) notes.push(periodSheets.note);
  const found = new Map(
    wb.sheets.filter((s) => s.state === 'visible').map((s) => [s, detectTables(s)] as const),
  );
  // A sheet that only lists tasks (no status, result or figure column) beside sheets that report
  // is a reference list, e.g. the plan's tasks kept for drop-down lists: its rows are not reports.
  const reports = (d: TablesDetection): boolean =>
    d.ok && d.layouts.some((l) => REPORT_KINDS.some((k) => l.columns[k] !== undefined));
  const anyReports = [...found.entries()].some(
    ([s, d]) => !periodSheets.skip.has(s.name) && reports(d),
  );
  for (const sheet of wb.sheets) {
    if (sheet.state !== 'visible' || periodSheets.skip.has(sheet.name)) continue;
    const detected = found.get(sheet) ?? detectTables(sheet);
    if (anyReports && detected.ok && !reports(detected)) {
      notes.push(
        `Trang "${sheet.name}" chỉ liệt kê nhiệm vụ, chỉ tiêu (không có cột tình trạng, kết quả hay số liệu) nên được coi là danh mục tham khảo và không được đọc.`,
      );
      continue;
    }
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
    let previous: SheetLayout | null = null;
    let group: string | null = null;
    // Tables that are not the heading of the table above typed again after a page break.
    const tables: SheetLayout[] = [];
    for (const layout of detected.layouts) {
      const repeated = previous !== null && repeatsHeading(previous, layout);
      titleLines.push(...layout.titleLines);
      if (layout.notReport) {
        const what =
          layout.notReport === 'money'
            ? 'bảng kinh phí (dự toán, giải ngân, số tiền…), không ghi tình trạng hay kết quả thực hiện nhiệm vụ'
            : 'danh sách người (có cột "Họ và tên"), không phải danh sách nhiệm vụ';
        issues.push(
          issue(
            sheet.name,
            null,
            null,
            `Bảng ở dòng ${layout.headerTop} của trang tính "${sheet.name}" là ${what} nên không được đọc. Nếu đây không phải tệp báo cáo kết quả, hãy nhập đúng tệp báo cáo.`,
            'warning',
          ),
        );
        continue;
      }
      for (const h of layout.hiddenHeadings) hiddenHeadings.add(h);
      if (!repeated) {
        tables.push(layout);
        for (const n of layout.roleNotes) notes.push(`Trang "${sheet.name}": ${n}`);
      }
      group = readTable(
        sheet,
        layout,
        limit,
        planCodes,
        raws,
        footer,
        issues,
        repeated ? group : null,
      );
      previous = layout;
    }
    if (hiddenHeadings.size > 0)
      notes.push(
        `Trang "${sheet.name}" có cột bị ẩn (${[...hiddenHeadings].map((h) => `«${h}»`).join(', ')}); cột ẩn không được đọc. Nếu số liệu kỳ này nằm trong cột ẩn, hãy bỏ ẩn trong tệp gốc rồi nhập lại.`,
      );
    if (tables.length > 1)
      notes.push(
        `Trang "${sheet.name}" có ${tables.length} bảng (${tables.map((l) => `dòng ${l.headerTop}: ${l.kind === 'task' ? 'nhiệm vụ' : 'chỉ tiêu'}`).join('; ')}); mỗi bảng được đọc theo tiêu đề cột của nó.`,
      );
  }

  const header = headerFrom(titleLines, footer);
  // Days written without a year ("Hoàn thành ngày 30/9") are of the report's year.
  const period = header.periodText ? parsePeriodFromText(header.periodText) : null;
  const year = Number((period ?? header.docDate ?? '').slice(0, 4)) || null;
  const periodEnd = period ? lastDayOf(period) : null;
  const rows = raws.map((raw) => readRow(raw, { year, docDate: header.docDate, periodEnd }));
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
    period,
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

/** Two rows in the same words (a task copied, not two pieces of work that both resemble it). */
function sameWords(a: string, b: string): boolean {
  const f = (t: string): string =>
    foldVietnamese(t)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const [x, y] = [f(a), f(b)];
  return x === y || (Math.min(x.length, y.length) >= 20 && (x.includes(y) || y.includes(x)));
}

function matchKind(
  raws: RawRow[],
  rows: ImportRow[],
  kind: ImportRow['kind'],
  targets: Parameters<typeof matchRows>[1],
  own: ReadonlySet<number> | null,
): void {
  // A heading over sub-rows "1.1", "1.2" is not matched: its sub-rows carry the work, and the
  // clerk says whether the heading is a plan task of its own.
  const headings = rows
    .map((r, i) => (r.kind === kind && raws[i]!.heading ? i : -1))
    .filter((i) => i >= 0);
  for (const i of headings) {
    const row = rows[i]!;
    row.issues.push(
      issue(
        row.sheet,
        row.row,
        raws[i]!.layout.subjectColumn,
        `Dòng ${row.row} là tiêu đề của các dòng ${raws[i]!.number}.1, ${raws[i]!.number}.2… bên dưới và không ghi tình trạng nên không được khớp; nếu đây là một ${kind === 'task' ? 'nhiệm vụ' : 'chỉ tiêu'} của kế hoạch, hãy chọn, nếu không hãy bỏ dòng.`,
        'warning',
      ),
    );
  }
  const idx = rows
    .map((r, i) => (r.kind === kind && !raws[i]!.heading ? i : -1))
    .filter((i) => i >= 0);
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
      uncertain: m.targetId === null || m.confidence < CONFIDENT_MATCH || m.uncertain,
      candidates: m.candidates,
    });
    if (m.codeContradicted && m.code) {
      row.issues.push(
        issue(
          row.sheet,
          row.row,
          raws[idx[qi]!]!.layout.columns.code ?? col,
          `Dòng này ghi mã ${m.codeContradicted} nhưng nội dung giống ${what} ${m.code}; hãy chọn ${what} đúng (có thể mã hoặc nội dung bị ghi nhầm).`,
          'warning',
        ),
      );
    } else if (m.lostTo) {
      const winner = rows[idx[m.lostTo.query]!]!;
      const where =
        winner.sheet === row.sheet
          ? `dòng ${winner.row}`
          : `dòng ${winner.row} (trang "${winner.sheet}")`;
      // The same task reported twice with two statuses (a draft's copy, or the task listed under
      // two headings): which one the agency means is its to say — the first is never just taken.
      if (
        kind === 'task' &&
        sameWords(row.text, winner.text) &&
        row.status !== null &&
        (row.status !== winner.status || row.completedOn !== winner.completedOn)
      ) {
        const other =
          winner.sheet === row.sheet ? `dòng ${row.row}` : `dòng ${row.row} (trang "${row.sheet}")`;
        const said = (r: ImportRow): string =>
          r.status === null
            ? 'không ghi tình trạng'
            : REPORTED_STATUS_LABEL[r.status].toLowerCase();
        winner.questions.push({
          field: 'status',
          message: `Nhiệm vụ ${m.lostTo.code} được báo cáo hai lần: ${where} ghi ${said(winner)}, ${other} ghi ${said(row)}${row.completedOn ? ` (${formatVnDate(row.completedOn)})` : ''}; hãy chọn tình trạng đúng.`,
        });
      }
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
