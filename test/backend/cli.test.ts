import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SECOND_PLAN, secondPlanFile } from '../fixtures/second-plan';

const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'electron/backend/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, THBC_DB: '' },
  });

describe('command line', () => {
  it('init creates and seeds once; a second init changes nothing; catalogue prints the plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thbc-cli-'));
    const db = join(dir, 'x.db');
    const first = JSON.parse(cli('init', '--db', db, '--json'));
    expect(first).toMatchObject({ seeded: true, tasks: 75, indicators: 38 });
    const catalogue = () => cli('catalogue', '--db', db, '--json');
    const before = catalogue();
    const hash = () => createHash('sha256').update(readFileSync(db)).digest('hex');
    const dbBefore = hash();
    expect(JSON.parse(cli('init', '--db', db, '--json'))).toMatchObject({
      seeded: false,
      tasks: 75,
    });
    expect(catalogue()).toBe(before);
    expect(hash()).toBe(dbBefore);
    const parsed = JSON.parse(before);
    expect(parsed.groups.map((g: { code: string }) => g.code)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
    ]);
    expect(parsed.tasks[0]).toMatchObject({ code: 'I.1', group: 'I', number: '1' });
    expect(parsed.tasks[0].deadline).toHaveProperty('kind');
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the plans and switches the tracked one; status follows it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thbc-cli-'));
    const db = join(dir, 'x.db');
    const file = join(dir, 'KeHoach_2026.xlsx');
    writeFileSync(file, Buffer.from((await secondPlanFile()).data, 'base64'));
    cli('plan-import', file, '--db', db, '--title', SECOND_PLAN.title, '--number', '12', '--json');
    const plans = JSON.parse(cli('plans', '--db', db, '--json')) as {
      id: number;
      tracked: boolean;
    }[];
    expect(plans.map((p) => p.tracked)).toEqual([true, false]);
    const switched = JSON.parse(
      cli('plans', '--db', db, '--track', String(plans[1]!.id), '--json'),
    );
    expect(switched.map((p: { tracked: boolean }) => p.tracked)).toEqual([false, true]);
    const status = JSON.parse(cli('status', '--db', db, '--period', '2026-Q4', '--json'));
    expect(status.tasks).toHaveLength(3);
    const refused = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/backend/cli.ts', 'plans', '--db', db, '--track', '99'],
      { encoding: 'utf8', env: { ...process.env, THBC_DB: '' } },
    );
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('Không tìm thấy kế hoạch này');
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("import prints each file's own reason when every file fails, and takes --received", () => {
    const dir = mkdtempSync(join(tmpdir(), 'thbc-cli-'));
    const db = join(dir, 'x.db');
    cli('init', '--db', db);
    const broken = join(dir, 'hong.xlsx');
    writeFileSync(broken, 'không phải bảng tính');
    const pdf = join(dir, 'baocao.xlsx');
    writeFileSync(pdf, '%PDF-1.4 giả');
    const run = (...args: string[]) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', 'electron/backend/cli.ts', 'import', '--db', db, ...args],
        { encoding: 'utf8', env: { ...process.env, THBC_DB: '' } },
      );
    const failed = run('--period', '2025-Q3', broken, pdf);
    expect(failed.status).toBe(1);
    const out = failed.stdout + failed.stderr;
    expect(out).not.toContain('Dữ liệu gửi lên không hợp lệ');
    expect(out).toContain('hong.xlsx');
    expect(out).toContain('PDF');

    // A report without a document date waits for its received date; --received gives it.
    const yTe = join(process.cwd(), 'seeds', 'examples', 'SoYTe_Q3_2025.xlsx');
    const waiting = run('--period', '2025-Q3', '--json', yTe);
    expect(waiting.status).toBe(1);
    expect(JSON.parse(waiting.stdout).files[0]).toMatchObject({
      ok: false,
      needsReceivedOn: true,
      message: expect.stringContaining('ngày nhận'),
    });
    const dated = run('--period', '2025-Q3', '--received', '12/09/2025', '--json', yTe);
    expect(dated.status).toBe(0);
    const sub = JSON.parse(dated.stdout).files[0];
    expect(sub.ok).toBe(true);
    const register = JSON.parse(cli('submissions', '--db', db, '--period', '2025-Q3', '--json'));
    expect(JSON.stringify(register)).toContain('2025-09-12');
    expect(run('--period', '2025-Q3', '--received', '31/02/2025', yTe).status).toBe(2);
    rmSync(dir, { recursive: true, force: true });
  });

  it("reminder takes --due as the letter's deadline; report warns of a plan without number", () => {
    const dir = mkdtempSync(join(tmpdir(), 'thbc-cli-'));
    const db = join(dir, 'x.db');
    const letter = join(dir, 'cv.docx');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'electron/backend/cli.ts', ...args], {
        encoding: 'utf8',
        env: { ...process.env, THBC_DB: '' },
      });
    const bad = run(
      'reminder',
      '--db',
      db,
      '--period',
      '2025-Q3',
      '--docx',
      letter,
      '--due',
      '31/02/2025',
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Hạn gửi "31/02/2025" không đúng dạng');
    const ok = run(
      'reminder',
      '--db',
      db,
      '--period',
      '2025-Q3',
      '--docx',
      letter,
      '--due',
      '25/09/2025',
    );
    expect(ok.status, ok.stderr).toBe(0);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(letter)))['word/document.xml']!);
    expect(xml).toContain('trước ngày 25/09/2025');
    expect(xml).not.toContain('trong thời gian sớm nhất');
    // The seed plan has no number: the report is still made, with a warning on stderr.
    const report = run('report', '--db', db, '--period', '2025-Q3', '--docx', join(dir, 'bc.docx'));
    expect(report.status, report.stderr).toBe(0);
    expect(report.stderr).toContain('Cảnh báo: kế hoạch chưa có số, ngày ban hành');
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('explains an unknown command in Vietnamese', () => {
    let stderr = '';
    try {
      cli('lam-gi-do');
    } catch (error) {
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(stderr).toMatch(/Không có lệnh "lam-gi-do"/);
  });
});
