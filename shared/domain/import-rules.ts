// The rules of an import decision, shared by the backend (which refuses a commit that breaks
// them) and the import screen (which shows what is left to do): one rule, one place.
import { SUGGESTION_FLOOR, type ImportRow } from './import-types';
import type { IsoDate, ReportedStatus } from './types';

/** Row key → chosen plan row id, or null when the clerk dropped the row. */
export type MatchOverrides = Record<string, number | null>;

/**
 * Row key → the clerk's answer to the row's questions (an empty answer keeps the reading): a task's
 * status and completion date, an indicator's figure (null: kept as the words written).
 */
export type RowAnswers = Record<
  string,
  { status?: ReportedStatus | null; completedOn?: IsoDate | null; value?: number | null }
>;

/** The plan row a file row goes to: the clerk's choice, else the suggestion; null = left out. */
export function chosenTarget(row: ImportRow, overrides: MatchOverrides): number | null {
  return row.key in overrides ? (overrides[row.key] ?? null) : row.targetId;
}

/** The row's status after the clerk's answer (answered null: "không rõ"), else as the file reads. */
export function answeredStatus(row: ImportRow, answers: RowAnswers): ReportedStatus | null {
  const a = answers[row.key];
  return a?.status !== undefined ? a.status : row.status;
}

/** The indicator's figure after the clerk's answer, else as the file reads. */
export function answeredValue(row: ImportRow, answers: RowAnswers): number | null {
  const a = answers[row.key];
  return a?.value !== undefined ? a.value : row.value;
}

/** "Chấp nhận gợi ý" takes this row's suggestion (a match at or above the floor). */
export function acceptableSuggestion(row: ImportRow): boolean {
  return row.targetId !== null && row.confidence >= SUGGESTION_FLOOR;
}

/**
 * Rows still waiting for the clerk: an uncertain match neither confirmed, changed nor dropped, or
 * a reading in doubt (status, date) not answered. Accepting suggestions takes suggested matches
 * at or above SUGGESTION_FLOOR and leaves out rows that matched nothing; guesses below the floor
 * and doubtful readings stay questions.
 */
export function openRows(
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
      !(acceptSuggested && (acceptableSuggestion(r) || r.targetId === null));
    const readingOpen = r.questions.length > 0 && !(r.key in answers);
    return matchOpen || readingOpen;
  });
}

/** Plan rows chosen for more than one file row after the clerk's changes (`kind:id` keys). */
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
