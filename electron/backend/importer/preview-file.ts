// One file from bytes to a preview: read safely, recognise our form or the agency's own layout,
// find agency and period, and compare with what is already stored. Writes nothing.
import { createHash, randomUUID } from 'node:crypto';
import type { Catalogue } from '../../../shared/api';
import { shareOverHundredQuestion } from '../../../shared/domain/figure-in-text';
import type { MatchOverrides, RowAnswers } from '../../../shared/domain/import-rules';
import {
  fileIssue,
  type Extraction,
  type FilePreview,
  type ImportDiffEntry,
  type ImportIssue,
  type ImportRow,
} from '../../../shared/domain/import-types';
import {
  adhocKeyParts,
  parsePeriodFromText,
  periodFromKey,
  periodLabel,
} from '../../../shared/domain/periods';
import { daysBetween, formatVnDate } from '../../../shared/domain/text';
import type { AgencyRef, Plan, Submission } from '../../../shared/domain/types';
import type { Db } from '../db/connection';
import {
  currentSubmission,
  findSubmissionByHash,
  progressOf,
  valuesOf,
} from '../db/repositories/submissions';
import { readOurForm } from './read-our-form';
import { codeLookup, diffVersions } from '../../../shared/domain/version-diff';
import { readAgencyLayout } from './read-agency-layout';
import { findAgencyInText } from './match-agency';
import { workOf } from '../../../shared/domain/agency-work';
import { readWorkbook } from './read-workbook';
import { progressFromRows, valuesFromRows } from './rows-to-records';

export interface PreviewHints {
  period?: string;
  agencyId?: number;
}

export interface PreviewedFile {
  preview: FilePreview;
  extraction: Extraction | null;
}

export async function previewFile(
  db: Db,
  catalogue: Catalogue,
  plan: Plan,
  file: { name: string; bytes: Uint8Array },
  hints: PreviewHints,
): Promise<PreviewedFile> {
  const base = blankPreview(file.name, file.bytes);
  const read = await readWorkbook(file.bytes, file.name);
  if (!read.ok) return { preview: { ...base, message: read.message }, extraction: null };

  // Who sent the file is worked out once, from the title block and the lead column, before the
  // rows are matched (an agency's own tasks win among rows that read alike).
  let sender: ReturnType<typeof resolveAgency> | null = null;
  const extraction =
    readOurForm(read.workbook, {
      plan: { key: plan.key, title: plan.title },
      plans: catalogue.plans.map((p) => ({ key: p.key, title: p.title })),
      taskIds: new Map(catalogue.tasks.map((t) => [t.id, t.code])),
      indicatorIds: new Map(catalogue.indicators.map((x) => [x.id, x.code])),
      taskTexts: new Map(catalogue.tasks.map((t) => [t.id, t.text])),
      indicatorTexts: new Map(catalogue.indicators.map((x) => [x.id, x.text])),
    }) ??
    readAgencyLayout(
      read.workbook,
      { tasks: catalogue.tasks, indicators: catalogue.indicators },
      (header, leadTexts) => {
        sender = resolveAgency(catalogue, { header, leadTexts, agencyId: null }, file.name, hints);
        const id = sender.agency?.id;
        if (id === undefined) return null;
        const work = workOf(catalogue, id);
        return {
          tasks: new Set(work.tasks.map((t) => t.task.id)),
          indicators: new Set(work.indicators.map((x) => x.id)),
        };
      },
    );

  askSharesOverHundred(extraction.rows, catalogue);
  const issues: ImportIssue[] = [...extraction.issues];
  const { agency, agencySource, agencyQuestion } =
    sender ?? resolveAgency(catalogue, extraction, file.name, hints);
  const period = resolvePeriod(extraction, file.name, hints, issues);
  if (extraction.rows.length === 0)
    issues.push(
      fileIssue(
        'Không tìm thấy dòng nhiệm vụ hoặc chỉ tiêu nào trong tệp. Kiểm tra tệp có đúng là báo cáo kết quả thực hiện kế hoạch không.',
      ),
    );

  const preview: FilePreview = {
    ...base,
    ok: true,
    source: extraction.source,
    agency,
    agencySource,
    agencyQuestion,
    needsReceivedOn: extraction.header.docDate === null,
    period,
    header: extraction.header,
    rows: extraction.rows,
    issues,
    notes: [...read.workbook.notes, ...extraction.notes],
  };
  if (agency && period)
    Object.assign(preview, compareWithStored(db, catalogue, plan, preview, extraction));
  return { preview, extraction };
}

/**
 * A share above 100 % is a question, from our form and the agencies' own layouts alike (a figure
 * already asked about is left to that question).
 */
function askSharesOverHundred(rows: ImportRow[], catalogue: Catalogue): void {
  const units = new Map(catalogue.indicators.map((x) => [x.id, x.unit]));
  for (const row of rows) {
    if (row.kind !== 'indicator' || row.targetId === null) continue;
    if (row.questions.some((q) => q.field === 'value')) continue;
    const message = shareOverHundredQuestion(row, units.get(row.targetId) ?? '');
    if (message) row.questions.push({ field: 'value', message });
  }
}

/** A preview that has read nothing yet; also what a file that cannot be read looks like. */
export function blankPreview(
  name: string,
  bytes: Uint8Array,
  message: string | null = null,
): FilePreview {
  return {
    fileId: randomUUID(),
    file: name,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.byteLength,
    ok: false,
    message,
    source: null,
    agency: null,
    agencySource: null,
    agencyQuestion: null,
    needsReceivedOn: false,
    sameBatchAs: null,
    period: null,
    header: null,
    rows: [],
    issues: [],
    notes: [],
    duplicateOf: null,
    previous: null,
    diff: [],
  };
}

type Found = { id: number; confidence: number } | null;

/**
 * Who sent the file. Our form says it exactly; otherwise three witnesses are heard — the title
 * block, the file name and the lead agencies the rows name — and the agency becomes a question
 * whenever they disagree or the only evidence is an abbreviation.
 */
function resolveAgency(
  c: Catalogue,
  e: Pick<Extraction, 'agencyId' | 'header' | 'leadTexts'>,
  fileName: string,
  hints: PreviewHints,
): {
  agency: AgencyRef | null;
  agencySource: FilePreview['agencySource'];
  agencyQuestion: string | null;
} {
  const byId = new Map(c.agencies.map((a) => [a.id, a]));
  const current = (id: number): number => byId.get(id)?.current.id ?? id;
  const ref = (id: number): AgencyRef | null => {
    const a = byId.get(id);
    // A file from a merged agency counts for the agency that carries its work today.
    return a ? { id: a.current.id, name: a.current.name } : null;
  };
  const nameOf = (id: number): string => byId.get(current(id))?.name ?? '';
  const chosenByClerk = () =>
    ({ agency: ref(hints.agencyId!), agencySource: 'chosen', agencyQuestion: null }) as const;

  const list = c.agencies.map((a) => ({
    id: a.id,
    name: a.name,
    shortName: a.shortName,
    aliases: a.aliases,
  }));
  const find = (texts: string[]): Found =>
    texts.some((t) => t.trim() !== '') ? findAgencyInText(texts, list) : null;
  const bareName = fileName.replace(/\.[a-z0-9]+$/i, '');

  if (e.agencyId !== null) {
    // Our form names its agency exactly, unless what the sender wrote around it names another:
    // an office that filled in the form made for another ("98/BC-STP" on Sở Nội vụ's form).
    const formAgency = e.agencyId;
    const witnesses: [string, string][] = [
      ['ô "Đơn vị báo cáo"', e.header.agencyText ?? ''],
      ['tên tệp', bareName],
      ['số văn bản', e.header.docNumber ?? ''],
      ['người lập biểu', e.header.person ?? ''],
    ];
    const others = witnesses
      .map(([where, t]) => ({ where, found: find([t]) }))
      .filter(({ found }) => found !== null && current(found.id) !== current(formAgency));
    if (others.length === 0)
      return { agency: ref(formAgency), agencySource: 'form', agencyQuestion: null };
    if (hints.agencyId !== undefined) return chosenByClerk();
    const said = others.map(({ where, found }) => `${where} ghi ${nameOf(found!.id)}`).join(', ');
    return {
      agency: ref(formAgency),
      // Not 'form': the clerk must be able to choose another agency.
      agencySource: 'detected',
      agencyQuestion: `Biểu mẫu được lập cho ${nameOf(formAgency)} nhưng ${said}: có thể đơn vị khác đã dùng biểu mẫu này. Hãy chọn đúng đơn vị gửi báo cáo trước khi ghi.`,
    };
  }
  if (hints.agencyId !== undefined) return chosenByClerk();
  const title = find([e.header.agencyText ?? '']);
  const file = find([bareName]);
  // The lead agency most rows name, when most rows name one.
  const leadCounts = new Map<number, number>();
  let leadNamed = 0;
  for (const t of e.leadTexts) {
    const f = find([t]);
    if (!f) continue;
    leadNamed++;
    leadCounts.set(current(f.id), (leadCounts.get(current(f.id)) ?? 0) + 1);
  }
  const [leadTop, leadTopCount] = [...leadCounts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  const lead = leadNamed >= 2 && leadTopCount / leadNamed >= 0.6 ? leadTop : null;

  const chosen = title ?? file;
  if (!chosen) {
    if (lead === null) return { agency: null, agencySource: null, agencyQuestion: null };
    return {
      agency: ref(lead),
      agencySource: 'detected',
      agencyQuestion: `Tệp không ghi tên đơn vị gửi ở tiêu đề hay tên tệp; đơn vị được đoán theo cột chủ trì (${nameOf(lead)}). Hãy chọn đúng đơn vị gửi báo cáo.`,
    };
  }
  const doubts: string[] = [];
  // "SỞ CÔNG THƯƠNG - SỞ TÀI CHÍNH": a joint report of two agencies; under whom it is filed is
  // the clerk's choice.
  const joint = [
    ...new Set(
      (e.header.agencyText ?? '')
        .split(/\s+[-–]\s+|\s+và\s+|\s*[,;]\s*/i)
        .map((t) => find([t]))
        .filter((f): f is NonNullable<Found> => f !== null && f.confidence >= 0.9)
        .map((f) => current(f.id)),
    ),
  ];
  if (joint.length > 1)
    doubts.push(`tiêu đề ghi báo cáo chung của ${joint.map(nameOf).join(' và ')}`);
  if (title && file && current(title.id) !== current(file.id))
    doubts.push(`tiêu đề ghi ${nameOf(title.id)} nhưng tên tệp ghi ${nameOf(file.id)}`);
  if (chosen.confidence < 0.9)
    doubts.push(
      `tên đơn vị chỉ nhận ra qua chữ viết tắt hoặc lẫn với đơn vị khác (${nameOf(chosen.id)}?)`,
    );
  if (lead !== null && lead !== current(chosen.id) && !leadCounts.has(current(chosen.id)))
    doubts.push(
      `${title ? 'tiêu đề' : 'tên tệp'} ghi ${nameOf(chosen.id)} nhưng các dòng ghi đơn vị chủ trì là ${nameOf(lead)}`,
    );
  return {
    agency: ref(chosen.id),
    agencySource: 'detected',
    agencyQuestion:
      doubts.length === 0
        ? null
        : `Chưa chắc đơn vị gửi báo cáo: ${doubts.join('; ')}. Hãy chọn đúng đơn vị trước khi ghi.`,
  };
}

/**
 * What the file says (our form's identification, the title block, then the file name) wins over
 * the period chosen on screen; a disagreement is shown so the user can correct either.
 */
function resolvePeriod(
  e: Extraction,
  fileName: string,
  hints: PreviewHints,
  issues: ImportIssue[],
): string | null {
  const own =
    e.period ?? parsePeriodFromText(e.header.periodText ?? '') ?? parsePeriodFromText(fileName);
  // Our form's "Kỳ báo cáo" cell typed over (last quarter's form, its period corrected by hand):
  // what the agency wrote is taken when it is the period chosen, otherwise asked.
  const typed = e.source === 'form' ? parsePeriodFromText(e.header.periodText ?? '') : null;
  // (Ad hoc periods' labels are not keys' labels: left to the form's key.)
  if (e.period && adhocKeyParts(e.period) === null && typed && typed !== e.period) {
    const message = `Biểu mẫu được lập cho kỳ ${label(e.period)} nhưng ô "Kỳ báo cáo" đã được sửa thành ${label(typed)}`;
    if (hints.period === typed) {
      issues.push(
        fileIssue(`${message}; tệp được xếp vào ${label(typed)} (kỳ đang chọn).`, 'warning'),
      );
      return typed;
    }
    issues.push(fileIssue(`${message}. Hãy chọn kỳ cho tệp này.`, 'warning'));
    return null;
  }
  const reused =
    e.source === 'form' && own && hints.period ? reusedForm(e, own, hints.period) : null;
  if (reused) {
    issues.push(fileIssue(reused, 'warning'));
    return null;
  }
  if (own && hints.period && hints.period !== own)
    issues.push(
      fileIssue(
        `Tệp ghi kỳ ${label(own)}, khác kỳ đang chọn (${label(hints.period)}); tệp được xếp vào ${label(own)}. Nếu tệp ghi nhầm, hãy chọn lại kỳ cho tệp này.`,
        'warning',
      ),
    );
  return own ?? hints.period ?? null;
}

// A report is dated within weeks of its period's end; a month later it is another period's.
const REUSED_AFTER_DAYS = 30;

/**
 * Our form of one period filled with a later period's work (last quarter's form reused): the
 * clerk chose another period and the file's own dates — its document date, its completion dates —
 * fall well after the form's period ended. Which report it is must then be asked. Null otherwise.
 */
function reusedForm(e: Extraction, formPeriod: string, chosen: string): string | null {
  if (chosen === formPeriod) return null;
  let end: string;
  try {
    end = periodFromKey(formPeriod).end;
  } catch {
    return null;
  }
  const dates = [e.header.docDate, ...e.rows.map((r) => r.completedOn)].filter(
    (d): d is string => d !== null && daysBetween(end, d) > REUSED_AFTER_DAYS,
  );
  if (dates.length === 0) return null;
  const latest = dates.sort().at(-1)!;
  return `Biểu mẫu là của kỳ ${label(formPeriod)} nhưng tệp ghi ngày ${formatVnDate(latest)}${dates.length > 1 ? ` (và ${dates.length - 1} ngày khác)` : ''}, sau khi kỳ đó kết thúc; kỳ đang chọn là ${label(chosen)}. Có thể đơn vị đã dùng lại biểu mẫu của kỳ trước. Hãy chọn kỳ cho tệp này (hoặc gửi lại biểu mẫu đúng kỳ cho đơn vị).`;
}

function label(key: string): string {
  try {
    return periodLabel(periodFromKey(key));
  } catch {
    return key;
  }
}

function compareWithStored(
  db: Db,
  c: Catalogue,
  plan: Plan,
  preview: FilePreview,
  e: Extraction,
): Pick<FilePreview, 'duplicateOf' | 'previous' | 'diff'> {
  const agencyId = preview.agency!.id;
  const period = preview.period!;
  const duplicateOf = findSubmissionByHash(db, plan.id, agencyId, period, preview.sha256);
  const previous = duplicateOf ? null : currentSubmission(db, plan.id, agencyId, period);
  if (!previous) return { duplicateOf, previous, diff: [] };
  return { duplicateOf, previous, diff: diffWithPrevious(db, c, previous, e.rows, {}, {}) };
}

/** What writing these rows (with the clerk's choices) changes against the previous version. */
export function diffWithPrevious(
  db: Db,
  c: Catalogue,
  previous: Submission,
  rows: ImportRow[],
  matches: MatchOverrides,
  answers: RowAnswers,
): ImportDiffEntry[] {
  return diffVersions(
    { progress: progressOf(db, [previous.id]), values: valuesOf(db, [previous.id]) },
    {
      progress: progressFromRows(rows, matches, answers),
      values: valuesFromRows(rows, matches, answers),
    },
    codeLookup(c),
  );
}
