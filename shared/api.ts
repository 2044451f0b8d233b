// The API contract: every method, its argument schema and its result type, declared once and
// shared by the backend (dispatch), the transports (IPC, HTTP, CLI) and the renderer's client.
import { z } from 'zod';
import type {
  Agency,
  AgencyKind,
  AssignmentGroup,
  DocumentSettings,
  Indicator,
  Plan,
  Task,
  TaskGroup,
} from './domain/types';

export const AGENCY_KINDS = [
  'department',
  'sector',
  'commune',
  'organisation',
  'party',
  'central',
  'enterprise',
] as const satisfies readonly AgencyKind[];

export interface Catalogue {
  plans: Plan[];
  groups: TaskGroup[];
  tasks: Task[];
  indicators: Indicator[];
  agencies: Agency[];
  assignmentGroups: AssignmentGroup[];
}

export interface AppInfo {
  version: string;
  dbPath: string;
  transport: 'ipc' | 'http' | 'cli';
  /** False in browser mode: folder pickers and printToPDF are Electron-only. */
  desktop: boolean;
}

const id = z.number().int().positive();
const text = (max: number) => z.string().max(max);
/** An assignee reference as the UI sends it: an agency id or an assignment-group id. */
const assigneeRef = z.object({ type: z.enum(['agency', 'group']), id });
export type AssigneeRef = z.infer<typeof assigneeRef>;

const taskPatch = z
  .object({
    text: text(4000),
    leadText: text(1000),
    partnersText: text(2000),
    lead: z.array(assigneeRef).max(50),
    partners: z.array(assigneeRef).max(100),
    output: text(2000),
    deadlineText: text(300),
  })
  .partial()
  .strict();
export type TaskPatch = z.infer<typeof taskPatch>;

const indicatorPatch = z
  .object({
    text: text(2000),
    unit: text(200),
    targetText: text(500),
    agencyId: id.nullable(),
  })
  .partial()
  .strict();
export type IndicatorPatch = z.infer<typeof indicatorPatch>;

const agencyFields = z
  .object({
    name: text(300),
    shortName: text(100).nullable(),
    aliases: z.array(text(300)).max(50),
    kind: z.enum(AGENCY_KINDS),
    reports: z.boolean(),
    active: z.boolean(),
  })
  .strict();
export type AgencyInput = z.infer<typeof agencyFields>;

const settingsPatch = z
  .object({
    parentAgency: text(200),
    agency: text(200),
    abbreviation: text(30),
    place: text(100),
    signerAuthority: text(100),
    signerTitle: text(100),
    signerName: text(100),
    addressees: z.array(text(300)).max(30),
    recipients: z.array(text(300)).max(30),
    archiveLine: text(200),
  })
  .partial()
  .strict();

export const ARGS = {
  'app.info': z.object({}).strict(),
  'catalogue.get': z.object({ planId: id.optional() }).strict(),
  'tasks.update': z.object({ id, patch: taskPatch }).strict(),
  'indicators.update': z.object({ id, patch: indicatorPatch }).strict(),
  'agencies.create': z.object({ agency: agencyFields }).strict(),
  'agencies.update': z.object({ id, patch: agencyFields.partial() }).strict(),
  'agencies.merge': z.object({ fromId: id, intoId: id }).strict(),
  'settings.get': z.object({}).strict(),
  'settings.update': z.object({ patch: settingsPatch }).strict(),
} as const;

export interface Results {
  'app.info': AppInfo;
  'catalogue.get': Catalogue;
  'tasks.update': Task;
  'indicators.update': Indicator;
  'agencies.create': Agency;
  'agencies.update': Agency;
  'agencies.merge': Agency;
  'settings.get': DocumentSettings;
  'settings.update': DocumentSettings;
}

export type Method = keyof typeof ARGS;
export type Args<M extends Method> = z.input<(typeof ARGS)[M]>;
export type Result<M extends Method> = Results[M];

/** The allowlist: transports refuse any name not in it before touching the backend. */
export const METHODS = Object.keys(ARGS) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(ARGS, name);
}

/** The one function every transport implements. */
export type Invoke = <M extends Method>(method: M, args: Args<M>) => Promise<Result<M>>;
