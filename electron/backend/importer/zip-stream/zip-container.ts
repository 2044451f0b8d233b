// The zip container: our own central-directory reader, so every size is checked before inflating
// and every inflate is capped while it runs — at the size the directory declared (a lying directory
// cannot expand) and at what is left of the file's budget — and the writer that hands
// already-checked parts to exceljs and SheetJS.

import { constants as zlibConstants, crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import type { ReadLimits } from '../read-limits';
import { BadFile, MSG } from '../read-messages';

export interface ZipEntry {
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

export function listZip(b: Uint8Array, lim: ReadLimits): ZipEntry[] {
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

export function checkZipSizes(entries: ZipEntry[], lim: ReadLimits): void {
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

/**
 * What one file may inflate, all its entries together, counted as the bytes come out of the
 * inflater: no entry can go past what is left, whatever its directory declared.
 */
export class InflateBudget {
  private used = 0;
  constructor(readonly max: number) {}

  get left(): number {
    return this.max - this.used;
  }

  take(bytes: number): void {
    this.used += bytes;
    if (this.used > this.max) throw new BadFile('zip_bomb', MSG.zipBomb);
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

/**
 * The entry's content, inflated with its declared size and what is left of the budget as hard
 * caps (the inflater stops there), and its CRC checked.
 */
export function entryData(b: Uint8Array, e: ZipEntry, budget: InflateBudget): Uint8Array {
  const raw = rawEntryData(b, e);
  if (e.size > budget.left) throw new BadFile('zip_bomb', MSG.zipBomb);
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
  budget.take(out.length);
  if (out.length !== e.size || crc32(out) !== e.crc) throw new BadFile('corrupt', MSG.corrupt);
  return out;
}

/**
 * The first few kilobytes of an entry (at most `max` bytes), for checks that only need the start of
 * a part too big to inflate whole; a damaged start gives what could be inflated.
 */
export function entryHead(b: Uint8Array, e: ZipEntry, max = 4096): Uint8Array {
  // 2 KB of deflate data inflate to at most about 2 MB.
  const raw = rawEntryData(b, e).subarray(0, 2048);
  if (e.method === 0) return raw.subarray(0, max);
  if (e.method !== 8) return new Uint8Array();
  try {
    return inflateRawSync(raw, { finishFlush: zlibConstants.Z_SYNC_FLUSH }).subarray(0, max);
  } catch {
    return new Uint8Array();
  }
}

/**
 * The entry's content a chunk at a time, for parts too big to hold inflated: the same checks as
 * entryData (declared size and budget as hard caps, checked at every chunk; CRC at the end).
 */
export async function* entryChunks(
  b: Uint8Array,
  e: ZipEntry,
  budget: InflateBudget,
): AsyncGenerator<Uint8Array> {
  const raw = rawEntryData(b, e);
  if (e.method !== 0 && e.method !== 8) throw new BadFile('corrupt', MSG.corrupt);
  let size = 0;
  let crc = 0;
  const check = (chunk: Uint8Array): void => {
    size += chunk.length;
    if (size > e.size) throw new BadFile('zip_bomb', MSG.zipBomb);
    budget.take(chunk.length);
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

export function asText(data: Uint8Array): string {
  return utf8.decode(data);
}

/**
 * The inflated parts as a zip without compression: cheap to write, cheap for exceljs and SheetJS to
 * read, and holding only parts that have passed every check.
 */
export function storedZip(data: Map<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(data), { level: 0 });
}
