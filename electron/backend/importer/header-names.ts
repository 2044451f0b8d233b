// The Vietnamese column headings agencies put over their own tables, with the variants seen in
// practice, mapped to what the column means. Compared folded (no case, no diacritics).
import { foldVietnamese } from '../../../shared/domain/text';

/** What a column of an agency's table holds. */
export type ColumnKind =
  | 'stt' // STT / TT: the file's own numbering, or roman numerals on group rows
  | 'code' // Mã số: a plan code such as `I.6` or `6.1`
  | 'task' // Nội dung nhiệm vụ
  | 'indicator' // Tên chỉ tiêu
  | 'unit' // Đơn vị tính
  | 'target' // Mục tiêu / chỉ tiêu giao / kế hoạch
  | 'value' // Giá trị / số liệu / ước thực hiện
  | 'result' // "Kết quả (thực hiện)": a value on an indicator sheet, a status or text on a task sheet
  | 'status' // Tiến độ / tình trạng, as words, or the parent over the x-mark columns
  | 'markDone' // x-mark column "Đã hoàn thành"
  | 'markInProgress' // x-mark column "Đang thực hiện"
  | 'markNotStarted' // x-mark column "Chưa thực hiện"
  | 'percent' // Tiến độ (%) / tỷ lệ hoàn thành: a progress percentage
  | 'completedOn' // Thời gian / ngày hoàn thành
  | 'deadline' // Thời hạn (the plan's deadline, copied by the agency)
  | 'progress' // Kết quả cụ thể / sản phẩm / tình hình thực hiện
  | 'output' // Sản phẩm (dự kiến): the plan's expected product, copied; not a result
  | 'difficulties'
  | 'proposals'
  | 'note'
  | 'lead'
  | 'partner'
  // A heading that is only a period ("Quý III/2025", "Năm 2024"): that period's status on a task
  // table, its figure on an indicator table.
  | 'period'
  | 'group' // Nhóm: the plan group of each row, as a column instead of group rows
  // A column inside the table without a name of its own (empty heading, or the second column
  // under a parent merged across): its content decides what it is, if anything.
  | 'unnamed';

// Written with diacritics for readability; folded once below. A heading matches a name when it
// equals it or starts with it ("Kết quả thực hiện đến 30/9/2025", "Mục tiêu đến năm 2030");
// the longest matching name wins, so "Chỉ tiêu giao" is a target, not an indicator name.
const VOCABULARY: ReadonlyArray<[ColumnKind, string[]]> = [
  ['stt', ['STT', 'TT', 'Số TT', 'Số thứ tự']],
  ['code', ['Mã', 'Mã số', 'Mã nhiệm vụ', 'Mã chỉ tiêu', 'Ký hiệu', 'Mã NV', 'Mã CT']],
  [
    'task',
    [
      'Nội dung nhiệm vụ',
      'Tên nhiệm vụ',
      'Nhiệm vụ',
      'Nội dung',
      'Nội dung công việc',
      'Nhiệm vụ, giải pháp',
      'Tên nhiệm vụ, giải pháp',
      'Nội dung nhiệm vụ, giải pháp',
      'Nhiệm vụ được giao',
      'Công việc',
    ],
  ],
  ['indicator', ['Chỉ tiêu', 'Tên chỉ tiêu', 'Nội dung chỉ tiêu', 'Các chỉ tiêu']],
  ['unit', ['Đơn vị tính', 'ĐVT', 'Đơn vị đo']],
  [
    'target',
    [
      'Mục tiêu',
      'Chỉ tiêu giao',
      'Chỉ tiêu được giao',
      'Kế hoạch',
      'Chỉ tiêu kế hoạch',
      'Mục tiêu kế hoạch',
      'Chỉ tiêu đến năm',
    ],
  ],
  [
    'value',
    [
      'Giá trị',
      'Thực hiện',
      'Số liệu',
      'Số liệu thực hiện',
      'Ước thực hiện',
      'Ước thực hiện năm',
      'Kết quả đạt được',
      'Giá trị thực hiện',
      'Lũy kế thực hiện',
      'Lũy kế',
      // The period's own figure beside the running total ("Trong kỳ | Lũy kế từ đầu năm").
      'Trong kỳ',
      'Thực hiện trong kỳ',
    ],
  ],
  ['result', ['Kết quả thực hiện', 'Kết quả']],
  [
    'status',
    [
      'Tiến độ thực hiện',
      'Tiến độ',
      'Tình trạng',
      'Trạng thái',
      'Tình trạng thực hiện',
      'Mức độ hoàn thành',
      'Đánh giá',
    ],
  ],
  ['markDone', ['Đã hoàn thành', 'Hoàn thành', 'Đã xong', 'Hoàn thành đúng hạn']],
  [
    'markInProgress',
    ['Đang thực hiện', 'Đang triển khai', 'Chưa hoàn thành', 'Đang triển khai thực hiện'],
  ],
  ['markNotStarted', ['Chưa thực hiện', 'Chưa triển khai', 'Chưa bắt đầu']],
  [
    'percent',
    ['Tỷ lệ hoàn thành', 'Tỉ lệ hoàn thành', 'Phần trăm hoàn thành', 'Tỷ lệ thực hiện', 'Tỷ lệ'],
  ],
  ['completedOn', ['Thời gian hoàn thành', 'Ngày hoàn thành', 'Thời điểm hoàn thành']],
  [
    'deadline',
    ['Thời hạn', 'Thời hạn hoàn thành', 'Hạn hoàn thành', 'Tiến độ yêu cầu', 'Thời gian thực hiện'],
  ],
  [
    'progress',
    [
      'Kết quả cụ thể',
      'Kết quả, sản phẩm',
      'Kết quả/sản phẩm',
      'Tình hình thực hiện',
      'Tình hình triển khai',
      'Kết quả triển khai',
      'Nội dung thực hiện',
      'Kết quả thực hiện cụ thể',
    ],
  ],
  [
    'difficulties',
    [
      'Khó khăn, vướng mắc',
      'Khó khăn',
      'Vướng mắc',
      'Tồn tại, hạn chế',
      'Tồn tại',
      'Hạn chế',
      'Khó khăn, tồn tại',
    ],
  ],
  ['proposals', ['Đề xuất, kiến nghị', 'Kiến nghị, đề xuất', 'Đề xuất', 'Kiến nghị']],
  ['output', ['Sản phẩm', 'Sản phẩm đầu ra', 'Sản phẩm dự kiến', 'Dự kiến sản phẩm']],
  ['note', ['Ghi chú']],
  ['group', ['Nhóm', 'Nhóm nhiệm vụ', 'Nhóm giải pháp', 'Nhóm nhiệm vụ, giải pháp']],
  ['lead', ['Cơ quan chủ trì', 'Đơn vị chủ trì', 'Chủ trì', 'Cơ quan, đơn vị chủ trì']],
  ['partner', ['Cơ quan phối hợp', 'Đơn vị phối hợp', 'Phối hợp']],
];

// Short forms offices use in column headings ("ND nhiệm vụ", "ĐV chủ trì", "KQ thực hiện", "TĐ").
const HEADING_SHORT: Readonly<Record<string, string>> = {
  nd: 'noi dung',
  dv: 'don vi',
  kq: 'ket qua',
  td: 'tien do',
  tg: 'thoi gian',
  ht: 'hoan thanh',
  th: 'thuc hien',
  nv: 'nhiem vu',
  kk: 'kho khan',
  vm: 'vuong mac',
  cq: 'co quan',
  dvt: 'don vi tinh',
};

/** Folded heading text without punctuation: "Khó khăn,\nvướng mắc" → "kho khan vuong mac". */
export function foldHeader(text: string): string {
  return foldVietnamese(text)
    .replace(/\([^)]*\)/g, ' ') // "(đánh dấu x)", "(dd/mm/yyyy)", "(1)"
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => HEADING_SHORT[w] ?? w)
    .join(' ');
}

const NAMES: ReadonlyArray<{ kind: ColumnKind; name: string }> = VOCABULARY.flatMap(
  ([kind, names]) => names.map((n) => ({ kind, name: foldHeader(n) })),
).sort((a, b) => b.name.length - a.name.length);

// A heading longer than this is a sentence in a data cell, not a column name.
const MAX_HEADER_LENGTH = 60;

/** The column kind a heading names, or null. The longest matching name wins. */
export function headerKind(text: string): ColumnKind | null {
  const h = foldHeader(text);
  if (h === '' || h.length > MAX_HEADER_LENGTH) return null;
  for (const { kind, name } of NAMES) {
    if (h === name || h.startsWith(`${name} `)) {
      // "Tiến độ (%)", "Hoàn thành (%)", "% hoàn thành": a percentage, not words or x-marks.
      if (text.includes('%') && PERCENT_CAPABLE.has(kind)) return 'percent';
      return kind;
    }
  }
  if (/^%/.test(text.trim()) && h.length > 0) return 'percent';
  return null;
}

const PERCENT_CAPABLE = new Set<ColumnKind>(['status', 'markDone', 'progress', 'percent']);

/** A period a heading names, comparable: year (0 when not written) × 100 + last month covered. */
export interface HeadingPeriod {
  key: number;
  label: string;
}

const ROMAN_QUARTER: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const YEAR = String.raw`(?:\s*(?:[/.-]|nam)?\s*(\d{4}))?`;
const PERIOD_LABELS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => number]> = [
  [
    new RegExp(`^(?:quy|q)[.\\s]*(iv|i{1,3}|[1-4])${YEAR}$`),
    (m) => 3 * (ROMAN_QUARTER[m[1]!] ?? Number(m[1])),
  ],
  // "6 tháng đầu năm", "9 tháng", "Thực hiện 11 tháng": the months since January.
  [new RegExp(`^(\\d{1,2}) thang(?: dau nam| nam)?${YEAR}$`), (m) => Number(m[1])],
  // The second half-year of a year-end report: its status is the year's.
  [new RegExp(`^(?:6|06) thang cuoi nam${YEAR}$`), () => 12],
  // "Tháng 7", "T7", "T7/2025".
  [new RegExp(`^(?:thang|t)\\s*(\\d{1,2})${YEAR}$`), (m) => Number(m[1])],
  [/^(?:ca )?nam\s*(\d{4})$/, () => 12],
  // "Cả năm" alone, beside the quarters of a year-end report: the report's year.
  [/^ca nam$/, () => 12],
  // A year alone ("2024"): only ever read under a parent heading merged across (see callers).
  [/^(?:19|20)\d\d$/, () => 12],
];

// A period inside a longer heading: "Kết quả Quý III/2025", "Thực hiện năm 2024", "Tình trạng 6
// tháng". Dates ("đến 30/9/2025") are not periods.
const PERIOD_INSIDE =
  /(?:^|\s)((?:quy|q)[.\s]*(?:iv|i{1,3}|[1-4])(?:\s*(?:[/.-]|nam)?\s*\d{4})?|\d{1,2} thang(?: dau nam| cuoi nam| nam)?(?:\s*\d{4})?|thang\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|nam\s*\d{4}|ca nam)$/;

/** The period at the end of a named heading ("Kết quả Quý III/2025" → Quý III/2025), or null. */
export function periodInHeading(text: string): HeadingPeriod | null {
  const f = foldVietnamese(text).replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  const m = PERIOD_INSIDE.exec(f);
  if (!m) return null;
  const p = periodLabel(m[1]!);
  return p ? { key: p.key, label: text.replace(/\s+/g, ' ').trim() } : null;
}

/**
 * The period a heading cell names when that is all it says ("Quý III", "Quý III/2025", "6 tháng
 * đầu năm 2025", "Năm 2024"), or null: such columns hold that period's status or figure, and a
 * cumulative table has one per period.
 */
export function periodLabel(text: string): HeadingPeriod | null {
  const f = foldVietnamese(text).replace(/\s+/g, ' ').trim();
  for (const [re, month] of PERIOD_LABELS) {
    const m = re.exec(f);
    if (!m) continue;
    const years = [...f.matchAll(/\d{4}/g)].map((y) => Number(y[0]));
    const year = years.length > 0 ? years[years.length - 1]! : 0;
    const last = month(m);
    if (last < 1 || last > 12) return null;
    return { key: year * 100 + last, label: text.replace(/\s+/g, ' ').trim() };
  }
  return null;
}
