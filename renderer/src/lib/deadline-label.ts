// A task's deadline in words: the parsed reading shown beside the plan's own text.
import type { Deadline } from '../../../shared/domain/types';
import { foldVietnamese, formatVnDate } from '../../../shared/domain/text';

export type DeadlineTone = 'success' | 'processing' | 'warning' | 'default' | 'error';

export interface DeadlineReading {
  label: string;
  tone: DeadlineTone;
}

function year(iso: string | null): string {
  return iso ? iso.slice(0, 4) : '';
}

/** "Hạn: 31/03/2025", "Khoảng 2026 – 2030", "Thường xuyên", "Có điều kiện". */
export function readDeadline(d: Deadline): DeadlineReading {
  switch (d.kind) {
    case 'date':
      return { label: `Hạn: ${formatVnDate(d.due)}`, tone: 'processing' };
    case 'range':
      return {
        label: `Khoảng ${year(d.start)} – ${year(d.due)} (hạn cuối ${formatVnDate(d.due)})`,
        tone: 'processing',
      };
    case 'recurring':
      return { label: 'Thường xuyên', tone: 'success' };
    case 'conditional':
      return { label: 'Có điều kiện', tone: 'warning' };
    case 'none':
      return d.text.trim() === ''
        ? { label: 'Chưa có thời hạn', tone: 'default' }
        : { label: 'Chưa hiểu thời hạn này', tone: 'error' };
  }
}

/**
 * The small second line under the plan's wording in the tasks table; empty when it would only
 * repeat the text ("Thường xuyên" under "Thường xuyên").
 */
export function deadlineNote(d: Deadline): string {
  switch (d.kind) {
    case 'date':
    case 'range':
      return formatVnDate(d.due);
    case 'recurring':
      return foldVietnamese(d.text) === 'thuong xuyen' ? '' : 'Thường xuyên';
    case 'conditional':
      return 'Có điều kiện';
    case 'none':
      return d.text.trim() === '' ? '' : 'Chưa hiểu thời hạn';
  }
}
