// The one handler map: every API method implemented once, for every transport.
import type { z } from 'zod';
import type { ARGS, Method, Result } from '../../../shared/api';
import type { BackendContext } from '../context';
import { createAgency, mergeAgency, updateAgency } from './agencies';
import { getCatalogue } from './catalogue';
import { getSettings, updateSettings } from './settings';
import { updateIndicator, updateTask } from './tasks';

export type Handlers = {
  [M in Method]: (
    ctx: BackendContext,
    args: z.output<(typeof ARGS)[M]>,
  ) => Result<M> | Promise<Result<M>>;
};

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
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, a) => updateSettings(ctx, a.patch),
};
