// The import screen's working state for each dropped file, and the pure rules over it: which plan
// row a file row goes to after the user's choices, what still needs confirming, what to commit.
import type { Args, Catalogue } from '../../../../shared/api';
import { doubleMatches, openRows, type RowAnswers } from '../../../../shared/domain/import-rules';
import type { CommitResult, FilePreview, ImportRow } from '../../../../shared/domain/import-types';
import { foldVietnamese } from '../../../../shared/domain/text';
import { percent } from './intake-labels';

/** The Select value that means "leave this row out" (plan row ids are positive). */
export const DROP_ROW = 0;

export interface IntakeFile {
  /** Local id, stable for the card's whole life (the backend's fileId changes on re-reading). */
  uid: string;
  name: string;
  size: number;
  /** The file's bytes as base64, kept to read the file again after a change of agency/period. */
  data: string | null;
  previewId: string | null;
  preview: FilePreview | null;
  /** A problem found before the backend saw the file (too big, unreadable by the browser). */
  localError: string | null;
  /** The user's choice of agency, overriding what was detected. */
  agencyId: number | null;
  /** The user's choice of period, overriding the file's. */
  period: string | null;
  /** Date the report arrived, when the user sets it (else the letter's date, else today). */
  receivedOn: string | null;
  /** Row key → chosen plan row id, or null to drop the row. */
  matches: Record<string, number | null>;
  /** Row key → the clerk's answer to the row's questions (status, completion date). */
  answers: RowAnswers;
  acceptSuggested: boolean;
  /** Another file of the batch is for the same agency and period and this one is the later. */
  later: boolean;
  result: CommitResult | null;
  busy: boolean;
}

export function newIntakeFile(uid: string, name: string, size: number): IntakeFile {
  return {
    uid,
    name,
    size,
    data: null,
    previewId: null,
    preview: null,
    localError: null,
    agencyId: null,
    period: null,
    receivedOn: null,
    matches: {},
    answers: {},
    acceptSuggested: false,
    later: false,
    result: null,
    busy: false,
  };
}

/** Written to the database (or found identical there): nothing more to do with this file. */
export function isDone(f: IntakeFile): boolean {
  return f.result !== null && f.result.ok;
}

/** Previewed, readable and not yet written. */
export function isCommittable(f: IntakeFile): boolean {
  return f.previewId !== null && f.preview !== null && f.preview.ok && !isDone(f) && !f.busy;
}

/** Rows still waiting for the clerk (the backend refuses the file while there are any). */
export function pendingRows(f: IntakeFile): ImportRow[] {
  return openRows(f.preview?.rows ?? [], f.matches, f.acceptSuggested, f.answers);
}

/** Plan rows chosen for two file rows: the backend refuses such a file. */
export function doubleTargets(f: IntakeFile): Set<string> {
  return new Set(doubleMatches(f.preview?.rows ?? [], f.matches));
}

/** The other file of the batch for the same agency and period, while it is still in the list. */
export function batchTwin(f: IntakeFile, batch: IntakeFile[]): IntakeFile | null {
  const name = f.preview?.sameBatchAs;
  if (!name) return null;
  return batch.find((o) => o.uid !== f.uid && o.name === name && !isDone(o)) ?? null;
}

/**
 * The importer could not tell which period the file reports on (last quarter's form filled with
 * this quarter's work, a period cell typed over) and the clerk has not chosen one yet.
 */
export function periodAsked(f: IntakeFile): boolean {
  return f.preview?.ok === true && f.preview.period === null && f.period === null;
}

/** What keeps a previewed file from being written, in the clerk's words (empty when nothing). */
export function blockers(f: IntakeFile, batch: IntakeFile[]): string[] {
  const p = f.preview;
  if (!p?.ok) return [];
  const out: string[] = [];
  if (p.agencyQuestion && f.agencyId === null) out.push('xác nhận đơn vị gửi');
  if (periodAsked(f)) out.push('chọn kỳ báo cáo');
  if (p.needsReceivedOn && f.receivedOn === null) out.push('nhập ngày nhận');
  const twin = batchTwin(f, batch);
  if (twin && !f.later && !twin.later) out.push('chọn bản nào mới hơn');
  return out;
}

/** The batch in the order it is written: of two files for one agency and period, the later last. */
export function writeOrder(files: IntakeFile[]): IntakeFile[] {
  return [...files].sort((a, b) => Number(a.later) - Number(b.later));
}

export type CommitFileDecision = Args<'imports.commit'>['files'][number];

export function commitDecision(f: IntakeFile): CommitFileDecision {
  const p = f.preview;
  const decision: CommitFileDecision = { fileId: p?.fileId ?? '' };
  // The clerk's choice of agency is sent even when it is the detected one: it answers the
  // question the backend asked about the sender.
  if (f.agencyId !== null) decision.agencyId = f.agencyId;
  if (f.period !== null && f.period !== p?.period) decision.period = f.period;
  if (f.receivedOn !== null) decision.receivedOn = f.receivedOn;
  if (Object.keys(f.matches).length > 0) decision.matches = { ...f.matches };
  if (Object.keys(f.answers).length > 0) decision.answers = { ...f.answers };
  if (f.acceptSuggested) decision.acceptSuggested = true;
  return decision;
}

// ---- Options of the "Khớp với" picker ----

export interface MatchOption {
  value: number;
  label: string;
  /** What the picker's search box looks in. */
  search: string;
  /** The full plan wording, shown as a tooltip. */
  title: string;
  /** For a suggestion: how sure the importer is, as the row shows it. */
  confidence?: number;
}

export interface MatchOptionGroup {
  label: string;
  options: MatchOption[];
}

export interface PlanRowText {
  code: string;
  text: string;
}

function short(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

/** Every task and indicator of the plan by id, with the short wording the picker shows. */
export interface PlanRows {
  task: Map<number, PlanRowText>;
  indicator: Map<number, PlanRowText>;
  /** Options in plan order, per kind (indicator parents without a target left out). */
  taskOptions: MatchOption[];
  indicatorOptions: MatchOption[];
}

export function planRows(c: Catalogue, planId: number | null): PlanRows {
  const inPlan = <T extends { planId: number }>(x: T) => planId === null || x.planId === planId;
  const tasks = c.tasks.filter(inPlan).sort((a, b) => a.position - b.position);
  const indicators = c.indicators.filter(inPlan).sort((a, b) => a.position - b.position);
  const parents = new Set(indicators.map((i) => i.parent).filter((p) => p !== null));
  const option = (id: number, code: string, text: string): MatchOption => ({
    value: id,
    label: `${code} – ${short(text)}`,
    search: `${code} ${text}`,
    title: `${code} – ${text}`,
  });
  return {
    task: new Map(tasks.map((t) => [t.id, { code: t.code, text: t.text }])),
    indicator: new Map(indicators.map((x) => [x.id, { code: x.code, text: x.text }])),
    taskOptions: tasks.map((t) => option(t.id, t.code, t.text)),
    indicatorOptions: indicators
      .filter((x) => !parents.has(x.code))
      .map((x) => option(x.id, x.code, x.text)),
  };
}

/**
 * The picker's options for one row: "Bỏ dòng này", the importer's suggestions with their
 * confidence, then every other plan row of the same kind.
 */
export function matchOptions(row: ImportRow, plan: PlanRows): MatchOptionGroup[] {
  const all = row.kind === 'task' ? plan.taskOptions : plan.indicatorOptions;
  const byId = row.kind === 'task' ? plan.task : plan.indicator;
  const suggested = new Set<number>();
  const suggestions: MatchOption[] = [];
  // The row's own match first, with the confidence the row shows (the candidates' figures are
  // text similarity alone and can differ from it).
  const candidates = row.candidates.filter((c) => c.targetId !== row.targetId);
  if (row.targetId !== null)
    candidates.unshift({
      targetId: row.targetId,
      code: row.code ?? '',
      confidence: row.confidence,
    });
  for (const c of candidates) {
    if (suggested.has(c.targetId)) continue;
    suggested.add(c.targetId);
    const text = byId.get(c.targetId);
    const code = text?.code ?? c.code;
    suggestions.push({
      value: c.targetId,
      label: `${code} – ${short(text?.text ?? '', 70)} (${percent(c.confidence)})`,
      search: `${code} ${text?.text ?? ''}`,
      title: `${code} – ${text?.text ?? ''}`,
      confidence: c.confidence,
    });
  }
  const groups: MatchOptionGroup[] = [
    {
      label: 'Không ghi',
      options: [
        { value: DROP_ROW, label: 'Bỏ dòng này', search: 'bo dong nay', title: 'Bỏ dòng này' },
      ],
    },
  ];
  if (suggestions.length > 0) groups.push({ label: 'Gợi ý', options: suggestions });
  groups.push({
    label: row.kind === 'task' ? 'Các nhiệm vụ khác của kế hoạch' : 'Các chỉ tiêu khác',
    options: all.filter((o) => !suggested.has(o.value)),
  });
  return groups;
}

/**
 * A plan row's wording split into runs, each marked when the file row does not have that word
 * (case and diacritics ignored), so that the picker shows where a candidate differs.
 */
export function differingRuns(
  planText: string,
  rowText: string,
): { text: string; differs: boolean }[] {
  const have = new Set(
    foldVietnamese(rowText)
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== ''),
  );
  const runs: { text: string; differs: boolean }[] = [];
  for (const token of planText.split(/(\s+)/)) {
    const word = foldVietnamese(token).replace(/[^a-z0-9]/g, '');
    const differs = word !== '' && !have.has(word);
    const last = runs[runs.length - 1];
    if (last && (last.differs === differs || token.trim() === '')) last.text += token;
    else runs.push({ text: token, differs });
  }
  return runs;
}
