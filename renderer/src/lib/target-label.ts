// An indicator's target as a short tag: "≥ 37,6", "9 – 10", "= 100", "Định tính".
import type { Target } from '../../../shared/domain/types';
import { formatVnNumber } from '../../../shared/domain/text';

const SIGNS = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' } as const;

function num(n: number | null): string {
  return n === null ? '' : formatVnNumber(n, 3);
}

export function targetTag(target: Target | null): string | null {
  if (!target || target.op === null) return null;
  if (target.op === 'text') return 'Định tính';
  if (target.op === 'range') return `${num(target.value)} – ${num(target.value2)}`;
  return `${SIGNS[target.op]} ${num(target.value)}`;
}

/** The target in words, for the live preview while editing. */
export function describeTarget(target: Target | null): string {
  if (!target || target.op === null) return 'Không có mục tiêu (dòng nhóm chỉ tiêu)';
  const v = num(target.value);
  const q = target.qualifier ? `, ${target.qualifier}` : '';
  switch (target.op) {
    case '>=':
      return `Không thấp hơn ${v}${q}`;
    case '>':
      return `Cao hơn ${v}${q}`;
    case '<=':
      return `Không vượt quá ${v}${q}`;
    case '<':
      return `Thấp hơn ${v}${q}`;
    case '=':
      return `Đạt ${v}${q}`;
    case 'range':
      return `Trong khoảng ${v} đến ${num(target.value2)}${q}`;
    case 'text':
      return 'Mục tiêu định tính: khi tổng hợp, người dùng tự đánh giá đạt hay chưa đạt';
  }
}
