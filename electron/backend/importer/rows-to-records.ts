// Turns preview rows (with the user's corrections) into the records a submission stores.
import { SUGGESTION_FLOOR, type ImportRow } from '../../../shared/domain/import-types';
import type {
  IndicatorValue,
  IsoDate,
  ReportedStatus,
  TaskProgress,
} from '../../../shared/domain/types';

/** Row key → chosen plan row id, or null when the user dropped the row. */
export type MatchOverrides = Record<string, number | null>;

/** Row key → the clerk's answer to the row's questions (status, completion date). */
export type RowAnswers = Record<
  string,
  { status?: ReportedStatus | null; completedOn?: IsoDate | null }
>;

function chosenTarget(row: ImportRow, overrides: MatchOverrides): number | null {
  return row.key in overrides ? overrides[row.key]! : row.targetId;
}

export function progressFromRows(
  rows: ImportRow[],
  overrides: MatchOverrides,
  answers: RowAnswers = {},
): Omit<TaskProgress, 'submissionId'>[] {
  return rows
    .filter((r) => r.kind === 'task' && chosenTarget(r, overrides) !== null)
    .map((r) => {
      const a = answers[r.key] ?? {};
      const status = a.status !== undefined ? a.status : r.status;
      const answeredDate = a.completedOn !== undefined;
      const completedOn =
        status !== 'done' ? null : answeredDate ? (a.completedOn ?? null) : r.completedOn;
      return {
        taskId: chosenTarget(r, overrides)!,
        sourceRow: r.key,
        status,
        completedOn,
        completedApprox: completedOn !== null && !answeredDate && r.completedApprox,
        percent: r.percent,
        progress: r.progress,
        difficulties: r.difficulties,
        proposals: r.proposals,
      };
    });
}

export function valuesFromRows(
  rows: ImportRow[],
  overrides: MatchOverrides,
): Omit<IndicatorValue, 'submissionId'>[] {
  return rows
    .filter((r) => r.kind === 'indicator' && chosenTarget(r, overrides) !== null)
    .map((r) => ({
      indicatorId: chosenTarget(r, overrides)!,
      sourceRow: r.key,
      value: r.value,
      valueText: r.valueText,
      note: r.note,
    }));
}

/**
 * Rows still waiting for the user: an uncertain match neither confirmed, changed nor dropped, or
 * a reading in doubt (status, date) not answered. Accepting suggestions takes suggested matches at
 * or above SUGGESTION_FLOOR; guesses below it and doubtful readings stay questions.
 */
export function unresolvedRows(
  rows: ImportRow[],
  overrides: MatchOverrides,
  acceptSuggested: boolean,
  answers: RowAnswers = {},
): ImportRow[] {
  return rows.filter((r) => {
    if (r.key in overrides && overrides[r.key] === null) return false; // dropped
    const matchOpen =
      r.uncertain &&
      !(r.key in overrides) &&
      !(acceptSuggested && r.targetId !== null && r.confidence >= SUGGESTION_FLOOR) &&
      // Accepting suggestions leaves out rows that matched nothing, as before.
      !(acceptSuggested && r.targetId === null);
    const readingOpen = r.questions.length > 0 && !(r.key in answers);
    return matchOpen || readingOpen;
  });
}

/** Plan rows chosen for more than one file row after the user's changes. */
export function doubleMatches(rows: ImportRow[], overrides: MatchOverrides): string[] {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const target = chosenTarget(r, overrides);
    if (target === null) continue;
    const key = `${r.kind}:${target}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}
