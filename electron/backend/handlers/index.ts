// The one handler map: every API method implemented once, for every transport.
import type { z } from 'zod';
import type { ARGS, Method, Result } from '../../../shared/api';
import type { BackendContext } from '../context';
import { backupNow, getBackups, restoreBackup, setBackupFolder } from './backups';
import { createAgency, mergeAgency, unmergeAgency, updateAgency } from './agencies';
import { activeCatalogue, getCatalogue } from './catalogue';
import { scopeOf } from './period-scope';
import { docPool } from '../workers/doc-pool';
import { describePeriod, periodsOverview, resolvePeriod } from './periods';
import { getRegister, getSubmissionDetail } from './submission-register';
import { listAuditEntries } from './audit-log';
import { enterByHand } from './manual-entry';
import {
  auditedCreateAdhoc,
  auditedGenerate,
  auditedJudge,
  auditedMarkSigned,
  auditedPlanActivate,
  auditedPlanImport,
  auditedPlanUpdate,
  auditedRecord,
  auditedReminder,
  auditedSaveNarrative,
  auditedSettingsUpdate,
  auditedUpdateRules,
} from './audited';
import { originalFile, updateSubmission, updateSubmissionRow, withdraw } from './corrections';
import { getStatus, searchUnshippedLeadReports, taskPartnerReports } from './status';
import { getSettings } from './settings';
import { traceFigure } from './trace';
import { updateIndicator, updateTask } from './tasks';

export type Handlers = {
  [M in Method]: (
    ctx: BackendContext,
    args: z.output<(typeof ARGS)[M]>,
  ) => Result<M> | Promise<Result<M>>;
};

// Spreadsheet and document libraries load on first use, so starting the app or a quick CLI
// command does not pay for exceljs and docx.
const forms = () => import('./forms');
const imports = () => import('./imports');
const reports = () => import('./reports');
const plans = () => import('./plans');
const jobs = () => import('./jobs');

export const handlers: Handlers = {
  'app.info': (ctx) => ({
    version: ctx.version,
    dbPath: ctx.dbPath,
    transport: ctx.transport,
    desktop: ctx.desktop,
  }),
  'catalogue.get': (ctx, a) => getCatalogue(ctx, a.planId),
  'tasks.update': (ctx, a) => updateTask(ctx, a.id, a.patch),
  'indicators.update': (ctx, a) => updateIndicator(ctx, a.id, a.patch),
  'agencies.create': (ctx, a) => createAgency(ctx, a.agency),
  'agencies.update': (ctx, a) => updateAgency(ctx, a.id, a.patch),
  'agencies.merge': (ctx, a) => mergeAgency(ctx, a.fromId, a.intoId),
  'agencies.unmerge': (ctx, a) => unmergeAgency(ctx, a.id),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, a) => auditedSettingsUpdate(ctx, a.patch),
  'plans.update': async (ctx, a) => auditedPlanUpdate(ctx, await plans(), a.id, a.patch),
  'plans.activate': (ctx, a) => auditedPlanActivate(ctx, a.planId),
  'plans.previewImport': async (ctx, a) => (await plans()).previewPlanImport(ctx, a),
  'plans.import': async (ctx, a) => auditedPlanImport(ctx, await plans(), a),
  'periods.get': (ctx, a) => {
    const { c, plan } = activeCatalogue(ctx);
    const period = resolvePeriod(ctx, plan, a.period);
    return {
      period: describePeriod(period),
      expected: scopeOf(ctx, c, plan).expected.map((x) => ({ id: x.id, name: x.name })),
    };
  },
  'periods.overview': (ctx) => periodsOverview(ctx),
  'periods.createAdhoc': (ctx, a) => auditedCreateAdhoc(ctx, a),
  'periods.updateRules': (ctx, a) => auditedUpdateRules(ctx, a.rules),
  'forms.generate': async (ctx, a) => (await forms()).generateForms(ctx, a.period, a.agencyIds),
  'forms.start': async (ctx, a) => (await jobs()).startForms(ctx, a),
  'jobs.get': async (ctx, a) => (await jobs()).getJob(ctx, a.id),
  'jobs.file': async (ctx, a) => (await jobs()).jobFile(ctx, a.id),
  'imports.preview': async (ctx, a) => (await imports()).previewImports(ctx, a),
  'imports.diff': async (ctx, a) => (await imports()).diffImport(ctx, a),
  'imports.commit': async (ctx, a) => (await imports()).commitImports(ctx, a),
  'submissions.register': (ctx, a) => getRegister(ctx, a.period),
  'submissions.get': (ctx, a) => getSubmissionDetail(ctx, a.id),
  'submissions.withdraw': (ctx, a) => withdraw(ctx, a.id, a.reason),
  'submissions.update': (ctx, a) => updateSubmission(ctx, a.id, a.patch),
  'submissions.updateRow': (ctx, a) => updateSubmissionRow(ctx, a),
  'submissions.file': (ctx, a) => originalFile(ctx, a.id),
  'submissions.enter': (ctx, a) => enterByHand(ctx, a),
  'audit.list': (ctx, a) => listAuditEntries(ctx, a),
  'status.get': (ctx, a) => getStatus(ctx, a.period),
  'status.task': (ctx, a) => taskPartnerReports(ctx, a),
  'status.search': (ctx, a) => searchUnshippedLeadReports(ctx, a),
  'status.trace': (ctx, a) => traceFigure(ctx, a),
  'indicators.judge': (ctx, a) => auditedJudge(ctx, a.indicatorId, a.period, a.judgement),
  'reports.get': async (ctx, a) => {
    docPool().warm(); // the report screen makes the Word report
    return (await reports()).getWorkspace(ctx, a.period);
  },
  'reports.narrative': async (ctx, a) => (await reports()).getNarrative(ctx, a.period),
  'reports.saveNarrative': async (ctx, a) =>
    auditedSaveNarrative(ctx, await reports(), a.period, a.narrative),
  'reports.redraft': async (ctx, a) => auditedSaveNarrative(ctx, await reports(), a.period, null),
  'reports.generate': async (ctx, a) => auditedGenerate(ctx, await reports(), a.period),
  'reports.record': async (ctx, a) => auditedRecord(ctx, await reports(), a),
  'reports.markSigned': async (ctx, a) => auditedMarkSigned(ctx, await reports(), a.reportId),
  'reports.file': async (ctx, a) => (await reports()).downloadReportFile(ctx, a.fileId),
  'reports.pdf': async (ctx, a) => (await reports()).reportPdf(ctx, a.fileId),
  'reports.reminder': async (ctx, a) => auditedReminder(ctx, await reports(), a),
  'backups.list': (ctx) => getBackups(ctx),
  'backups.create': (ctx, a) => backupNow(ctx, a.out),
  'backups.restore': (ctx, a) => restoreBackup(ctx, a.file),
  'backups.setFolder': (ctx, a) => setBackupFolder(ctx, a.dir),
};
