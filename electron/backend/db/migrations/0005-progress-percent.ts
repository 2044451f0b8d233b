// What agencies report beyond a status word: the progress percentage ("Tiến độ (%)": 70) and
// whether the completion date is only a month ("tháng 8/2025" → 31/08/2025, approximate).
import type { Migration } from './migration';

export const progressPercent: Migration = {
  version: 5,
  name: 'progress_percent',
  up(db) {
    db.exec(`
      ALTER TABLE task_progress ADD COLUMN percent REAL CHECK (percent IS NULL OR (percent >= 0 AND percent <= 100));
      ALTER TABLE task_progress ADD COLUMN completed_approx INTEGER NOT NULL DEFAULT 0 CHECK (completed_approx IN (0, 1));
    `);
  },
};
