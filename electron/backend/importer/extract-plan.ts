// Reads a plan table shaped like the plan's appendices (Phụ lục II: STT, task, lead, partners,
// product, deadline, with group rows I, II…; Phụ lục I: TT, indicator, unit, target, agency) through
// the same layout reader as agencies' files. Writes nothing.
import type { ImportIssue } from '../../../shared/domain/import-types';
import { parseDeadline } from '../../../shared/domain/deadline';
import { foldVietnamese, fromRoman } from '../../../shared/domain/text';
import { detectLayout, type SheetLayout } from './detect-layout';
import { cellAt, cellText, columnLetter, mergeAt, type GridSheet, type GridWorkbook } from './grid';
import { linkAssignees, type LinkTarget } from './link-assignees';

export interface PlanDraftTask {
  group: string;
  number: string;
  code: string;
  text: string;
  leadText: string;
  partnersText: string;
  output: string;
  deadlineText: string;
  lead: { type: 'agency' | 'group'; id: number }[];
  partners: { type: 'agency' | 'group'; id: number }[];
  row: number;
}

export interface PlanDraftIndicator {
  code: string;
  parent: string | null;
  horizon: number;
  text: string;
  unit: string;
  targetText: string;
  agencyText: string;
  agencyId: number | null;
  row: number;
}

export interface PlanDraft {
  groups: { code: string; title: string }[];
  tasks: PlanDraftTask[];
  indicators: PlanDraftIndicator[];
  issues: ImportIssue[];
}

export function extractPlan(wb: GridWorkbook, targets: LinkTarget[]): PlanDraft {
  const draft: PlanDraft = { groups: [], tasks: [], indicators: [], issues: [] };
  for (const sheet of wb.sheets.filter((s) => s.state === 'visible')) {
    const detected = detectLayout(sheet);
    if (!detected.ok) continue;
    const layout = detected.layout;
    // A plan's indicator table heads its target column "Kết quả"; the reader calls that a result.
    if (layout.kind === 'indicator' || layout.columns.indicator !== undefined)
      readIndicators(sheet, layout, targets, draft);
    else readTasks(sheet, layout, targets, draft);
  }
  if (draft.tasks.length === 0 && draft.indicators.length === 0)
    draft.issues.push(
      issue(
        null,
        null,
        null,
        'Không tìm thấy bảng nhiệm vụ (STT, Tên nhiệm vụ, Cơ quan chủ trì…) hoặc bảng chỉ tiêu trong tệp.',
      ),
    );
  return draft;
}

function text(sheet: GridSheet, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const m = mergeAt(sheet, row, col);
  // Only the top-left cell of a merge carries its text; other rows of it count as empty.
  if (m && (m.top !== row || m.left !== col)) return '';
  return cellText(cellAt(sheet, row, col)).replace(/\s+/g, ' ');
}

function readTasks(
  sheet: GridSheet,
  l: SheetLayout,
  targets: LinkTarget[],
  draft: PlanDraft,
): void {
  const c = l.columns;
  const deadlineCol = c.deadline ?? c.completedOn;
  const outputCol = c.output ?? c.progress ?? c.result;
  let group: { code: string; title: string } | null = null;
  let last: PlanDraftTask | null = null;
  const seen = new Map<string, number>();
  for (let r = l.firstDataRow; r <= sheet.rows.length; r++) {
    const stt = text(sheet, r, c.stt).replace(/\.$/, '');
    const subject = text(sheet, r, l.subjectColumn);
    if (isRepeatedHeading(stt, subject)) continue;
    if (stt && fromRoman(stt) !== null) {
      group = { code: stt.toUpperCase(), title: subject || text(sheet, r, (c.stt ?? 1) + 1) };
      draft.groups.push(group);
      last = null;
      continue;
    }
    const cells = {
      text: subject,
      leadText: text(sheet, r, c.lead),
      partnersText: text(sheet, r, c.partner),
      output: text(sheet, r, outputCol),
      deadlineText: text(sheet, r, deadlineCol),
    };
    if (!stt) {
      // A row without a number continues the task above (a page break in the source document).
      if (last && Object.values(cells).some((v) => v !== '')) {
        for (const k of Object.keys(cells) as (keyof typeof cells)[])
          if (cells[k]) last[k] = `${last[k]} ${cells[k]}`.trim();
      }
      continue;
    }
    if (!group) {
      group = { code: 'I', title: 'Nhiệm vụ' };
      draft.groups.push(group);
    }
    const base = `${group.code}.${stt}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    last = {
      group: group.code,
      number: stt,
      code: n === 1 ? base : `${base}${String.fromCharCode(96 + n)}`,
      ...cells,
      lead: [],
      partners: [],
      row: r,
    };
    draft.tasks.push(last);
  }
  for (const t of draft.tasks.filter((x) => x.lead.length === 0 && x.partners.length === 0)) {
    const lead = linkAssignees(t.leadText, targets);
    const partners = linkAssignees(t.partnersText, targets);
    t.lead = lead.links;
    t.partners = partners.links;
    if (!t.text)
      draft.issues.push(
        issue(sheet.name, t.row, l.subjectColumn, `Nhiệm vụ ${t.code} không có nội dung.`),
      );
    if (t.lead.length === 0)
      draft.issues.push(
        issue(
          sheet.name,
          t.row,
          c.lead ?? null,
          `Nhiệm vụ ${t.code}: chưa nhận ra cơ quan chủ trì "${t.leadText}". Hãy thêm đơn vị vào danh mục hoặc sửa tên rồi nhập lại.`,
        ),
      );
    for (const u of [...lead.unknown, ...partners.unknown])
      draft.issues.push(
        issue(
          sheet.name,
          t.row,
          null,
          `Nhiệm vụ ${t.code}: không nhận ra đơn vị "${u}"; phần này chỉ được giữ nguyên văn.`,
          'warning',
        ),
      );
    if (t.deadlineText && parseDeadline(t.deadlineText).kind === 'none')
      draft.issues.push(
        issue(
          sheet.name,
          t.row,
          deadlineCol ?? null,
          `Nhiệm vụ ${t.code}: không hiểu thời hạn "${t.deadlineText}"; được giữ nguyên văn.`,
          'warning',
        ),
      );
  }
}

function readIndicators(
  sheet: GridSheet,
  l: SheetLayout,
  targets: LinkTarget[],
  draft: PlanDraft,
): void {
  const c = l.columns;
  const agencies = targets.filter((t) => t.type === 'agency');
  let horizon = 2030;
  for (let r = l.firstDataRow; r <= sheet.rows.length; r++) {
    const stt = text(sheet, r, c.stt).replace(/\.$/, '');
    const subject = text(sheet, r, l.subjectColumn);
    if (isRepeatedHeading(stt, subject)) continue;
    const year = /nam (\d{4})/.exec(foldVietnamese(subject));
    if (stt && fromRoman(stt) !== null) {
      if (year) horizon = Number(year[1]);
      continue;
    }
    if (!/^\d+(\.\d+)*$/.test(stt)) {
      const previous = draft.indicators.at(-1);
      if (!stt && previous && subject) previous.text = `${previous.text} ${subject}`.trim();
      continue;
    }
    const agencyText = text(sheet, r, c.lead ?? c.partner);
    const agency = linkAssignees(agencyText, agencies).links[0]?.id ?? null;
    draft.indicators.push({
      code: stt,
      parent: stt.includes('.') ? stt.slice(0, stt.lastIndexOf('.')) : null,
      horizon,
      text: subject,
      unit: text(sheet, r, c.unit) || unitFromHeading(sheet, l, r),
      targetText: text(sheet, r, c.target ?? c.result ?? c.value),
      agencyText,
      agencyId: agency,
      row: r,
    });
    if (agencyText && agency === null)
      draft.issues.push(
        issue(
          sheet.name,
          r,
          c.lead ?? null,
          `Chỉ tiêu ${stt}: không nhận ra cơ quan theo dõi "${agencyText}".`,
          'warning',
        ),
      );
  }
}

/** "Đơn vị" alone (not "Đơn vị tính") also heads the unit column of plan tables. */
function unitFromHeading(sheet: GridSheet, l: SheetLayout, row: number): string {
  for (let col = l.firstCol; col <= l.lastCol; col++) {
    if (foldVietnamese(cellText(cellAt(sheet, l.headerBottom, col))) === 'don vi')
      return text(sheet, row, col);
  }
  return '';
}

/** Long tables repeat their heading on every page of the source document. */
function isRepeatedHeading(stt: string, subject: string): boolean {
  return /^(stt|tt)$/i.test(stt) && subject !== '';
}

function issue(
  sheet: string | null,
  row: number | null,
  col: number | null,
  message: string,
  severity: ImportIssue['severity'] = 'error',
): ImportIssue {
  return { sheet, row, column: col ? columnLetter(col) : null, message, severity };
}
