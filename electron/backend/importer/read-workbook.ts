// The safe reader: the bytes of whatever an agency sent → a GridWorkbook, or a clear Vietnamese
// rejection. The format is decided by the content (magic bytes), never by the file name; sizes are
// checked before anything is expanded; nothing in a file (macros, links) is ever run or followed.

import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';
import { nfc } from '../../../shared/domain/text';
import type { BadFileCode } from './bad-file-codes';
import type { GridCell, GridMerge, GridSheet, GridWorkbook } from './grid';
import {
  LegacyCounter,
  dateCell,
  errorCell,
  formatNumber,
  numberCell,
  stringCell,
  vnSeparators,
} from './grid-cells';
import { convertLegacyText, type LegacyEncoding, type LegacyFont } from './legacy-encoding';
import { readXlsxStreaming, type XlsxParts } from './read-xlsx-stream';

export type { BadFileCode } from './bad-file-codes';

export type ReadResult =
  { ok: true; workbook: GridWorkbook } | { ok: false; code: BadFileCode; message: string };

export interface ReadLimits {
  /** Size of the file itself. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes of every entry of a zip (xlsx/ods). */
  maxUncompressedBytes: number;
  /** Uncompressed size of any one entry. */
  maxEntryBytes: number;
  /** Number of entries in a zip. */
  maxEntries: number;
  /** Uncompressed ÷ compressed, checked for entries above `ratioMinEntryBytes`. */
  maxCompressionRatio: number;
  ratioMinEntryBytes: number;
  /** Cells with content or formatting, all sheets together. */
  maxCells: number;
  /**
   * Rows read per sheet; rows below are counted (`GridSheet.unreadRows`), not read. No report
   * comes near it; it keeps a sheet of data pasted under a report from filling the memory.
   */
  maxSheetRows: number;
  /**
   * A sheet or shared-string part bigger than this (uncompressed) sends the workbook to the
   * streaming reader, which never holds the whole file; smaller ones go to exceljs.
   */
  streamPartBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = {
  maxFileBytes: 50 * MB,
  maxUncompressedBytes: 200 * MB,
  maxEntryBytes: 100 * MB,
  maxEntries: 10_000,
  maxCompressionRatio: 200,
  ratioMinEntryBytes: 1 * MB,
  maxCells: 2_000_000,
  maxSheetRows: 20_000,
  streamPartBytes: 2 * MB,
};

// ---------------------------------------------------------------------------------------------
// Rejections

class BadFile extends Error {
  constructor(
    readonly code: BadFileCode,
    message: string,
  ) {
    super(message);
  }
}

const SEND_XLSX = 'Hãy gửi tệp Excel (.xlsx, .xls) hoặc bảng tính OpenDocument (.ods) của báo cáo.';
const RESAVE =
  'Hãy mở tệp bằng Excel, chọn Tệp > Lưu thành > Sổ làm việc Excel (.xlsx) rồi nhập lại tệp mới.';

const MSG = {
  emptyFile: 'Tệp rỗng (0 byte), không có nội dung. Hãy kiểm tra lại và gửi bản đầy đủ của tệp.',
  noData:
    'Tệp không có dữ liệu: mọi trang tính đều trống. Hãy kiểm tra xem đơn vị có gửi nhầm tệp không và đề nghị gửi lại tệp báo cáo có số liệu.',
  noSheets:
    'Tệp không có trang tính nào để đọc. Hãy mở tệp trong Excel, kiểm tra nội dung báo cáo rồi lưu lại và gửi lại.',
  tooLarge: (bytes: number, limit: number): string =>
    `Tệp quá lớn (${mb(bytes)} MB, giới hạn ${mb(limit)} MB). Hãy xoá các trang tính, hình ảnh không cần thiết, chỉ giữ phần báo cáo rồi lưu và gửi lại.`,
  pdf: 'Đây là tệp PDF, không phải bảng tính Excel. Hãy gửi tệp Excel (.xlsx) gốc của báo cáo; nếu chỉ có bản PDF, hãy nhập số liệu vào mẫu Excel rồi gửi lại.',
  word: 'Đây là tệp Word/PowerPoint, không phải bảng tính Excel. Hãy gửi tệp Excel (.xlsx) của báo cáo, hoặc chép bảng sang mẫu Excel rồi nhập lại.',
  odfText:
    'Đây là tệp văn bản/trình chiếu OpenDocument (.odt, .odp), không phải bảng tính. Hãy gửi tệp Excel (.xlsx) hoặc bảng tính .ods của báo cáo.',
  encrypted:
    'Tệp được đặt mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.',
  zipPassword:
    'Tệp nén được đặt mật khẩu nên không đọc được. Hãy giải nén bằng mật khẩu rồi nhập trực tiếp tệp Excel bên trong.',
  corrupt:
    'Tệp bị hỏng hoặc tải về chưa hết nên không đọc được. Hãy tải lại tệp (hoặc đề nghị đơn vị gửi lại) rồi nhập lại.',
  zipBomb:
    'Tệp có cấu trúc nén bất thường (có thể là tệp độc hại) nên ứng dụng không mở. Hãy đề nghị đơn vị mở tệp trong Excel, lưu thành tệp .xlsx mới rồi gửi lại.',
  tooManyCells: (cells: number, limit: number): string =>
    `Tệp có quá nhiều ô dữ liệu (khoảng ${cells.toLocaleString('vi-VN')} ô, giới hạn ${limit.toLocaleString('vi-VN')} ô). Hãy xoá các trang tính, dòng, cột thừa (thường do định dạng kéo tới cuối trang) rồi lưu và gửi lại.`,
  xlsb: `Tệp Excel dạng nhị phân (.xlsb) chưa được hỗ trợ. ${RESAVE}`,
  notExcel: (fileName: string): string =>
    `Tệp «${fileName}» không phải tệp Excel nên không đọc được. ${SEND_XLSX}`,
  image: `Đây là tệp ảnh, không phải tệp Excel. ${SEND_XLSX}`,
  archive:
    'Đây là tệp nén (RAR/7z/gzip), không phải tệp Excel. Hãy giải nén rồi nhập tệp Excel bên trong.',
  zipOfFiles: (n: number): string =>
    `Đây là tệp nén (.zip) chứa ${n} tệp bảng tính bên trong, không phải một tệp Excel. Hãy giải nén rồi nhập từng tệp.`,
  zipOther: `Đây là tệp nén (.zip) không chứa bảng tính Excel, không phải tệp Excel. ${SEND_XLSX}`,
  csv: `Tệp là văn bản dạng CSV/TXT, không phải tệp Excel: ứng dụng không đoán được cột và bảng mã của tệp này. ${RESAVE}`,
  text: `Tệp chỉ chứa văn bản thuần, không phải tệp Excel. ${SEND_XLSX}`,
  htmlNoTable: `Tệp là trang web (HTML) không có bảng số liệu, không phải tệp Excel. ${SEND_XLSX}`,
} as const;

function mb(bytes: number): string {
  return (bytes / MB).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

const NOTE_MACRO = 'Tệp có macro (.xlsm): ứng dụng chỉ đọc dữ liệu, không chạy macro.';
const NOTE_HTML =
  'Tệp thực chất là trang web (HTML) được đặt đuôi Excel, thường do xuất từ phần mềm trên web; ứng dụng đã đọc bảng trong đó dưới dạng văn bản. Nếu số liệu hiển thị sai, hãy mở tệp bằng Excel, lưu thành .xlsx rồi nhập lại.';
const NOTE_XML2003 =
  'Tệp là bảng tính XML của Excel 2003 được đặt đuôi Excel; ứng dụng đã đọc được. Nên mở bằng Excel và lưu thành .xlsx cho lần sau.';

// ---------------------------------------------------------------------------------------------
// Entry point

/**
 * Reads a spreadsheet an agency sent. Never throws for a bad file: the result says why it was
 * rejected (a code to branch on, a Vietnamese message to show). `fileName` is only used in messages.
 */
export async function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits?: Partial<ReadLimits>,
): Promise<ReadResult> {
  const lim: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  try {
    const workbook = await readOrThrow(bytes, fileName, lim);
    return { ok: true, workbook };
  } catch (e) {
    if (e instanceof BadFile) return { ok: false, code: e.code, message: e.message };
    // A library failing on a file that passed every check: for the user it is a damaged file.
    return { ok: false, code: 'corrupt', message: MSG.corrupt };
  }
}

async function readOrThrow(bytes: Uint8Array, fileName: string, lim: ReadLimits) {
  if (bytes.length === 0) throw new BadFile('empty', MSG.emptyFile);
  if (bytes.length > lim.maxFileBytes) {
    throw new BadFile('too_large', MSG.tooLarge(bytes.length, lim.maxFileBytes));
  }
  let workbook: GridWorkbook;
  switch (sniff(bytes)) {
    case 'zip':
      workbook = await readZipFile(bytes, lim);
      break;
    case 'cfb':
      workbook = await readCfbFile(bytes, fileName, lim);
      break;
    case 'pdf':
      throw new BadFile('pdf', MSG.pdf);
    case 'rtf':
      throw new BadFile('word', MSG.word);
    case 'image':
      throw new BadFile('not_spreadsheet', MSG.image);
    case 'archive':
      throw new BadFile('not_spreadsheet', MSG.archive);
    case 'other':
      workbook = readTextFile(bytes, fileName, lim);
      break;
  }
  if (workbook.sheets.length === 0) throw new BadFile('no_sheets', MSG.noSheets);
  if (workbook.sheets.every((s) => s.rows.length === 0)) throw new BadFile('empty', MSG.noData);
  return workbook;
}

type Sniffed = 'zip' | 'cfb' | 'pdf' | 'rtf' | 'image' | 'archive' | 'other';

function startsWith(b: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (b.length < at + magic.length) return false;
  return magic.every((m, i) => b[at + i] === m);
}

function sniff(b: Uint8Array): Sniffed {
  // PK\3\4 local file, PK\5\6 empty archive, PK\7\8 spanned archive.
  if (b[0] === 0x50 && b[1] === 0x4b && [3, 5, 7].includes(b[2] ?? 0)) return 'zip';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  // PDF allows junk before the header within the first 1 KB.
  if (Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 1024)).includes('%PDF-')) return 'pdf';
  if (startsWith(b, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf'; // {\rtf
  if (
    startsWith(b, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(b, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(b, [0x47, 0x49, 0x46, 0x38]) || // GIF8
    startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || // TIFF
    startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) // WEBP
  ) {
    return 'image';
  }
  if (
    startsWith(b, [0x52, 0x61, 0x72, 0x21]) || // Rar!
    startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) || // 7z
    startsWith(b, [0x1f, 0x8b]) // gzip
  ) {
    return 'archive';
  }
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// Zip container: our own central-directory reader, so every size is checked before inflating and
// every inflate is capped at the size the directory declared (a lying directory cannot expand).

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const utf8 = new TextDecoder('utf-8');

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

function listZip(b: Uint8Array, lim: ReadLimits): ZipEntry[] {
  const corrupt = new BadFile('corrupt', MSG.corrupt);
  const dv = view(b);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt; // no end record: the download stopped early
  let count = dv.getUint16(eocd + 10, true);
  let cdSize = dv.getUint32(eocd + 12, true);
  let cdOffset = dv.getUint32(eocd + 16, true);
  if (eocd >= 20 && dv.getUint32(eocd - 20, true) === 0x07064b50) {
    const z = Number(dv.getBigUint64(eocd - 12, true));
    if (z + 56 > b.length || dv.getUint32(z, true) !== 0x06064b50) throw corrupt;
    count = Number(dv.getBigUint64(z + 32, true));
    cdSize = Number(dv.getBigUint64(z + 40, true));
    cdOffset = Number(dv.getBigUint64(z + 48, true));
  }
  if (count > lim.maxEntries) throw new BadFile('zip_bomb', MSG.zipBomb);
  if (cdOffset + cdSize > b.length) throw corrupt;

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || dv.getUint32(p, true) !== 0x02014b50) throw corrupt;
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen > b.length) throw corrupt;
    const entry: ZipEntry = {
      name: utf8.decode(b.subarray(p + 46, p + 46 + nameLen)).replace(/^\/+/, ''),
      flags: dv.getUint16(p + 8, true),
      method: dv.getUint16(p + 10, true),
      crc: dv.getUint32(p + 16, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      localOffset: dv.getUint32(p + 42, true),
    };
    readZip64Extra(dv, p + 46 + nameLen, extraLen, entry);
    if (entry.localOffset + 30 + entry.compressedSize > b.length) throw corrupt;
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Sizes and offset that did not fit in 32 bits live in the ZIP64 extra field (id 1). */
function readZip64Extra(dv: DataView, at: number, len: number, e: ZipEntry): void {
  const MAX32 = 0xffffffff;
  if (e.size !== MAX32 && e.compressedSize !== MAX32 && e.localOffset !== MAX32) return;
  for (let q = at; q + 4 <= at + len;) {
    const id = dv.getUint16(q, true);
    const size = dv.getUint16(q + 2, true);
    if (id === 1) {
      let f = q + 4;
      const next = (): number => {
        const v = Number(dv.getBigUint64(f, true));
        f += 8;
        return v;
      };
      if (e.size === MAX32) e.size = next();
      if (e.compressedSize === MAX32) e.compressedSize = next();
      if (e.localOffset === MAX32) e.localOffset = next();
      return;
    }
    q += 4 + size;
  }
}

function checkZipSizes(entries: ZipEntry[], lim: ReadLimits): void {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    const ratioTooHigh =
      e.size > lim.ratioMinEntryBytes &&
      e.size > lim.maxCompressionRatio * Math.max(1, e.compressedSize);
    if (e.size > lim.maxEntryBytes || total > lim.maxUncompressedBytes || ratioTooHigh) {
      throw new BadFile('zip_bomb', MSG.zipBomb);
    }
  }
}

function rawEntryData(b: Uint8Array, e: ZipEntry): Uint8Array {
  const dv = view(b);
  const lo = e.localOffset;
  if (dv.getUint32(lo, true) !== 0x04034b50) throw new BadFile('corrupt', MSG.corrupt);
  const start = lo + 30 + dv.getUint16(lo + 26, true) + dv.getUint16(lo + 28, true);
  const end = start + e.compressedSize;
  if (end > b.length) throw new BadFile('corrupt', MSG.corrupt);
  return b.subarray(start, end);
}

/** The entry's content, inflated with its declared size as a hard cap and its CRC checked. */
function entryData(b: Uint8Array, e: ZipEntry): Uint8Array {
  const raw = rawEntryData(b, e);
  let out: Uint8Array;
  if (e.method === 0) {
    out = raw;
  } else if (e.method === 8) {
    try {
      out = inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size) });
    } catch (err) {
      // More data than the directory declared: the directory lies, typical of decompression bombs.
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new BadFile('zip_bomb', MSG.zipBomb);
      }
      throw new BadFile('corrupt', MSG.corrupt);
    }
  } else {
    throw new BadFile('corrupt', MSG.corrupt);
  }
  if (out.length !== e.size || crc32(out) !== e.crc) throw new BadFile('corrupt', MSG.corrupt);
  return out;
}

/**
 * The entry's content a chunk at a time, for parts too big to hold inflated: the same checks as
 * entryData (declared size as a hard cap, CRC), the last ones when the stream ends.
 */
async function* entryChunks(b: Uint8Array, e: ZipEntry): AsyncGenerator<Uint8Array> {
  const raw = rawEntryData(b, e);
  if (e.method !== 0 && e.method !== 8) throw new BadFile('corrupt', MSG.corrupt);
  let size = 0;
  let crc = 0;
  const check = (chunk: Uint8Array): void => {
    size += chunk.length;
    if (size > e.size) throw new BadFile('zip_bomb', MSG.zipBomb);
    crc = crc32(chunk, crc);
  };
  if (e.method === 0) {
    check(raw);
    yield raw;
  } else {
    const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
    inflater.end(raw);
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        check(chunk);
        yield chunk;
      }
    } catch (err) {
      if (err instanceof BadFile) throw err;
      throw new BadFile('corrupt', MSG.corrupt);
    } finally {
      inflater.destroy();
    }
  }
  if (size !== e.size || crc !== e.crc) throw new BadFile('corrupt', MSG.corrupt);
}

function asText(data: Uint8Array): string {
  return utf8.decode(data);
}

/** PartName → ContentType of the `<Override>` elements of [Content_Types].xml. */
function partContentTypes(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<Override\b[^>]*>/g)) {
    const part = /PartName="([^"]*)"/.exec(m[0])?.[1];
    const type = /ContentType="([^"]*)"/.exec(m[0])?.[1];
    if (part && type) out.set(part, type);
  }
  return out;
}

// The zip kinds we tell apart before reading.
const SPREADSHEET_TYPES =
  /spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml/;
const MACRO_TYPES = /ms-excel\.(sheet|template|addin)\.macroEnabled/;

async function readZipFile(bytes: Uint8Array, lim: ReadLimits): Promise<GridWorkbook> {
  const entries = listZip(bytes, lim);
  checkZipSizes(entries, lim);
  if (entries.some((e) => (e.flags & 1) !== 0)) throw new BadFile('encrypted', MSG.zipPassword);
  // Every entry is inflated once under its cap before any library sees the file: exceljs' and
  // SheetJS' own unzip would otherwise trust the declared sizes. Big sheets and string tables are
  // left for the streaming reader, which inflates them a chunk at a time under the same checks.
  const data = new Map<string, Uint8Array>();
  const big = new Map<string, ZipEntry>();
  for (const e of entries) {
    if (e.size > lim.streamPartBytes && STREAMED_PART.test(e.name)) big.set(e.name, e);
    else data.set(e.name, entryData(bytes, e));
  }

  const mimetype = data.get('mimetype');
  if (mimetype) {
    const type = asText(mimetype).trim();
    if (type === 'application/vnd.oasis.opendocument.spreadsheet') {
      return readOds(bytes, data, lim);
    }
    if (type.startsWith('application/vnd.oasis.opendocument.')) {
      throw new BadFile('word', MSG.odfText);
    }
  }
  const contentTypesBytes = data.get('[Content_Types].xml');
  const parts = contentTypesBytes ? partContentTypes(asText(contentTypesBytes)) : new Map();
  const types = [...parts.values()].join(' ');
  if (
    /wordprocessingml|presentationml/.test(types) ||
    entries.some((e) => /^(word|ppt)\//.test(e.name))
  ) {
    throw new BadFile('word', MSG.word);
  }
  const workbookType: string = parts.get('/xl/workbook.xml') ?? '';
  if (data.has('xl/workbook.xml') || SPREADSHEET_TYPES.test(types)) {
    const macro = MACRO_TYPES.test(workbookType);
    if (big.size > 0) return readBigXlsx(bytes, data, big, macro, lim);
    return readXlsx(bytes, entries, data, macro, lim);
  }
  // Not a workbook after all: whatever was left for streaming is inflated like the rest.
  for (const [name, e] of big) data.set(name, entryData(bytes, e));
  if (data.has('xl/workbook.bin')) throw new BadFile('unsupported', MSG.xlsb);
  const inner = entries.filter((e) => /\.(xlsx|xlsm|xls|ods|csv)$/i.test(e.name)).length;
  if (inner > 0) throw new BadFile('not_spreadsheet', MSG.zipOfFiles(inner));
  throw new BadFile('not_spreadsheet', MSG.zipOther);
}

// ---------------------------------------------------------------------------------------------
// xlsx / xlsm

const WORKSHEET_ENTRY = /^xl\/worksheets\/[^/]+\.xml$/;
/** Parts that can be too big to hold inflated: sheets and the shared-string table. */
const STREAMED_PART = /^xl\/(?:worksheets\/[^/]+\.xml|sharedStrings\.xml)$/;
/** The sheet files exceljs recognises; others (some generators name them differently) it skips. */
const EXCELJS_WORKSHEET_ENTRY = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * Sheet elements exceljs must not parse: whole-column data validations make it expand every address
 * (14 s and 1.2 GB for a 4 KB file); drawings, hyperlinks and tables send it after relationship
 * targets that real files do not always have. Import needs none of them.
 */
const IGNORED_SHEET_NODES = [
  'dataValidations',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'hyperlinks',
  'tableParts',
  'conditionalFormatting',
  'extLst',
];

async function readXlsx(
  bytes: Uint8Array,
  entries: ZipEntry[],
  data: Map<string, Uint8Array>,
  macro: boolean,
  lim: ReadLimits,
): Promise<GridWorkbook> {
  const format = macro ? 'xlsm' : 'xlsx';
  const notes = macro ? [NOTE_MACRO] : [];

  const workbookXml = data.get('xl/workbook.xml');
  if (workbookXml && !/<(\w+:)?sheet\b/.test(asText(workbookXml))) {
    throw new BadFile('no_sheets', MSG.noSheets);
  }
  const sheetNames = entries.map((e) => e.name).filter((n) => WORKSHEET_ENTRY.test(n));
  let cells = 0;
  let mergedArea = 0;
  for (const name of sheetNames) {
    const xml = data.get(name) ?? new Uint8Array();
    cells += countCellTags(xml);
    mergedArea += mergedCellArea(Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength));
  }
  if (cells > lim.maxCells)
    throw new BadFile('too_many_cells', MSG.tooManyCells(cells, lim.maxCells));

  const defaultFont = firstFontName(data.get('xl/styles.xml'));
  // exceljs turns every merged range into cells; huge merges (whole columns) go to SheetJS instead.
  const exceljsCanRead =
    sheetNames.every((n) => EXCELJS_WORKSHEET_ENTRY.test(n)) && mergedArea <= lim.maxCells;
  if (exceljsCanRead) {
    let wb: ExcelJS.Workbook | null = null;
    try {
      // The entries are already inflated (and checked); handing exceljs a stored (uncompressed)
      // zip of them spares it a second inflate of every part.
      wb = await loadExcelJs(storedZip(data));
    } catch {
      // Some drawings/comments crash exceljs ("reading 'anchors'"): retry without those parts.
      try {
        wb = await loadExcelJs(sanitizedXlsx(bytes, entries, data));
      } catch {
        wb = null;
      }
    }
    if (wb) {
      const legacy = new LegacyCounter();
      const sheets = gridFromExcelJs(wb, defaultFont, legacy, lim);
      // exceljs reads a sheet written with XML prefixes (<x:c>) as empty: let SheetJS try.
      if (cells === 0 || sheets.some((s) => s.rows.length > 0)) {
        return { format, sheets, notes: [...notes, ...legacy.notes()] };
      }
    }
  }
  const wb = sheetJsRead(bytes, { type: 'array' });
  return gridWorkbookFromSheetJs(wb, format, notes, lim, true);
}

/** A workbook with a big sheet: every sheet goes through the streaming reader. */
async function readBigXlsx(
  bytes: Uint8Array,
  data: Map<string, Uint8Array>,
  big: Map<string, ZipEntry>,
  macro: boolean,
  lim: ReadLimits,
): Promise<GridWorkbook> {
  const workbookXml = data.get('xl/workbook.xml');
  if (workbookXml && !/<(\w+:)?sheet\b/.test(asText(workbookXml))) {
    throw new BadFile('no_sheets', MSG.noSheets);
  }
  const parts: XlsxParts = {
    has: (name) => data.has(name) || big.has(name),
    chunks: (name) => {
      const e = big.get(name);
      if (e) return entryChunks(bytes, e);
      const whole = data.get(name) ?? new Uint8Array();
      return (async function* () {
        yield whole;
      })();
    },
  };
  const legacy = new LegacyCounter();
  const defaultFont = firstFontName(data.get('xl/styles.xml'));
  const read = await readXlsxStreaming(parts, lim, legacy, defaultFont);
  for (const count of [read.cellTags, read.keptCells]) {
    if (count > lim.maxCells) {
      throw new BadFile('too_many_cells', MSG.tooManyCells(count, lim.maxCells));
    }
  }
  const notes = macro ? [NOTE_MACRO] : [];
  return {
    format: macro ? 'xlsm' : 'xlsx',
    sheets: read.sheets,
    notes: [...notes, ...legacy.notes()],
  };
}

/** The inflated parts as a zip without compression: cheap to write, cheap for exceljs to read. */
function storedZip(data: Map<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(data), { level: 0 });
}

async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // ignoreNodes is read by exceljs' worksheet parser but missing from its typings.
  const options = { ignoreNodes: IGNORED_SHEET_NODES } as unknown as Parameters<
    typeof wb.xlsx.load
  >[1];
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer, options);
  return wb;
}

/** Number of `<c …>` tags: one per cell with content or formatting (a plain loop: 30 MB in ~30 ms). */
function countCellTags(xml: Uint8Array): number {
  let n = 0;
  for (let i = 0, end = xml.length - 2; i < end; i++) {
    if (xml[i] !== 0x3c || xml[i + 1] !== 0x63) continue; // "<c"
    const next = xml[i + 2];
    if (next === 0x20 || next === 0x3e || next === 0x2f) n++; // " ", ">", "/"
  }
  return n;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Total cells covered by `<mergeCell ref="A1:C3"/>` ranges of one sheet. */
function mergedCellArea(xml: Buffer): number {
  const start = xml.indexOf('<mergeCells');
  if (start < 0) return 0;
  const end = xml.indexOf('</mergeCells>', start);
  const part = xml.toString('latin1', start, end < 0 ? xml.length : end);
  let area = 0;
  for (const m of part.matchAll(/ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
    const cols = Math.abs(columnNumber(m[3] ?? '') - columnNumber(m[1] ?? '')) + 1;
    area += rows * cols;
  }
  return area;
}

/** Name of font 0 of styles.xml: the font of every cell without its own style. */
function firstFontName(styles: Uint8Array | undefined): string | null {
  if (!styles) return null;
  const xml = Buffer.from(styles.buffer, styles.byteOffset, styles.byteLength);
  const start = xml.indexOf('<fonts');
  if (start < 0) return null;
  const fontEnd = xml.indexOf('</font>', start);
  const part = xml.toString(
    'utf8',
    start,
    fontEnd < 0 ? Math.min(xml.length, start + 2000) : fontEnd,
  );
  return /<name\s+val="([^"]*)"/.exec(part)?.[1] ?? null;
}

/** Parts exceljs may trip over and import never needs. */
const DROPPED_PARTS =
  /^xl\/(drawings|charts|media|embeddings|activeX|ctrlProps|printerSettings|diagrams|threadedComments|persons|tables|model|worksheets\/_rels)\/|^xl\/(comments\d*\.xml|vbaProject\.bin)$/;

const STRIPPED_SHEET_ELEMENTS = [
  /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/g,
  /<x14:dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/x14:dataValidations>)/g,
  /<hyperlinks\b[^>]*?(?:\/>|>[\s\S]*?<\/hyperlinks>)/g,
  /<tableParts\b[^>]*?(?:\/>|>[\s\S]*?<\/tableParts>)/g,
  /<(?:drawing|legacyDrawing|legacyDrawingHF|picture)\b[^>]*\/>/g,
];

/** A copy of the xlsx without drawings, comments, tables, validations and links (for exceljs). */
function sanitizedXlsx(b: Uint8Array, entries: ZipEntry[], data: Map<string, Uint8Array>) {
  const files: ZipOut[] = [];
  for (const e of entries) {
    if (DROPPED_PARTS.test(e.name)) continue;
    if (WORKSHEET_ENTRY.test(e.name)) {
      let xml = asText(data.get(e.name) ?? new Uint8Array());
      for (const re of STRIPPED_SHEET_ELEMENTS) xml = xml.replace(re, '');
      const out = Buffer.from(xml, 'utf8');
      files.push({ name: e.name, method: 0, crc: crc32(out), size: out.length, body: out });
    } else {
      // Untouched parts are copied still compressed.
      files.push({
        name: e.name,
        method: e.method,
        crc: e.crc,
        size: e.size,
        body: rawEntryData(b, e),
      });
    }
  }
  return writeZip(files);
}

interface ZipOut {
  name: string;
  method: number;
  crc: number;
  size: number;
  /** Stored bytes (compressed when method is 8). */
  body: Uint8Array;
}

function writeZip(files: ZipOut[]): Uint8Array {
  const names = files.map((f) => Buffer.from(f.name, 'utf8'));
  const localSize = files.reduce((s, f, i) => s + 30 + (names[i]?.length ?? 0) + f.body.length, 0);
  const centralSize = names.reduce((s, n) => s + 46 + n.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const dv = view(out);
  const offsets: number[] = [];
  let p = 0;
  const header = (at: number, f: ZipOut, name: Buffer): void => {
    dv.setUint16(at, 20, true); // version needed
    dv.setUint16(at + 2, 0x0800, true); // UTF-8 names
    dv.setUint16(at + 4, f.method, true);
    dv.setUint16(at + 6, 0, true); // time
    dv.setUint16(at + 8, 0x21, true); // date 1980-01-01
    dv.setUint32(at + 10, f.crc, true);
    dv.setUint32(at + 14, f.body.length, true);
    dv.setUint32(at + 18, f.size, true);
    dv.setUint16(at + 22, name.length, true);
    dv.setUint16(at + 24, 0, true);
  };
  files.forEach((f, i) => {
    const name = names[i] ?? Buffer.alloc(0);
    offsets.push(p);
    dv.setUint32(p, 0x04034b50, true);
    header(p + 4, f, name);
    out.set(name, p + 30);
    out.set(f.body, p + 30 + name.length);
    p += 30 + name.length + f.body.length;
  });
  const cdStart = p;
  files.forEach((f, i) => {
    const name = names[i] ?? Buffer.alloc(0);
    dv.setUint32(p, 0x02014b50, true);
    dv.setUint16(p + 4, 20, true); // made by
    header(p + 6, f, name);
    // comment length, disk, internal and external attributes stay 0
    dv.setUint32(p + 42, offsets[i] ?? 0, true);
    out.set(name, p + 46);
    p += 46 + name.length;
  });
  dv.setUint32(p, 0x06054b50, true);
  dv.setUint16(p + 8, files.length, true);
  dv.setUint16(p + 10, files.length, true);
  dv.setUint32(p + 12, p - cdStart, true);
  dv.setUint32(p + 16, cdStart, true);
  return out;
}

// ---------------------------------------------------------------------------------------------
// exceljs → grid

// exceljs' ValueType numbers (its typings declare them as an ambient enum).
const VT_MERGE = 1;

type ExcelRaw = ExcelJS.CellValue | undefined;

function gridFromExcelJs(
  wb: ExcelJS.Workbook,
  defaultFont: string | null,
  legacy: LegacyCounter,
  lim: ReadLimits,
): GridSheet[] {
  let total = 0;
  return wb.worksheets.map((ws) => {
    const rows: (GridCell | null)[][] = [];
    const hiddenRows: number[] = [];
    let maxCol = 0;
    const internal = ws as unknown as {
      _rows: (ExcelJS.Row | undefined)[];
      _merges: Record<string, { model: GridMerge }>;
    };
    let unreadRows = 0;
    for (const row of internal._rows) {
      if (!row) continue;
      if (row.number > lim.maxSheetRows) {
        if (row.cellCount > 0) unreadRows++;
        continue;
      }
      if (row.hidden) hiddenRows.push(row.number);
      const out: (GridCell | null)[] = [];
      row.eachCell((cell, col) => {
        if (cell.type === VT_MERGE) return; // merged cells' value lives in the top-left cell
        const font = cell.font?.name ?? defaultFont;
        const g = toGridCell(cell.value, cell.numFmt, font, legacy);
        if (!g) return;
        while (out.length < col - 1) out.push(null);
        out.push(g);
      });
      if (out.length > 0) {
        total += out.length;
        if (total > lim.maxCells) {
          throw new BadFile('too_many_cells', MSG.tooManyCells(total, lim.maxCells));
        }
        while (rows.length < row.number - 1) rows.push([]);
        rows[row.number - 1] = out;
        maxCol = Math.max(maxCol, out.length);
      }
    }
    const hiddenColumns: number[] = [];
    for (const c of ws.columns ?? []) {
      if (c.hidden && c.number !== undefined && c.number <= maxCol) hiddenColumns.push(c.number);
    }
    const merges = Object.values(internal._merges ?? {}).map(({ model }) => ({
      top: model.top,
      left: model.left,
      bottom: model.bottom,
      right: model.right,
    }));
    const sheet: GridSheet = {
      name: nfc(ws.name),
      state: ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible',
      rows,
      merges,
      hiddenRows: hiddenRows.filter((r) => r <= rows.length),
      hiddenColumns,
    };
    if (unreadRows > 0) sheet.unreadRows = unreadRows;
    return sheet;
  });
}

function toGridCell(
  v: ExcelRaw,
  numFmt: string | undefined,
  font: string | null,
  legacy: LegacyCounter,
): GridCell | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return numberCell(v, numFmt);
  if (typeof v === 'string') return stringCell([{ text: v }], font, legacy);
  if (typeof v === 'boolean') return { value: v, text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return dateCell(v);
  if ('error' in v) return errorCell(String(v.error));
  if ('richText' in v) return stringCell(v.richText, font, legacy);
  if ('formula' in v || 'sharedFormula' in v) {
    // Formulas give the result Excel saved with the file; one never calculated has none.
    return toGridCell(v.result as ExcelRaw, numFmt, font, legacy);
  }
  if ('hyperlink' in v) return toGridCell(v.text as ExcelRaw, numFmt, font, legacy);
  return null;
}

// Characters of TCVN3's A1–BE range (ă â đ ê ô ơ ư à á…): symbols that real Unicode Vietnamese or
// English text practically never contains, so several of them reveal TCVN3 text.
const TCVN3_SIGNATURE = /[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be]/g;
// VNI writes a vowel followed by a tone/hat modifier: `aø`, `oâ`, `ôù`, `aê`.
const VNI_SIGNATURE = /[aeouyôöAEOUYÔÖ][ùøûõïÙØÛÕÏ]|[aeoAEO][âáàåãäÂÁÀÅÃÄ]|[aA][êéèúüëÊÉÈÚÜË]/g;

/**
 * For formats whose fonts we cannot see (.xls, .ods, HTML): the legacy encoding the strings are
 * written in, judged by content, or null. Any real Unicode Vietnamese in the file rules it out.
 */
function legacyEncodingByContent(strings: string[]): LegacyEncoding | null {
  let tcvn = 0;
  let vni = 0;
  for (const s of strings) {
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return null;
    tcvn += s.match(TCVN3_SIGNATURE)?.length ?? 0;
    vni += s.match(VNI_SIGNATURE)?.length ?? 0;
  }
  // VNI never uses the TCVN3 signature range, so any sizeable amount of it means TCVN3.
  if (tcvn >= 3) return 'tcvn3';
  if (vni >= 3) return 'vni';
  return null;
}

// ---------------------------------------------------------------------------------------------
// SheetJS: .xls, .ods, HTML/XML spreadsheets, and xlsx files exceljs cannot read.

function sheetJsRead(input: Uint8Array | string, opts: XLSX.ParsingOptions): XLSX.WorkBook {
  try {
    return XLSX.read(input, {
      cellDates: true,
      cellStyles: true,
      cellHTML: false,
      dense: true,
      ...opts,
    });
  } catch (e) {
    if (/password|encrypt/i.test(String((e as Error)?.message))) {
      throw new BadFile('encrypted', MSG.encrypted);
    }
    throw new BadFile('corrupt', MSG.corrupt);
  }
}

function gridWorkbookFromSheetJs(
  wb: XLSX.WorkBook,
  format: GridWorkbook['format'],
  notes: string[],
  lim: ReadLimits,
  detectLegacy = false,
): GridWorkbook {
  const sheets = gridFromSheetJs(wb, lim);
  const legacy = new LegacyCounter();
  if (detectLegacy) {
    const strings: string[] = [];
    for (const s of sheets) {
      for (const row of s.rows)
        for (const c of row) if (typeof c?.value === 'string') strings.push(c.value);
    }
    const enc = legacyEncodingByContent(strings);
    if (enc) {
      const font: LegacyFont = { encoding: enc, upperCase: false };
      for (const s of sheets) {
        for (const row of s.rows) {
          for (const c of row) {
            if (typeof c?.value !== 'string') continue;
            const converted = convertLegacyText(c.value, font);
            if (converted === null) continue;
            c.value = c.text = nfc(converted);
            c.converted = enc;
            legacy.countCell(enc);
          }
        }
      }
    }
  }
  return { format, sheets, notes: [...notes, ...legacy.notes(true)] };
}

interface SheetJsCell {
  t: string;
  v?: unknown;
  w?: string;
}

function gridFromSheetJs(wb: XLSX.WorkBook, lim: ReadLimits): GridSheet[] {
  let total = 0;
  return wb.SheetNames.map((name, index) => {
    const ws = wb.Sheets[name];
    const hidden = wb.Workbook?.Sheets?.[index]?.Hidden ?? 0;
    const state = hidden === 1 ? 'hidden' : hidden === 2 ? 'veryHidden' : 'visible';
    const data = ((ws as { '!data'?: (SheetJsCell | undefined)[][] } | undefined)?.['!data'] ??
      []) as (SheetJsCell | undefined)[][];
    const rows: (GridCell | null)[][] = [];
    let maxCol = 0;
    data.forEach((row, r) => {
      if (!row) return;
      const out: (GridCell | null)[] = [];
      row.forEach((cell, c) => {
        const g = cell ? sheetJsCell(cell) : null;
        if (!g) return;
        while (out.length < c) out.push(null);
        out.push(g);
      });
      if (out.length === 0) return;
      total += out.length;
      if (total > lim.maxCells) {
        throw new BadFile('too_many_cells', MSG.tooManyCells(total, lim.maxCells));
      }
      while (rows.length < r) rows.push([]);
      rows[r] = out;
      maxCol = Math.max(maxCol, out.length);
    });
    const merges = (ws?.['!merges'] ?? []).map((m) => ({
      top: m.s.r + 1,
      left: m.s.c + 1,
      bottom: m.e.r + 1,
      right: m.e.c + 1,
    }));
    const hiddenRows: number[] = [];
    (ws?.['!rows'] ?? []).forEach((info, r) => {
      if (info?.hidden && r < rows.length) hiddenRows.push(r + 1);
    });
    const hiddenColumns: number[] = [];
    (ws?.['!cols'] ?? []).forEach((info, c) => {
      if (info?.hidden && c < maxCol) hiddenColumns.push(c + 1);
    });
    return { name: nfc(name), state, rows, merges, hiddenRows, hiddenColumns } satisfies GridSheet;
  });
}

function sheetJsCell(cell: SheetJsCell): GridCell | null {
  const v = cell.v;
  switch (cell.t) {
    case 'n':
      if (typeof v !== 'number' || !Number.isFinite(v)) return null;
      return {
        value: v,
        text: cell.w !== undefined ? vnSeparators(nfc(cell.w)) : formatNumber(v, undefined),
      };
    case 's': {
      const text = nfc(String(v ?? ''));
      return text === '' ? null : { value: text, text };
    }
    case 'b':
      return { value: Boolean(v), text: v ? 'TRUE' : 'FALSE' };
    case 'd':
      return v instanceof Date ? dateCell(v) : null;
    case 'e':
      return errorCell(cell.w ?? '#N/A');
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// .ods

// Counts cells with a value, multiplied by their repeat attributes: SheetJS copies a repeated cell
// into every position, so `rows-repeated="1000000"` on one value would be a million cells.
function odsCellEstimate(contentXml: string): number {
  let total = 0;
  let rowRepeat = 1;
  const re = /<table:table-row\b([^>]*)>|<table:table-cell\b([^>]*)>/g;
  for (let m = re.exec(contentXml); m; m = re.exec(contentXml)) {
    if (m[1] !== undefined) {
      rowRepeat = Number(/number-rows-repeated="(\d+)"/.exec(m[1])?.[1] ?? 1);
    } else if (m[2] !== undefined && /value-type=/.test(m[2])) {
      const colRepeat = Number(/number-columns-repeated="(\d+)"/.exec(m[2])?.[1] ?? 1);
      total += rowRepeat * colRepeat;
    }
  }
  return total;
}

function readOds(bytes: Uint8Array, data: Map<string, Uint8Array>, lim: ReadLimits): GridWorkbook {
  const content = data.get('content.xml');
  if (!content) throw new BadFile('corrupt', MSG.corrupt);
  const estimate = odsCellEstimate(asText(content));
  if (estimate > lim.maxCells) {
    throw new BadFile('too_many_cells', MSG.tooManyCells(estimate, lim.maxCells));
  }
  return gridWorkbookFromSheetJs(sheetJsRead(bytes, { type: 'array' }), 'ods', [], lim, true);
}

// ---------------------------------------------------------------------------------------------
// Legacy .xls (and anything else in a Compound File Binary container)

let codepagesLoaded = false;

async function readCfbFile(bytes: Uint8Array, fileName: string, lim: ReadLimits) {
  let names: string[];
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'array' }) as { FullPaths: string[] };
    names = cfb.FullPaths.map((p) => p.replace(/\/$/, '').split('/').pop() ?? '');
  } catch {
    throw new BadFile('corrupt', MSG.corrupt);
  }
  // A password-protected xlsx/docx is a CFB holding the encrypted package.
  if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) {
    throw new BadFile('encrypted', MSG.encrypted);
  }
  if (names.includes('WordDocument') || names.includes('PowerPoint Document')) {
    throw new BadFile('word', MSG.word);
  }
  if (!names.includes('Workbook') && !names.includes('Book')) {
    throw new BadFile('not_spreadsheet', MSG.notExcel(fileName));
  }
  if (!codepagesLoaded) {
    // Excel 95 files store text in a Windows code page (1258 for Vietnamese); loaded on first use.
    XLSX.set_cptable(await import('@e965/xlsx/dist/cpexcel.full.mjs'));
    codepagesLoaded = true;
  }
  return gridWorkbookFromSheetJs(sheetJsRead(bytes, { type: 'array' }), 'xls', [], lim, true);
}

// ---------------------------------------------------------------------------------------------
// Text files: web pages and XML saved with an Excel extension, CSV, plain text.

function decodeText(b: Uint8Array): string {
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return utf8.decode(b.subarray(3));
  if (startsWith(b, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (startsWith(b, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(b.subarray(2));
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 4096)).toString('latin1');
  const charset = /charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset && charset !== 'utf-8' ? charset : 'utf-8', {
      fatal: !charset,
    }).decode(b);
  } catch {
    // Not UTF-8 and no declared charset: Vietnamese Windows' own code page.
    return new TextDecoder('windows-1258').decode(b);
  }
}

function looksBinary(b: Uint8Array): boolean {
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])) return false;
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] ?? 0;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control > n / 20;
}

function readTextFile(bytes: Uint8Array, fileName: string, lim: ReadLimits): GridWorkbook {
  // A few bytes are no spreadsheet of any kind (often the start of a failed download).
  if (bytes.length < 16 || looksBinary(bytes)) {
    throw new BadFile('not_spreadsheet', MSG.notExcel(fileName));
  }
  const text = decodeText(bytes);
  const head = text.slice(0, 4096).toLowerCase();
  if (
    head.includes('urn:schemas-microsoft-com:office:spreadsheet') &&
    /<(\w+:)?workbook\b/.test(head)
  ) {
    const wb = sheetJsRead(text, { type: 'string' });
    return gridWorkbookFromSheetJs(wb, 'xls', [NOTE_XML2003], lim, true);
  }
  if (/<(!doctype html|html|head|body|table|meta)\b/.test(head)) {
    if (!/<table\b/i.test(text)) throw new BadFile('not_spreadsheet', MSG.htmlNoTable);
    // raw: keep every cell as the text shown, so `05/04/2025` is not read as an American date.
    const wb = sheetJsRead(text, { type: 'string', raw: true, cellDates: false });
    return gridWorkbookFromSheetJs(wb, 'xls', [NOTE_HTML], lim, true);
  }
  const lines = text.split(/\r?\n/, 20).filter((l) => l.trim() !== '');
  const delimited = lines.length > 0 && lines.every((l) => /[,;\t|]/.test(l));
  throw new BadFile('not_spreadsheet', delimited ? MSG.csv : MSG.text);
}
