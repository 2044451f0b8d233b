// The period report as a .docx file: the report's content laid out by the Word writer.
import { writeDocx } from './nd30';
import { reportContent } from './report-content';
import type { ReportModel } from './report-model';

export async function buildWordReport(m: ReportModel): Promise<Buffer> {
  return writeDocx(reportContent(m));
}
