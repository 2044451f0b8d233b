// One row of an agency's own table read into an ImportRow: formula errors, the status from
// every source that states one (status words, x-marks, percentages, prose), the completion date
// (a day, a month, a date inside the text) and the questions for the clerk where they disagree.
import { REPORTED_STATUS_LABEL } from '../../../shared/domain/status-labels';
import { severalFiguresQuestion } from '../../../shared/domain/figure-in-text';
import type { ImportIssue, ImportRow, RowQuestion } from '../../../shared/domain/import-types';
import {
  daysBetween,
  endOfMonth,
  foldVietnamese,
  formatVnDate,
  formatVnNumber,
  parseVnDate,
} from '../../../shared/domain/text';
import type { ReportedStatus } from '../../../shared/domain/types';
import { cellAt, cellText, columnLetter, type GridCell } from './grid';
import type { ColumnKind } from './header-names';
import {
  completionFromCell,
  dateInResultText,
  formulaError,
  isMarked,
  issuedForDocumentTask,
  isNotDoneOnly,
  isRecurringText,
  isRunningPeriod,
  percentFromCell,
  percentInText,
  percentStatus,
  statusOfPercent,
  readValue,
  statusFromProse,
  statusFromText,
  statusLegend,
  statusPhrase,
} from './agency-layout-cells';
import { colourLegend, colourOf, statusOfColour } from './fill-colours';
import type { RawRow } from './scan-agency-sheet';

export function issue(
  sheet: string | null,
  row: number | null,
  col: number | null,
  message: string,
  severity: ImportIssue['severity'],
): ImportIssue {
  return { sheet, row, column: col === null ? null : columnLetter(col), message, severity };
}

/** Columns whose value is read as data: a formula there without its result must be asked. */
const UNCALCULATED_MATTERS: ColumnKind[] = [
  'status',
  'percent',
  'completedOn',
  'markDone',
  'markInProgress',
  'markNotStarted',
  'value',
];

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

/** What the rows are read against: the report's year and date, when the file gives them. */
export interface RowContext {
  year: number | null;
  docDate: string | null;
  /** The last day of the report's period, when known. */
  periodEnd?: string | null;
}

// "Tạm dừng", "Dừng thực hiện": paused — neither "under way" nor "not started" is the agency's word.
const PAUSED = /^(?:tam dung|tam ngung|tam hoan|dung (?:thuc hien|trien khai))\b/;

// A report is written at the latest this many days after its period ends; an undated report's
// completion date later than that is a slip or a deadline.
const REPORT_WRITTEN_WITHIN_DAYS = 45;

/** Reads one task or indicator row into an ImportRow (without the match, filled in later). */
export function readRow(
  raw: RawRow,
  context: RowContext = { year: null, docDate: null },
): ImportRow {
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

  // A formula saved without its result (software that writes formulas but never calculates
  // them) reads empty where Excel shows a status, a share or a date: asked, never read as blank.
  const uncalculated = (raw.sheet.uncalculated ?? [])
    .filter((u) => u.row === row)
    .map((u) => u.col)
    .filter((c) => UNCALCULATED_MATTERS.some((k) => layout.columns[k] === c))
    .sort((a, b) => a - b);
  if (uncalculated.length > 0)
    questions.push({
      field: layout.kind === 'indicator' ? 'value' : 'status',
      message: `Ô ${uncalculated.map((c) => `${columnLetter(c)}${row}`).join(', ')} là công thức chưa được tính (tệp do phần mềm tạo, chưa mở bằng Excel) nên không có giá trị; hãy mở tệp bằng Excel, lưu lại rồi nhập lại, hoặc nhập tay.`,
    });

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
    if (!formulaError(cells.value ?? null)) {
      const { value, valueText, unsure } = readValue(cells.value ?? null, textOf(cells.unit) ?? '');
      Object.assign(base, { value, valueText });
      // Two figures and no word saying which was achieved: the clerk picks; a guess would put a
      // target or last year's figure in the report as this period's result.
      if (unsure)
        questions.push({
          field: 'value',
          message: severalFiguresQuestion(at('value'), valueText ?? ''),
        });
    }
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
  const prose = proseHit ?? { status: null, contradicted: false, parts: false };
  const proseUnsure = !proseHit && proseRead.some((x) => x.unsure);
  let notDoneOnly = false;
  // "Hoàn thành 80%", "Đạt 50%": the share of the work, not the word, tells the status.
  const inWords = statusText ? percentStatus(statusText) : null;
  const legend = statusText ? legendOf(raw) : null;
  const coded = legend?.get(foldVietnamese(statusText ?? '').replace(/^\(?\s*|\s*[.)]?\s*$/g, ''));
  let percentSaid: number | null = null;
  if (coded)
    said.push({
      status: coded,
      from: `cột tình trạng (ô ${at('status')}, theo chú thích)`,
    });
  else if (inWords) {
    said.push({ status: inWords.status, from: `cột tình trạng (ô ${at('status')})` });
    percentSaid = inWords.percent;
  } else if (statusText && isNotDoneOnly(statusText) && statusPhrase(statusText) !== null) {
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
    // "Đã ban hành Quyết định số …" in the status column: issued, done.
    const issued = /^da ban hanh\b/.test(foldVietnamese(statusText).trim()) ? 'done' : null;
    const s = phrase ?? (long && !long.contradicted ? long.status : null) ?? issued;
    if (s) said.push({ status: s, from: `cột tình trạng (ô ${at('status')})` });
    else if (long?.contradicted)
      questions.push({
        field: 'status',
        message: `Ô ${at('status')} "${short(statusText)}" vừa nói ${REPORTED_STATUS_LABEL[long.status!].toLowerCase()} vừa nói việc còn dở dang; hãy chọn tình trạng đúng.`,
      });
    else if (PAUSED.test(foldVietnamese(statusText).trim()))
      questions.push({
        field: 'status',
        message: `Ô ${at('status')} ghi "${short(statusText)}": việc tạm dừng, không rõ đã triển khai được phần nào; hãy chọn Đang thực hiện hoặc Chưa thực hiện.`,
      });
    else
      questions.push({
        field: 'status',
        message: `Không hiểu tình trạng "${statusText}" ở ô ${at('status')}; hãy chọn Đã hoàn thành, Đang thực hiện hoặc Chưa thực hiện.`,
      });
  }
  // The latest period's column left empty on this row, an earlier period's not: which holds now?
  if (statusText === null && col('status') !== null) {
    const earlier = (layout.earlierStatus ?? [])
      .map((c) => ({ ...c, text: textOf(cellAt(raw.sheet, row, c.col)) }))
      .find((c) => c.text !== null);
    if (earlier)
      questions.push({
        field: 'status',
        message: `Dòng ${row} để trống cột tình trạng của kỳ này (ô ${at('status')}); kỳ trước («${earlier.label}») ghi "${short(earlier.text ?? '')}". Hãy chọn tình trạng của kỳ này.`,
      });
  }
  const marked = MARKS.filter(([k]) => isMarked(cells[k] ?? null));
  if (marked.length === 1) said.push({ status: marked[0]![1], from: 'dấu x' });
  if (marked.length > 1) {
    const names = marked.map(([, s]) => REPORTED_STATUS_LABEL[s]).join(', ');
    questions.push({
      field: 'status',
      message: `Dòng ${row} đánh dấu nhiều tiến độ cùng lúc (${names}); hãy chọn tiến độ đúng.`,
    });
  }
  let percent = percentFromCell(cells.percent ?? null);
  const percentCell = cells.percent ?? null;
  if (
    percent !== null &&
    typeof percentCell?.value === 'number' &&
    !cellText(percentCell).endsWith('%')
  ) {
    const scale = percentScale(raw);
    if (scale === 'fraction') percent = Math.round(percentCell.value * 10_000) / 100;
    else if (scale === 'unsure' && percentCell.value === 1) {
      percent = null;
      questions.push({
        field: 'status',
        message: `Ô ${at('percent')} ghi 1 ở cột tiến độ mà cả cột chỉ có 0 và 1: không rõ là 1% hay 100% (đã hoàn thành); hãy chọn tình trạng đúng.`,
      });
    }
  }
  // Words typed into the percent column ("Hoàn thành" among 60, 0, 100): read as the status
  // they say, or asked about — never dropped.
  const percentWords = percent === null && !formulaError(percentCell) ? textOf(percentCell) : null;
  if (percentWords !== null && typeof percentCell?.value !== 'number') {
    const s = statusPhrase(percentWords);
    if (s) said.push({ status: s, from: `cột tiến độ (ô ${at('percent')})` });
    else
      questions.push({
        field: 'status',
        message: `Không hiểu tiến độ "${short(percentWords)}" ở ô ${at('percent')}; hãy chọn Đã hoàn thành, Đang thực hiện hoặc Chưa thực hiện.`,
      });
  }
  base.percent =
    percent ??
    percentSaid ??
    (prose.status === 'in_progress' && !prose.parts ? percentInText(proseText) : null);
  if (percent !== null)
    said.push({
      status: statusOfPercent(percent),
      from: `tiến độ ${formatVnNumber(percent)}%`,
    });
  let strong = said.length;
  if (prose.status && !notDoneOnly) {
    if (prose.contradicted && strong === 0)
      questions.push({
        field: 'status',
        message: `Nội dung kết quả "${short(proseText)}" vừa nói ${REPORTED_STATUS_LABEL[prose.status].toLowerCase()} vừa nói việc còn dở dang; hãy chọn tình trạng đúng.`,
      });
    else if (!prose.contradicted) said.push({ status: prose.status, from: 'nội dung kết quả' });
  }

  // "Đã ban hành Kế hoạch số …" for a task that is to write that plan: done.
  if (said.length === 0 && questions.length === 0 && issuedForDocumentTask(raw.text, proseText))
    said.push({ status: 'done', from: 'nội dung kết quả (đã ban hành văn bản)' });

  // "Tô màu xanh: đã hoàn thành; tô màu vàng: đang thực hiện": the status is the row's colour,
  // which words do not carry; unless a status column or mark says it, the colour is read by the
  // legend (the result's words may then contradict it), and a colour it does not name is asked.
  let colourAsk: string | null = null;
  const colours = strong === 0 ? colourLegendOf(raw) : null;
  if (colours !== null) {
    // A sheet without a single fill was read by a reader that does not see them (or its colours
    // were lost): "no colour" would then be a guess.
    const fill = raw.sheet.fills ? rowFill(raw) : '?';
    const byColour = fill === '?' ? null : statusOfColour(colours.legend, colourOf(fill));
    if (byColour) {
      said.unshift({ status: byColour, from: 'màu tô của dòng' });
      strong = 1;
    } else colourAsk = colours.text;
  }

  // Completion date: the date column (a month alone is read as that month's end, flagged), a
  // date typed under "Đã hoàn thành", or a date written inside the result text (flagged).
  let completed = completionFromCell(cells.completedOn ?? null);
  const dateText = textOf(cells.completedOn);
  // "01/7/2025 - 30/9/2025", "Tháng 7-8/2025": whole months, which may be the time the plan
  // allows rather than the work's own; the end is offered as the completion date, and asked.
  if (completed?.frame && !layout.completedOnExact)
    questions.push({
      field: 'completedOn',
      message: `Ô ${at('completedOn')} ghi khoảng thời gian trọn tháng "${dateText ?? ''}", có thể là thời gian theo kế hoạch; nếu việc đã hoàn thành, hãy xác nhận ngày hoàn thành (${formatVnDate(completed.date)}) hoặc nhập ngày khác.`,
    });
  // "15/8": a day without its year, of the report's year.
  const dayMonth = dateText ? /^(\d{1,2})\s*[/.-]\s*(\d{1,2})$/.exec(dateText.trim()) : null;
  if (!completed && dayMonth && context.year !== null) {
    const d = parseVnDate(`${dayMonth[1]}/${dayMonth[2]}/${context.year}`);
    if (d) completed = { date: d, approx: false };
  }
  // "giữa tháng 8", "cuối tháng 7": a month of the report's year (its last day, approximate).
  const foldedDate = dateText ? foldVietnamese(dateText).trim() : '';
  const monthAlone = /^(?:(?:dau|giua|cuoi)\s+)?thang\s*(1[0-2]|0?[1-9])$/.exec(foldedDate);
  if (!completed && monthAlone && context.year !== null)
    completed = { date: endOfMonth(context.year, Number(monthAlone[1])), approx: true };
  // "Q3/2025", "Quý III": a quarter names no day and no month — done, with no date to record.
  const quarterAlone =
    /^(?:(?:dau|giua|cuoi)\s+)?(?:q|quy)\s*(?:[1-4]|i{1,3}|iv)\b(?:\s*(?:[/.-]|nam)\s*20\d{2})?$/.test(
      foldedDate,
    );
  if (!completed && quarterAlone && dateText)
    issues.push(
      issue(
        sheet,
        row,
        col('completedOn'),
        `Ô ${at('completedOn')} chỉ ghi quý ("${dateText}"), không ghi ngày hay tháng nên không có ngày hoàn thành.`,
        'warning',
      ),
    );
  if (
    !completed &&
    dateText &&
    !/^[-–—.]*$/.test(dateText) &&
    !isRunningPeriod(dateText) &&
    !quarterAlone
  )
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
      .map((x) => `${x.from}: ${REPORTED_STATUS_LABEL[x.status].toLowerCase()}`)
      .join('; ');
    questions.push({
      field: 'status',
      message: `Dòng ${row} ghi tình trạng không thống nhất (${list}); hãy chọn tình trạng đúng.`,
    });
  } else if (distinct.length === 1) {
    status = distinct[0]!;
    // A strong source and the result text disagreeing is worth a look, not a question — unless
    // one of them says done and the other not: "Đang thực hiện" beside "Đã hoàn thành
    // (15/8/2025)" is a status column not brought up to date, or a result copied from another
    // row; only the agency knows which, so the clerk asks.
    const proseSays = prose.status && !prose.contradicted ? prose.status : null;
    const doneOrNot =
      (status === 'done') !== (proseSays === 'done') && !isRecurringText(statusText ?? '');
    if (strong > 0 && proseSays && proseSays !== status && doneOrNot)
      questions.push({
        field: 'status',
        message: `Dòng ${row}: ${said[0]!.from} ghi "${REPORTED_STATUS_LABEL[status]}" nhưng nội dung kết quả ghi "${short(proseText)}"; hãy chọn tình trạng đúng.`,
      });
    else if (strong > 0 && proseSays && proseSays !== status)
      issues.push(
        issue(
          sheet,
          row,
          col('progress'),
          `Tình trạng ghi "${REPORTED_STATUS_LABEL[status]}" nhưng nội dung kết quả mở đầu bằng "${REPORTED_STATUS_LABEL[proseSays]}"; hãy kiểm tra lại.`,
          'warning',
        ),
      );
  }
  // "Chưa hoàn thành" in the result, and nothing that says whether the work has started.
  if (status === null && said.length === 0 && proseUnsure && questions.length === 0)
    questions.push({
      field: 'status',
      message: `Nội dung kết quả "${short(proseText)}" ghi việc chưa hoàn thành nhưng không rõ đã triển khai hay chưa; hãy chọn Đang thực hiện hoặc Chưa thực hiện.`,
    });
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
    const inStatus = statusText ? dateInResultText(statusText, context.year) : null;
    const inProse = col('completedOn') === null ? dateInResultText(proseText, context.year) : null;
    const found = inStatus?.sure ? inStatus : (inProse ?? inStatus);
    // A day given without its year that would fall after the report itself is of another year.
    if (found?.yearless && context.docDate !== null && found.date > context.docDate)
      found.sure = false;
    // The day a plan was issued ends only a task that was to write it.
    if (
      found?.issued &&
      !issuedForDocumentTask(raw.text, found === inStatus ? (statusText ?? '') : proseText)
    )
      found.sure = false;
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
        message: found.yearless
          ? `Nội dung kết quả ghi ngày hoàn thành không kèm năm; theo năm của kỳ báo cáo là ${formatVnDate(found.date)}, sau ngày của báo cáo. Hãy nhập ngày hoàn thành đúng.`
          : `Tệp không ghi ngày hoàn thành; nội dung kết quả có ngày ${formatVnDate(found.date)} (của văn bản nêu trong đó). Hãy xác nhận đó là ngày hoàn thành, hoặc nhập ngày khác.`,
      });
    }
  }
  // Work cannot be finished after the report that tells of it was written: a deadline, or a slip.
  if (
    status === 'done' &&
    completed &&
    context.docDate !== null &&
    completed.date > context.docDate &&
    !questions.some((q) => q.field === 'completedOn')
  )
    questions.push({
      field: 'completedOn',
      message: `Ngày hoàn thành ${formatVnDate(completed.date)} ở dòng ${row} sau ngày của báo cáo (${formatVnDate(context.docDate)}); hãy nhập ngày hoàn thành đúng.`,
    });
  else if (
    status === 'done' &&
    completed &&
    context.docDate === null &&
    context.periodEnd &&
    daysBetween(context.periodEnd, completed.date) > REPORT_WRITTEN_WITHIN_DAYS &&
    !questions.some((q) => q.field === 'completedOn')
  )
    questions.push({
      field: 'completedOn',
      message: `Ngày hoàn thành ${formatVnDate(completed.date)} ở dòng ${row} sau kỳ báo cáo (kết thúc ngày ${formatVnDate(context.periodEnd)}) nhiều ngày; hãy nhập ngày hoàn thành đúng.`,
    });
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
        `Dòng có ngày hoàn thành ${formatVnDate(completed.date)} nhưng tình trạng là "${REPORTED_STATUS_LABEL[status]}"; ngày này không được ghi.`,
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
  if (colourAsk !== null)
    questions.push({
      field: 'status',
      message: `Tệp ghi tình trạng bằng màu tô («${short(colourAsk)}») nhưng không đọc được màu của dòng ${row} theo chú thích; hãy chọn tình trạng của dòng.`,
    });
  // A result cell that only said "Hoàn thành" was the status, not a result.
  if (
    base.progress &&
    /^[\p{L}\s.,]{0,20}$/u.test(base.progress) &&
    statusFromText(base.progress, true)
  )
    base.progress = null;
  return base;
}

// How each table's percent column writes its numbers, found once per table.
const SCALES = new WeakMap<object, 'percent' | 'fraction' | 'unsure'>();

/**
 * A percent column of plain numbers all between 0 and 1 holds fractions (1 / 0,6 / 0 for 100 % /
 * 60 % / 0 %, the percent format left off); with only 0 and 1 in it, a 1 may be either.
 */
function percentScale(raw: RawRow): 'percent' | 'fraction' | 'unsure' {
  const col = raw.layout.columns.percent;
  if (col === undefined) return 'percent';
  const known = SCALES.get(raw.layout);
  if (known) return known;
  const numbers: number[] = [];
  const last = Math.min(raw.layout.lastDataRow, raw.sheet.rows.length);
  for (let r = raw.layout.firstDataRow; r <= last; r++) {
    const cell = cellAt(raw.sheet, r, col);
    if (typeof cell?.value === 'number' && !cellText(cell).endsWith('%')) numbers.push(cell.value);
  }
  const scale =
    numbers.length === 0 || numbers.some((v) => v < 0 || v > 1)
      ? 'percent'
      : numbers.some((v) => v > 0 && v < 1)
        ? 'fraction'
        : numbers.includes(1)
          ? 'unsure'
          : 'percent';
  SCALES.set(raw.layout, scale);
  return scale;
}

// The legend of each table's status codes, found once per table.
const LEGENDS = new WeakMap<object, Map<string, ReportedStatus> | null>();

/**
 * The status codes' legend: in the status column's heading ("Tình trạng (1: Đã hoàn thành; …)"),
 * else a line of the sheet outside the table's rows ("(*) Ghi chú: ĐHT - Đã hoàn thành; …").
 */
function legendOf(raw: RawRow): Map<string, ReportedStatus> | null {
  const col = raw.layout.columns.status;
  if (col === undefined) return null;
  if (LEGENDS.has(raw.layout)) return LEGENDS.get(raw.layout) ?? null;
  const heading: string[] = [];
  for (let r = raw.layout.headerTop; r <= raw.layout.headerBottom; r++)
    heading.push(cellText(cellAt(raw.sheet, r, col)));
  let legend = statusLegend(heading.join(' '));
  for (let r = 1; !legend && r <= raw.sheet.rows.length; r++) {
    const cells = raw.sheet.rows[r - 1] ?? [];
    // Only a line of text alone on its row (a note), never a cell of the table's data.
    const texts = cells.map((c) => cellText(c)).filter((t) => t !== '');
    if (texts.length !== 1 || !/[:–-]/.test(texts[0]!)) continue;
    if (cellText(cellAt(raw.sheet, r, col)) !== '' && r >= raw.layout.firstDataRow) continue;
    legend = statusLegend(texts[0]!);
  }
  LEGENDS.set(raw.layout, legend);
  return legend;
}

// The legend of a table whose statuses are fill colours, found once per table.
type ColourLegend = { text: string; legend: NonNullable<ReturnType<typeof colourLegend>> };
const COLOUR_LEGENDS = new WeakMap<object, ColourLegend | null>();
const COLOUR_LEGEND =
  /\b(?:to|mau|o|boi)\s+(?:mau\s+)?(?:xanh|vang|do|cam|hong|tim|xam|nau)\b[^:;]{0,30}[:\-–]\s*(?:da |dang |chua )?(?:hoan thanh|thuc hien|trien khai|xong)/;

/** A line of the sheet that explains statuses by colours ("tô màu xanh: đã hoàn thành"). */
function colourLegendOf(raw: RawRow): ColourLegend | null {
  if (COLOUR_LEGENDS.has(raw.layout)) return COLOUR_LEGENDS.get(raw.layout) ?? null;
  let found: ColourLegend | null = null;
  for (let r = 1; found === null && r <= raw.sheet.rows.length; r++) {
    if (r >= raw.layout.headerTop && r <= raw.layout.lastDataRow) continue;
    for (const cell of raw.sheet.rows[r - 1] ?? []) {
      const text = cellText(cell);
      const legend =
        text !== '' && COLOUR_LEGEND.test(foldVietnamese(text)) ? colourLegend(text) : null;
      if (legend) found = { text, legend };
    }
  }
  COLOUR_LEGENDS.set(raw.layout, found);
  return found;
}

/** The row's fill: its task cell's, else its number's, else any of its cells'. */
function rowFill(raw: RawRow): string | null {
  const fills = (raw.sheet.fills ?? []).filter((f) => f.row === raw.row);
  const at = (c: number | undefined) => fills.find((f) => f.col === c)?.rgb;
  return at(raw.layout.subjectColumn) ?? at(raw.layout.columns.stt) ?? fills[0]?.rgb ?? null;
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}
