// First-run seeding from the data files under seeds/. Runs once per database: a marker in `meta`
// makes later starts leave the catalogue (and the user's edits) alone.
import agenciesJson from '../../../seeds/agencies.json' with { type: 'json' };
import planJson from '../../../seeds/lai-chau-57/plan.json' with { type: 'json' };
import type { Db } from '../db/connection';
import { insertAgency, insertAssignmentGroup, setSuccessor } from '../db/repositories/agencies';
import {
  countPlans,
  insertIndicator,
  insertPlan,
  insertTask,
  insertTaskGroup,
  type AssigneeLink,
} from '../db/repositories/plans';
import { readMeta, writeMeta, writeSettings } from '../db/repositories/settings';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings-defaults';
import {
  agenciesSeedSchema,
  planSeedSchema,
  type AgenciesSeed,
  type PlanSeed,
} from './seed-schema';

const SEED_MARKER = 'catalogue_seeded';

function loadSeeds(): { agencies: AgenciesSeed; plan: PlanSeed } {
  return {
    agencies: agenciesSeedSchema.parse(agenciesJson),
    plan: planSeedSchema.parse(planJson),
  };
}

/** Seeds an empty database; returns false when it was seeded (or had data) before. */
export function seedIfEmpty(db: Db): boolean {
  if (readMeta(db, SEED_MARKER) !== null) return false;
  const { agencies, plan } = loadSeeds();
  db.transaction(() => {
    if (countPlans(db) === 0) {
      const links = insertAgencies(db, agencies);
      insertPlanSeed(db, plan, links);
      writeSettings(db, DEFAULT_SETTINGS);
    }
    writeMeta(db, SEED_MARKER, new Date().toISOString());
  })();
  return true;
}

function insertAgencies(db: Db, seed: AgenciesSeed): Map<string, AssigneeLink> {
  const links = new Map<string, AssigneeLink>();
  for (const a of seed.agencies) {
    const id = insertAgency(db, { ...a });
    links.set(a.key, { agencyId: id, groupId: null });
  }
  for (const a of seed.agencies) {
    if (a.successor) setSuccessor(db, links.get(a.key)!.agencyId!, agencyId(links, a.successor));
  }
  for (const g of seed.groups) {
    links.set(g.key, { agencyId: null, groupId: insertAssignmentGroup(db, g) });
  }
  return links;
}

function agencyId(links: Map<string, AssigneeLink>, key: string): number {
  const link = links.get(key);
  if (!link || link.agencyId === null) throw new Error(`Seed: unknown agency key "${key}"`);
  return link.agencyId;
}

function insertPlanSeed(db: Db, seed: PlanSeed, links: Map<string, AssigneeLink>): void {
  const planId = insertPlan(db, seed.plan);
  const groupIds = new Map<string, number>();
  seed.groups.forEach((g, i) =>
    groupIds.set(g.code, insertTaskGroup(db, planId, { ...g, position: i + 1 })),
  );
  const link = (key: string): AssigneeLink => {
    const found = links.get(key);
    if (!found) throw new Error(`Seed: unknown agency or group key "${key}"`);
    return found;
  };
  seed.tasks.forEach((t, i) => {
    const groupId = groupIds.get(t.group);
    if (groupId === undefined) throw new Error(`Seed: task ${t.code} has unknown group ${t.group}`);
    insertTask(db, planId, {
      ...t,
      groupId,
      position: i + 1,
      lead: t.lead.map(link),
      partners: t.partners.map(link),
    });
  });
  seed.indicators.forEach((x, i) =>
    insertIndicator(db, planId, {
      ...x,
      parentCode: x.parent,
      agencyId: x.agency ? agencyId(links, x.agency) : null,
      position: i + 1,
    }),
  );
}
