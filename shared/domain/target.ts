// An indicator's target ("Mục tiêu", "Kết quả") parsed to an operator and values, and the
// judgement of a reported value against it.

import type { Target, TargetOp } from './types';
import { nfc, parseVnNumber } from './text';

/** A value judged against the target alone; the horizon (`indicatorAssessment`) comes after. */
export type TargetAssessment = 'met' | 'not_met' | 'no_data' | 'qualitative';

// OCR of the plan's PDF gives LaTeX such as `$\geq 37,6$` and `$\geq 3\%$`; read it as `≥ 37,6`.
function cleanLatex(s: string): string {
  return s
    .replace(/\\(?:geq|ge|geqslant)\b\s*/g, '≥ ')
    .replace(/\\(?:leq|le|leqslant)\b\s*/g, '≤ ')
    .replace(/\\(?:gt)\b\s*/g, '> ')
    .replace(/\\(?:lt)\b\s*/g, '< ')
    .replace(/\\%/g, '%')
    .replace(/\$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Signs and the Vietnamese words used for them, longest first.
const OPERATORS: ReadonlyArray<[RegExp, TargetOp]> = [
  [/^(?:≥|>=|=>|⩾)/u, '>='],
  [/^(?:≤|<=|=<|⩽)/u, '<='],
  [/^>/u, '>'],
  [/^</u, '<'],
  [/^=/u, '='],
  [/^(?:tối thiểu|ít nhất|không thấp hơn|không dưới|từ)(?=\s*[+\-−]?\d)/iu, '>='],
  [/^(?:tối đa|không quá|không vượt quá|không cao hơn)(?=\s*[+\-−]?\d)/iu, '<='],
  [/^(?:trên|hơn)(?=\s*[+\-−]?\d)/iu, '>'],
  [/^dưới(?=\s*[+\-−]?\d)/iu, '<'],
  [/^đạt(?=\s*[+\-−]?\d)/iu, '='],
];

const NUMBER = '[+\\-−]?\\d[\\d.,]*\\d|[+\\-−]?\\d';
const RANGE = new RegExp(`^(${NUMBER})\\s*%?\\s*(?:[-–—]|đến)\\s*(${NUMBER})\\s*%?`, 'iu');
const SINGLE = new RegExp(`^(${NUMBER})\\s*%?`, 'u');

function qualifierOf(rest: string): string | null {
  const q = rest.replace(/^[\s,;:.]+/, '').trim();
  return q === '' ? null : q;
}

/**
 * Parses a target; null for an empty cell (parent rows such as 6 and 13). `text` keeps the plan's
 * wording (NFC, trimmed).
 * - `≥ 37,6` → '>=' 37.6; `> 0,623` → '>' 0.623; `≤ 57` → '<=' 57 (also `>=`, `<=`, `tối thiểu`,
 *   `không quá`, `trên`, `dưới`);
 * - `9-10` → 'range' 9 to 10; a plain number `100` → '=' 100;
 * - words after the number become the qualifier: `≥ 3% và tăng dần theo yêu cầu phát triển` →
 *   '>=' 3, qualifier `và tăng dần theo yêu cầu phát triển`;
 * - text that does not start with a number (`Đạt mức trung bình …`) → 'text', value null.
 */
export function parseTarget(text: string): Target | null {
  const stored = nfc(text).trim();
  if (stored === '') return null;
  let s = cleanLatex(stored);

  let op: TargetOp | null = null;
  for (const [re, o] of OPERATORS) {
    const m = re.exec(s);
    if (m) {
      op = o;
      s = s.slice(m[0].length).trim();
      break;
    }
  }

  const qualitative: Target = {
    text: stored,
    op: 'text',
    value: null,
    value2: null,
    qualifier: null,
  };

  const range = op === null || op === '>=' ? RANGE.exec(s) : null;
  if (range) {
    const lo = parseVnNumber(range[1]);
    const hi = parseVnNumber(range[2]);
    // "từ 9 đến 10" reads as '>=' on the way in; with two numbers it is a range.
    if (lo !== null && hi !== null && hi >= lo) {
      return {
        text: stored,
        op: 'range',
        value: lo,
        value2: hi,
        qualifier: qualifierOf(s.slice(range[0].length)),
      };
    }
  }

  const single = SINGLE.exec(s);
  if (!single) return qualitative;
  const value = parseVnNumber(single[1]);
  if (value === null) return qualitative;
  return {
    text: stored,
    op: op ?? '=',
    value,
    value2: null,
    qualifier: qualifierOf(s.slice(single[0].length)),
  };
}

// Reported values come from division and rounding in spreadsheets; ignore float noise.
function eps(v: number): number {
  return 1e-9 * Math.max(1, Math.abs(v));
}

/**
 * Judges a reported value against a target:
 * - a qualitative target (op 'text') → `qualitative`, with or without a value (the user decides);
 * - no value (null, NaN) → `no_data`;
 * - `≥`, `>`: higher is better; `≤`, `<`: lower is better (e.g. the innovation index rank);
 * - `=` (a plain number such as `100` %): reaching or exceeding it is met;
 * - `range` (`9-10` % GRDP): reaching the lower bound is met; going beyond the upper bound is
 *   still met, since these ranges are growth targets.
 */
export function assessTarget(target: Target, value: number | null): TargetAssessment {
  const v = target.value;
  // Checked first: a qualitative indicator is usually reported in words, without a number.
  if (target.op === null || target.op === 'text' || v === null) return 'qualitative';
  if (value === null || !Number.isFinite(value)) return 'no_data';
  const e = eps(v);
  let met: boolean;
  switch (target.op) {
    case '>=':
    case '=':
    case 'range':
      met = value >= v - e;
      break;
    case '>':
      met = value > v + e;
      break;
    case '<=':
      met = value <= v + e;
      break;
    case '<':
      met = value < v - e;
      break;
  }
  return met ? 'met' : 'not_met';
}

/**
 * How far a value has come toward a numeric target, in per cent of it (100 or more: reached):
 * - higher is better (`≥`, `>`, `=`, a range's lower bound): value ÷ target — TFP 35,2 against
 *   ≥ 37,6 is 93,6 %;
 * - lower is better (`≤`, `<`, e.g. a rank): target ÷ value — rank 61 against ≤ 57 is 93,4 %.
 * Null for a qualitative target, without a value, or when a zero or negative number makes the
 * ratio meaningless.
 */
export function targetProgress(target: Target, value: number | null): number | null {
  const v = target.value;
  if (target.op === null || target.op === 'text' || v === null) return null;
  if (value === null || !Number.isFinite(value) || v <= 0 || value < 0) return null;
  if (target.op === '<=' || target.op === '<') return value === 0 ? null : (v / value) * 100;
  return (value / v) * 100;
}
