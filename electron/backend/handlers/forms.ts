import type { GeneratedFile } from '../../../shared/api';
import { foldVietnamese } from '../../../shared/domain/text';
import type { AgencyRef } from '../../../shared/domain/types';
import { AppError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import { buildAgencyForm } from '../forms/build-form';
import { activeCatalogue } from './catalogue';
import { scopeOf } from './period-scope';
import { resolvePeriod } from './periods';
import { getSettings } from './settings';

/** One pre-filled form per expected agency (or the ones asked for). */
export async function generateForms(
  ctx: BackendContext,
  periodKey: string,
  agencyIds?: number[],
): Promise<{ files: (GeneratedFile & { agency: AgencyRef })[] }> {
  const { c, plan } = activeCatalogue(ctx);
  const period = resolvePeriod(ctx, plan, periodKey);
  const settings = getSettings(ctx);
  const scope = scopeOf(ctx, c, plan);
  const expected = scope.expected;
  const chosen = agencyIds ? c.agencies.filter((a) => agencyIds.includes(a.id)) : expected;
  if (agencyIds && chosen.length !== agencyIds.length)
    throw new AppError('NOT_FOUND', 'Có đơn vị được chọn không còn trong danh sách.');
  const files = [];
  for (const agency of chosen) {
    const work = scope.workOf(agency.id);
    const bytes = await buildAgencyForm({
      plan,
      period,
      agency,
      tasks: work.tasks,
      indicators: work.indicators,
      settings,
      groups: c.groups.filter((g) => g.planId === plan.id),
      generatedOn: ctx.today(),
    });
    files.push({
      agency: { id: agency.id, name: agency.name },
      fileName: formFileName(period.key, agency.shortName ?? agency.name),
      data: Buffer.from(bytes).toString('base64'),
    });
  }
  return { files };
}

/** `BieuMau_2025-Q3_so-noi-vu.xlsx`: ASCII so it survives e-mail and the document system. */
export function formFileName(period: string, agencyName: string): string {
  const slug = foldVietnamese(agencyName)
    .replace(/&/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `BieuMau_${period}_${slug}.xlsx`;
}
