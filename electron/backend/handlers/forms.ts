import type { GeneratedFile } from '../../../shared/api';
import { foldVietnamese } from '../../../shared/domain/text';
import type { AgencyRef } from '../../../shared/domain/types';
import { AppError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import { formInput } from '../forms/form-input';
import { docPool } from '../workers/doc-pool';
import { activeCatalogue } from './catalogue';
import { scopeOf } from './period-scope';
import { resolvePeriod } from './periods';
import { getSettings } from './settings';

export interface FormFile {
  agency: AgencyRef;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * One pre-filled form per expected agency (or the ones asked for), built on the document pool's
 * threads; `onProgress` hears of each finished form. The catalogue is read before the first
 * await, so the forms are of one moment even if the data changes meanwhile.
 */
export async function buildForms(
  ctx: BackendContext,
  periodKey: string,
  agencyIds?: number[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ period: string; files: FormFile[] }> {
  const { c, plan } = activeCatalogue(ctx);
  const period = resolvePeriod(ctx, plan, periodKey);
  const settings = getSettings(ctx);
  const scope = scopeOf(ctx, c, plan);
  const chosen = agencyIds ? c.agencies.filter((a) => agencyIds.includes(a.id)) : scope.expected;
  if (agencyIds && chosen.length !== agencyIds.length)
    throw new AppError('NOT_FOUND', 'Có đơn vị được chọn không còn trong danh sách.');
  const groups = c.groups.filter((g) => g.planId === plan.id);
  const generatedOn = ctx.today();
  let done = 0;
  onProgress?.(0, chosen.length);
  const made: Promise<FormFile>[] = [];
  for (const agency of chosen) {
    const work = scope.workOf(agency.id);
    const built = docPool().run({
      kind: 'form',
      input: formInput({ plan, period, agency, ...work, settings, groups, generatedOn }),
    });
    made.push(
      built.then(({ bytes }) => {
        onProgress?.(++done, chosen.length);
        return {
          agency: { id: agency.id, name: agency.name },
          fileName: formFileName(period.key, agency.shortName ?? agency.name),
          bytes,
        };
      }),
    );
    // A turn of the event loop between agencies: working out 60 agencies' share of a 750-task
    // plan and handing each to the pool in one go held other calls up (the data is read above).
    await otherCallsFirst();
  }
  return { period: period.key, files: await Promise.all(made) };
}

/** The forms as one response (a single agency's form, the CLI, tests). */
export async function generateForms(
  ctx: BackendContext,
  periodKey: string,
  agencyIds?: number[],
): Promise<{ files: (GeneratedFile & { agency: AgencyRef })[] }> {
  const { files } = await buildForms(ctx, periodKey, agencyIds);
  return {
    files: files.map((f) => ({
      agency: f.agency,
      fileName: f.fileName,
      data: Buffer.from(f.bytes).toString('base64'),
    })),
  };
}

function otherCallsFirst(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** `BieuMau_2025-Q3_so-noi-vu.xlsx`: ASCII so it survives e-mail and the document system. */
function formFileName(period: string, agencyName: string): string {
  const slug = foldVietnamese(agencyName)
    .replace(/&/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `BieuMau_${period}_${slug}.xlsx`;
}
