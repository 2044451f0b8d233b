// Truy vết: from a task status or an indicator value, the agency's file, sheet and row, the
// version and the received date it came from, so a clerk can defend the figure.
import type { TraceSource } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import { traceIndicator, traceTask, type TraceRow } from '../db/repositories/trace';

/** `Nhiệm vụ!12` → sheet `Nhiệm vụ`, row 12; anything else keeps only the text as stored. */
export function splitSourceRow(text: string | null): { sheet: string | null; row: number | null } {
  if (!text) return { sheet: null, row: null };
  const at = text.lastIndexOf('!');
  const row = at > 0 ? Number(text.slice(at + 1)) : NaN;
  if (!Number.isInteger(row) || row < 1) return { sheet: null, row: null };
  return { sheet: text.slice(0, at).replace(/^'(.*)'$/, '$1'), row };
}

function toSource(r: TraceRow): TraceSource {
  return {
    submissionId: r.submission_id,
    period: r.period,
    agency: { id: r.agency_id, name: r.agency_name },
    fileName: r.file_name,
    sourceRow: r.source_row,
    ...splitSourceRow(r.source_row),
    version: r.version,
    superseded: r.superseded === 1,
    receivedOn: r.received_on,
    docNumber: r.doc_number,
    docDate: r.doc_date,
    status: r.status,
    completedOn: r.completed_on,
    value: r.value,
    valueText: r.value_text,
  };
}

export function traceFigure(
  ctx: BackendContext,
  args: { target: 'task' | 'indicator'; id: number; submissionIds: number[] },
): TraceSource[] {
  const rows =
    args.target === 'task'
      ? traceTask(ctx.db, args.id, args.submissionIds)
      : traceIndicator(ctx.db, args.id, args.submissionIds);
  if (rows.length === 0)
    throw new AppError(
      'NOT_FOUND',
      args.target === 'task'
        ? 'Không tìm thấy dòng báo cáo của nhiệm vụ này trong báo cáo của đơn vị.'
        : 'Không tìm thấy số liệu của chỉ tiêu này trong báo cáo của đơn vị.',
    );
  return rows.map(toSource);
}
