// Correcting a committed submission: each change is a new version or an audited edit, and the
// period's status follows it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PeriodStatus } from '../../shared/api';
import { memoryBackend } from './helpers';
import { fillForm } from './import-helpers';

const PERIOD = '2025-Q3';

/** The form of an agency that leads at least one task, filled and ready to import. */
async function leadForm(app: ReturnType<typeof memoryBackend>) {
  const { files } = await app.call('forms.generate', { period: PERIOD });
  const status = await app.call('status.get', { period: PERIOD });
  for (const [i, f] of files.entries()) {
    const led = status.tasks.find((t) =>
      t.lead.some((l) => l.type === 'agency' && l.currentId === f.agency.id),
    );
    if (!led) continue;
    const filled = await fillForm(f.fileName, f.data, i);
    if (filled.tasks.has(led.code)) return { agency: f.agency, filled, task: led, seed: i };
  }
  throw new Error('no lead form');
}

async function commit(
  app: ReturnType<typeof memoryBackend>,
  file: { name: string; data: string },
  receivedOn: string,
) {
  const preview = await app.call('imports.preview', { files: [file], period: PERIOD });
  const { files } = await app.call('imports.commit', {
    previewId: preview.id,
    files: [{ fileId: preview.files[0]!.fileId, receivedOn }],
  });
  return files[0]!;
}

const taskRow = (s: PeriodStatus, taskId: number) => s.tasks.find((t) => t.taskId === taskId)!;

describe('correcting a submission', () => {
  it('the same bytes with another received date correct the version in place, audited', async () => {
    const app = memoryBackend();
    const { filled } = await leadForm(app);
    const first = await commit(app, filled, '2025-09-05');
    expect(first).toMatchObject({ ok: true, unchanged: false, submission: { version: 1 } });
    const same = await commit(app, filled, '2025-09-05');
    expect(same).toMatchObject({ ok: true, unchanged: true });
    expect(same.message).toMatch(/không có gì thay đổi/);

    const corrected = await commit(app, filled, '2025-09-25');
    expect(corrected).toMatchObject({ ok: true, unchanged: false, corrected: true });
    expect(corrected.message).toMatch(/Đã sửa phiên bản 1.*05\/09\/2025 → 25\/09\/2025/);
    expect(corrected.submission).toMatchObject({
      id: first.submission!.id,
      receivedOn: '2025-09-25',
    });
    const register = await app.call('submissions.register', { period: PERIOD });
    expect(
      register.versions.filter((v) => v.agency.id === first.submission!.agency.id),
    ).toHaveLength(1);
    // Quarter III is due 10/09: the corrected date makes the report late.
    const row = register.rows.find((r) => r.agency.id === first.submission!.agency.id)!;
    expect(row.state).toBe('late');

    const { entries } = await app.call('audit.list', {});
    expect(entries.map((e) => e.action)).toEqual(['submission.correct', 'submission.import']);
    expect(entries[0]).toMatchObject({
      actor: 'dòng lệnh',
      entity: 'submission',
      entityId: String(first.submission!.id),
      before: { receivedOn: '2025-09-05' },
      after: { receivedOn: '2025-09-25' },
    });
    app.close();
  });

  it('a row status and match edited on a committed submission change status.get and are audited', async () => {
    const app = memoryBackend();
    const { filled, task } = await leadForm(app);
    const { submission } = await commit(app, filled, '2025-09-05');
    const id = submission!.id;
    const before = await app.call('status.get', { period: PERIOD });
    const reported = taskRow(before, task.taskId).leadReports[0]!;
    const other = reported.status === 'done' ? 'not_started' : 'done';

    const detail = await app.call('submissions.updateRow', {
      id,
      kind: 'task',
      rowId: task.taskId,
      status: other,
    });
    expect(detail.progress.find((p) => p.taskId === task.taskId)!.status).toBe(other);
    const after = await app.call('status.get', { period: PERIOD });
    expect(taskRow(after, task.taskId).leadReports[0]!.status).toBe(other);
    expect(taskRow(after, task.taskId).status).not.toBe(taskRow(before, task.taskId).status);

    // The row was matched to the wrong task: move it to a task the submission does not carry.
    const carried = new Set(detail.progress.map((p) => p.taskId));
    const target = after.tasks.find((t) => !carried.has(t.taskId))!;
    const moved = await app.call('submissions.updateRow', {
      id,
      kind: 'task',
      rowId: task.taskId,
      matchId: target.taskId,
    });
    expect(moved.progress.some((p) => p.taskId === task.taskId)).toBe(false);
    expect(moved.progress.find((p) => p.taskId === target.taskId)!.status).toBe(other);
    const last = await app.call('status.get', { period: PERIOD });
    expect(taskRow(last, task.taskId).leadReports).toHaveLength(0);
    expect(
      taskRow(last, target.taskId).leadReports.length + taskRow(last, target.taskId).partnerCount,
    ).toBe(1);

    // A row already carried cannot take a second match.
    const twice = app.call('submissions.updateRow', {
      id,
      kind: 'task',
      rowId: target.taskId,
      matchId: [...carried].find((t) => t !== task.taskId)!,
    });
    await expect(twice).rejects.toThrow(/chỉ khớp một lần/);

    const { entries } = await app.call('audit.list', { entity: 'submission' });
    expect(entries.map((e) => e.action)).toEqual([
      'submission.updateRow',
      'submission.updateRow',
      'submission.import',
    ]);
    expect(entries[0]!.summary).toMatch(new RegExp(`khớp lại với ${target.code}`));
    expect(entries[1]).toMatchObject({
      before: { status: reported.status },
      after: { status: other },
    });
    app.close();
  });

  it('withdrawing a version falls back to the previous one, then to none; audited', async () => {
    const app = memoryBackend();
    const { filled, task, agency, seed } = await leadForm(app);
    const v1 = (await commit(app, filled, '2025-09-05')).submission!;
    // The agency resends with other answers: version 2. The next seed shifts every status word
    // (a fixed seed gave the same answers whenever it agreed with the first one modulo 3, and
    // the two files then differed only by the workbook's save time).
    const resent = await fillForm(
      filled.name,
      (await app.call('forms.generate', { period: PERIOD, agencyIds: [agency.id] })).files[0]!.data,
      seed + 1,
    );
    const v2 = (await commit(app, resent, '2025-09-08')).submission!;
    expect(v2.version).toBe(2);
    const statusOf = async () =>
      taskRow(await app.call('status.get', { period: PERIOD }), task.taskId).leadReports.map(
        (r) => r.submissionId,
      );
    expect(await statusOf()).toEqual([v2.id]);

    const withdrawn = await app.call('submissions.withdraw', { id: v2.id, reason: 'Gửi nhầm tệp' });
    expect(withdrawn.submission).toMatchObject({
      withdrawn: true,
      withdrawnReason: 'Gửi nhầm tệp',
      superseded: true,
    });
    expect(withdrawn.versions.find((v) => v.id === v1.id)).toMatchObject({ superseded: false });
    expect(await statusOf()).toEqual([v1.id]);
    await expect(app.call('submissions.withdraw', { id: v2.id, reason: 'x' })).rejects.toThrow(
      /đã được rút/,
    );

    await app.call('submissions.withdraw', { id: v1.id, reason: 'Không phải báo cáo quý III' });
    expect(await statusOf()).toEqual([]);
    const register = await app.call('submissions.register', { period: PERIOD });
    expect(register.rows.find((r) => r.agency.id === agency.id)!.state).toBe('missing');
    expect(
      register.versions.filter((v) => v.agency.id === agency.id).map((v) => v.withdrawn),
    ).toEqual([true, true]);

    const { entries } = await app.call('audit.list', { entity: 'submission' });
    expect(entries.slice(0, 2).map((e) => [e.action, e.entityId])).toEqual([
      ['submission.withdraw', String(v1.id)],
      ['submission.withdraw', String(v2.id)],
    ]);
    expect(entries[1]!.after).toMatchObject({ withdrawn: true, reason: 'Gửi nhầm tệp' });

    // The original file of any version can be downloaded as received.
    const original = await app.call('submissions.file', { id: v1.id });
    expect(original).toEqual({ fileName: v1.fileName, data: filled.data });
    app.close();
  });

  it('the same bytes imported for another agency move the report there: the old record is withdrawn', async () => {
    const app = memoryBackend();
    const { filled } = await leadForm(app);
    const preview = await app.call('imports.preview', { files: [filled], period: PERIOD });
    const p = preview.files[0]!;
    const first = await app.call('imports.commit', {
      previewId: preview.id,
      files: [{ fileId: p.fileId, receivedOn: '2025-09-05' }],
    });
    const old = first.files[0]!.submission!;
    const c = await app.call('catalogue.get', {});
    const other = c.agencies.find((a) => a.active && a.id !== old.agency.id && !a.successor)!;
    const again = await app.call('imports.commit', {
      previewId: preview.id,
      files: [{ fileId: p.fileId, receivedOn: '2025-09-05', agencyId: other.id }],
    });
    expect(again.files[0]).toMatchObject({
      ok: true,
      corrected: true,
      submission: { agency: { id: other.id } },
    });
    expect(again.files[0]!.message).toMatch(/đã được rút/);
    const oldNow = await app.call('submissions.get', { id: old.id });
    expect(oldNow.submission).toMatchObject({ withdrawn: true });
    app.close();
  });

  it("a report recorded under the wrong agency is moved: it becomes that agency's next version", async () => {
    const app = memoryBackend();
    const { filled, agency } = await leadForm(app);
    const v1 = (await commit(app, filled, '2025-09-05')).submission!;
    const c = await app.call('catalogue.get', {});
    const other = c.agencies.find((a) => a.active && !a.successor && a.id !== agency.id)!;
    const merged = c.agencies.find((a) => a.successor);
    if (merged)
      await expect(
        app.call('submissions.update', { id: v1.id, patch: { agencyId: merged.id } }),
      ).rejects.toThrow(/đã sáp nhập/);
    const moved = await app.call('submissions.update', {
      id: v1.id,
      patch: { agencyId: other.id },
    });
    expect(moved.submission).toMatchObject({
      agency: { id: other.id },
      version: 1,
      superseded: false,
    });
    const register = await app.call('submissions.register', { period: PERIOD });
    expect(register.rows.find((r) => r.agency.id === agency.id)!.state).toBe('missing');
    expect(register.rows.find((r) => r.agency.id === other.id)!.submission!.id).toBe(v1.id);
    const { entries } = await app.call('audit.list', { entity: 'submission' });
    expect(entries[0]).toMatchObject({
      action: 'submission.update',
      before: { agencyId: agency.id },
      after: { agencyId: other.id },
    });
    app.close();
  });

  it('edits of tasks and agencies are audited with their old and new values', async () => {
    const app = memoryBackend();
    const c = await app.call('catalogue.get', {});
    const task = c.tasks[0]!;
    await app.call('tasks.update', { id: task.id, patch: { output: 'Báo cáo mới' } });
    const agency = c.agencies.find((a) => a.active)!;
    await app.call('agencies.update', { id: agency.id, patch: { shortName: 'XYZ' } });
    const { entries } = await app.call('audit.list', {});
    expect(entries.map((e) => [e.action, e.entity])).toEqual([
      ['agency.update', 'agency'],
      ['task.update', 'task'],
    ]);
    expect(entries[1]).toMatchObject({
      before: { output: task.output },
      after: { output: 'Báo cáo mới' },
    });
    expect(entries[0]!.after).toEqual({ shortName: 'XYZ' });
    app.close();
  });
});

describe('a report entered by hand', () => {
  it("a phone call becomes the agency's next version: status follows, the entry is its file, audited", async () => {
    const app = memoryBackend();
    const { agency, task } = await leadForm(app);
    const c = await app.call('catalogue.get', {});
    const indicator = c.indicators.find((x) => x.target && x.target.op !== 'text')!;
    const detail = await app.call('submissions.enter', {
      agencyId: agency.id,
      period: PERIOD,
      receivedOn: '2025-09-09',
      channel: 'phone',
      note: 'Ông Nguyễn Văn B báo qua điện thoại',
      tasks: [{ taskId: task.taskId, status: 'done', completedOn: '2025-08-30' }],
      values: [{ indicatorId: indicator.id, valueText: '37,6' }],
    });
    expect(detail.submission).toMatchObject({
      version: 1,
      channel: 'phone',
      entryNote: 'Ông Nguyễn Văn B báo qua điện thoại',
      receivedOn: '2025-09-09',
    });
    expect(detail.values[0]).toMatchObject({ value: 37.6, valueText: '37,6' });
    const status = await app.call('status.get', { period: PERIOD });
    expect(taskRow(status, task.taskId).leadReports[0]).toMatchObject({
      submissionId: detail.submission.id,
      status: 'done',
    });
    const file = await app.call('submissions.file', { id: detail.submission.id });
    expect(JSON.parse(Buffer.from(file.data, 'base64').toString('utf8'))).toMatchObject({
      channel: 'điện thoại',
      agency: agency.name,
    });
    await expect(
      app.call('submissions.enter', {
        agencyId: agency.id,
        period: PERIOD,
        receivedOn: '2025-09-09',
        channel: 'paper',
        tasks: [],
        values: [],
      }),
    ).rejects.toThrow();
    // A figure in words is read as files are; several figures are refused, saying which.
    const inWords = await app.call('submissions.enter', {
      agencyId: agency.id,
      period: PERIOD,
      receivedOn: '2025-09-10',
      channel: 'paper',
      tasks: [],
      values: [{ indicatorId: indicator.id, valueText: 'Đạt 38,1%, vượt KH' }],
    });
    expect(inWords.values[0]).toMatchObject({ value: 38.1, valueText: 'Đạt 38,1%, vượt KH' });
    await expect(
      app.call('submissions.enter', {
        agencyId: agency.id,
        period: PERIOD,
        receivedOn: '2025-09-10',
        channel: 'paper',
        tasks: [],
        values: [{ indicatorId: indicator.id, valueText: '45/100' }],
      }),
    ).rejects.toThrow(/"45\/100" có nhiều số/);
    const { entries } = await app.call('audit.list', {});
    expect(entries.map((e) => e.action)).toEqual(['submission.enter', 'submission.enter']);
    expect(entries[1]!.summary).toMatch(/Nhập tay \(điện thoại\)/);
    app.close();
  });
});

describe('audit of settings, periods, judgements and reports', () => {
  it('records each change with its old and new values, and nothing for a change to the same value', async () => {
    const app = memoryBackend();
    const before = await app.call('settings.get', {});
    await app.call('settings.update', { patch: { signerName: 'Nguyễn Văn A' } });
    await app.call('settings.update', { patch: { signerName: 'Nguyễn Văn A' } });
    await app.call('periods.createAdhoc', {
      title: 'Báo cáo phục vụ Đoàn kiểm tra',
      start: '2025-10-01',
      end: '2025-10-31',
      due: '2025-11-05',
    });
    const c = await app.call('catalogue.get', {});
    const qualitative = c.indicators.find((x) => x.target?.op === 'text')!;
    await app.call('indicators.judge', {
      indicatorId: qualitative.id,
      period: PERIOD,
      judgement: 'met',
    });
    const drafted = await app.call('reports.narrative', { period: PERIOD });
    const narrative = drafted.narrative.map((sec, i) =>
      i === 0 ? { ...sec, paragraphs: [...sec.paragraphs, 'Đoạn viết thêm.'] } : sec,
    );
    await app.call('reports.saveNarrative', { period: PERIOD, narrative });
    const { entries } = await app.call('audit.list', {});
    expect(entries.map((e) => e.action)).toEqual([
      'report.saveNarrative',
      'indicator.judge',
      'period.createAdhoc',
      'settings.update',
    ]);
    expect(entries[3]).toMatchObject({
      entity: 'settings',
      before: { signerName: before.signerName },
      after: { signerName: 'Nguyễn Văn A' },
    });
    expect(entries[1]).toMatchObject({
      before: { judgement: null },
      after: { judgement: 'met', period: PERIOD },
    });
    expect(JSON.stringify(entries[0]!.after)).toContain('Đoạn viết thêm.');
    const reports = await app.call('audit.list', { entity: 'report' });
    expect(reports.entries).toHaveLength(1);
    app.close();
  });
});

describe('command line: withdraw and audit', () => {
  it('withdraw --submission --reason, then submissions --json shows it and audit --json lists it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thbc-corr-'));
    const db = join(dir, 'x.db');
    const cli = (...args: string[]) =>
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'electron/backend/cli.ts', ...args, '--db', db],
        {
          encoding: 'utf8',
          env: { ...process.env, THBC_DB: '' },
        },
      );
    const app = memoryBackend();
    const { filled } = await leadForm(app);
    app.close();
    const path = join(dir, filled.name);
    writeFileSync(path, Buffer.from(filled.data, 'base64'));
    cli('import', '--period', PERIOD, '--received', '2025-09-05', path);
    const listed = JSON.parse(cli('submissions', '--period', PERIOD, '--json'));
    const id = listed.versions[0].id as number;
    cli('withdraw', '--submission', String(id), '--reason', 'Nhập nhầm kỳ');
    const after = JSON.parse(cli('submissions', '--period', PERIOD, '--json'));
    expect(after.versions[0]).toMatchObject({
      id,
      withdrawn: true,
      withdrawnReason: 'Nhập nhầm kỳ',
    });
    const log = JSON.parse(cli('audit', '--since', '2000-01-01', '--json'));
    expect(log.entries.map((e: { action: string }) => e.action)).toEqual([
      'submission.withdraw',
      'submission.import',
    ]);
    expect(log.entries[0]).toMatchObject({
      actor: 'dòng lệnh',
      entity: 'submission',
      entityId: String(id),
    });
    expect(Object.keys(log.entries[0])).toEqual(
      expect.arrayContaining(['at', 'actor', 'action', 'entity', 'entityId', 'before', 'after']),
    );
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
