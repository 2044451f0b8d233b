// Every schema step in order. A new step: copy the last module, number it next, add it here, and
// give it a test in test/backend/migrations/ that migrates a database holding data from the
// version before (see docs/ARCHITECTURE.md).
import type { Migration } from './migration';
import { catalogue } from './0001-catalogue';
import { submissions } from './0002-submissions';
import { reportPrint } from './0003-report-print';
import { agencyMerge } from './0004-agency-merge';
import { progressPercent } from './0005-progress-percent';
import { correctionsAudit } from './0006-corrections-audit';
import { signedReport } from './0007-signed-report';
import { manualEntry } from './0008-manual-entry';

export type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [
  catalogue,
  submissions,
  reportPrint,
  agencyMerge,
  progressPercent,
  correctionsAudit,
  signedReport,
  manualEntry,
];

/** The schema version this app writes and the newest it opens. */
export const LATEST_SCHEMA = MIGRATIONS.length;
