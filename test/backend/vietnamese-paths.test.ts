// A Windows user named "Nguyễn Thị Hương" has her data under C:\Users\Nguyễn Thị Hương\AppData\…,
// and a secretary may keep backups in a deep folder of Vietnamese names. The database, its daily
// backup, a backup on request and a restore all work there (a folder path over 260 characters).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { listBackups } from '../../electron/backend/db/backups';
import { call } from '../../electron/backend/dispatch';
import { silentLogger } from '../../electron/backend/logger';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('data under Vietnamese and long folder names', () => {
  it('opens, backs up and restores the database there', async () => {
    const root = mkdtempSync(join(tmpdir(), 'thbc-vi-'));
    dirs.push(root);
    const home = join(root, 'Users', 'Nguyễn Thị Hương', 'AppData', 'Roaming', 'tong-hop-bao-cao');
    const deep = join(
      root,
      'Tài liệu',
      ...Array.from({ length: 8 }, (_, i) => `Báo cáo Nghị quyết 57 – đợt ${i + 1}`),
    );
    mkdirSync(home, { recursive: true });
    mkdirSync(deep, { recursive: true });
    expect(deep.length).toBeGreaterThan(260);
    const dbPath = join(home, 'tong-hop-bao-cao.db');

    const backend = createBackend({
      dbPath,
      transport: 'cli',
      logger: silentLogger,
      today: '2026-03-02',
    });
    try {
      expect(backend.seeded).toBe(true);
      expect(listBackups(dbPath).map((b) => b.kind)).toEqual(['daily']);
      const out = join(deep, 'Sao lưu trước khi sửa – Sở Khoa học và Công nghệ.db');
      const made = await call(backend.dispatch, 'backups.create', { out });
      expect(existsSync(out)).toBe(true);
      expect(made.size).toBeGreaterThan(0);
      const restored = await call(backend.dispatch, 'backups.restore', { file: out });
      expect(restored.message).toBeTruthy();
      const catalogue = await call(backend.dispatch, 'catalogue.get', {});
      expect(catalogue.tasks.length).toBeGreaterThan(0);
    } finally {
      backend.close();
    }
  });
});
