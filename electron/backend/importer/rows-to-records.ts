// Turns preview rows (with the user's corrections) into the records a submission stores.
import {
  answeredStatus,
  answeredValue,
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
  return rows.flatMap((r) => {
    const taskId = r.kind === 'task' ? chosenTarget(r, overrides) : null;
    if (taskId === null) return [];
    const a = answers[r.key] ?? {};
    const status = answeredStatus(r, answers);
    const answeredDate = a.completedOn !== undefined;
    const completedOn =
      status !== 'done' ? null : answeredDate ? (a.completedOn ?? null) : r.completedOn;
    return [
      {
        taskId,
        sourceRow: r.key,
        status,
        completedOn,
        completedApprox: completedOn !== null && !answeredDate && r.completedApprox,
        percent: r.percent,
        progress: r.progress,
        difficulties: r.difficulties,
        proposals: r.proposals,
      },
    ];
  });
}

export function valuesFromRows(
  rows: ImportRow[],
  overrides: MatchOverrides,
  answers: RowAnswers = {},
): Omit<IndicatorValue, 'submissionId'>[] {
  return rows.flatMap((r) => {
    const indicatorId = r.kind === 'indicator' ? chosenTarget(r, overrides) : null;
    if (indicatorId === null) return [];
    // A figure the clerk typed for a cell of several figures ("45/100") replaces the cell's words
    // in what is shown and printed (the words would say the opposite of the figure judged); the
    // words stay in the original file, which the source row points to.
    const answered = answers[r.key]?.value;
    const value = answeredValue(r, answers);
    const valueText = answered !== undefined && answered !== null ? null : r.valueText;
    return [{ indicatorId, sourceRow: r.key, value, valueText, note: r.note }];
  });
}
