// Shape of the seed data files under seeds/; checked on load so a bad edit fails loudly.
import { z } from 'zod';
import { AGENCY_KINDS } from '../../../shared/domain/types';

const key = z.string().regex(/^[a-z0-9-]+$/);

export const agenciesSeedSchema = z.object({
  agencies: z.array(
    z.object({
      key,
      name: z.string().min(1),
      shortName: z.string().nullable(),
      aliases: z.array(z.string()),
      kind: z.enum(AGENCY_KINDS),
      active: z.boolean(),
      successor: key.nullable(),
      reports: z.boolean(),
    }),
  ),
  groups: z.array(
    z.object({ key, name: z.string().min(1), memberKinds: z.array(z.enum(AGENCY_KINDS)) }),
  ),
});

export const planSeedSchema = z.object({
  plan: z.object({
    key,
    number: z.string(),
    symbol: z.string(),
    issuer: z.string(),
    issuedOn: z.string().nullable(),
    title: z.string(),
  }),
  groups: z.array(z.object({ code: z.string(), title: z.string() })),
  tasks: z.array(
    z.object({
      group: z.string(),
      number: z.string(),
      code: z.string(),
      text: z.string().min(1),
      leadText: z.string(),
      lead: z.array(key),
      partnersText: z.string(),
      partners: z.array(key),
      output: z.string(),
      deadlineText: z.string(),
    }),
  ),
  indicators: z.array(
    z.object({
      code: z.string(),
      parent: z.string().nullable(),
      horizon: z.number().int(),
      text: z.string().min(1),
      unit: z.string(),
      targetText: z.string(),
      agencyText: z.string(),
      agency: key.nullable(),
    }),
  ),
});

export type AgenciesSeed = z.infer<typeof agenciesSeedSchema>;
export type PlanSeed = z.infer<typeof planSeedSchema>;
