// Turns preview rows (with the user's corrections) into the records a submission stores.
import {
  chosenTarget,
  type MatchOverrides,
  type RowAnswers,
} from '../../../shared/domain/import-rules';
import type { ImportRow } from '../../../shared/domain/import-types';
import type { IndicatorValue, TaskProgress } from '../../../shared/domain/types';

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
