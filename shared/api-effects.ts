// What each method reads and what it changes, by domain, so that a screen's data is asked for again
// exactly when a call changed it (the dispatcher reports `changed`, the renderer's cache forgets the
// results that read those domains). Like Actual Budget's `mutator` handlers and their sync events.
import type { Method } from './api';

/** The kinds of stored data a call can read or change. */
const DOMAINS = [
  /** Plans, task groups, tasks, indicators, agencies, assignment groups. */
  'catalogue',
  /** The document settings (Cài đặt): names, signer, glossary, colours. */
  'settings',
  /** Due rules and ad hoc periods. */
  'periods',
  /** The agencies' reports received (versions, rows, corrections). */
  'submissions',
  /** The clerk's judgements of indicators (met / not met). */
  'judgements',
  /** Compiled reports, their narratives, files and reminder letters. */
  'reports',
  /** The backup copies and their second folder. */
  'backups',
] as const;

export type Domain = (typeof DOMAINS)[number];

/**
 * `reads`: a result the renderer may keep and show again until one of these domains changes.
 * `changes`: a call that alters these domains. `once`: neither (a preview, a file, a job's
 * progress): called each time, never kept.
 */
export type Effect = { reads: readonly Domain[] } | { changes: readonly Domain[] } | { once: true };

/** What a status or draft is computed from. */
const FIGURES = ['catalogue', 'submissions', 'periods', 'judgements'] as const;

/** Every method is listed (the type makes a new method a compile error until it is). */
export const EFFECTS = {
  'app.info': { reads: [] },
  'catalogue.get': { reads: ['catalogue'] },
  'tasks.update': { changes: ['catalogue'] },
  'indicators.update': { changes: ['catalogue'] },
  'agencies.create': { changes: ['catalogue'] },
  'agencies.update': { changes: ['catalogue'] },
  'agencies.merge': { changes: ['catalogue'] },
  'agencies.unmerge': { changes: ['catalogue'] },
  'settings.get': { reads: ['settings'] },
  'settings.update': { changes: ['settings'] },
  'plans.update': { changes: ['catalogue'] },
  'plans.activate': { changes: ['catalogue'] },
  'plans.previewImport': { once: true },
  'plans.import': { changes: ['catalogue'] },
  'periods.get': { reads: ['catalogue', 'periods'] },
  'periods.overview': { reads: ['periods'] },
  'periods.createAdhoc': { changes: ['periods'] },
  'periods.updateRules': { changes: ['periods'] },
  'forms.generate': { once: true },
  'forms.start': { once: true },
  'jobs.get': { once: true },
  'jobs.file': { once: true },
  'imports.preview': { once: true },
  'imports.diff': { once: true },
  'imports.commit': { changes: ['submissions'] },
  'submissions.register': { reads: ['catalogue', 'periods', 'submissions'] },
  'submissions.get': { reads: ['catalogue', 'submissions'] },
  'submissions.withdraw': { changes: ['submissions'] },
  'submissions.update': { changes: ['submissions'] },
  'submissions.updateRow': { changes: ['submissions'] },
  'submissions.file': { once: true },
  'submissions.enter': { changes: ['submissions'] },
  // Every change leaves a line in the audit log.
  'audit.list': { reads: DOMAINS },
  'status.get': { reads: FIGURES },
  'status.task': { reads: [...FIGURES, 'reports'] },
  'status.search': { reads: [...FIGURES, 'reports'] },
  'status.trace': { reads: ['catalogue', 'submissions'] },
  'indicators.judge': { changes: ['judgements'] },
  'reports.get': { reads: ['catalogue', 'periods', 'reports'] },
  'reports.narrative': { reads: [...FIGURES, 'settings', 'reports'] },
  'reports.saveNarrative': { changes: ['reports'] },
  'reports.redraft': { changes: ['reports'] },
  'reports.generate': { changes: ['reports'] },
  'reports.record': { changes: ['reports'] },
  'reports.markSigned': { changes: ['reports'] },
  'reports.file': { once: true },
  'reports.pdf': { once: true },
  'reports.reminder': { changes: ['reports'] },
  'backups.list': { reads: ['backups'] },
  'backups.create': { changes: ['backups'] },
  // The whole database is replaced.
  'backups.restore': { changes: DOMAINS },
  'backups.setFolder': { changes: ['backups'] },
} as const satisfies Record<Method, Effect>;

/** The domains a successful call of `method` changed (empty for reads). */
export function changedBy(method: Method): readonly Domain[] {
  const effect: Effect = EFFECTS[method];
  return 'changes' in effect ? effect.changes : [];
}

/** Whether a kept result of `method` must be asked for again after `changed`. */
/**
 * Whether a kept result's method reads any of `changed`. Takes any key: the renderer's cache asks
 * with its query keys, and checking names here (not with `isMethod` from `api.ts`) keeps zod and the
 * whole contract out of the first screen's JavaScript.
 */
export function readsAny(method: unknown, changed: readonly Domain[]): boolean {
  if (typeof method !== 'string' || !Object.prototype.hasOwnProperty.call(EFFECTS, method))
    return false;
  const effect: Effect = EFFECTS[method as Method];
  return 'reads' in effect && effect.reads.some((d) => changed.includes(d));
}

/** Methods whose results may be kept (queries). */
export type ReadMethod = {
  [M in Method]: (typeof EFFECTS)[M] extends { reads: readonly Domain[] } ? M : never;
}[Method];
