// Corrections to agencies' submissions and the audit log (Nhật ký thay đổi).
// A withdrawn version is kept with its reason; the period falls back to the previous version.
import type { Migration } from './migration';

export const correctionsAudit: Migration = {
  version: 6,
  name: 'corrections_audit',
  up(db) {
    db.exec(`
      ALTER TABLE submission ADD COLUMN withdrawn_at TEXT;
      ALTER TABLE submission ADD COLUMN withdrawn_reason TEXT;

      -- Every change to the catalogue, settings, plans, periods, submissions and reports: when, who,
      -- what, and the values before and after (JSON), written in the same transaction as the change.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        summary TEXT NOT NULL DEFAULT '',
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after))
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log(at);
      CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
    `);
  },
};
