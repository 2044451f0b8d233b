// `npm run bench`: prints the figures the issues ask for. Not a test: nothing here passes or fails.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { createBackend, type Backend } from '../electron/backend/backend';
import { carefulClerkAnswers } from '../electron/backend/cli-demo';
import { call } from '../electron/backend/dispatch';
import { insertAgency } from '../electron/backend/db/repositories/agencies';
import { insertSubmission } from '../electron/backend/db/repositories/submissions';
import { silentLogger } from '../electron/backend/logger';
import { CHROMIUM } from '../test/e2e/harness';
import { chromiumPrinter } from '../test/fixtures/chromium-printer';
import { scoreCorpus } from '../test/fixtures/agency-files/score-corpus';
import { fillForm } from '../test/fixtures/fill-form';
import { manyEntriesWorkbook } from '../test/fixtures/many-entries';
import { buildPlanTimesTen } from './plan-times-ten';
import { provincePart } from './province';

const PERIOD = '2025-Q3';
const work = mkdtempSync(join(tmpdir(), 'thbc-bench-'));
const ms = (t0: number) => `${(performance.now() - t0).toFixed(0)} ms`;
const open = (name: string) =>
  createBackend({ dbPath: join(work, name), transport: 'cli', logger: silentLogger });

/** Adds commune People's Committees until 60 agencies are expected to report. */
async function sixtyAgencies(backend: Backend): Promise<void> {
  let { expected } = await call(backend.dispatch, 'periods.get', { period: PERIOD });
  for (let i = 1; expected.length < 60; i++) {
    insertAgency(backend.ctx.db, {
      key: `ubnd-xa-bench-${i}`,
      name: `UBND xã Thử nghiệm ${i}`,
      shortName: null,
      aliases: [],
      kind: 'commune',
      active: true,
      reports: true,
    });
    ({ expected } = await call(backend.dispatch, 'periods.get', { period: PERIOD }));
  }
}

async function importPart(): Promise<Backend> {
  console.log('\n== Nhập báo cáo (import) ==');
  const backend = open('import.db');
  await sixtyAgencies(backend);
  const { files: forms } = await call(backend.dispatch, 'forms.generate', { period: PERIOD });
  const filled = await Promise.all(
    forms.slice(0, 60).map((f, i) => fillForm(f.fileName, f.data, i)),
  );
  const examplesDir = join(process.cwd(), 'seeds', 'examples');
  const examples = readdirSync(examplesDir)
    .filter((n) => n.endsWith('.xlsx'))
    .sort();
  const foreign = Array.from({ length: 10 }, (_, i) => {
    const name = examples[i % examples.length]!;
    return { name, data: readFileSync(join(examplesDir, name)).toString('base64') };
  });
  const batch = [...filled.map((f) => ({ name: f.name, data: f.data })), ...foreign];
  const bytes = batch.reduce((n, f) => n + Buffer.from(f.data, 'base64').length, 0);
  console.log(
    `Lô: ${filled.length} biểu mẫu đã điền + ${foreign.length} bảng tính riêng, ${(bytes / 1024).toFixed(0)} KB`,
  );

  // Cold: each side in a fresh process on the same files, module loading excluded from both.
  const dir = join(work, 'batch');
  mkdirSync(dir);
  batch.forEach((f, i) =>
    writeFileSync(
      join(dir, `${String(i).padStart(2, '0')}-${f.name}`),
      Buffer.from(f.data, 'base64'),
    ),
  );
  backend.close();
  copyFileSync(join(work, 'import.db'), join(work, 'import-cold.db'));
  const child = (...args: string[]) =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', 'bench/batch-child.ts', ...args], {
        encoding: 'utf8',
      }).trim(),
    ) as { ms: number; ok?: number };
  const excelCold = child('exceljs', dir);
  const oursCold = child('import', dir, join(work, 'import-cold.db'));
  console.log(
    `Toàn bộ lô, tiến trình mới (đọc, nhận dạng, khớp, ghi): ${oursCold.ms.toFixed(0)} ms — ${oursCold.ok}/${batch.length} tệp ghi thành công`,
  );
  console.log(
    `Riêng exceljs nạp cùng 70 tệp, tiến trình mới: ${excelCold.ms.toFixed(0)} ms → tỉ lệ ${(oursCold.ms / excelCold.ms).toFixed(2)}×`,
  );

  // Warm: the same again in this process, after both have run once.
  const reopened = open('import.db');
  const runOurs = async () => {
    const t = performance.now();
    const preview = await call(reopened.dispatch, 'imports.preview', {
      files: batch,
      period: PERIOD,
    });
    await call(reopened.dispatch, 'imports.commit', {
      previewId: preview.id,
      files: preview.files.map(carefulClerkAnswers),
    });
    return performance.now() - t;
  };
  const runExcel = async () => {
    const t = performance.now();
    for (const f of batch)
      await new ExcelJS.Workbook().xlsx.load(
        Buffer.from(f.data, 'base64') as unknown as ArrayBuffer,
      );
    return performance.now() - t;
  };
  await runOurs();
  await runExcel();
  const oursWarm = await runOurs();
  const excelWarm = await runExcel();
  console.log(
    `Lần chạy thứ hai trong cùng tiến trình: ${oursWarm.toFixed(0)} ms so với exceljs ${excelWarm.toFixed(0)} ms → tỉ lệ ${(oursWarm / excelWarm).toFixed(2)}×`,
  );

  const big = join(work, 'big.xlsx');
  await writeBigWorkbook(big, 10 * 1024 * 1024);
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'bench/big-import-child.ts', big],
    {
      encoding: 'utf8',
    },
  );
  console.log(out.trim());
  await manyEntriesPart();
  return reopened;
}

/** A ~220 KB workbook padded with 200 entries of ~1 MB each: what previewing it costs. */
async function manyEntriesPart(): Promise<void> {
  for (const padding of ['media', 'sheets'] as const) {
    const file = join(work, `many-${padding}.xlsx`);
    const warmUp = join(work, `many-${padding}-1.xlsx`);
    writeFileSync(file, await manyEntriesWorkbook(padding));
    writeFileSync(warmUp, await manyEntriesWorkbook(padding, 1));
    const r = JSON.parse(
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'bench/many-entries-child.ts', file, warmUp],
        { encoding: 'utf8' },
      ),
    ) as { ok: boolean; ms: number; growthMB: number };
    const what = padding === 'media' ? '200 mục ảnh' : '200 trang tính';
    console.log(
      `Tệp ${(statSync(file).size / 1024).toFixed(0)} KB có ${what} ~1 MB mỗi mục: ${r.ok ? 'đọc được' : 'bị từ chối'} trong ${r.ms} ms; bộ nhớ đỉnh tăng ${r.growthMB} MB`,
    );
  }
}

/** A flat foreign-layout sheet with long Vietnamese text, grown until it reaches `target` bytes. */
async function writeBigWorkbook(path: string, target: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhiệm vụ');
  ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Tiến độ thực hiện', 'Kết quả thực hiện', 'Ghi chú']);
  const text =
    'Triển khai nền tảng số, cơ sở dữ liệu dùng chung và dịch vụ công trực tuyến toàn trình';
  let size = 0;
  for (let round = 0; size < target; round++) {
    for (let i = 0; i < 20_000; i++) {
      const n = round * 20_000 + i + 1;
      ws.addRow([n, `${text} ${n}`, 'Đang thực hiện', `Kết quả số ${n}: ${text}`, `Ghi chú ${n}`]);
    }
    size = ((await wb.xlsx.writeBuffer()) as ArrayBuffer).byteLength;
  }
  writeFileSync(path, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

async function reportPart(seeded: Backend): Promise<void> {
  console.log('\n== Tình trạng và văn bản (reports) ==');
  const generate = async (b: Backend) => {
    const t = performance.now();
    await call(b.dispatch, 'status.get', { period: PERIOD });
    await call(b.dispatch, 'reports.generate', { period: PERIOD });
    return performance.now() - t;
  };
  // The report screen loads its workspace first (reports.get), which loads the Word and Excel
  // libraries; "Tạo báo cáo" comes after that.
  let t0 = performance.now();
  await call(seeded.dispatch, 'reports.get', { period: PERIOD });
  const opened = performance.now() - t0;
  const first = await generate(seeded);
  const again = [await generate(seeded), await generate(seeded), await generate(seeded)].sort(
    (a, b) => a - b,
  );
  console.log(
    `Kế hoạch gốc (75 nhiệm vụ, 60 đơn vị đã báo cáo): mở màn hình ${opened.toFixed(0)} ms; tình trạng + Word + Excel lần đầu ${first.toFixed(0)} ms, các lần sau trung vị ${again[1]!.toFixed(0)} ms`,
  );
  await printPart(seeded);
  const big = open('times-ten.db');
  buildPlanTimesTen(big.ctx.db, await call(big.dispatch, 'catalogue.get', {}));
  t0 = performance.now();
  await call(big.dispatch, 'status.get', { period: PERIOD });
  await call(big.dispatch, 'reports.generate', { period: PERIOD });
  const c = await call(big.dispatch, 'catalogue.get', {});
  console.log(`Kế hoạch gấp 10 (${c.tasks.length} nhiệm vụ): tình trạng + Word + Excel ${ms(t0)}`);
  big.close();

  const years = open('five-years.db');
  await sixtyAgencies(years);
  const { submissions, rows } = await fiveYearsOfMonthlySubmissions(years);
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) {
    t0 = performance.now();
    await call(years.dispatch, 'status.get', { period: '2024-06' });
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `CSDL 5 năm báo cáo tháng (${submissions} báo cáo, ${rows} dòng tiến độ): truy vấn tình trạng một tháng, trung vị ${runs[3]!.toFixed(1)} ms (min ${runs[0]!.toFixed(1)}, max ${runs[6]!.toFixed(1)})`,
  );
  t0 = performance.now();
  const copy = await call(years.dispatch, 'backups.create', {});
  console.log(
    `Sao lưu CSDL 5 năm (VACUUM INTO, ${(copy.size / 2 ** 20).toFixed(1)} MB): ${ms(t0)}`,
  );
  years.close();
}

/** The desktop app's PDF (printToPDF), with Debian's Chromium in Electron's place when present. */
async function printPart(seeded: Backend): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`(Không có ${CHROMIUM}: bỏ qua thời gian in PDF qua Chromium)`);
    return;
  }
  const { printer, close } = await chromiumPrinter();
  try {
    const withPrinter = createBackend({
      dbPath: seeded.ctx.dbPath,
      transport: 'cli',
      logger: silentLogger,
      printer,
    });
    const { files } = await call(withPrinter.dispatch, 'reports.generate', { period: PERIOD });
    const docx = files.find((f) => f.fileName.endsWith('.docx'))!;
    const runs: number[] = [];
    let pages = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const pdf = await call(withPrinter.dispatch, 'reports.pdf', { fileId: docx.id });
      runs.push(performance.now() - t0);
      pages = (await PDFDocument.load(Buffer.from(pdf.data, 'base64'))).getPageCount();
    }
    runs.sort((a, b) => a - b);
    console.log(
      `PDF của báo cáo qua Chromium (vai printToPDF), ${pages} trang: trung vị ${runs[1]!.toFixed(0)} ms (min ${runs[0]!.toFixed(0)}, max ${runs[2]!.toFixed(0)})`,
    );
    withPrinter.close();
  } finally {
    await close();
  }
}

async function fiveYearsOfMonthlySubmissions(backend: Backend) {
  const db = backend.ctx.db;
  const c = await call(backend.dispatch, 'catalogue.get', {});
  const agencies = (await call(backend.dispatch, 'periods.get', { period: PERIOD })).expected.map(
    (a) => a.id,
  );
  const tasks = c.tasks.map((t) => t.id);
  const indicators = c.indicators.map((x) => x.id);
  let submissions = 0;
  let rows = 0;
  db.transaction(() => {
    for (let year = 2021; year <= 2025; year++) {
      for (let month = 1; month <= 12; month++) {
        const period = `${year}-${String(month).padStart(2, '0')}`;
        for (const [i, agencyId] of agencies.entries()) {
          const progress = tasks.filter((_, t) => (t + i) % 4 === 0);
          submissions += 1;
          rows += progress.length;
          insertSubmission(db, {
            planId: 1,
            agencyId,
            period,
            fileName: `bench-${period}-${agencyId}.xlsx`,
            sha256: `${period}-${agencyId}`,
            source: 'form',
            receivedOn: `${period}-15`,
            docNumber: null,
            docDate: null,
            person: null,
            phone: null,
            summary: null,
            difficulties: null,
            proposals: null,
            bytes: new Uint8Array(0),
            progress: progress.map((taskId) => ({
              taskId,
              sourceRow: null,
              status: 'in_progress' as const,
              completedOn: null,
              completedApprox: false,
              percent: null,
              progress: 'Đang triển khai theo kế hoạch',
              difficulties: null,
              proposals: null,
            })),
            values: indicators
              .filter((_, x) => (x + i) % 9 === 0)
              .map((indicatorId) => ({
                indicatorId,
                sourceRow: null,
                value: 50,
                valueText: '50',
                note: null,
              })),
          });
        }
      }
    }
  })();
  return { submissions, rows };
}

/** Import accuracy on the corpus of agency layouts (test/fixtures/agency-files). */
async function accuracyPart(): Promise<void> {
  const backend = open('accuracy.db');
  const t0 = performance.now();
  const s = await scoreCorpus(backend);
  const total = s.right + s.asked + s.wrong;
  const pct = (n: number) => `${((100 * n) / total).toFixed(1).replace('.', ',')} %`;
  console.log(
    `Độ chính xác trên ${s.files} tệp mẫu (${total} dữ kiện, ${ms(t0)}): đúng không cần hỏi ${s.right} (${pct(s.right)}), hỏi lại ${s.asked} (${pct(s.asked)}), sai mà không hỏi ${s.wrong} (${pct(s.wrong)})`,
  );
  backend.close();
}

const seeded = await importPart();
await accuracyPart();
await reportPart(seeded);
seeded.close();
await provincePart(work);
rmSync(work, { recursive: true, force: true });
