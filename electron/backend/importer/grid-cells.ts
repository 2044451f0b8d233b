// Cell conversions shared by the xlsx readers (exceljs and the streaming one): typed values,
// Vietnamese display text, legacy-font conversion with its counts for the workbook's note.
import * as XLSX from '@e965/xlsx';
import { nfc } from '../../../shared/domain/text';
import { isDateLikeFormat } from './formula-eval';
import type { GridCell } from './grid';
import {
  convertLegacyText,
  legacyFontOf,
  type LegacyEncoding,
  type LegacyFont,
} from './legacy-encoding';

/** A run of text and, when it has its own, its font (rich text; plain strings are one run). */
export interface Rich {
  text: string;
  font?: { name?: string; strike?: boolean } | null;
}

export function numberCell(v: number, numFmt: string | undefined): GridCell | null {
  if (!Number.isFinite(v)) return null;
  return { value: v, text: formatNumber(v, numFmt) };
}

export function errorCell(code: string): GridCell {
  return { value: null, text: code, error: code };
}

export function stringCell(
  runs: Rich[],
  cellFont: string | null,
  legacy: LegacyCounter,
): GridCell | null {
  let text = '';
  let converted: LegacyEncoding | undefined;
  // Struck-through text is an edit left visible ("Đang thực hiện" struck, "Hoàn thành" after it):
  // deleted words, never read. A cell struck whole reads as empty.
  const kept = runs.filter((r) => !r.font?.strike);
  for (const run of kept) {
    // A run without its own font is drawn with the cell's font.
    const fontName = run.font?.name ?? cellFont;
    const lf = legacy.font(fontName);
    const c = lf ? convertLegacyText(run.text, lf) : null;
    if (c !== null && lf) {
      converted = lf.encoding;
      legacy.used(lf.encoding, fontName ?? '');
    }
    text += c ?? run.text;
  }
  // The space or line break that stood between the struck words and the new ones goes with them.
  if (kept.length < runs.length) text = text.trim();
  if (text === '') return null;
  text = nfc(text);
  const cell: GridCell = { value: text, text };
  if (converted) {
    cell.converted = converted;
    legacy.countCell(converted);
  }
  return cell;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Vietnamese display: `15/04/2025`, with the time when there is one, only the time for 1899 dates. */
export function dateCell(d: Date): GridCell | null {
  if (Number.isNaN(d.getTime())) return null;
  const day = `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const hasTime = d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() > 0;
  const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
  const text = d.getUTCFullYear() < 1900 ? time : hasTime ? `${day} ${time}` : day;
  return { value: d, text };
}

const ssfFormat = (XLSX.SSF as { format: (fmt: string | number, v: number) => string }).format;

/**
 * Display text of a number with its number format, written the Vietnamese way (`1.234,5`, `35,2%`)
 * so that parseVnNumber reads it back; callers should still prefer `value`.
 */
export function formatNumber(v: number, numFmt: string | undefined): string {
  let s: string;
  try {
    // A locale tag without a currency symbol ("[$-42A]", Vietnamese Excel's own formats) only
    // names the locale; SheetJS would print it as "$".
    const fmt = (numFmt ?? '').replace(/\[\$-[0-9A-Fa-f]+\]/g, '');
    s = ssfFormat(fmt !== '' ? fmt : 'General', v);
  } catch {
    s = String(v);
  }
  return vnSeparators(s);
}

export function vnSeparators(s: string): string {
  return s.replace(/\d[.,]\d/g, (m) => m.replace(/[.,]/, (sep) => (sep === '.' ? ',' : '.')));
}

// ---------------------------------------------------------------------------------------------
// Legacy Vietnamese encodings: counts for the workbook's note.

export class LegacyCounter {
  private readonly fonts = new Map<string, LegacyFont | null>();
  private readonly cells: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  private readonly fontNames: Record<LegacyEncoding, Set<string>> = {
    tcvn3: new Set(),
    vni: new Set(),
  };

  font(name: string | null | undefined): LegacyFont | null {
    if (!name) return null;
    let f = this.fonts.get(name);
    if (f === undefined) {
      f = legacyFontOf(name);
      this.fonts.set(name, f);
    }
    return f;
  }

  used(encoding: LegacyEncoding, fontName: string): void {
    if (fontName) this.fontNames[encoding].add(fontName);
  }

  countCell(encoding: LegacyEncoding): void {
    this.cells[encoding]++;
  }

  notes(byContent = false): string[] {
    const out: string[] = [];
    for (const enc of ['tcvn3', 'vni'] as const) {
      const n = this.cells[enc];
      if (n === 0) continue;
      const label = enc === 'tcvn3' ? 'TCVN3' : 'VNI';
      const fonts = [...this.fontNames[enc]].sort().join(', ');
      out.push(
        byContent
          ? `Đã chuyển ${n} ô từ bảng mã ${label} sang Unicode (tệp không ghi phông chữ nên ứng dụng nhận biết theo nội dung). Hãy kiểm tra lại chữ tiếng Việt trong bản xem trước.`
          : `Đã chuyển ${n} ô từ phông ${label} (${fonts}) sang Unicode. Hãy kiểm tra lại chữ tiếng Việt trong bản xem trước.`,
      );
    }
    return out;
  }
}

/**
 * The cell for a value calculated from a formula saved without its result (formula-eval.ts): the
 * cell's number format and font applied as to a saved one; null for a number under a date format
 * (left to Excel: the row is asked).
 */
export function calculatedCell(
  v: number | string | boolean,
  numFmt: string | undefined,
  font: string | null,
  legacy: LegacyCounter,
): GridCell | null {
  if (typeof v === 'number') return isDateLikeFormat(numFmt) ? null : numberCell(v, numFmt);
  if (typeof v === 'string') return stringCell([{ text: v }], font, legacy);
  return { value: v, text: v ? 'TRUE' : 'FALSE' };
}

/**
 * A solid fill's colour as "RRGGBB", from an ARGB or RGB value; "?" when it is given as a theme
 * or palette colour: a fill all the same, of a colour not resolved here (both xlsx readers).
 */
export function fillRgb(value: string | null | undefined): string {
  return value && /^[0-9A-Fa-f]{6,8}$/.test(value) ? value.slice(-6).toUpperCase() : '?';
}
