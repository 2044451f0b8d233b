// Our streaming xlsx reader against what a replacement would be built on: saxes (the XML parser
// exceljs brings) fed from the same checked inflater, tokenizing the same big sheet. One mode per
// fresh process, so that each peak memory is its own. The figures are in
// electron/backend/importer/README.md. Usage: tsx bench/reader-choice.ts [file.xlsx]
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { DEFAULT_READ_LIMITS, readWorkbook } from '../electron/backend/importer/read-workbook';
import { Tok, XmlBytes } from '../electron/backend/importer/zip-stream/xml-bytes';
import {
  InflateBudget,
  entryChunks,
  listZip,
} from '../electron/backend/importer/zip-stream/zip-container';

type Mode = 'ours' | 'ours-tokens' | 'saxes';
const MODES: Mode[] = ['ours', 'ours-tokens', 'saxes'];

/** The bench's big sheet (bench/run.ts): a flat list of tasks with long Vietnamese text, ~10 MB. */
async function bigWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhiệm vụ');
  ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Tiến độ thực hiện', 'Kết quả thực hiện', 'Ghi chú']);
  const text =
    'Triển khai nền tảng số, cơ sở dữ liệu dùng chung và dịch vụ công trực tuyến toàn trình';
  for (let n = 1; n <= 320_000; n++)
    ws.addRow([n, `${text} ${n}`, 'Đang thực hiện', `Kết quả số ${n}: ${text}`, `Ghi chú ${n}`]);
  writeFileSync(path, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** Every part of the sheet tokenized; returns the number of `<c>` elements seen. */
async function run(mode: Mode, bytes: Uint8Array): Promise<number> {
  if (mode === 'ours') {
    const r = await readWorkbook(bytes, 'big.xlsx');
    if (!r.ok) throw new Error(r.message);
    return r.workbook.sheets.reduce((n, s) => n + s.rows.reduce((m, row) => m + row.length, 0), 0);
  }
  const entries = listZip(bytes, DEFAULT_READ_LIMITS);
  const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
  const chunks = entryChunks(
    bytes,
    sheet,
    new InflateBudget(DEFAULT_READ_LIMITS.maxUncompressedBytes),
  );
  let cells = 0;
  if (mode === 'ours-tokens') {
    const x = new XmlBytes();
    const it = chunks[Symbol.asyncIterator]();
    let step = await it.next();
    while (!step.done) {
      const chunk = step.value;
      step = await it.next();
      x.feed(chunk, step.done === true);
      for (let t = x.next(); t !== Tok.More && t !== Tok.Done; t = x.next()) {
        if (t === Tok.Open && x.name === 'c') cells++;
        else if (t === Tok.Text) x.text();
      }
    }
    return cells;
  }
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name === 'c') cells++;
  });
  parser.on('text', () => {});
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) parser.write(decoder.decode(chunk, { stream: true }));
  parser.close();
  return cells;
}

const [mode, file] = process.argv.slice(2);
if (mode && MODES.includes(mode as Mode)) {
  const bytes = new Uint8Array(readFileSync(file!));
  const before = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  const cells = await run(mode as Mode, bytes);
  const ms = performance.now() - t0;
  const grew = (process.resourceUsage().maxRSS - before) / 1024;
  console.log(`${mode}: ${cells} ô, ${ms.toFixed(0)} ms, bộ nhớ đỉnh tăng ${grew.toFixed(0)} MB`);
} else {
  const big = mode ?? join(tmpdir(), 'thbc-reader-choice.xlsx');
  if (!existsSync(big)) await bigWorkbook(big);
  for (const m of MODES)
    process.stdout.write(
      execFileSync(process.execPath, ['--import', 'tsx', 'bench/reader-choice.ts', m, big], {
        encoding: 'utf8',
      }),
    );
}
