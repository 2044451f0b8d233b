// The reminder letter (công văn đôn đốc) to the agencies that have not reported: a letter has no
// type name, its summary "V/v …" sits under the number (ND30.md, last paragraph of the header).

import { periodLabel } from '../../../shared/domain/periods';
import { formatLongVnDate, formatVnDate } from '../../../shared/domain/text';
import {
  addresseeBlock,
  bodyParagraph,
  headerBlock,
  numberLine,
  para,
  placeDateLine,
  signatureBlock,
  type Block,
  type DocumentContent,
} from './document-model';
import { writeDocx } from './nd30';
import { agencyInSentence } from './nd30-profile';
import {
  addresseeInSentence,
  draftingUnit,
  draftYear,
  planReference,
  planShortName,
  planTitleInSentence,
  type ReminderModel,
} from './report-model';

const DEFAULT_RECIPIENTS = ['Như trên', 'Lãnh đạo Sở'];

/** `SKHCN-VP`: the agency's abbreviation and the drafting unit, as a letter's symbol is made. */
export function letterSymbol(m: ReminderModel): string {
  const unit = draftingUnit(m.settings.archiveLine);
  const abbr = m.settings.abbreviation.trim();
  return unit ? `${abbr}-${unit}` : abbr;
}

/** `V/v đôn đốc báo cáo kết quả thực hiện Kế hoạch … quý III năm 2025`. */
export function letterSubject(m: ReminderModel): string {
  return `V/v đôn đốc báo cáo kết quả thực hiện ${planShortName(m.plan)} ${periodLabel(m.period)}`;
}

function body(m: ReminderModel): Block[] {
  const s = m.settings;
  const agency = agencyInSentence(s.agency);
  const period = periodLabel(m.period);
  const superior = addresseeInSentence(s.addressees[0] ?? 'Ủy ban nhân dân tỉnh', s.place);
  const title = planTitleInSentence(m.plan);
  const deadline = m.newDue ? `trước ngày ${formatVnDate(m.newDue)}` : 'trong thời gian sớm nhất';
  const contact = m.contact?.trim()
    ? m.contact.trim().replace(/[.;]+$/, '')
    : '……………, điện thoại: ………';
  return [
    bodyParagraph(
      `Thực hiện ${planReference(m.plan)}${title ? ` ${title}` : ''}, các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả thực hiện ${period} về ${agency} trước ngày ${formatVnDate(m.due)} để tổng hợp, báo cáo ${superior}.`,
    ),
    bodyParagraph(
      `Đến nay, ${agency} chưa nhận được báo cáo của Quý cơ quan, đơn vị. Để kịp thời tổng hợp, báo cáo ${superior} theo quy định, ${agency} đề nghị Quý cơ quan, đơn vị khẩn trương hoàn thiện báo cáo kết quả thực hiện ${period} (theo biểu mẫu đã gửi kèm) và gửi về ${agency} ${deadline}.`,
    ),
    bodyParagraph(`Thông tin chi tiết, đề nghị liên hệ: ${contact}.`),
    bodyParagraph(`${agency} đề nghị Quý cơ quan, đơn vị quan tâm, phối hợp thực hiện./.`, {
      keepNext: true,
    }),
  ];
}

/** What the letter says, one portrait section. */
export function reminderContent(m: ReminderModel): DocumentContent {
  const s = m.settings;
  const blocks: Block[] = [
    headerBlock({
      settings: s,
      numberLine: numberLine(m.number, letterSymbol(m)),
      letterSubject: letterSubject(m),
      placeDate: placeDateLine(
        s.place,
        m.date ? formatLongVnDate(m.date) : null,
        draftYear(m.period),
      ),
    }),
    para('', { after: 240 }),
    addresseeBlock(m.missing.map((a) => a.name)),
    ...body(m),
    signatureBlock({ settings: s, recipients: m.recipients ?? DEFAULT_RECIPIENTS }),
  ];
  return {
    title: letterSubject(m),
    creator: agencyInSentence(s.agency),
    sections: [{ blocks, landscape: false, restartNumbering: false }],
  };
}

/** The letter as a .docx file. */
export function buildReminderLetter(m: ReminderModel): Promise<Buffer> {
  return writeDocx(reminderContent(m));
}
