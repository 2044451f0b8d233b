// What a small zip can cost: a workbook of a few hundred kilobytes whose entries each inflate to
// about 1 MB once cost 400–600 MB to preview. Entries no reader uses are never inflated, the parts
// it does use are streamed when together they are too many to hold, and every inflate is capped
// while it runs.
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { call } from '../../electron/backend/dispatch';
import { readWorkbook } from '../../electron/backend/importer/read-workbook';
import { MSG } from '../../electron/backend/importer/read-messages';
import {
  InflateBudget,
  entryChunks,
  entryData,
  listZip,
} from '../../electron/backend/importer/zip-stream/zip-container';
import { DEFAULT_READ_LIMITS } from '../../electron/backend/importer/read-limits';
import { silentLogger } from '../../electron/backend/logger';
import { handZip } from '../fixtures/bad-files';
import { manyEntriesWorkbook, type Padding } from '../fixtures/many-entries';
import { snapshot } from './db-snapshot';

const work = mkdtempSync(join(tmpdir(), 'thbc-read-memory-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function report(): Promise<Record<string, Uint8Array>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Báo cáo');
  ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Tiến độ thực hiện']);
  ws.addRow([1, 'Triển khai dịch vụ công trực tuyến', 'Đã hoàn thành']);
  return unzipSync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

describe('entries no reader uses', () => {
  it('are never inflated: a picture whose size the directory lies about does not stop the report', async () => {
    const parts = await report();
    const entries = Object.entries(parts).map(([name, content]) => ({ name, content }));
    // 5 MB that the directory declares as 1 KB: inflating it would be refused as a bomb.
    const liar = { content: new Uint8Array(5 * 1024 * 1024).fill(0x61), declaredSize: 1024 };
    const padded = handZip([
      ...entries,
      { name: 'xl/media/image1.png', ...liar },
      { name: 'docProps/thumbnail.jpeg', ...liar },
      { name: 'xl/vbaProject.bin', ...liar },
    ]);
    const plain = await readWorkbook(handZip(entries), 'bao-cao.xlsx');
    const read = await readWorkbook(padded, 'bao-cao.xlsx');
    expect(plain.ok).toBe(true);
    expect(read).toEqual(plain);
  });

  it('a lying sheet is still refused, with the message that says what to do', async () => {
    const parts = await report();
    const entries = Object.entries(parts).map(([name, content]) =>
      name === 'xl/worksheets/sheet1.xml'
        ? { name, content, declaredSize: Math.floor(content.length / 2) }
        : { name, content },
    );
    expect(await readWorkbook(handZip(entries), 'bao-cao.xlsx')).toEqual({
      ok: false,
      code: 'zip_bomb',
      message: MSG.zipBomb,
    });
    expect(MSG.zipBomb).toMatch(/Hãy đề nghị đơn vị mở tệp trong Excel, lưu thành tệp \.xlsx mới/);
  });
});

describe('sheets that together are more than is worth holding', () => {
  it('are streamed, and read as the exceljs path reads them', async () => {
    const dir = join(process.cwd(), 'seeds', 'examples');
    const names = readdirSync(dir).filter((n) => n.endsWith('.xlsx'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      const held = await readWorkbook(bytes, name);
      expect(held.ok, name).toBe(true);
      expect(await readWorkbook(bytes, name, { heldPartsBytes: 0 }), name).toEqual(held);
    }
  });
});

describe('the inflate budget', () => {
  const zip = handZip([{ name: 'a.xml', content: new Uint8Array(3 * 1024 * 1024).fill(0x20) }]);
  const entry = listZip(zip, DEFAULT_READ_LIMITS)[0]!;

  it('refuses an entry bigger than what is left before inflating it', () => {
    const budget = new InflateBudget(2 * 1024 * 1024);
    expect(() => entryData(zip, entry, budget)).toThrow(MSG.zipBomb);
    expect(budget.left).toBe(2 * 1024 * 1024);
    expect(entryData(zip, entry, new InflateBudget(3 * 1024 * 1024)).length).toBe(entry.size);
  });

  it('stops a streamed entry at the chunk that goes past it, not after the whole entry', async () => {
    const budget = new InflateBudget(1024 * 1024);
    let seen = 0;
    const read = async () => {
      for await (const chunk of entryChunks(zip, entry, budget)) seen += chunk.length;
    };
    await expect(read()).rejects.toThrow(MSG.zipBomb);
    expect(seen).toBeLessThanOrEqual(1024 * 1024);
  });
});

describe('a 200-entry workbook of about 1 MB per entry', () => {
  const made = new Map<Padding, Promise<Uint8Array>>();
  const padded = (padding: Padding): Promise<Uint8Array> => {
    if (!made.has(padding)) made.set(padding, manyEntriesWorkbook(padding));
    return made.get(padding)!;
  };

  /** Peak memory growth of a fresh process while it previews the file (bench/many-entries-child). */
  async function previewInChild(padding: Padding) {
    const file = join(work, `${padding}.xlsx`);
    const warmUp = join(work, `${padding}-1.xlsx`);
    writeFileSync(file, await padded(padding));
    writeFileSync(warmUp, await manyEntriesWorkbook(padding, 1));
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'bench/many-entries-child.ts', file, warmUp],
      { encoding: 'utf8' },
    );
    return JSON.parse(out) as { ok: boolean; rows: number; growthMB: number };
  }

  // Before: 599 MB (pictures) and 419 MB (sheets) over the process' own size; now a few MB and
  // about 70 MB. The bound leaves room for the garbage collector's timing, not for holding the file.
  it.each(['media', 'sheets'] as const)(
    'padded with %s: the preview reads the report and the process grows by less than 150 MB',
    async (padding) => {
      const r = await previewInChild(padding);
      expect(r.ok).toBe(true);
      expect(r.rows).toBe(1);
      expect(r.growthMB).toBeLessThan(150);
    },
    60_000,
  );

  it('previewing it writes nothing to the database', async () => {
    const backend = createBackend({
      dbPath: join(work, 'preview.db'),
      transport: 'cli',
      logger: silentLogger,
    });
    const before = snapshot(backend.ctx.db);
    for (const padding of ['media', 'sheets'] as const) {
      const data = Buffer.from(await padded(padding)).toString('base64');
      const preview = await call(backend.dispatch, 'imports.preview', {
        files: [{ name: `${padding}.xlsx`, data }],
        period: '2025-Q3',
      });
      expect(preview.files[0]?.ok).toBe(true);
    }
    expect(snapshot(backend.ctx.db)).toBe(before);
    backend.close();
  }, 60_000);
});
