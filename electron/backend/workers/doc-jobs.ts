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
 * them side by side. They also serialise what the database keeps beside the files (the Word job
 * the content for printing, the lighter Excel job the figures they were made from): megabytes of
 * JSON the thread answering calls would otherwise stop for.
 */
export type DocJob =
  | { kind: 'form'; input: FormInput }
  | { kind: 'reportWord'; model: ReportModel }
  | { kind: 'reportExcel'; model: ReportModel; figures: PeriodStatusFull };

export interface DocResults {
  form: { bytes: Uint8Array };
  /** `content` and `figures` as JSON text. */
  reportWord: { docx: Uint8Array; content: string };
  reportExcel: { xlsx: Uint8Array; figures: string };
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
      return { docx, content: JSON.stringify(content) };
    }
    case 'reportExcel':
      return {
        xlsx: await buildExcelAppendices(job.model),
        figures: JSON.stringify(job.figures),
      };
  }
}
