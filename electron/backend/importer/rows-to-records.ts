// Turns preview rows (with the user's corrections) into the records a submission stores.
import type { ImportRow } from '../../../shared/domain/import-types';
import type { IndicatorValue, TaskProgress } from '../../../shared/domain/types';

/** Row key → chosen plan row id, or null when the user dropped the row. */
export type MatchOverrides = Record<string, number | null>;

function chosenTarget(row: ImportRow, overrides: MatchOverrides): number | null {
  return row.key in overrides ? overrides[row.key]! : row.targetId;
}

export function progressFromRows(
  rows: ImportRow[],
  overrides: MatchOverrides,
): Omit<TaskProgress, 'submissionId'>[] {
  return rows
    .filter((r) => r.kind === 'task' && chosenTarget(r, overrides) !== null)
    .map((r) => ({
      taskId: chosenTarget(r, overrides)!,
      sourceRow: r.key,
      status: r.status,
      completedOn: r.completedOn,
      progress: r.progress,
      difficulties: r.difficulties,
      proposals: r.proposals,
    }));
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
 * Rows still waiting for the user: uncertain and neither confirmed, changed nor dropped.
 * Accepting suggestions takes every suggested match and leaves out rows that matched nothing.
 */
export function unresolvedRows(
  rows: ImportRow[],
  overrides: MatchOverrides,
  acceptSuggested: boolean,
): ImportRow[] {
  return acceptSuggested ? [] : rows.filter((r) => r.uncertain && !(r.key in overrides));
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
