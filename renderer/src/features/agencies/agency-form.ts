import type { AgencyInput } from '../../../../shared/api';
import type { Agency } from '../../../../shared/domain/types';

export type AgencyFormValues = AgencyInput;

export const AGENCY_FORM_FIELDS = ['name', 'shortName', 'aliases', 'kind', 'reports', 'active'];

export const NEW_AGENCY: AgencyFormValues = {
  name: '',
  shortName: null,
  aliases: [],
  kind: 'department',
  reports: true,
  active: true,
};

export function agencyFormValues(a: Agency): AgencyFormValues {
  return {
    name: a.name,
    shortName: a.shortName,
    aliases: a.aliases,
    kind: a.kind,
    reports: a.reports,
    active: a.active,
  };
}

/** The form's values as the API wants them: blank short name → null. */
export function cleanAgencyValues(v: AgencyFormValues): AgencyFormValues {
  const shortName = (v.shortName ?? '').trim();
  return { ...v, shortName: shortName === '' ? null : shortName, aliases: v.aliases ?? [] };
}

export function agencyPatch(
  before: AgencyFormValues,
  after: AgencyFormValues,
): Partial<AgencyInput> {
  const patch: Partial<AgencyInput> = {};
  if (after.name !== before.name) patch.name = after.name;
  if (after.shortName !== before.shortName) patch.shortName = after.shortName;
  if (after.aliases.join('\n') !== before.aliases.join('\n')) patch.aliases = after.aliases;
  if (after.kind !== before.kind) patch.kind = after.kind;
  if (after.reports !== before.reports) patch.reports = after.reports;
  if (after.active !== before.active) patch.active = after.active;
  return patch;
}
