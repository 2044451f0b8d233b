// Reads a returned form (biểu mẫu) back: the hidden `_ID` sheet says which plan, agency and period
// it is, and the hidden id column maps each row to its task or indicator even after sorting.
import {
  fileIssue,
  type Extraction,
  type ImportHeader,
  type ImportIssue,
  type ImportRow,
} from '../../../shared/domain/import-types';
import {
  capitalise,
  daysBetween,
  foldVietnamese,
  formatVnDate,
  formatVnNumber,
  localIsoDate,
  nfc,
  parseVnDate,
  parseVnNumber,
} from '../../../shared/domain/text';
import { figureInText, severalFiguresQuestion } from '../../../shared/domain/figure-in-text';
import type { IsoDate, ReportedStatus } from '../../../shared/domain/types';
import { periodFromKey } from '../../../shared/domain/periods';
import { cellAt, columnLetter, type GridCell, type GridSheet, type GridWorkbook } from './grid';
import {
  completionFromCell,
  dateInResultText,
  percentInText,
  isNotDoneOnly,
  percentStatus,
  statusFromProse,
  statusFromText,
} from './agency-layout-cells';
import { expandedWords } from './match-rows';
import {
  FORM_MARKER,
  FORM_VERSION,
  ID_HEADER,
  ID_KEY,
  ID_LIST_HEADER_ROW,
  INDICATOR_COLUMNS,
  INFO_COL,
  INFO_FIELDS,
  INFO_FIRST_ROW,
  SHEET,
  STATUS_WORDS,
  TABLE_HEADER_ROW,
  TASK_COLUMNS,
  parseRowId,
  type InfoField,
  type RowKind,
} from '../../../shared/domain/form-layout';

export interface KnownRows {
  /** The plan being tracked: a form made for another plan is refused as a whole. */
  plan?: { key: string; title: string };
  /** Every plan in the database, to name the one a refused form was made for. */
  plans?: { key: string; title: string }[];
  taskIds: Map<number, string>;
  indicatorIds: Map<number, string>;
  /** The plan's wording, to notice a row whose wording the agency replaced with other work. */
  taskTexts?: Map<number, string>;
  indicatorTexts?: Map<number, string>;
}

export interface ReadFormOptions {
  /** yyyy-mm-dd; completion dates after it are flagged. Defaults to the computer's date. */
  today?: IsoDate;
}

/** Null when the workbook is not one of our forms (no `_ID` sheet with the marker). */
export function readOurForm(
  wb: GridWorkbook,
  known: KnownRows,
  options: ReadFormOptions = {},
): Extraction | null {
  const idSheet = wb.sheets.find((s) => s.name === SHEET.id);
  if (!idSheet) return null;
  const meta = readMeta(idSheet);
  if (meta.get(ID_KEY.marker)?.[0] !== FORM_MARKER) return null;

  const agencyId = toId(meta.get(ID_KEY.agency)?.[0]);
  const period = meta.get(ID_KEY.period)?.[0] || null;
  const issues: ImportIssue[] = [];
  const extraction: Extraction = {
    source: 'form',
    agencyId,
    period,
    header: emptyHeader(),
    rows: [],
    issues,
    notes: [],
    leadTexts: [],
  };

  const version = Number(meta.get(ID_KEY.version)?.[0]);
  if (!Number.isInteger(version) || version < 1 || version > FORM_VERSION) {
    // A newer layout may have moved columns: reading it with this layout could store wrong data.
    issues.push(
      fileIssue(
        Number.isInteger(version) && version > FORM_VERSION
          ? `Biểu mẫu được tạo bởi phiên bản mới hơn của phần mềm (mẫu số ${version}; phần mềm này đọc được đến mẫu số ${FORM_VERSION}). Hãy cập nhật phần mềm Tổng hợp Báo cáo rồi nhập lại.`
          : 'Trang nhận dạng của biểu mẫu bị hỏng (không đọc được số phiên bản mẫu). Hãy gửi lại biểu mẫu mới cho đơn vị.',
        'error',
      ),
    );
    return extraction;
  }

  const formPlan = meta.get(ID_KEY.plan)?.[0] ?? '';
  if (known.plan && formPlan !== '' && formPlan !== known.plan.key) {
    issues.push(
      fileIssue(
        `Biểu mẫu này được tạo cho ${formPlanName(formPlan, known.plans)}, không phải kế hoạch đang theo dõi "${known.plan.title}". Hãy chọn đúng kế hoạch ở màn hình Kế hoạch rồi nhập lại tệp.`,
        'error',
      ),
    );
    return extraction;
  }

  const today = options.today ?? localIsoDate();
  extraction.header = readHeader(wb, issues);
  const listed = readListedRows(idSheet);
  const { tables, unplaced } = findTables(wb);

  for (const kind of ['T', 'I'] as const) {
    const { table, refused } = chooseTable(tables.get(kind) ?? [], kind, issues);
    if (refused) continue;
    const sent = listed.filter((x) => x.kind === kind);
    const lost = unplaced.get(kind);
    if (!table && lost !== undefined) {
      // The table is there but its answers cannot be placed: reading it as "not reported"
      // would lose them without a word.
      const answer = kind === 'T' ? 'Tình trạng' : 'Giá trị thực hiện';
      issues.push(
        fileIssue(
          `Trang "${lost}" có bảng ${kind === 'T' ? 'nhiệm vụ' : 'chỉ tiêu'} của biểu mẫu nhưng không xác định được cột "${answer}" (cột đã bị xoá, đổi tên hoặc có hai cột giống nhau). Hãy sửa lại tiêu đề cột cho đúng "${answer}" (hoặc đề nghị đơn vị gửi lại biểu mẫu) rồi nhập lại tệp.`,
          'error',
        ),
      );
      continue;
    }
    if (!table) {
      if (sent.length > 0)
        issues.push(
          fileIssue(
            `Không tìm thấy trang "${kind === 'T' ? SHEET.tasks : SHEET.indicators}" trong tệp (đơn vị đã xoá hoặc đổi cấu trúc trang tính); các ${kind === 'T' ? 'nhiệm vụ' : 'chỉ tiêu'} này coi như chưa báo cáo.`,
            'warning',
          ),
        );
      continue;
    }
    const seen = readTable(table, kind, known, today, extraction);
    const deleted = sent.filter((x) => !seen.has(x.id));
    if (deleted.length > 0) {
      const codes = deleted.map((x) => x.code || codeOf(known, kind, x.id) || `#${x.id}`);
      const what = kind === 'T' ? 'nhiệm vụ' : 'chỉ tiêu';
      issues.push({
        sheet: table.sheet.name,
        row: null,
        column: null,
        message: `Đơn vị đã xoá dòng của ${what} ${codes.join(', ')} khỏi trang "${table.sheet.name}"; các ${what} này coi như chưa báo cáo.`,
        severity: 'warning',
      });
    }
  }
  return extraction;
}

/** `kế hoạch "Kế hoạch … năm 2026"`, or the key when that plan is not in this database. */
function formPlanName(key: string, plans: { key: string; title: string }[] = []): string {
  const plan = plans.find((p) => p.key === key);
  return plan ? `kế hoạch "${plan.title}"` : `một kế hoạch khác (mã "${key}")`;
}

// ---------------------------------------------------------------------------------------------
// `_ID` sheet

function readMeta(sheet: GridSheet): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (let r = 1; r < ID_LIST_HEADER_ROW; r++) {
    const key = text(cellAt(sheet, r, 1));
    if (key !== '') meta.set(key, [text(cellAt(sheet, r, 2)), text(cellAt(sheet, r, 3))]);
  }
  return meta;
}

function readListedRows(sheet: GridSheet): { kind: RowKind; id: number; code: string }[] {
  const out: { kind: RowKind; id: number; code: string }[] = [];
  for (let r = ID_LIST_HEADER_ROW + 1; r <= sheet.rows.length; r++) {
    const kind = text(cellAt(sheet, r, 1));
    const id = toId(text(cellAt(sheet, r, 2)));
    if ((kind === 'T' || kind === 'I') && id !== null)
      out.push({ kind, id, code: text(cellAt(sheet, r, 3)) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// "Thông tin chung"

function readHeader(wb: GridWorkbook, issues: ImportIssue[]): ImportHeader {
  const header = emptyHeader();
  // By name, else by its labels: an agency may rename the sheet ("TT chung").
  const sheet =
    wb.sheets.find((s) => s.name === SHEET.info) ??
    wb.sheets.find((s) => s.name !== SHEET.id && infoLabelCount(s) >= 3);
  if (!sheet) {
    issues.push(fileIssue(`Không tìm thấy trang "${SHEET.info}" trong tệp.`, 'warning'));
    return header;
  }
  const labels = new Map<string, number>();
  sheet.rows.forEach((_, i) => {
    const label = foldVietnamese(text(cellAt(sheet, i + 1, INFO_COL.label)));
    if (label !== '' && !labels.has(label)) labels.set(label, i + 1);
  });
  INFO_FIELDS.forEach((f, i) => {
    // By label first, so an inserted row does not shift the fields; the layout row otherwise.
    const r = labels.get(foldVietnamese(f.label)) ?? INFO_FIRST_ROW + i;
    const cell = cellAt(sheet, r, INFO_COL.value);
    const at = { sheet: sheet.name, row: r, column: columnLetter(INFO_COL.value) };
    if (cell?.error) {
      issues.push({
        ...at,
        message: `Ô "${f.label}" có lỗi công thức ${cell.error}; giá trị không được lấy.`,
        severity: 'error',
      });
      return;
    }
    if (f.field === 'docDate') {
      const d = readDocDate(cell);
      if (d.bad)
        issues.push({
          ...at,
          message: `Không đọc được ngày văn bản "${d.raw}". Ghi ngày dạng dd/mm/yyyy, ví dụ 05/09/2025.`,
          severity: 'error',
        });
      header.docDate = d.iso;
      return;
    }
    const value = text(cell) || null;
    const target: Record<InfoField, keyof ImportHeader> = {
      agency: 'agencyText',
      period: 'periodText',
      docNumber: 'docNumber',
      docDate: 'docDate',
      person: 'person',
      phone: 'phone',
      summary: 'summary',
      difficulties: 'difficulties',
      proposals: 'proposals',
    };
    header[target[f.field]] = value;
  });
  return header;
}

function infoLabelCount(sheet: GridSheet): number {
  const wanted = new Set(INFO_FIELDS.map((f) => foldVietnamese(f.label)));
  return sheet.rows.filter((_, i) =>
    wanted.has(foldVietnamese(text(cellAt(sheet, i + 1, INFO_COL.label)))),
  ).length;
}

// ---------------------------------------------------------------------------------------------
// "Nhiệm vụ" and "Chỉ tiêu"

interface Table {
  sheet: GridSheet;
  headerRow: number;
  /** Layout key → 1-based column found under its header. */
  cols: Map<string, number>;
}

/**
 * Finds the two tables by their hidden id header rather than by sheet name, so a renamed sheet is
 * still read; the kind comes from the columns found.
 */
function findTables(wb: GridWorkbook): {
  tables: Map<RowKind, Table[]>;
  /** Sheets with one of the tables whose main answer column cannot be told: kind → sheet. */
  unplaced: Map<RowKind, string>;
} {
  const tables = new Map<RowKind, Table[]>([
    ['T', []],
    ['I', []],
  ]);
  const unplaced = new Map<RowKind, string>();
  const ordered = [...wb.sheets].sort(
    (a, b) => Number(!isTableName(a.name)) - Number(!isTableName(b.name)),
  );
  for (const sheet of ordered) {
    if (sheet.name === SHEET.id) continue;
    const headerRow = findHeaderRow(sheet);
    if (headerRow === null) continue;
    const headers = new Map<string, number>();
    (sheet.rows[headerRow - 1] ?? []).forEach((c, i) => {
      const h = foldVietnamese(text(c));
      if (h !== '' && !headers.has(h)) headers.set(h, i + 1);
    });
    const map = (columns: readonly { key: string; header: string }[], answer: string) => {
      const cols = new Map<string, number>();
      for (const c of columns) {
        const at = headers.get(foldVietnamese(c.header));
        if (at !== undefined) cols.set(c.key, at);
      }
      // A heading the agency lengthened ("Tình trạng thực hiện", "Giá trị thực hiện quý III"):
      // the one free heading that starts with the layout's words; two such are not guessed.
      const taken = new Set(cols.values());
      for (const c of columns) {
        if (cols.has(c.key)) continue;
        const words = `${foldVietnamese(c.header)} `;
        const starts = [...headers].filter(([h, at]) => !taken.has(at) && h.startsWith(words));
        if (starts.length === 1) cols.set(c.key, starts[0]![1]);
      }
      // Only the id, the wording and the main answer are needed: an agency that deleted the
      // columns it had nothing to write in ("Khó khăn", "Ghi chú") still answered the rest.
      // Without the hidden id column (unhidden and deleted), rows are read by their visible code.
      const table = cols.has('text') && (cols.has('id') || cols.has('code'));
      return { cols: table && cols.has(answer) ? cols : null, table };
    };
    const taskCols = map(TASK_COLUMNS, 'status');
    const indicatorCols = map(INDICATOR_COLUMNS, 'value');
    // Every sheet that is one of the tables: an agency may have copied one ("Nhiệm vụ (2)").
    if (taskCols.cols) tables.get('T')!.push({ sheet, headerRow, cols: taskCols.cols });
    else if (indicatorCols.cols)
      tables.get('I')!.push({ sheet, headerRow, cols: indicatorCols.cols });
    else if (taskCols.table) unplaced.set('T', sheet.name);
    else if (indicatorCols.table) unplaced.set('I', sheet.name);
  }
  return { tables, unplaced };
}

/** Whether any answer cell under the table's header holds something. */
function hasAnswers(table: Table, kind: RowKind): boolean {
  const answerCols = (kind === 'T' ? TASK_COLUMNS : INDICATOR_COLUMNS)
    .filter((c) => c.editable && table.cols.has(c.key))
    .map((c) => table.cols.get(c.key)!);
  for (let r = table.headerRow + 1; r <= table.sheet.rows.length; r++)
    for (const c of answerCols) {
      const cell = cellAt(table.sheet, r, c);
      if (cell?.error || text(cell) !== '') return true;
    }
  return false;
}

/**
 * The table of a kind to read: the one the agency answered in. Two answered copies of one table
 * cannot be told apart, so the file is refused for that table with what to do.
 */
function chooseTable(
  list: Table[],
  kind: RowKind,
  issues: ImportIssue[],
): { table: Table | null; refused: boolean } {
  const answered = list.filter((t) => hasAnswers(t, kind));
  if (answered.length > 1) {
    const names = answered.map((t) => `"${t.sheet.name}"`).join(', ');
    issues.push(
      fileIssue(
        `Tệp có ${answered.length} trang cùng là bảng ${kind === 'T' ? 'nhiệm vụ' : 'chỉ tiêu'} của biểu mẫu và cùng có nội dung (${names}); không rõ trang nào là báo cáo. Hãy xoá các trang thừa (hoặc đề nghị đơn vị gửi lại) rồi nhập lại tệp.`,
        'error',
      ),
    );
    return { table: null, refused: true };
  }
  return { table: answered[0] ?? list[0] ?? null, refused: false };
}

function isTableName(name: string): boolean {
  return name === SHEET.tasks || name === SHEET.indicators;
}

/** The header row: it has the hidden id header, or else the code header beside a wording one. */
function findHeaderRow(sheet: GridSheet): number | null {
  const header = (columns: readonly { key: string; header: string }[], key: string) =>
    foldVietnamese(columns.find((c) => c.key === key)?.header ?? '');
  const code = header(TASK_COLUMNS, 'code');
  const wording = [header(TASK_COLUMNS, 'text'), header(INDICATOR_COLUMNS, 'text')];
  const isHeader = (r: number): boolean => {
    const cells = new Set((sheet.rows[r - 1] ?? []).map((c) => foldVietnamese(text(c))));
    return (
      cells.has(foldVietnamese(ID_HEADER)) || (cells.has(code) && wording.some((w) => cells.has(w)))
    );
  };
  if (isHeader(TABLE_HEADER_ROW)) return TABLE_HEADER_ROW;
  for (let r = 1; r <= Math.min(sheet.rows.length, 20); r++) if (isHeader(r)) return r;
  return null;
}

/** Reads the data rows of one table into the extraction; returns the plan row ids present. */
function readTable(
  table: Table,
  kind: RowKind,
  known: KnownRows,
  today: IsoDate,
  out: Extraction,
): Set<number> {
  const { sheet, headerRow, cols } = table;
  const present = new Set<number>();
  const firstRowOf = new Map<number, string>();
  // A deleted optional column reads as column 0, which holds no cell.
  const col = (key: string) => cols.get(key) ?? 0;
  const editable = (kind === 'T' ? TASK_COLUMNS : INDICATOR_COLUMNS)
    .filter((c) => c.editable && cols.has(c.key))
    .map((c) => col(c.key));
  const what = kind === 'T' ? 'nhiệm vụ' : 'chỉ tiêu';
  const reportEnd = endOfPeriod(out.period);
  const docDate = out.header.docDate;
  // Formulas saved without their results read empty where Excel would show a value.
  const pending = new Set((sheet.uncalculated ?? []).map((u) => `${u.row}:${u.col}`));
  const uncalculated = (r: number, c: number): boolean => c > 0 && pending.has(`${r}:${c}`);
  const notCalculated = (r: number, c: number, what: string): string =>
    `Ô ${what} (${columnLetter(c)}${r}) là công thức chưa được tính, tệp không lưu kết quả (có thể lấy số liệu từ tệp khác); hãy mở tệp bằng Excel để xem giá trị rồi nhập, hoặc đề nghị đơn vị gửi lại.`;
  const idOfCode = new Map(
    [...(kind === 'T' ? known.taskIds : known.indicatorIds)].map(([id, c]) => [codeKey(c), id]),
  );
  if (!cols.has('id'))
    out.notes.push(
      `Trang "${sheet.name}" không còn cột mã nhận dạng ẩn (cột ${ID_HEADER}); các dòng được đọc theo cột Mã và nội dung.`,
    );

  for (let r = headerRow + 1; r <= sheet.rows.length; r++) {
    const idText = text(cellAt(sheet, r, col('id')));
    const byId = parseRowId(idText);
    // The code and wording the agency sees move together; the hidden id stays behind when only
    // the visible columns are sorted or a row is pasted over. What is shown wins, checked below
    // against the wording.
    const shown = cols.has('code')
      ? idOfCode.get(codeKey(text(cellAt(sheet, r, col('code')))))
      : undefined;
    const byCode = shown !== undefined && (byId?.kind !== kind || byId.id !== shown);
    const parsed = byCode ? { kind, id: shown } : byId;
    const hasContent = editable.some((c) => {
      const cell = cellAt(sheet, r, c);
      return Boolean(cell?.error) || text(cell) !== '' || uncalculated(r, c);
    });
    if (!parsed) {
      // Group rows ("G:I") and blank rows carry nothing; anything else was added by the agency.
      if (hasContent && !idText.startsWith('G:'))
        out.issues.push({
          sheet: sheet.name,
          row: r,
          column: null,
          message: `Dòng ${r} không có mã nhận dạng của biểu mẫu (có thể do đơn vị tự thêm) nên không được nhập.`,
          severity: 'warning',
        });
      continue;
    }
    if (parsed.kind === kind) present.add(parsed.id);
    if (!hasContent) continue; // left empty: nothing reported, not an error

    const code = parsed.kind === kind ? codeOf(known, kind, parsed.id) : null;
    const issues: ImportIssue[] = [];
    const issue = (c: number, message: string, severity: ImportIssue['severity']) =>
      issues.push({ sheet: sheet.name, row: r, column: columnLetter(c), message, severity });
    const row: ImportRow = {
      key: `${sheet.name}!${r}`,
      sheet: sheet.name,
      row: r,
      kind: kind === 'T' ? 'task' : 'indicator',
      targetId: code !== null ? parsed.id : null,
      code,
      confidence: code !== null ? 1 : 0,
      uncertain: code === null,
      candidates: [],
      text: text(cellAt(sheet, r, col('text'))),
      status: null,
      completedOn: null,
      completedApprox: false,
      percent: null,
      progress: null,
      difficulties: null,
      proposals: null,
      value: null,
      valueText: null,
      note: null,
      issues,
      questions: [],
    };
    if (byCode && byId !== null && code !== null)
      issue(
        col('id'),
        `Mã nhận dạng ẩn của dòng ${r} (${idText}) không khớp mã ${code} ghi trên dòng (có thể đơn vị đã sắp xếp hoặc dán đè các cột nhìn thấy); dòng được đọc theo mã và nội dung ghi trên dòng.`,
        'warning',
      );
    if (code === null)
      issue(
        col('id'),
        `Dòng ${r} mang mã ${idText} không thuộc kế hoạch hiện tại (biểu mẫu của kế hoạch khác hoặc của phiên bản trước); hãy chọn ${what} tương ứng hoặc bỏ dòng này.`,
        'error',
      );
    else if (
      wordingReplaced(row.text, planText(known, kind, parsed.id)) ||
      (byCode && hiddenFitsBetter(row.text, known, kind, parsed.id, byId))
    ) {
      // The id (or the code shown) says one plan row but the wording is other work — or fits the
      // hidden id's row at least as well as the code shown: which one the answer is for is the
      // clerk's call, with the rows offered (below the floor, so never taken unasked).
      row.uncertain = true;
      row.confidence = REPLACED_WORDING_CONFIDENCE;
      row.candidates = [
        { targetId: parsed.id, code, confidence: REPLACED_WORDING_CONFIDENCE },
        // The hidden id's row too, when the code shown named another.
        ...(byCode && byId?.kind === kind && codeOf(known, kind, byId.id) !== null
          ? [{ targetId: byId.id, code: codeOf(known, kind, byId.id)!, confidence: 0 }]
          : []),
      ];
      issue(
        col('text'),
        `Nội dung dòng ${r} ("${shorten(row.text)}") không khớp rõ với ${what} ${code} mà dòng này mang mã; đơn vị có thể đã ghi đè lên nội dung hoặc mã. Hãy xác nhận dòng này báo cáo cho ${what} ${code}, chọn ${what} khác hoặc bỏ dòng.`,
        'warning',
      );
      firstRowOf.set(parsed.id, String(r));
    } else if (firstRowOf.has(parsed.id)) {
      issue(
        col('id'),
        `${capitalise(what)} ${code} xuất hiện hai lần (dòng ${firstRowOf.get(parsed.id)} và dòng ${r}); hãy giữ một dòng.`,
        'error',
      );
      row.uncertain = true;
    } else firstRowOf.set(parsed.id, String(r));

    const textField = (key: string): string | null => {
      const cell = cellAt(sheet, r, col(key));
      if (cell?.error) {
        issue(col(key), `Ô có lỗi công thức ${cell.error}; nội dung không được lấy.`, 'error');
        return null;
      }
      return text(cell) || null;
    };

    if (kind === 'T') {
      const statusCell = cellAt(sheet, r, col('status'));
      // The words that gave the status, where a completion date may be said too.
      let statusWords = text(statusCell);
      if (statusCell?.error)
        issue(col('status'), `Ô tình trạng có lỗi công thức ${statusCell.error}.`, 'error');
      else {
        const word = text(statusCell);
        const result = text(cellAt(sheet, r, col('progress')));
        // "100%", "Hoàn thành 80%": a share of the work typed for the status.
        const share = percentStatus(word);
        const status = share ? share.status : typedStatus(word);
        if (share) row.percent = share.percent;
        else if (status === 'in_progress') {
          // "Đang thực hiện (đạt 60%)": the share beside the word, when it is a share under way.
          const p = percentInText(word);
          if (p !== null && p > 0 && p < 100) row.percent = p;
        }
        if (status === undefined)
          row.questions.push({
            field: 'status',
            message: `Chưa rõ tình trạng "${shorten(word)}" (ô ${columnLetter(col('status'))}${r}); hãy chọn Đã hoàn thành, Đang thực hiện hoặc Chưa thực hiện.`,
          });
        row.status = status ?? null;
        if (word === '' && uncalculated(r, col('status')))
          row.questions.push({
            field: 'status',
            message: notCalculated(r, col('status'), 'tình trạng'),
          });
        if (word === '' && result !== '') {
          // Status left blank, what happened told in the result ("Hoàn thành ngày 20/8/2025 …"):
          // read by the same rule as agencies' own layouts; in doubt, the clerk is asked.
          const said = statusFromProse(result);
          if (said.status !== null && !said.contradicted) {
            row.status = said.status;
            statusWords = result;
            const p = said.status === 'in_progress' && !said.parts ? percentInText(result) : null;
            if (p !== null && p > 0 && p < 100) row.percent = p;
            issue(
              col('status'),
              `Ô tình trạng để trống; tình trạng "${STATUS_WORDS[said.status]}" được đọc theo cột "Kết quả thực hiện".`,
              'warning',
            );
          } else if (said.contradicted || said.unsure)
            row.questions.push({
              field: 'status',
              message: `Ô tình trạng để trống và kết quả thực hiện ghi "${shorten(result)}", chưa rõ tình trạng. Hãy chọn tình trạng đúng.`,
            });
        } else if (status && result !== '') {
          // The status chosen and the result beside it saying the opposite ("Đang thực hiện" /
          // "Đã hoàn thành ngày 15/8/2025"): which is true is for the clerk to ask the agency.
          const said = statusFromProse(result);
          if (said.status !== null && !said.contradicted && !said.parts && said.status !== status)
            row.questions.push({
              field: 'status',
              message: `Ô tình trạng ghi "${shorten(word)}" nhưng kết quả thực hiện ghi "${shorten(result)}"; hãy hỏi lại đơn vị và chọn tình trạng đúng.`,
            });
        }
      }
      const dateCell = cellAt(sheet, r, col('completedOn'));
      if (dateCell?.error)
        issue(col('completedOn'), `Ô ngày hoàn thành có lỗi công thức ${dateCell.error}.`, 'error');
      else {
        const d = readCompletion(
          dateCell,
          reportEnd,
          row.status === 'done' ? [statusWords, text(cellAt(sheet, r, col('progress')))] : [],
        );
        if (d.bad)
          issue(
            col('completedOn'),
            `Không đọc được ngày hoàn thành "${d.raw}". Ghi ngày dạng dd/mm/yyyy, ví dụ 15/04/2025.`,
            'error',
          );
        else if (d.iso !== null && d.iso > today)
          // Work cannot be finished later than today, nor than the report that says it was.
          row.questions.push({
            field: 'completedOn',
            message: `Ngày hoàn thành ${formatVnDate(d.iso)} sau ngày hôm nay (${formatVnDate(today)}); hãy kiểm tra và sửa ngày.`,
          });
        else if (d.iso !== null && docDate !== null && d.iso > docDate)
          row.questions.push({
            field: 'completedOn',
            message: `Ngày hoàn thành ${formatVnDate(d.iso)} sau ngày của chính văn bản báo cáo (${formatVnDate(docDate)}); hãy kiểm tra và sửa ngày.`,
          });
        row.completedOn = d.iso;
        row.completedApprox = d.approx;
        if (row.status === 'done' && d.iso === null && !d.bad)
          issue(
            col('completedOn'),
            'Nhiệm vụ ghi "Đã hoàn thành" nhưng chưa có ngày hoàn thành.',
            'warning',
          );
      }
      row.progress = textField('progress');
      row.difficulties = textField('difficulties');
      row.proposals = textField('proposals');
    } else {
      const valueCell = cellAt(sheet, r, col('value'));
      if (valueCell?.error)
        issue(
          col('value'),
          `Ô giá trị có lỗi công thức ${valueCell.error}; giá trị không được lấy.`,
          'error',
        );
      else {
        const v = readValue(valueCell);
        row.value = v.value;
        row.valueText = v.text;
        if (v.several && v.text !== null)
          row.questions.push({
            field: 'value',
            message: severalFiguresQuestion(`${columnLetter(col('value'))}${r}`, v.text),
          });
        else if (v.text !== null && v.value === null)
          issue(
            col('value'),
            `Giá trị "${v.text}" không phải là số; giữ nguyên chữ để xem xét.`,
            'warning',
          );
      }
      row.note = textField('note');
      if (row.value === null && uncalculated(r, col('value')))
        row.questions.push({ field: 'value', message: notCalculated(r, col('value'), 'giá trị') });
      const blank = !valueCell?.error && text(valueCell) === '';
      const figure = blank && row.note !== null ? figureInText(row.note) : null;
      if (figure && figure.value !== null) {
        // The value cell left blank and one figure in the note ("Đạt 12,3%"): most likely the
        // value, but a note may as well give last year's or the target: the clerk confirms.
        row.value = figure.value;
        row.valueText = row.note;
        row.questions.push({
          field: 'value',
          message: `Ô "Giá trị thực hiện" để trống nhưng ghi chú ghi "${shorten(row.note!)}"; có phải giá trị thực hiện là ${formatVnNumber(figure.value)}? Hãy xác nhận hoặc sửa.`,
        });
      }
    }
    out.rows.push(row);
  }
  return present;
}

// ---------------------------------------------------------------------------------------------
// Cell values

function text(cell: GridCell | null | undefined): string {
  if (!cell || cell.error) return '';
  if (cell.text !== '') return nfc(cell.text).trim();
  const v = cell.value;
  if (v === null) return '';
  if (v instanceof Date) return formatVnDate(parseVnDate(v));
  return nfc(String(v)).trim();
}

/** Status from the dropdown words, and what agencies type instead ("x", "Hoàn thành", "đang"). */
export function parseStatus(word: string): ReportedStatus | null | undefined {
  const f = foldVietnamese(word).replace(/[.!]+$/, '');
  if (f === '') return null;
  if (/^(x|v|✓|✔|co)$/.test(f)) return 'done';
  // "chưa hoàn thành" could be either of the other two states: ask rather than guess.
  if (/^chua hoan thanh/.test(f)) return undefined;
  if (/^chua( |$)/.test(f)) return 'not_started';
  if (/^dang( |$)/.test(f) || /thuong xuyen/.test(f)) return 'in_progress';
  if (/^(da )?(hoan thanh|thuc hien xong|xong)/.test(f) || f === 'da thuc hien') return 'done';
  return undefined;
}

/**
 * A completion date: a day (a date, a serial, typed text; "28/8" in the report's year), else a
 * month only ("tháng 8/2025", the month's last day, approximate); with the date cell empty, the
 * day the status or result says the work was finished ("Đã hoàn thành ngày 15/8/2025", typed into
 * cells merged across).
 */
function readCompletion(
  cell: GridCell | null,
  reportEnd: IsoDate | null,
  doneWords: string[],
): { iso: IsoDate | null; raw: string; bad: boolean; approx: boolean } {
  const d = readDate(cell);
  if (d.iso !== null) return { ...d, approx: false };
  const dayMonth = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})$/.exec(d.raw);
  if (dayMonth && reportEnd !== null) {
    // "28/8": the report's year; the year before for a day well after the period (a report is
    // written within weeks of its period's end), as "20/12" in a first-quarter report.
    const year = Number(reportEnd.slice(0, 4));
    const day = (y: number) => parseVnDate(`${dayMonth[1]}/${dayMonth[2]}/${y}`);
    const thisYear = day(year);
    const iso =
      thisYear !== null && daysBetween(reportEnd, thisYear) <= YEARLESS_AFTER_END_DAYS
        ? thisYear
        : day(year - 1);
    if (iso !== null) return { iso, raw: d.raw, bad: false, approx: false };
  }
  if (d.bad) {
    const month = completionFromCell(cell);
    return month
      ? { iso: month.date, raw: d.raw, bad: false, approx: month.approx }
      : { ...d, approx: false };
  }
  for (const words of doneWords) {
    const said = words !== '' ? dateInResultText(words) : null;
    if (said?.sure && !said.yearless && !said.issued)
      return { iso: said.date, raw: '', bad: false, approx: said.approx };
  }
  return { ...d, approx: false };
}

// Below SUGGESTION_FLOOR: a row whose wording was replaced is never taken without the clerk.
const REPLACED_WORDING_CONFIDENCE = 0.5;

function planText(known: KnownRows, kind: RowKind, id: number): string | null {
  return (kind === 'T' ? known.taskTexts : known.indicatorTexts)?.get(id) ?? null;
}

/**
 * Whether the wording in the file is other work than the plan row's: fewer than a third of its
 * word pairs are the plan's. A tail added, words shortened or a few words changed keep most pairs.
 */
function wordingReplaced(written: string, plan: string | null): boolean {
  const share = wordingShare(written, plan);
  return share !== null && share * 3 < 1;
}

// Sixty returned forms repeat the plan's wording row for row: each text's word pairs are worked
// out once (bounded, so that a huge file cannot grow it without end).
const PAIRS = new Map<string, Set<string>>();

function wordPairs(text: string): Set<string> {
  let pairs = PAIRS.get(text);
  if (!pairs) {
    const w = expandedWords(text);
    pairs = new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
    if (PAIRS.size >= 20_000) PAIRS.clear();
    PAIRS.set(text, pairs);
  }
  return pairs;
}

/** Share of the written wording's word pairs found in the plan row's; null for too few words. */
function wordingShare(written: string, plan: string | null): number | null {
  if (plan === null) return null;
  const mine = wordPairs(written);
  if (mine.size < 3) return null;
  if (written === plan) return 1;
  const theirs = wordPairs(plan);
  let shared = 0;
  for (const p of mine) if (theirs.has(p)) shared++;
  return shared / mine.size;
}

/**
 * The code shown and the hidden id name different rows of this kind, and the wording fits the
 * hidden id's row at least as well as the shown code's: a code typed over, not a sorted row.
 */
function hiddenFitsBetter(
  written: string,
  known: KnownRows,
  kind: RowKind,
  shown: number,
  byId: { kind: RowKind; id: number } | null,
): boolean {
  if (byId?.kind !== kind || codeOf(known, kind, byId.id) === null) return false;
  const hidden = wordingShare(written, planText(known, kind, byId.id));
  const own = wordingShare(written, planText(known, kind, shown));
  return hidden !== null && own !== null && hidden >= own;
}

// A day written without its year falls at most this long after the report's period.
const YEARLESS_AFTER_END_DAYS = 60;

function endOfPeriod(key: string | null): IsoDate | null {
  try {
    return key ? periodFromKey(key).end : null;
  } catch {
    return null;
  }
}

/** A plan code as compared with the one written on a row ("vi.12b " → "VI.12B"). */
function codeKey(code: string): string {
  return code.trim().toUpperCase();
}

function shorten(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/**
 * The status typed (or chosen) in the status cell, read by the agency-layout rules, which know
 * what qualifies the words ("Đã hoàn thành một phần", "Hoàn thành dự thảo" are under way;
 * "Không thực hiện" did not start); the drop-down's own marks ("x", "chưa") as parseStatus has
 * them. Undefined when the words qualify the status without saying it ("Hoàn thành (chờ phê
 * duyệt)", "Chưa hoàn thành"): the clerk is asked.
 */
function typedStatus(word: string): ReportedStatus | null | undefined {
  if (word.trim() === '') return null;
  if (isNotDoneOnly(word)) {
    // "Chưa hoàn thành" says not done; only what follows says whether it began.
    const said = statusFromProse(word);
    return said.status !== null && !said.contradicted ? said.status : undefined;
  }
  const theirs = statusFromText(word, true);
  if (theirs !== null) return theirs;
  const own = parseStatus(word);
  // A bare mark or word ("x", "chưa", "xong"); anything longer that the rules leave open is asked.
  return own !== null && own !== undefined && word.trim().split(/\s+/).length <= 2
    ? own
    : undefined;
}

/** The document date, also from the place-and-date line ("Lai Châu, ngày 12 tháng 9 năm 2025"). */
function readDocDate(cell: GridCell | null): { iso: IsoDate | null; raw: string; bad: boolean } {
  const d = readDate(cell);
  if (!d.bad) return d;
  const line =
    /ngày\s*(\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu.exec(
      d.raw,
    );
  const iso = line ? parseVnDate(`ngày ${line[1]}`) : null;
  return iso ? { iso, raw: d.raw, bad: false } : d;
}

/** A real date, an Excel serial or typed text; `bad` when something is there but is no date. */
function readDate(cell: GridCell | null): { iso: IsoDate | null; raw: string; bad: boolean } {
  const raw = text(cell);
  const v = cell?.value ?? null;
  let iso: IsoDate | null = null;
  if (v instanceof Date || typeof v === 'number') iso = parseVnDate(v);
  else if (raw !== '') iso = parseVnDate(raw);
  return { iso, raw, bad: iso === null && raw !== '' };
}

/**
 * Indicator value: a number cell, or text as agencies type it ("35,2", "2,1%", "Đạt 92,5%",
 * "Đạt"), read by the same rule as the agencies' own layouts.
 */
function readValue(cell: GridCell | null): {
  value: number | null;
  text: string | null;
  several: boolean;
} {
  const raw = text(cell);
  const v = cell?.value ?? null;
  if (typeof v === 'number') {
    // "35,2%" typed into a number cell is stored as 0.352; the unit column already says "%".
    const value = raw.endsWith('%') ? parseVnNumber(raw) : v;
    return { value, text: raw || String(v), several: false };
  }
  if (raw === '') return { value: null, text: null, several: false };
  const { value, several } = figureInText(raw);
  return { value, text: raw, several };
}

function toId(s: string | undefined): number | null {
  if (s === undefined || !/^\d{1,9}$/.test(s.trim())) return null;
  return Number(s.trim());
}

function codeOf(known: KnownRows, kind: RowKind, id: number): string | null {
  return (kind === 'T' ? known.taskIds : known.indicatorIds).get(id) ?? null;
}

function emptyHeader(): ImportHeader {
  return {
    agencyText: null,
    periodText: null,
    docNumber: null,
    docDate: null,
    person: null,
    phone: null,
    summary: null,
    difficulties: null,
    proposals: null,
  };
}
