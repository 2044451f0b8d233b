// The documents built off the request path (see doc-pool.ts): what a job takes and gives back.
// Plain data both ways, so it crosses to a worker thread by structured clone.
import { buildAgencyForm, type FormInput } from '../forms/build-form';
import type { DocumentContent } from '../reports/document-model';
import { buildExcelAppendices } from '../reports/excel-appendices';
import { writeDocx } from '../reports/word-writer';
import { reportContent } from '../reports/report-content';
import type { ReportModel } from '../reports/report-model';

export type DocJob = { kind: 'form'; input: FormInput } | { kind: 'report'; model: ReportModel };

export interface DocResults {
  form: { bytes: Uint8Array };
  report: { content: DocumentContent; docx: Uint8Array; xlsx: Uint8Array };
}

export type DocResult<J extends DocJob> = DocResults[J['kind']];

/** Builds one document; the same code runs in a worker and, as a fallback, in-process. */
export async function runDocJob(job: DocJob): Promise<DocResults[DocJob['kind']]> {
  switch (job.kind) {
    case 'form':
      return { bytes: await buildAgencyForm(job.input) };
    case 'report': {
      const content = reportContent(job.model);
      const [docx, xlsx] = await Promise.all([writeDocx(content), buildExcelAppendices(job.model)]);
      return { content, docx, xlsx };
    }
  }
}
