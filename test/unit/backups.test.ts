import { describe, expect, it } from 'vitest';
import {
  BACKUP_KINDS,
  BACKUP_KIND_LABELS,
  formatBytes,
  isBackupKind,
} from '../../shared/domain/backups';

describe('backup kinds and sizes as users read them', () => {
  it('names every kind in Vietnamese', () => {
    for (const kind of BACKUP_KINDS) expect(BACKUP_KIND_LABELS[kind]).toMatch(/\S/);
    expect(isBackupKind('pre-agency-merge')).toBe(true);
    expect(isBackupKind('weekly')).toBe(false);
  });

  it('writes sizes with a decimal comma', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(241_664)).toBe('236,0 KB');
    expect(formatBytes(7.1 * 2 ** 20)).toBe('7,1 MB');
    expect(formatBytes(3 * 2 ** 30)).toBe('3,0 GB');
  });
});
