// How much the reader accepts: limits on the file, on its zip entries and on its cells, all
// checked before anything is expanded (the zip totals again while inflating).
import { MAX_FILE_BYTES } from '../../../shared/domain/limits';

export interface ReadLimits {
  /** Size of the file itself. */
  maxFileBytes: number;
  /**
   * Sum of the uncompressed sizes of every entry of a zip (xlsx/ods), as declared; and of the bytes
   * actually inflated, counted while inflating.
   */
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
  /**
   * Sheets and shared strings held whole for exceljs, all together (uncompressed); past it they
   * are all streamed, so that many parts each under `streamPartBytes` cannot fill the memory.
   */
  heldPartsBytes: number;
}

export const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = {
  maxFileBytes: MAX_FILE_BYTES,
  maxUncompressedBytes: 200 * MB,
  maxEntryBytes: 100 * MB,
  maxEntries: 10_000,
  maxCompressionRatio: 200,
  ratioMinEntryBytes: 1 * MB,
  maxCells: 2_000_000,
  maxSheetRows: 20_000,
  streamPartBytes: 2 * MB,
  heldPartsBytes: 4 * MB,
};
