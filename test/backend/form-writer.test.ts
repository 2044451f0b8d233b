// The agency form as written by excel-kit/xlsx-writer.ts (no ExcelJS on the way out): what an
// agency types into the plan survives as text, the sheets open with the published password, and
// a worker building many forms in a row keeps each agency's form its own.
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { call } from '../../electron/backend/dispatch';
import { buildAgencyForm, type FormInput } from '../../electron/backend/forms/build-form';
import {
  FORM_PASSWORD,
  SHEET,
  TABLE_HEADER_ROW,
  TASK_COLUMNS,
  columnOf,
} from '../../shared/domain/form-layout';
import { readOurForm } from '../../electron/backend/importer/read-our-form';
import { cellAt } from '../../electron/backend/importer/grid';
import { readWorkbook } from '../../electron/backend/importer/read-workbook';
import { silentLogger } from '../../electron/backend/logger';
import type { Catalogue } from '../../shared/api';
import { workOf } from '../../shared/domain/agency-work';
import { periodFromKey } from '../../shared/domain/periods';
import type { DocumentSettings } from '../../shared/domain/types';

// ExcelJS's own implementation of Excel's password hash, as an independent check.
const Encryptor = createRequire(import.meta.url)('exceljs/lib/utils/encryptor.js') as {
  convertPasswordToHash(password: string, algorithm: string, salt: string, spins: number): string;
};

let backend: Backend;
let c: Catalogue;
let settings: DocumentSettings;

beforeAll(async () => {
  backend = createBackend({ dbPath: ':memory:', transport: 'cli', logger: silentLogger });
  c = await call(backend.dispatch, 'catalogue.get', {});
  settings = await call(backend.dispatch, 'settings.get', {});
});
afterAll(() => backend.close());

function inputFor(name: string): FormInput {
  const agency = c.agencies.find((a) => a.name === name);
  if (!agency) throw new Error(`no agency ${name}`);
  const work = workOf(c, agency.id);
  return {
    plan: c.plans[0]!,
    period: periodFromKey('2025-Q3'),
    agency,
    tasks: work.tasks,
    indicators: work.indicators,
    settings,
    generatedOn: '2025-08-20',
    groups: c.groups,
  };
}

async function readBack(bytes: Buffer) {
  const read = await readWorkbook(bytes, 'BieuMau.xlsx');
  if (!read.ok) throw new Error(read.message);
  return read.workbook;
}

describe('agency form writer', () => {
  it('writes plan wording with &, <, quotes, line breaks and pasted control characters as valid text', async () => {
    const input = inputFor('Sở Khoa học và Công nghệ');
    const [first, ...rest] = input.tasks;
    // Word pastes a vertical tab (\v) for a manual line break; XML cannot carry it.
    const typed = '  Rà soát <Quy chế> & "Đề án" số 01\u000b của Sở\nNăm 2025 ';
    const task = { ...first!.task, text: typed, code: 'A&B' };
    const bytes = await buildAgencyForm({ ...input, tasks: [{ ...first!, task }, ...rest] });

    // ExcelJS parses strictly: a stray character or a bad entity would throw here.
    const strict = new ExcelJS.Workbook();
    await strict.xlsx.load(bytes as unknown as ArrayBuffer);
    const wb = await readBack(bytes);
    const sheet = wb.sheets.find((s) => s.name === SHEET.tasks)!;
    const textCol = columnOf(TASK_COLUMNS, 'text');
    const idCol = columnOf(TASK_COLUMNS, 'id');
    let row = TABLE_HEADER_ROW + 1;
    while (cellAt(sheet, row, idCol)?.text !== `T:${task.id}`) row++;
    expect(cellAt(sheet, row, textCol)?.value).toBe(
      '  Rà soát <Quy chế> & "Đề án" số 01 của Sở\nNăm 2025 ',
    );
    expect(cellAt(sheet, row, columnOf(TASK_COLUMNS, 'code'))?.value).toBe('A&B');
    // The form still reads back as ours, with the task under its id.
    const extraction = readOurForm(wb, {
      taskIds: new Map([[task.id, 'A&B']]),
      indicatorIds: new Map(),
    });
    expect(extraction?.agencyId).toBe(input.agency.id);
  });

  it('protects every sheet with Excel’s SHA-512 hash of the published password', async () => {
    const bytes = await buildAgencyForm(inputFor('Sở Khoa học và Công nghệ'));
    const parts = unzipSync(bytes);
    const sheets = Object.keys(parts).filter((n) => n.startsWith('xl/worksheets/'));
    expect(sheets).toHaveLength(5);
    for (const name of sheets) {
      const xml = strFromU8(parts[name]!);
      const p =
        /<sheetProtection [^>]*hashValue="([^"]+)" saltValue="([^"]+)" spinCount="(\d+)"/.exec(xml);
      expect(p, name).not.toBeNull();
      const [, hash, salt, spins] = p!;
      expect(Encryptor.convertPasswordToHash(FORM_PASSWORD, 'SHA512', salt!, Number(spins))).toBe(
        hash,
      );
      expect(
        Encryptor.convertPasswordToHash('sai-mat-khau', 'SHA512', salt!, Number(spins)),
      ).not.toBe(hash);
    }
  });

  it('keeps each agency’s form its own when one worker builds many in a row', async () => {
    const a = inputFor('Sở Khoa học và Công nghệ');
    const b = inputFor('Sở Tài chính');
    const first = await buildAgencyForm(a);
    const other = await buildAgencyForm(b);
    const again = await buildAgencyForm(a);
    // The same input gives the same file, whatever was built in between.
    expect(again.equals(first)).toBe(true);
    const known = {
      taskIds: new Map(c.tasks.map((t) => [t.id, t.code])),
      indicatorIds: new Map(c.indicators.map((x) => [x.id, x.code])),
    };
    for (const [bytes, input] of [
      [first, a],
      [other, b],
    ] as const) {
      const wb = await readBack(bytes);
      expect(readOurForm(wb, known)?.agencyId).toBe(input.agency.id);
      // The task rows listed are this agency's, none more, none less.
      const sheet = wb.sheets.find((s) => s.name === SHEET.tasks)!;
      const ids = sheet.rows
        .map((r) => r[columnOf(TASK_COLUMNS, 'id') - 1]?.text ?? '')
        .filter((id) => id.startsWith('T:'));
      expect(new Set(ids)).toEqual(new Set(input.tasks.map((t) => `T:${t.task.id}`)));
    }
  });
});
