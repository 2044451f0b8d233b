// The figure an indicator cell states in words ("2.191 học viên", "Đạt 92,5%, vượt 2,5% so với
// KH", "Xếp hạng 35/63"), for our form and the agencies' own layouts alike. Two figures with no
// word saying which was achieved ("45/100", "Năm 2024: 80%; năm 2025: 85%") are the clerk's to
// choose: a guess would print a target or last year's figure as this period's result.
import { foldVietnamese, formatVnNumber, parseVnNumber } from './text';

export interface FigureReading {
  value: number | null;
  /** Several figures and nothing telling which one was achieved. */
  several: boolean;
}

const figuresIn = (t: string) => t.match(/[≥≤><]?\s*\d[\d.,]*\s*%?/g) ?? [];

/**
 * `percentUnit`: the indicator is measured as a share, so "45/60 cơ quan (75%)" — a count of all
 * with its share restated in brackets — gives the share.
 */
export function figureInText(text: string, options: { percentUnit?: boolean } = {}): FigureReading {
  const whole = parseVnNumber(text);
  if (whole !== null) return { value: whole, several: false };
  if (options.percentUnit) {
    const share = restatedShare(text);
    if (share !== null) return { value: share, several: false };
  }
  let numbers = figuresIn(text);
  // A target or comparison in brackets ("Đạt 78,2% (KH: 80%)") is not the figure achieved.
  if (numbers.length > 1) numbers = figuresIn(text.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' '));
  // "Đạt 92,5%, vượt 2,5% so với KH": the figure right after "đạt" is the one achieved.
  const achieved =
    /^\s*(?:ước\s+)?(?:đạt|thực hiện|được)\s*(?:khoảng|trên|gần)?\s*(\d[\d.,]*\s*%?)(?=[\s,;]|$)/iu.exec(
      text,
    );
  if (numbers.length > 1 && achieved) numbers = [achieved[1] ?? ''];
  // "Xếp hạng 35/63", "Hạng 12/34": a rank among the provinces, the rank being the figure.
  const rank = /(?:hạng|xếp thứ|thứ)\s*(\d{1,2})\s*\/\s*\d{2}\b/iu.exec(text);
  if (numbers.length > 1 && rank) numbers = [rank[1] ?? ''];
  if (numbers.length === 1)
    return { value: parseVnNumber((numbers[0] ?? '').trim()), several: false };
  return { value: null, several: numbers.length > 1 };
}

// "45/60 cơ quan (75%)": a count out of all, then the same as a percentage in brackets.
const COUNT_AND_SHARE = /^\D*?(\d[\d.]*)\s*\/\s*(\d[\d.]*)[^()\d]*\(\s*(\d[\d.,]*)\s*%\s*\)\W*$/u;

/** The bracketed share of a count, when it is that count's share (to within rounding). */
function restatedShare(text: string): number | null {
  const m = COUNT_AND_SHARE.exec(text.trim());
  if (!m) return null;
  const [part, all, share] = [m[1], m[2], m[3]].map((x) => parseVnNumber(x ?? ''));
  if (part == null || all == null || share == null || all <= 0 || part > all) return null;
  return Math.abs((100 * part) / all - share) <= 0.51 ? share : null;
}

/** A unit that measures a share: "%", "Phần trăm", "Tỷ lệ". */
export function isPercentUnit(unit: string): boolean {
  return /%|phan tram|ty le/.test(foldVietnamese(unit));
}

/**
 * The question for a share above 100 % ("1.250", "45.000": a separator typed the other way, 1,25
 * or 45?), which only the agency can settle; null when the figure fits its unit.
 */
export function shareOverHundredQuestion(
  figure: { value: number | null; valueText: string | null; code: string | null },
  unit: string,
): string | null {
  if (!isPercentUnit(unit) || figure.value === null || figure.value <= 100) return null;
  const shown = figure.valueText ?? formatVnNumber(figure.value);
  return `Số liệu "${shown}" của chỉ tiêu ${figure.code ?? ''} lớn hơn 100 trong khi chỉ tiêu tính bằng ${unit}; có thể dấu chấm, dấu phẩy bị gõ nhầm. Hãy nhập số liệu đúng.`;
}

/** The question put to the clerk for a cell of several figures (`cell`: "D12"). */
export function severalFiguresQuestion(cell: string, text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const shown = t.length > 80 ? `${t.slice(0, 79)}…` : t;
  return `Ô ${cell} ghi "${shown}" có nhiều số, không rõ số nào là kết quả đạt được trong kỳ; hãy nhập số liệu, hoặc chọn "Giữ như đã đọc" để ghi nguyên văn bằng chữ.`;
}
