// The zip container of the reader (importer/zip-stream): what it lists, what it refuses, and that
// every inflate stops at its caps. The reader's own tests (read-workbook, read-xlsx-stream,
// read-memory) reach it through whole files; these pin the container's own promises.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS } from '../../electron/backend/importer/read-limits';
import { MSG } from '../../electron/backend/importer/read-messages';
import {
  InflateBudget,
  checkZipSizes,
  entryChunks,
  entryData,
  entryHead,
  listZip,
  type ZipEntry,
} from '../../electron/backend/importer/zip-stream/zip-container';
import { handZip } from '../fixtures/bad-files';

const LIM = DEFAULT_READ_LIMITS;
const budget = (): InflateBudget => new InflateBudget(LIM.maxUncompressedBytes);
const XML = '<?xml version="1.0"?><worksheet><sheetData/></worksheet>';
const xml = strToU8(XML);
const text = (b: Uint8Array): string =>
  Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString();

async function allChunks(b: Uint8Array, e: ZipEntry): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of entryChunks(b, e, budget())) parts.push(c);
  return new Uint8Array(Buffer.concat(parts));
}

describe('the zip container', () => {
  it('lists entries with their sizes and reads deflated and stored ones alike', async () => {
    const zip = zipSync({ 'a.xml': [xml, { level: 6 }], 'b.xml': [xml, { level: 0 }] });
    const entries = listZip(zip, LIM);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['a.xml', 8, xml.length],
      ['b.xml', 0, xml.length],
    ]);
    for (const e of entries) {
      expect(text(entryData(zip, e, budget()))).toBe(XML);
      expect(text(await allChunks(zip, e))).toBe(XML);
      expect(text(entryHead(zip, e, 10))).toBe(XML.slice(0, 10));
    }
  });

  it('refuses a file cut short and an entry whose content does not match its CRC', async () => {
    const zip = handZip([{ name: 'a.xml', content: xml }]);
    expect(() => listZip(zip.subarray(0, zip.length - 30), LIM)).toThrow(MSG.corrupt);
    const e = listZip(zip, LIM)[0]!;
    const wrong = { ...e, crc: (e.crc + 1) >>> 0 };
    expect(() => entryData(zip, wrong, budget())).toThrow(MSG.corrupt);
    await expect(allChunks(zip, wrong)).rejects.toThrow(MSG.corrupt);
  });

  it('refuses by the declared sizes before inflating: total, per entry, ratio, count', () => {
    const e = (size: number, compressedSize = size): ZipEntry => ({
      name: 'x',
      flags: 0,
      method: 8,
      crc: 0,
      compressedSize,
      size,
      localOffset: 0,
    });
    expect(() => checkZipSizes([e(LIM.maxEntryBytes + 1)], LIM)).toThrow(MSG.zipBomb);
    expect(() => checkZipSizes([e(LIM.maxEntryBytes), e(LIM.maxEntryBytes), e(1)], LIM)).toThrow(
      MSG.zipBomb,
    );
    expect(() => checkZipSizes([e(2 * 1024 * 1024, 1024)], LIM)).toThrow(MSG.zipBomb);
    expect(() => checkZipSizes([e(2 * 1024 * 1024, 100 * 1024)], LIM)).not.toThrow();
    const many = Array.from({ length: 12 }, (_, i) => ({ name: `${i}.xml`, content: xml }));
    expect(() => listZip(handZip(many), { ...LIM, maxEntries: 10 })).toThrow(MSG.zipBomb);
  });

  it('stops inflating at the declared size when the directory lies', async () => {
    const content = new Uint8Array(1024 * 1024).fill(0x61);
    const zip = handZip([{ name: 'a.xml', content, declaredSize: 1000 }]);
    const e = listZip(zip, LIM)[0]!;
    expect(() => entryData(zip, e, budget())).toThrow(MSG.zipBomb);
    let seen = 0;
    const read = async () => {
      for await (const c of entryChunks(zip, e, budget())) seen += c.length;
    };
    await expect(read()).rejects.toThrow(MSG.zipBomb);
    // The chunk that went past the declared size is refused, not handed on.
    expect(seen).toBeLessThanOrEqual(1000);
  });

  it('reads sizes kept in the ZIP64 extra field', () => {
    const zip = handZip([{ name: 'a.xml', content: xml }]);
    const e = listZip(zip, LIM)[0]!;
    // The same entry with its central-directory sizes moved to a ZIP64 extra field (id 1).
    const cdAt = 30 + e.name.length + e.compressedSize;
    const cd = zip.slice(cdAt, zip.length - 22);
    const extra = Buffer.alloc(20);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(BigInt(e.size), 4);
    extra.writeBigUInt64LE(BigInt(e.compressedSize), 12);
    const cd64 = Buffer.concat([cd, extra]);
    cd64.writeUInt32LE(0xffffffff, 20);
    cd64.writeUInt32LE(0xffffffff, 24);
    cd64.writeUInt16LE(extra.length, 30);
    const eocd = Buffer.from(zip.slice(zip.length - 22));
    eocd.writeUInt32LE(cd64.length, 12);
    const zip64 = new Uint8Array(Buffer.concat([zip.subarray(0, cdAt), cd64, eocd]));
    const [e64] = listZip(zip64, LIM);
    expect(e64).toEqual(e);
    expect(text(entryData(zip64, e64!, budget()))).toBe(XML);
  });

  it('gives the start of an entry for the DTD check, and nothing for a damaged one', () => {
    const zip = handZip([{ name: 'a.xml', content: xml }]);
    const e = listZip(zip, LIM)[0]!;
    expect(text(entryHead(zip, e))).toBe(XML);
    const damaged = new Uint8Array(zip);
    const body = 30 + e.name.length;
    damaged.fill(0xff, body, body + 8);
    expect(entryHead(damaged, e).length).toBe(0);
  });
});
