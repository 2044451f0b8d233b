// A report taken by hand — a phone call, a paper letter — entered by the clerk: it becomes the
// agency's next version for the period like a file would, with the entry itself kept as its
// "original file" (JSON), and an audit entry in the same transaction.
import { createHash } from 'node:crypto';
import type { ParsedArgs, SubmissionDetail } from '../../../shared/api';
import { periodLabel } from '../../../shared/domain/periods';
import { figureInText } from '../../../shared/domain/figure-in-text';
import { foldVietnamese } from '../../../shared/domain/text';
import { AppError, validationError, type FieldError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import { insertSubmission, setManualEntry } from '../db/repositories/submissions';
import { audit } from './audit-log';
import { activeCatalogue } from './catalogue';
import { resolvePeriod } from './periods';
import { getSubmissionDetail } from './submission-register';
import { CATALOGUE_MESSAGES } from '../../../shared/messages/catalogue';

const CHANNEL: Record<'phone' | 'paper' | 'other', string> = {
  phone: 'điện thoại',
  paper: 'văn bản giấy',
  other: 'nhập tay',
};

export function enterByHand(
  ctx: BackendContext,
  a: ParsedArgs<'submissions.enter'>,
): SubmissionDetail {
  const { c, plan } = activeCatalogue(ctx);
  const period = resolvePeriod(ctx, plan, a.period);
  const agency = c.agencies.find((x) => x.id === a.agencyId);
  if (!agency) throw new AppError('NOT_FOUND', CATALOGUE_MESSAGES.agencyNotFound);
  const errors: FieldError[] = [];
  if (agency.successor)
    errors.push({
      field: 'agencyId',
      message: CATALOGUE_MESSAGES.agencyMerged(agency.name, agency.current.name),
    });
  const tasks = new Set(c.tasks.map((t) => t.id));
  const indicators = new Set(c.indicators.map((x) => x.id));
  if (
    a.tasks.some((t) => !tasks.has(t.taskId)) ||
    a.values.some((v) => !indicators.has(v.indicatorId))
  )
    errors.push({ field: 'tasks', message: 'Có dòng không thuộc kế hoạch đang theo dõi.' });
  if (new Set(a.tasks.map((t) => t.taskId)).size !== a.tasks.length)
    errors.push({ field: 'tasks', message: 'Một nhiệm vụ được ghi hai lần.' });
  if (new Set(a.values.map((v) => v.indicatorId)).size !== a.values.length)
    errors.push({ field: 'values', message: 'Một chỉ tiêu được ghi hai lần.' });
  const values = a.values.filter((v) => v.valueText.trim() !== '');
  // The figure the clerk typed, by the rule files are read with ("Đạt 92,5%" is 92,5); several
  // figures ("45/100") would leave the indicator without a result nobody noticed.
  const figures = new Map(values.map((v) => [v.indicatorId, figureInText(v.valueText.trim())]));
  const several = values.filter((v) => figures.get(v.indicatorId)?.several);
  if (several.length > 0)
    errors.push({
      field: 'values',
      message: `Số liệu "${several[0]!.valueText.trim()}" có nhiều số; hãy ghi một số là kết quả đạt được trong kỳ (ví dụ 45 hoặc 37,6), phần giải thích ghi vào ghi chú.`,
    });
  if (a.tasks.length + values.length === 0)
    errors.push({
      field: 'tasks',
      message: 'Hãy ghi tình trạng ít nhất một nhiệm vụ hoặc số liệu ít nhất một chỉ tiêu.',
    });
  if (errors.length > 0) throw validationError(errors);

  const note = a.note?.normalize('NFC').trim() || null;
  const entry = {
    kind: 'nhập tay',
    channel: CHANNEL[a.channel],
    agency: agency.name,
    period: period.key,
    receivedOn: a.receivedOn,
    note,
    tasks: a.tasks,
    values,
  };
  const bytes = new TextEncoder().encode(JSON.stringify(entry, null, 2));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const slug = foldVietnamese(agency.shortName ?? agency.name).replace(/[^a-z0-9]+/g, '-');
  const fileName = `Nhap-tay_${period.key}_${slug}_${a.receivedOn}.json`;
  const id = ctx.db.transaction(() => {
    const s = insertSubmission(ctx.db, {
      planId: plan.id,
      agencyId: agency.id,
      period: period.key,
      fileName,
      sha256,
      source: 'form',
      receivedOn: a.receivedOn,
      docNumber: a.docNumber?.trim() || null,
      docDate: a.docDate ?? null,
      person: null,
      phone: null,
      summary: note,
      difficulties: null,
      proposals: null,
      bytes,
      progress: a.tasks.map((t) => ({
        taskId: t.taskId,
        sourceRow: null,
        status: t.status,
        completedOn: t.completedOn ?? null,
        completedApprox: false,
        percent: null,
        progress: t.progress?.normalize('NFC').trim() || null,
        difficulties: null,
        proposals: null,
      })),
      values: values.map((v) => ({
        indicatorId: v.indicatorId,
        sourceRow: null,
        value: figures.get(v.indicatorId)?.value ?? null,
        valueText: v.valueText.normalize('NFC').trim(),
        note: v.note?.normalize('NFC').trim() || null,
      })),
    });
    setManualEntry(ctx.db, s.id, a.channel, note);
    audit(ctx, {
      action: 'submission.enter',
      entity: 'submission',
      entityId: String(s.id),
      summary: `Nhập tay (${CHANNEL[a.channel]}) phiên bản ${s.version} báo cáo ${periodLabel(period)} của ${agency.name}: ${a.tasks.length} nhiệm vụ, ${values.length} chỉ tiêu`,
      before: null,
      after: entry,
    });
    return s.id;
  })();
  return getSubmissionDetail(ctx, id);
}
