// Writes one previewed file as a submission, all or nothing, with its audit entry. An identical
// file already stored is a no-op that says so; the same file with another received date or other
// row choices corrects the stored version (audited); a changed file becomes the agency's next
// version for the period; the same file recorded before for another agency or period is withdrawn.
import type { Catalogue } from '../../../shared/api';
import type { CommitResult } from '../../../shared/domain/import-types';
import { periodFromKey, periodLabel } from '../../../shared/domain/periods';
import { formatVnDate } from '../../../shared/domain/text';
import type { Plan } from '../../../shared/domain/types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { recordAudit } from '../db/repositories/audit';
import {
  findSubmissionsByHashInPlan,
  getSubmission,
  insertSubmission,
  progressOf,
  replaceSubmissionRows,
  restoreSubmission,
  setReceivedOn,
  valuesOf,
  withdrawSubmission,
} from '../db/repositories/submissions';
import { codeLookup, diffVersions } from '../../../shared/domain/version-diff';
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
  actor: string,
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
    // Only the key's own fault is the clerk's to fix; anything else goes up to be logged.
    if (!(error instanceof AppError)) throw error;
    return result(false, error.message);
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

  const progress = progressFromRows(preview.rows, overrides, answers);
  const values = valuesFromRows(preview.rows, overrides, answers);
  if (progress.length + values.length === 0)
    return result(false, 'Không còn dòng nào để ghi sau khi bỏ các dòng không khớp.');

  const sameBytes = findSubmissionsByHashInPlan(db, plan.id, preview.sha256);
  const same = sameBytes.find((s) => s.agency.id === current.id && s.period === period);
  if (same) {
    if (same.superseded && !same.withdrawn)
      return result(
        true,
        `Tệp này là phiên bản ${same.version} đã nhập ngày ${formatVnDate(same.createdAt.slice(0, 10))}; đơn vị đã gửi phiên bản mới hơn nên không ghi lại.`,
        { unchanged: true, submission: same },
      );
    const codes = codeLookup(catalogue);
    const diff = diffVersions(
      { progress: progressOf(db, [same.id]), values: valuesOf(db, [same.id]) },
      { progress, values },
      codes,
    );
    const rowsChanged =
      diff.length > 0 ||
      JSON.stringify(rowKeys(progressOf(db, [same.id]), valuesOf(db, [same.id]))) !==
        JSON.stringify(rowKeys(progress, values));
    const dateChanged = receivedOn !== same.receivedOn;
    if (!rowsChanged && !dateChanged && !same.withdrawn)
      return result(
        true,
        `Tệp này đã được nhập ngày ${formatVnDate(same.createdAt.slice(0, 10))} (phiên bản ${same.version}); không có gì thay đổi.`,
        { unchanged: true, submission: same },
      );
    // The same bytes with other choices: a correction of the stored version, never a new one.
    const changes: string[] = [];
    if (same.withdrawn) changes.push('khôi phục phiên bản đã rút');
    if (dateChanged)
      changes.push(`ngày nhận ${formatVnDate(same.receivedOn)} → ${formatVnDate(receivedOn)}`);
    if (diff.length > 0) changes.push(`${diff.length} thay đổi ở các dòng`);
    else if (rowsChanged) changes.push('dòng nguồn của các dòng');
    const corrected = db.transaction(() => {
      if (same.withdrawn) restoreSubmission(db, same.id);
      if (dateChanged) setReceivedOn(db, same.id, receivedOn);
      if (rowsChanged) replaceSubmissionRows(db, same.id, progress, values);
      recordAudit(db, {
        actor,
        action: 'submission.correct',
        entity: 'submission',
        entityId: String(same.id),
        summary: `Nhập lại tệp ${preview.file} để sửa phiên bản ${same.version} báo cáo ${periodName} của ${current.name}: ${changes.join('; ')}`,
        before: { receivedOn: same.receivedOn, withdrawn: same.withdrawn },
        after: { receivedOn, withdrawn: false, diff },
      });
      return getSubmission(db, same.id)!;
    })();
    return result(
      true,
      `Đã sửa phiên bản ${same.version} báo cáo ${periodName} của ${current.name} (cùng tệp, lựa chọn khác): ${changes.join('; ')}.`,
      { submission: corrected, corrected: true, diff },
    );
  }

  const header = extraction.header;
  const elsewhere = sameBytes.filter((s) => !s.withdrawn);
  const submission = db.transaction(() => {
    const inserted = insertSubmission(db, {
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
    recordAudit(db, {
      actor,
      action: 'submission.import',
      entity: 'submission',
      entityId: String(inserted.id),
      summary: `Nhập tệp ${preview.file}: phiên bản ${inserted.version} báo cáo ${periodName} của ${current.name} (${progress.length} nhiệm vụ, ${values.length} chỉ tiêu)`,
      before: null,
      after: {
        agency: current.name,
        period,
        version: inserted.version,
        receivedOn,
        fileName: preview.file,
        tasks: progress.length,
        indicators: values.length,
      },
    });
    // The same bytes recorded before under another agency or period: that was the mistake.
    for (const old of elsewhere) {
      const reason = `Nhập lại cho ${current.name}, ${periodName}`;
      withdrawSubmission(db, old.id, reason);
      recordAudit(db, {
        actor,
        action: 'submission.withdraw',
        entity: 'submission',
        entityId: String(old.id),
        summary: `Rút phiên bản ${old.version} báo cáo ${old.period} của ${old.agency.name}. Lý do: ${reason}`,
        before: { agency: old.agency.name, period: old.period, withdrawn: false },
        after: { agency: current.name, period, withdrawn: true, reason },
      });
    }
    return inserted;
  })();
  const moved =
    elsewhere.length > 0
      ? ` Tệp này trước đây được ghi cho ${elsewhere.map((o) => `${o.agency.name} (${o.period})`).join(', ')}; bản ghi đó đã được rút.`
      : '';
  return result(
    true,
    (submission.version === 1
      ? `Đã ghi báo cáo ${periodName} của ${current.name}: ${progress.length} nhiệm vụ, ${values.length} chỉ tiêu.`
      : `Đã ghi phiên bản ${submission.version} báo cáo ${periodName} của ${current.name}; phiên bản trước được giữ lại.`) +
      moved,
    { submission, corrected: elsewhere.length > 0 },
  );
}

/** Which plan rows a submission carries, from which source rows. */
function rowKeys(
  progress: { taskId: number; sourceRow: string | null }[],
  values: { indicatorId: number; sourceRow: string | null }[],
): string[] {
  return [
    ...progress.map((p) => `t${p.taskId}@${p.sourceRow ?? ''}`),
    ...values.map((v) => `i${v.indicatorId}@${v.sourceRow ?? ''}`),
  ].sort();
}
