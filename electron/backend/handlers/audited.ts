// Settings, plans, periods, judgements and reports with their audit entries: each change runs
// with its entry in one transaction (the handler's own transaction nests as a savepoint), so an
// entry that cannot be written undoes the change. The asynchronous methods (a plan's file read,
// documents written in worker threads) take the entry as a callback run inside their write.
import type { ParsedArgs } from '../../../shared/api';
import type { DueRules } from '../../../shared/domain/periods';
import type { BackendContext } from '../context';
import { listJudgements } from '../db/repositories/submissions';
import { audit, changedFields } from './audit-log';
import { activatePlan, getCatalogue } from './catalogue';
import { createAdhocPeriod, periodsOverview, updateDueRules } from './periods';
import { getSettings, updateSettings } from './settings';
import { judgeIndicator } from './status';

type Reports = typeof import('./reports');
type Plans = typeof import('./plans');

function inTx<T>(ctx: BackendContext, fn: () => T): T {
  return ctx.db.transaction(fn)();
}

export function auditedSettingsUpdate(
  ctx: BackendContext,
  patch: ParsedArgs<'settings.update'>['patch'],
) {
  return inTx(ctx, () => {
    const before = getSettings(ctx);
    const after = updateSettings(ctx, patch);
    const change = changedFields(before, patch);
    if (change.keys.length > 0)
      audit(ctx, {
        action: 'settings.update',
        entity: 'settings',
        entityId: null,
        summary: `Sửa cài đặt văn bản: ${change.keys.join(', ')}`,
        before: change.before,
        after: change.after,
      });
    return after;
  });
}

export function auditedPlanUpdate(
  ctx: BackendContext,
  m: Plans,
  id: number,
  patch: ParsedArgs<'plans.update'>['patch'],
) {
  return inTx(ctx, () => {
    const before = getCatalogue(ctx).plans.find((p) => p.id === id);
    const after = m.updatePlan(ctx, id, patch);
    const change = changedFields(before ?? {}, patch);
    if (change.keys.length > 0)
      audit(ctx, {
        action: 'plan.update',
        entity: 'plan',
        entityId: String(id),
        summary: `Sửa thông tin kế hoạch ${after.number ? `${after.number}/` : ''}${after.symbol}: ${change.keys.join(', ')}`,
        before: change.before,
        after: change.after,
      });
    return after;
  });
}

export function auditedPlanActivate(ctx: BackendContext, planId: number) {
  return inTx(ctx, () => {
    const before = getCatalogue(ctx).activePlanId;
    const c = activatePlan(ctx, planId);
    if (before !== planId) {
      const plan = c.plans.find((p) => p.id === planId);
      audit(ctx, {
        action: 'plan.activate',
        entity: 'plan',
        entityId: String(planId),
        summary: `Chuyển sang theo dõi kế hoạch: ${plan?.title ?? planId}`,
        before: { activePlanId: before },
        after: { activePlanId: planId },
      });
    }
    return c;
  });
}

export function auditedPlanImport(ctx: BackendContext, m: Plans, args: ParsedArgs<'plans.import'>) {
  return m.importPlan(ctx, args, (plan) =>
    audit(ctx, {
      action: 'plan.import',
      entity: 'plan',
      entityId: String(plan.id),
      summary: `Nhập kế hoạch mới từ tệp ${args.file.name}: ${plan.title}`,
      before: null,
      after: { title: plan.title, symbol: plan.symbol, number: plan.number },
    }),
  );
}

export function auditedCreateAdhoc(ctx: BackendContext, p: ParsedArgs<'periods.createAdhoc'>) {
  return inTx(ctx, () => {
    const period = createAdhocPeriod(ctx, p);
    audit(ctx, {
      action: 'period.createAdhoc',
      entity: 'period',
      entityId: period.key,
      summary: `Tạo kỳ báo cáo đột xuất: ${period.title}`,
      before: null,
      after: period,
    });
    return period;
  });
}

export function auditedUpdateRules(ctx: BackendContext, rules: DueRules) {
  return inTx(ctx, () => {
    const before = periodsOverview(ctx).rules;
    const after = updateDueRules(ctx, rules);
    if (JSON.stringify(before) !== JSON.stringify(after))
      audit(ctx, {
        action: 'period.updateRules',
        entity: 'period',
        entityId: null,
        summary: 'Sửa hạn gửi báo cáo theo loại kỳ',
        before,
        after,
      });
    return after;
  });
}

export function auditedJudge(
  ctx: BackendContext,
  indicatorId: number,
  period: string,
  judgement: 'met' | 'not_met' | null,
) {
  return inTx(ctx, () => {
    const before = listJudgements(ctx.db, period).get(indicatorId) ?? null;
    const row = judgeIndicator(ctx, indicatorId, period, judgement);
    if (before !== judgement)
      audit(ctx, {
        action: 'indicator.judge',
        entity: 'indicator',
        entityId: String(indicatorId),
        summary: `Đánh giá chỉ tiêu ${row.code} kỳ ${period}: ${judgement === 'met' ? 'Đạt' : judgement === 'not_met' ? 'Chưa đạt' : 'bỏ đánh giá'}`,
        before: { period, judgement: before },
        after: { period, judgement },
      });
    return row;
  });
}

export function auditedSaveNarrative(
  ctx: BackendContext,
  m: Reports,
  period: string,
  narrative: ParsedArgs<'reports.saveNarrative'>['narrative'] | null,
) {
  return inTx(ctx, () => {
    const before = m.latestReport(ctx, period)?.narrative ?? null;
    const saved =
      narrative === null ? m.redraft(ctx, period) : m.saveNarrative(ctx, period, narrative);
    const after = m.latestReport(ctx, period);
    if (JSON.stringify(before) !== JSON.stringify(after?.narrative ?? null))
      audit(ctx, {
        action: narrative === null ? 'report.redraft' : 'report.saveNarrative',
        entity: 'report',
        entityId: after ? String(after.id) : null,
        summary:
          narrative === null
            ? `Soạn lại phần nội dung báo cáo kỳ ${period} từ báo cáo của các đơn vị`
            : `Sửa phần nội dung báo cáo kỳ ${period}`,
        before,
        after: after?.narrative ?? null,
      });
    return saved;
  });
}

export function auditedMarkSigned(ctx: BackendContext, m: Reports, reportId: number) {
  return inTx(ctx, () => {
    const ws = m.markSigned(ctx, reportId);
    audit(ctx, {
      action: 'report.markSigned',
      entity: 'report',
      entityId: String(reportId),
      summary: `Đánh dấu báo cáo kỳ ${ws.period.key} là bản đã ký`,
      before: { signed: false },
      after: { signed: true },
    });
    return ws;
  });
}

export function auditedGenerate(ctx: BackendContext, m: Reports, period: string) {
  return m.generateReport(ctx, period, ({ report, files }) =>
    audit(ctx, {
      action: 'report.generate',
      entity: 'report',
      entityId: String(report.id),
      summary: `Tạo báo cáo tổng hợp kỳ ${period}: ${files.map((f) => f.fileName).join(', ')}`,
      before: null,
      after: { files: report.files.map((f) => ({ fileName: f.fileName, sha256: f.sha256 })) },
    }),
  );
}

export function auditedRecord(ctx: BackendContext, m: Reports, a: ParsedArgs<'reports.record'>) {
  return m.recordSigning(ctx, a.reportId, a.number, a.date, (report) =>
    audit(ctx, {
      action: 'report.record',
      entity: 'report',
      entityId: String(a.reportId),
      summary: `Ghi số ${a.number}, ngày ký ${a.date} của báo cáo kỳ ${report.period}`,
      before: { number: report.number, date: report.date },
      after: { number: a.number, date: a.date },
    }),
  );
}

export function auditedReminder(
  ctx: BackendContext,
  m: Reports,
  a: ParsedArgs<'reports.reminder'>,
) {
  return m.reminderLetter(ctx, a, (letter) =>
    audit(ctx, {
      action: 'report.reminder',
      entity: 'report',
      entityId: String(letter.id),
      summary: `Tạo công văn đôn đốc kỳ ${a.period} gửi ${letter.missing} đơn vị chưa báo cáo`,
      before: null,
      after: { fileName: letter.fileName, missing: letter.missing },
    }),
  );
}
