// Writes one previewed file as a submission, all or nothing. An identical file already stored is
// a no-op that says so; a changed file becomes the agency's next version for the period.
import type { Catalogue } from '../../../shared/api';
import type { CommitResult } from '../../../shared/domain/import-types';
import { periodFromKey, periodLabel } from '../../../shared/domain/periods';
import { formatVnDate } from '../../../shared/domain/text';
import type { Plan } from '../../../shared/domain/types';
import type { Db } from '../db/connection';
import { findSubmissionByHash, insertSubmission } from '../db/repositories/submissions';
import type { StoredFile } from './preview-store';
import {
  doubleMatches,
  openRows,
  type MatchOverrides,
  type RowAnswers,
} from '../../../shared/domain/import-rules';
import { progressFromRows, valuesFromRows } from './rows-to-records';

export interface CommitDecision {
  agencyId?: number;
  period?: string;
  receivedOn?: string;
  matches?: MatchOverrides;
  answers?: RowAnswers;
  acceptSuggested?: boolean;
}

export function commitFile(
  db: Db,
  catalogue: Catalogue,
  plan: Plan,
  stored: StoredFile,
  decision: CommitDecision,
): CommitResult {
  const { preview, extraction } = stored;
  const result = (
    ok: boolean,
    message: string,
    extra: Partial<CommitResult> = {},
  ): CommitResult => ({
    fileId: preview.fileId,
    file: preview.file,
    ok,
    unchanged: false,
    message,
    submission: null,
    ...extra,
  });
  if (!preview.ok || !extraction) return result(false, preview.message ?? 'Tệp không đọc được.');

  if (stored.planId !== plan.id)
    return result(
      false,
      'Bản xem trước này được lập khi đang theo dõi một kế hoạch khác; kế hoạch đang theo dõi đã đổi. Hãy chọn lại tệp để xem trước với kế hoạch hiện tại rồi ghi.',
    );
  if (preview.agencyQuestion && decision.agencyId === undefined)
    return result(false, preview.agencyQuestion);
  const agencyId = decision.agencyId ?? preview.agency?.id;
  const agency = catalogue.agencies.find((a) => a.id === agencyId);
  if (!agency)
    return result(false, 'Chưa xác định được đơn vị gửi báo cáo. Hãy chọn đơn vị cho tệp này.');
  const current = catalogue.agencies.find((a) => a.id === agency.current.id)!;
  const period = decision.period ?? preview.period;
  if (!period) return result(false, 'Chưa xác định được kỳ báo cáo. Hãy chọn kỳ cho tệp này.');
  let periodName: string;
  try {
    periodName = periodLabel(periodFromKey(period));
  } catch (error) {
    return result(false, (error as Error).message);
  }
  const blocking = preview.issues.filter((i) => i.severity === 'error' && i.row === null);
  if (blocking.length > 0) return result(false, blocking.map((i) => i.message).join(' '));

  const receivedOn = decision.receivedOn ?? extraction.header.docDate;
  if (!receivedOn)
    return result(
      false,
      'Tệp không ghi số, ngày văn bản nên chưa biết ngày nhận báo cáo. Hãy nhập ngày nhận (thường là ngày của thư điện tử hoặc ngày vào sổ công văn đến) trước khi ghi.',
    );
  const overrides = decision.matches ?? {};
  const answers = decision.answers ?? {};
  const pending = openRows(preview.rows, overrides, decision.acceptSuggested ?? false, answers);
  if (pending.length > 0)
    return result(
      false,
      `Còn ${pending.length} dòng cần xác nhận (${pending.map((r) => `dòng ${r.row}${r.questions.length > 0 ? `: ${r.questions.map((q) => q.message).join(' ')}` : ''}`).join('; ')}). Hãy chọn nhiệm vụ/chỉ tiêu, tình trạng đúng hoặc bỏ các dòng này trước khi ghi.`,
    );
  const doubles = doubleMatches(preview.rows, overrides);
  if (doubles.length > 0)
    return result(
      false,
      'Có nhiệm vụ hoặc chỉ tiêu được chọn cho hai dòng khác nhau. Hãy sửa lại để mỗi dòng của kế hoạch chỉ khớp một lần.',
    );

  const same = findSubmissionByHash(db, plan.id, current.id, period, preview.sha256);
  if (same)
    return result(
      true,
      `Tệp này đã được nhập ngày ${formatVnDate(same.createdAt.slice(0, 10))} (phiên bản ${same.version}); không có gì thay đổi.`,
      {
        unchanged: true,
        submission: same,
      },
    );

  const progress = progressFromRows(preview.rows, overrides, answers);
  const values = valuesFromRows(preview.rows, overrides);
  if (progress.length + values.length === 0)
    return result(false, 'Không còn dòng nào để ghi sau khi bỏ các dòng không khớp.');
  const header = extraction.header;
  const submission = insertSubmission(db, {
    planId: plan.id,
    agencyId: current.id,
    period,
    fileName: preview.file,
    sha256: preview.sha256,
    source: extraction.source,
    // The registry date of an official letter is its own date when the user gives none.
    receivedOn,
    docNumber: header.docNumber,
    docDate: header.docDate,
    person: header.person,
    phone: header.phone,
    summary: header.summary,
    difficulties: header.difficulties,
    proposals: header.proposals,
    bytes: stored.bytes,
    progress,
    values,
  });
  return result(
    true,
    submission.version === 1
      ? `Đã ghi báo cáo ${periodName} của ${current.name}: ${progress.length} nhiệm vụ, ${values.length} chỉ tiêu.`
      : `Đã ghi phiên bản ${submission.version} báo cáo ${periodName} của ${current.name}; phiên bản trước được giữ lại.`,
    { submission },
  );
}
