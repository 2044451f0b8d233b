// Words about an agency's submission that the intake screen and the source trace both show: what
// the agency says of a task, and the line of its cover letter.
import { formatVnDate } from '../../../shared/domain/text';
import type { IsoDate } from '../../../shared/domain/types';

/** What an agency says about a task (the same words as the form's dropdown). */
export { REPORTED_STATUS_LABEL } from '../../../shared/domain/status-labels';

/** `215/BC-SNV ngày 05/09/2025`; either part alone; '' when neither is known. */
export function docLine(docNumber: string | null, docDate: IsoDate | null): string {
  const date = docDate ? `ngày ${formatVnDate(docDate)}` : '';
  if (docNumber && date) return `${docNumber} ${date}`;
  if (docNumber) return docNumber;
  return date ? `Văn bản ${date}` : '';
}
