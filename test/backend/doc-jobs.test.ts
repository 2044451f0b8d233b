// Documents are built on worker threads (workers/doc-pool.ts): while the forms for every agency
// are being made, another call is answered, and the forms arrive as one zip the backend wrote.
import { unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { startHttpServer } from '../../electron/backend/http-server';
import { docPool } from '../../electron/backend/workers/doc-pool';
import { memoryBackend } from './helpers';

const PERIOD = '2025-Q3';

describe('forms for every agency as a job', () => {
  it('answers other calls meanwhile, reports progress, and hands the zip out once', async () => {
    const app = memoryBackend();
    const { expected } = await app.call('periods.get', { period: PERIOD });
    const before = { ...docPool().finished };

    const started = await app.call('forms.start', { period: PERIOD });
    expect(started).toMatchObject({ state: 'running', file: null });
    // Asked after the job started, answered before it ends: the thread answering calls is free.
    const settings = await app.call('settings.get', {});
    expect(settings.agency.length).toBeGreaterThan(0);
    const meanwhile = await app.call('jobs.get', { id: started.id });
    expect(meanwhile.state).toBe('running');
    expect(meanwhile.done).toBeLessThan(expected.length);

    const seen = new Set<string>();
    let job = meanwhile;
    while (job.state === 'running') {
      seen.add(job.message);
      await new Promise((r) => setTimeout(r, 20));
      job = await app.call('jobs.get', { id: started.id });
    }
    expect(job).toMatchObject({
      state: 'done',
      done: expected.length,
      total: expected.length,
      message: `Đã tạo ${expected.length} biểu mẫu`,
      file: { fileName: `BieuMau_${PERIOD}.zip` },
    });
    expect([...seen].some((m) => /^Đang tạo biểu mẫu \d+\/\d+…$/.test(m))).toBe(true);
    // Built on worker threads, none on the thread that answers calls.
    expect(docPool().finished.onThread - before.onThread).toBe(expected.length);
    expect(docPool().finished.inProcess).toBe(before.inProcess);

    const file = await app.call('jobs.file', { id: started.id });
    const zip = unzipSync(Buffer.from(file.data, 'base64'));
    expect(Object.keys(zip)).toHaveLength(expected.length);
    const one = await app.call('forms.generate', {
      period: PERIOD,
      agencyIds: [expected[0]!.id],
    });
    const inZip = zip[one.files[0]!.fileName]!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(inZip) as unknown as ArrayBuffer);
    expect(wb.title).toContain(expected[0]!.name);
    // Once: the file is gone from disk and the job forgotten.
    await expect(app.call('jobs.file', { id: started.id })).rejects.toThrow('Không tìm thấy');
    app.close();
  }, 120_000);

  it('in browser mode, downloads the zip from /files/<id> once, with the session cookie', async () => {
    const app = memoryBackend();
    const server = await startHttpServer({ dispatch: app.dispatch, staticDir: null });
    const base = `http://127.0.0.1:${server.port}`;
    let job = await app.call('forms.start', { period: PERIOD });
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      job = await app.call('jobs.get', { id: job.id });
    }
    const url = `${base}/files/${job.id}`;
    expect((await fetch(url)).status).toBe(401);
    const cookie = `thbc_token=${server.token}`;
    const res = await fetch(url, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="BieuMau_${PERIOD}.zip"`,
    );
    const zip = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(zip)).toHaveLength(job.total);
    expect((await fetch(url, { headers: { cookie } })).status).toBe(404);
    await server.close();
    app.close();
  }, 120_000);

  it('writes the Word report and its appendices on a worker thread too', async () => {
    const app = memoryBackend();
    const before = { ...docPool().finished };
    const report = app.call('reports.generate', { period: PERIOD });
    const order: string[] = [];
    await Promise.all([
      report.then(() => order.push('report')),
      app.call('settings.get', {}).then(() => order.push('settings')),
    ]);
    expect(order).toEqual(['settings', 'report']);
    const { files } = await report;
    expect(files.map((f) => f.fileName)).toEqual([
      `BaoCao_${PERIOD}.docx`,
      `PhuLuc_BaoCao_${PERIOD}.xlsx`,
    ]);
    // Two jobs, the Word report and the Excel appendices, one on each of the pool's threads.
    expect(docPool().finished.onThread - before.onThread).toBe(2);
    expect(docPool().finished.inProcess).toBe(before.inProcess);
    app.close();
  }, 120_000);

  it('refuses a period that does not exist at once, in Vietnamese', async () => {
    const app = memoryBackend();
    await expect(app.call('forms.start', { period: '2025-A9' })).rejects.toThrow(
      'Kỳ đột xuất "2025-A9" chưa được tạo',
    );
    app.close();
  });
});
