// The documents built off the request path (see doc-pool.ts): what a job takes and gives back.
// Plain data both ways, so it crosses to a worker thread by structured clone.
import type { PeriodStatusFull } from '../../../shared/api';
import { buildAgencyForm, type FormInput } from '../forms/build-form';
import { buildExcelAppendices } from '../reports/excel-appendices';
import { reportContent } from '../reports/report-content';
import type { ReportModel } from '../reports/report-model';
import { writeDocx } from '../reports/word-writer';

/**
 * The Word report and its Excel appendices are two jobs, so that the pool's two threads build
 * them side by side. The Word job also serialises what the database keeps beside the file (the
 * content for printing, the figures it was made from): megabytes of JSON the thread answering
 * calls would otherwise stop for.
 */
export type DocJob =
  | { kind: 'form'; input: FormInput }
  | { kind: 'reportWord'; model: ReportModel; figures: PeriodStatusFull }
  | { kind: 'reportExcel'; model: ReportModel };

export interface DocResults {
  form: { bytes: Uint8Array };
  /** `content` and `figures` as JSON text. */
  reportWord: { docx: Uint8Array; content: string; figures: string };
  reportExcel: { xlsx: Uint8Array };
}

export type DocResult<J extends DocJob> = DocResults[J['kind']];

/** Builds one document; the same code runs in a worker and, as a fallback, in-process. */
export async function runDocJob(job: DocJob): Promise<DocResults[DocJob['kind']]> {
  switch (job.kind) {
    case 'form':
      return { bytes: await buildAgencyForm(job.input) };
    case 'reportWord': {
      const content = reportContent(job.model);
      const docx = await writeDocx(content);
      return { docx, content: JSON.stringify(content), figures: JSON.stringify(job.figures) };
    }
    case 'reportExcel':
      return { xlsx: await buildExcelAppendices(job.model) };
  }
}
