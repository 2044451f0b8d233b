// The safe reader: the bytes of whatever an agency sent → a GridWorkbook, or a clear Vietnamese
// rejection. The format is decided by the content (magic bytes), never by the file name; sizes are
// checked before anything is expanded; nothing in a file (macros, links) is ever run or followed.

import type { BadFileCode } from './bad-file-codes';
import type { GridWorkbook } from './grid';
import { startsWith } from './magic-bytes';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits';
import { BadFile, MSG, NOTE_UNSAFE_PATHS } from './read-messages';
import { readCfbFile, readOds, readTextFile } from './read-sheetjs';
import { STREAMED_PART, readBigXlsx, readXlsx } from './read-xlsx';
import {
  asText,
  checkZipSizes,
  entryData,
  entryHead,
  InflateBudget,
  listZip,
  type ZipEntry,
} from './zip-stream/zip-container';

export type { BadFileCode } from './bad-file-codes';
export { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits';

export type ReadResult =
  { ok: true; workbook: GridWorkbook } | { ok: false; code: BadFileCode; message: string };

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
// Zip files: what the package holds decides the reader (ods, xlsx) or the rejection.

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

/**
 * The parts a reader uses: the package's content types and relationships, the workbook, its styles,
 * shared strings and sheets (where the content types put them, too), and an ODS' content. Images,
 * drawings, printer settings, macros and anything else are never inflated.
 */
const READ_PARTS =
  /^(?:\[Content_Types\]\.xml|_rels\/\.rels|xl\/_rels\/workbook\.xml\.rels|xl\/(?:workbook|styles|sharedStrings)\.xml|xl\/worksheets\/[^/]+\.xml|mimetype|(?:content|styles|meta|settings)\.xml|META-INF\/manifest\.xml)$/;
const READ_TYPES =
  /spreadsheetml\.(?:sheet|template)\.main\+xml|macroEnabled\.main\+xml|spreadsheetml\.(?:worksheet|sharedStrings|styles)\+xml/;

/** Names of the parts to inflate: READ_PARTS, plus the spreadsheet parts the content types list. */
function partsToRead(parts: Map<string, string>): (name: string) => boolean {
  const listed = new Set<string>();
  for (const [part, type] of parts) {
    if (!READ_TYPES.test(type)) continue;
    const name = part.replace(/^\/+/, '');
    listed.add(name);
    // The relationships of a workbook part say where its sheets are.
    if (/main\+xml/.test(type)) listed.add(name.replace(/([^/]+)$/, '_rels/$1.rels'));
  }
  return (name) => READ_PARTS.test(name) || listed.has(name);
}

async function readZipFile(bytes: Uint8Array, lim: ReadLimits): Promise<GridWorkbook> {
  const entries = listZip(bytes, lim);
  checkZipSizes(entries, lim);
  if (entries.some((e) => (e.flags & 1) !== 0)) throw new BadFile('encrypted', MSG.zipPassword);
  const budget = new InflateBudget(lim.maxUncompressedBytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const contentTypesEntry = byName.get('[Content_Types].xml');
  const data = new Map<string, Uint8Array>();
  if (contentTypesEntry)
    data.set(contentTypesEntry.name, entryData(bytes, contentTypesEntry, budget));
  const contentTypes = data.get('[Content_Types].xml');
  const parts = contentTypes ? partContentTypes(asText(contentTypes)) : new Map<string, string>();
  const wanted = partsToRead(parts);
  // The parts a reader uses are inflated once under their caps before any library sees them:
  // exceljs' and SheetJS' own unzip would otherwise trust the declared sizes, so they are handed
  // these checked parts only. Big sheets and string tables — or all of them, when together they
  // are more than is worth holding — are left for the streaming reader, which inflates them a
  // chunk at a time under the same checks.
  const streamable = entries.filter((e) => wanted(e.name) && STREAMED_PART.test(e.name));
  const heldTotal = streamable.reduce((n, e) => n + e.size, 0);
  const big = new Map<string, ZipEntry>();
  for (const e of entries) {
    if (!wanted(e.name) || data.has(e.name)) continue;
    const stream =
      STREAMED_PART.test(e.name) &&
      (e.size > lim.streamPartBytes || heldTotal > lim.heldPartsBytes);
    if (stream) big.set(e.name, e);
    else data.set(e.name, entryData(bytes, e, budget));
  }
  // A spreadsheet never needs a DTD; one that declares entities is an attack (entity expansion),
  // refused before any XML parser sees it. Streamed parts are checked by their first chunk.
  for (const [name, part] of data) {
    if (/\.(?:xml|rels|vml)$/i.test(name) && declaresDtd(part))
      throw new BadFile('hostile', MSG.dtd);
  }
  for (const e of big.values()) {
    if (declaresDtd(entryHead(bytes, e))) throw new BadFile('hostile', MSG.dtd);
  }
  const unsafeNames = entries.filter((e) => unsafeEntryName(e.name)).map((e) => e.name);

  const mimetype = data.get('mimetype');
  if (mimetype) {
    const type = asText(mimetype).trim();
    if (type === 'application/vnd.oasis.opendocument.spreadsheet') {
      return readOds(data, lim);
    }
    if (type.startsWith('application/vnd.oasis.opendocument.')) {
      throw new BadFile('word', MSG.odfText);
    }
  }
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
    const wb =
      big.size > 0
        ? await readBigXlsx(bytes, data, big, budget, macro, lim)
        : await readXlsx(entries, data, macro, lim);
    if (unsafeNames.length > 0) wb.notes.push(NOTE_UNSAFE_PATHS(unsafeNames));
    return wb;
  }
  // Not a workbook after all: what it is shows in the names, nothing more is inflated.
  if (byName.has('xl/workbook.bin')) throw new BadFile('unsupported', MSG.xlsb);
  const inner = entries.filter((e) => /\.(xlsx|xlsm|xls|ods|csv)$/i.test(e.name)).length;
  if (inner > 0) throw new BadFile('not_spreadsheet', MSG.zipOfFiles(inner));
  throw new BadFile('not_spreadsheet', MSG.zipOther);
}

/**
 * Whether an XML part declares a document type or entities. Looked for in the prolog only (before
 * the root element), where XML allows them; a text cell that merely mentions "<!ENTITY" is
 * escaped and never matches.
 */
function declaresDtd(part: Uint8Array): boolean {
  const head = Buffer.from(part.buffer, part.byteOffset, Math.min(part.byteLength, 4096)).toString(
    'latin1',
  );
  const root = head.search(/<[A-Za-z_]/);
  const prolog = root < 0 ? head : head.slice(0, root);
  return /<!(?:DOCTYPE|ENTITY)/i.test(prolog);
}

/** A zip entry name that would escape the folder it is unpacked into (`../x`, `C:\x`, `/x`). */
function unsafeEntryName(name: string): boolean {
  return (
    /(?:^|[\\/])\.\.(?:[\\/]|$)/.test(name) || /^[A-Za-z]:/.test(name) || name.startsWith('\\')
  );
}
