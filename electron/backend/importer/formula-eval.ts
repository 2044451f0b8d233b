// A formula saved without its result (software that writes formulas but never calculates them)
// is calculated here as Excel would show it — only the plain kind such files hold: arithmetic,
// comparisons, "&", IF / AND / OR / NOT, ROUND*, SUM / AVERAGE / MIN / MAX / COUNT(A)
// over cells of the same sheet. Anything else (another sheet, another function) gives undefined:
// the cell stays uncalculated and the row is asked.

export type Scalar = number | string | boolean;
/** The value of a cell (1-based); undefined when it cannot be known. null for an empty cell. */
export type CellLookup = (row: number, col: number) => Scalar | null | undefined;

import type { GridCell } from './grid';

class Unsupported extends Error {}

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; row: number; col: number }
  | { t: 'range'; r1: number; c1: number; r2: number; c2: number }
  | { t: 'fn'; v: string }
  | { t: 'op'; v: string }
  | { t: '('; v?: undefined }
  | { t: ')'; v?: undefined }
  | { t: ','; v?: undefined };

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  const re =
    /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?%?)|"((?:[^"]|"")*)"|\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?(?![\w(])|([A-Za-z][A-Za-z0-9.]*)\s*\(|(<=|>=|<>|[-+*/^&=<>])|([(),]))/y;
  let i = 0;
  while (i < src.length) {
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m || m[0].trim() === '') {
      if (/^\s*$/.test(src.slice(i))) break;
      throw new Unsupported(src.slice(i));
    }
    i = re.lastIndex;
    if (m[1] !== undefined) {
      const pct = m[1].endsWith('%');
      const v = Number(pct ? m[1].slice(0, -1) : m[1]);
      out.push({ t: 'num', v: pct ? v / 100 : v });
    } else if (m[2] !== undefined) out.push({ t: 'str', v: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined && m[5] !== undefined)
      out.push({
        t: 'range',
        r1: Number(m[4]),
        c1: colNumber(m[3]),
        r2: Number(m[6]),
        c2: colNumber(m[5]),
      });
    else if (m[3] !== undefined) out.push({ t: 'ref', row: Number(m[4]), col: colNumber(m[3]) });
    else if (m[7] !== undefined) {
      out.push({ t: 'fn', v: m[7].toUpperCase().replace(/^_XLFN\./, '') });
      out.push({ t: '(' });
    } else if (m[8] !== undefined) out.push({ t: 'op', v: m[8] });
    else out.push({ t: m[9] as '(' | ')' | ',' });
  }
  return out;
}

type Value = Scalar | null | Scalar[];

const num = (v: Value): number => {
  if (Array.isArray(v)) throw new Unsupported('range');
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new Unsupported('#VALUE!');
  return n;
};
const str = (v: Value): string => {
  if (Array.isArray(v)) throw new Unsupported('range');
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
};
const bool = (v: Value): boolean => (typeof v === 'string' ? v !== '' : num(v) !== 0);
const flat = (args: Value[]): Scalar[] =>
  args.flatMap((a) => (Array.isArray(a) ? a : a === null ? [] : [a]));
const round = (x: number, d: number, how: 'near' | 'up' | 'down'): number => {
  const f = 10 ** d;
  const a = Math.abs(x) * f;
  const r =
    how === 'near'
      ? Math.round(a + 1e-9)
      : how === 'up'
        ? Math.ceil(a - 1e-9)
        : Math.floor(a + 1e-9);
  return (Math.sign(x) * r) / f;
};

const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  IF: (a) => (bool(a[0] ?? false) ? (a[1] ?? true) : (a[2] ?? false)),
  AND: (a) => flat(a).every((v) => bool(v)),
  OR: (a) => flat(a).some((v) => bool(v)),
  NOT: (a) => !bool(a[0] ?? false),
  ROUND: (a) => round(num(a[0] ?? 0), num(a[1] ?? 0), 'near'),
  ROUNDUP: (a) => round(num(a[0] ?? 0), num(a[1] ?? 0), 'up'),
  ROUNDDOWN: (a) => round(num(a[0] ?? 0), num(a[1] ?? 0), 'down'),
  SUM: (a) => flat(a).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0),
  AVERAGE: (a) => {
    const ns = flat(a).filter((v): v is number => typeof v === 'number');
    if (ns.length === 0) throw new Unsupported('#DIV/0!');
    return ns.reduce((s, v) => s + v, 0) / ns.length;
  },
  MIN: (a) => Math.min(...flat(a).filter((v): v is number => typeof v === 'number')),
  MAX: (a) => Math.max(...flat(a).filter((v): v is number => typeof v === 'number')),
  COUNT: (a) => flat(a).filter((v) => typeof v === 'number').length,
  COUNTA: (a) => flat(a).filter((v) => v !== '').length,
};

/** Recursive descent in Excel's precedence: comparison, &, + and -, * and /, ^, unary minus. */
function evaluate(tokens: Token[], cell: CellLookup): Value {
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const isOp = (...ops: string[]): boolean => {
    const t = peek();
    return t?.t === 'op' && ops.includes(t.v);
  };
  const value = (row: number, col: number): Scalar | null => {
    const v = cell(row, col);
    if (v === undefined) throw new Unsupported('unknown cell');
    return v;
  };
  const primary = (): Value => {
    const t = tokens[i++];
    if (!t) throw new Unsupported('end');
    switch (t.t) {
      case 'num':
      case 'str':
        return t.v;
      case 'ref':
        return value(t.row, t.col);
      case 'range': {
        const out: Scalar[] = [];
        for (let r = Math.min(t.r1, t.r2); r <= Math.max(t.r1, t.r2); r++)
          for (let c = Math.min(t.c1, t.c2); c <= Math.max(t.c1, t.c2); c++) {
            const v = value(r, c);
            if (v !== null) out.push(v);
          }
        return out;
      }
      case 'fn': {
        const f = FUNCTIONS[t.v];
        if (!f) throw new Unsupported(t.v);
        i++; // "("
        const args: Value[] = [];
        if (peek()?.t !== ')') {
          for (;;) {
            args.push(comparison());
            if (peek()?.t === ',') i++;
            else break;
          }
        }
        if (tokens[i++]?.t !== ')') throw new Unsupported(')');
        return f(args);
      }
      case '(': {
        const v = comparison();
        if (tokens[i++]?.t !== ')') throw new Unsupported(')');
        return v;
      }
      case 'op':
        if (t.v === '-') return -num(primary());
        if (t.v === '+') return num(primary());
        throw new Unsupported(t.v);
      default:
        throw new Unsupported(t.t);
    }
  };
  const power = (): Value => {
    let v = primary();
    while (isOp('^')) {
      i++;
      v = num(v) ** num(primary());
    }
    return v;
  };
  const product = (): Value => {
    let v = power();
    while (isOp('*', '/')) {
      const op = (tokens[i++] as { v: string }).v;
      const r = num(power());
      if (op === '/' && r === 0) throw new Unsupported('#DIV/0!');
      v = op === '*' ? num(v) * r : num(v) / r;
    }
    return v;
  };
  const sum = (): Value => {
    let v = product();
    while (isOp('+', '-')) {
      const op = (tokens[i++] as { v: string }).v;
      v = op === '+' ? num(v) + num(product()) : num(v) - num(product());
    }
    return v;
  };
  const concat = (): Value => {
    let v = sum();
    while (isOp('&')) {
      i++;
      v = str(v) + str(sum());
    }
    return v;
  };
  function comparison(): Value {
    let v = concat();
    while (isOp('=', '<>', '<', '>', '<=', '>=')) {
      const op = (tokens[i++] as { v: string }).v;
      const r = concat();
      const both = typeof v === 'string' || typeof r === 'string';
      const a = both ? str(v).toLowerCase() : num(v);
      const b = both ? str(r).toLowerCase() : num(r);
      v =
        op === '='
          ? a === b
          : op === '<>'
            ? a !== b
            : op === '<'
              ? a < b
              : op === '>'
                ? a > b
                : op === '<='
                  ? a <= b
                  : a >= b;
    }
    return v;
  }
  const v = comparison();
  if (i !== tokens.length) throw new Unsupported('trailing');
  return v;
}

/** The value Excel would show for `formula` (without "="), or undefined when it cannot be told. */
export function calculate(formula: string, cell: CellLookup): Scalar | undefined {
  try {
    const v = evaluate(tokenize(formula.replace(/^=/, '')), cell);
    if (Array.isArray(v)) return undefined;
    if (typeof v === 'number' && !Number.isFinite(v)) return undefined;
    return v ?? 0;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** A formula cell saved without its result; `formula` null when the reader could not tell it. */
export interface PendingFormula {
  row: number;
  col: number;
  formula: string | null;
  /** The grid cell for a calculated value (its number format and font applied); null: leave it. */
  make: (v: Scalar) => GridCell | null;
}

/**
 * Calculates the sheet's formulas saved without results, writing each value Excel would show into
 * `rows`; returns the cells left uncalculated, in their order.
 */
export function calculatePending(
  rows: (GridCell | null)[][],
  pending: PendingFormula[],
): { row: number; col: number }[] {
  const byCell = new Map(pending.map((p) => [`${p.row},${p.col}`, p]));
  const done = new Map<string, Scalar | undefined>();
  const busy = new Set<string>();
  const lookup: CellLookup = (row, col) => {
    const key = `${row},${col}`;
    const p = byCell.get(key);
    if (!p) {
      const cell = rows[row - 1]?.[col - 1] ?? null;
      if (cell === null) return null;
      if (cell.error !== undefined || cell.value instanceof Date) return undefined;
      return cell.value;
    }
    if (done.has(key)) return done.get(key);
    if (busy.has(key) || p.formula === null) return undefined;
    busy.add(key);
    const v = calculate(p.formula, lookup);
    busy.delete(key);
    done.set(key, v);
    return v;
  };
  const left: { row: number; col: number }[] = [];
  for (const p of pending) {
    const v = lookup(p.row, p.col);
    const cell = v === undefined || v === null ? null : p.make(v);
    if (cell === null) {
      left.push({ row: p.row, col: p.col });
      continue;
    }
    const row = rows[p.row - 1] ?? [];
    while (rows.length < p.row) rows.push([]);
    while (row.length < p.col - 1) row.push(null);
    row[p.col - 1] = cell;
    rows[p.row - 1] = row;
  }
  return left;
}

/** Shifts the relative references of a shared formula's master to a cell `dr` rows, `dc` columns on. */
export function slideFormula(formula: string, dr: number, dc: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z_\d.!])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/g,
            (_, ac: string, c: string, ar: string, r: string) => {
              let col = 0;
              for (const ch of c.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
              const nc = ac ? col : col + dc;
              const nr = ar ? Number(r) : Number(r) + dr;
              let letters = '';
              for (let n = nc; n > 0; n = Math.floor((n - 1) / 26))
                letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
              return `${ac}${letters}${ar}${nr}`;
            },
          ),
    )
    .join('');
}

/** A number format that shows a date or time: a calculated number there is left to Excel. */
export function isDateLikeFormat(fmt: string | undefined): boolean {
  return fmt !== undefined && /[dyhs]/i.test(fmt.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
}
