import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call } from '../../electron/backend/dispatch';
import { makeBadFiles } from '../fixtures/bad-files';
import { snapshot } from './db-snapshot';
import { memoryBackend } from './helpers';
import { b64, exampleFiles, fillForm, importAll } from './import-helpers';

const PERIOD = '2025-Q3';

describe('forms out and back in (round trip)', () => {
  it('every value filled in every expected agency form lands on the right task and indicator', async () => {
    const app = memoryBackend();
    const { files } = await call(app.dispatch, 'forms.generate', { period: PERIOD });
    const { expected } = await call(app.dispatch, 'periods.get', { period: PERIOD });
    expect(files.map((f) => f.agency.id).sort()).toEqual(expected.map((a) => a.id).sort());
    const filled = await Promise.all(files.map((f, i) => fillForm(f.fileName, f.data, i)));
    const { preview, commit } = await importAll(app, filled);
    expect(preview.files.every((f) => f.ok && f.source === 'form' && f.period === PERIOD)).toBe(
      true,
    );
    expect(
      preview.files.flatMap((f) => f.rows).every((r) => !r.uncertain && r.confidence === 1),
    ).toBe(true);
    expect(commit.files.every((f) => f.ok)).toBe(true);

    for (const [i, result] of commit.files.entries()) {
      const detail = await call(app.dispatch, 'submissions.get', { id: result.submission!.id });
      expect(detail.submission.agency.id).toBe(files[i]!.agency.id);
      const form = filled[i]!;
      expect(detail.progress).toHaveLength(form.tasks.size);
      for (const p of detail.progress) {
        const written = form.tasks.get(p.code)!;
        const word = {
          done: 'Đã hoàn thành',
          in_progress: 'Đang thực hiện',
          not_started: 'Chưa thực hiện',
        }[p.status!];
        expect(word).toBe(written.status);
        expect(p.completedOn).toBe(written.completedOn);
        expect(p.progress).toContain(`nhiệm vụ ${p.code}`);
      }
      for (const v of detail.values) expect(v.value).toBeCloseTo(form.values.get(v.code)!, 6);
    }
    const register = await call(app.dispatch, 'submissions.register', { period: PERIOD });
    expect(register.counts.missing).toBe(0);
    app.close();
  });
});

describe("agencies' own spreadsheets", () => {
  it('reads every example with its agency and period; only uncertain rows are asked about', async () => {
    const app = memoryBackend();
    const preview = await call(app.dispatch, 'imports.preview', { files: exampleFiles() });
    for (const f of preview.files) {
      expect(f.ok, `${f.file}: ${f.message}`).toBe(true);
      expect(f.agency, f.file).not.toBeNull();
      expect(f.period, f.file).toBe(PERIOD);
      expect(f.rows.length, f.file).toBeGreaterThan(0);
      for (const r of f.rows) expect(r.uncertain).toBe(r.confidence < 0.85 || r.targetId === null);
    }
    app.close();
  });

  it('refuses to commit unresolved rows, then commits after the user picks a match', async () => {
    const app = memoryBackend();
    const preview = await call(app.dispatch, 'imports.preview', { files: exampleFiles() });
    const withDoubt = preview.files.find((f) => f.rows.some((r) => r.uncertain))!;
    expect(withDoubt, 'the examples include a file with an uncertain row').toBeDefined();
    const before = snapshot(app.ctx.db);
    const refused = await call(app.dispatch, 'imports.commit', {
      previewId: preview.id,
      files: [{ fileId: withDoubt.fileId }],
    });
    expect(refused.files[0]).toMatchObject({
      ok: false,
      message: expect.stringContaining('cần xác nhận'),
    });
    expect(snapshot(app.ctx.db)).toBe(before);
    const matches = Object.fromEntries(
      withDoubt.rows
        .filter((r) => r.uncertain)
        .map((r) => [r.key, r.candidates[0]?.targetId ?? null]),
    );
    const done = await call(app.dispatch, 'imports.commit', {
      previewId: preview.id,
      files: [{ fileId: withDoubt.fileId, matches }],
    });
    expect(done.files[0]).toMatchObject({ ok: true, submission: { version: 1 } });
    app.close();
  });

  it('an identical file again is a no-op that says so; a changed one becomes version 2 with its differences', async () => {
    const app = memoryBackend();
    const files = exampleFiles();
    const first = await importAll(app, files, { acceptSuggested: true });
    expect(first.commit.files.every((f) => f.ok && !f.unchanged)).toBe(true);
    const before = snapshot(app.ctx.db);

    const again = await importAll(app, files, { acceptSuggested: true });
    expect(again.preview.files.every((f) => f.duplicateOf !== null)).toBe(true);
    expect(again.commit.files.every((f) => f.ok && f.unchanged)).toBe(true);
    expect(again.commit.files[0]!.message).toMatch(/không có gì thay đổi/);
    expect(snapshot(app.ctx.db)).toBe(before);

    // The agency resends its file with one status changed.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const original = files[0]!;
    await wb.xlsx.load(Buffer.from(original.data, 'base64') as unknown as ArrayBuffer);
    let changed = false;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (
            !changed &&
            typeof cell.value === 'string' &&
            /^Đang thực hiện$/i.test(cell.value.trim())
          ) {
            cell.value = 'Đã hoàn thành';
            changed = true;
          }
        }),
      ),
    );
    if (!changed) {
      // x-mark layout: move the first mark to the column on its left ("Đã hoàn thành").
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (!changed && cell.value === 'x' && Number(cell.col) > 1) {
              const left = row.getCell(Number(cell.col) - 1);
              if (left.value === null || left.value === undefined) {
                left.value = 'x';
                cell.value = null;
                changed = true;
              }
            }
          }),
        ),
      );
    }
    expect(changed).toBe(true);
    const resent = { name: original.name, data: b64((await wb.xlsx.writeBuffer()) as ArrayBuffer) };
    const second = await importAll(app, [resent], { acceptSuggested: true });
    const p = second.preview.files[0]!;
    expect(p.previous).toMatchObject({ version: 1 });
    expect(p.diff.some((d) => d.field === 'status')).toBe(true);
    const result = second.commit.files[0]!;
    expect(result).toMatchObject({ ok: true, submission: { version: 2 } });
    const detail = await call(app.dispatch, 'submissions.get', { id: result.submission!.id });
    expect(detail.versions.map((v) => [v.version, v.superseded])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(detail.diff.length).toBeGreaterThan(0);
    app.close();
  });
});

describe('bad files', () => {
  it('each is rejected or flagged with a Vietnamese message, and the database does not change', async () => {
    const app = memoryBackend();
    const corpus = await makeBadFiles();
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    const before = snapshot(app.ctx.db);
    for (const bad of corpus) {
      const preview = await call(app.dispatch, 'imports.preview', {
        files: [{ name: bad.name, data: b64(bad.bytes) }],
        period: PERIOD,
      });
      const f = preview.files[0]!;
      if (bad.expect === 'reject') {
        expect(f.ok, bad.name).toBe(false);
        expect(f.message, bad.name).toContain(bad.messageIncludes);
        const commit = await call(app.dispatch, 'imports.commit', {
          previewId: preview.id,
          files: [{ fileId: f.fileId, acceptSuggested: true }],
        });
        expect(commit.files[0]!.ok, bad.name).toBe(false);
      } else {
        const said = [
          f.message ?? '',
          ...f.notes,
          ...f.issues.map((i) => i.message),
          ...f.rows.flatMap((r) => r.issues.map((i) => i.message)),
        ].join(' | ');
        expect(said, bad.name).toContain(bad.messageIncludes);
      }
      expect(snapshot(app.ctx.db), bad.name).toBe(before);
    }
    app.close();
  });
});

describe('a huge flat sheet', () => {
  it('is previewed: the first rows are matched, a coded row far below too, the rest counted in warnings', async () => {
    const app = memoryBackend();
    const { tasks } = await call(app.dispatch, 'catalogue.get', {});
    const [first, second, coded] = [tasks[0]!, tasks[1]!, tasks[10]!];
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet('Nhiệm vụ');
    ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Tiến độ thực hiện', 'Ghi chú']);
    ws.addRow([1, first.text, 'Đang thực hiện', null]);
    ws.addRow([2, second.text, 'Đã hoàn thành', null]);
    const ROWS = 24_000;
    for (let n = 3; n <= ROWS; n++) {
      // A data dump pasted under the report; one row, far below, names a plan task by its code.
      if (n === 15_000) ws.addRow([coded.code, coded.text, 'Đang thực hiện', null]);
      else ws.addRow([n, `Hồ sơ lưu trữ số ${n} của bộ phận một cửa`, 'Đã lưu', `Mã ${n}`]);
    }
    const data = b64((await x.xlsx.writeBuffer()) as ArrayBuffer);
    const preview = await call(app.dispatch, 'imports.preview', {
      files: [{ name: 'SoNoiVu_BC_Q3_2025.xlsx', data }],
      period: PERIOD,
    });
    const f = preview.files[0]!;
    expect(f.ok, f.message ?? '').toBe(true);
    const matched = f.rows.filter((r) => r.targetId !== null);
    expect(matched.map((r) => r.code)).toEqual([first.code, second.code, coded.code]);
    expect(matched[2]!.row).toBe(15_001);
    const warnings = f.issues.map((i) => i.message);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^Trang tính "Nhiệm vụ" có 24\.000 dòng, nhiều hơn nhiều so với số nhiệm vụ và chỉ tiêu của kế hoạch; chỉ 5\.000 dòng số liệu đầu tiên \(đến dòng 5\.001\) được đọc và đối chiếu, cùng 1 dòng sau đó có mã nhiệm vụ, chỉ tiêu của kế hoạch, 18\.999 dòng còn lại bị bỏ qua\. .*hãy xoá bớt/,
      ),
    );
    // Of the 4,998 unmatched rows read, the first 1,000 are shown and the rest counted.
    expect(f.rows).toHaveLength(3 + 1000);
    expect(warnings).toContainEqual(expect.stringContaining('Còn 3.998 dòng khác'));
    app.close();
  });
});
