// The reminder letter (công văn đôn đốc) to the agencies that have not reported: a letter has no
// type name, its summary "V/v …" sits under the number (ND30.md, last paragraph of the header).

import { periodLabel } from '../../../shared/domain/periods';
import { formatLongVnDate, formatVnDate } from '../../../shared/domain/text';
import { abbreviationDefiner, parseGlossary } from '../../../shared/domain/glossary';
import {
  addresseeBlock,
  bodyParagraph,
  dataTable,
  headerBlock,
  numberLine,
  para,
  placeDateLine,
  signatureBlock,
  type Block,
  type DocumentContent,
} from './document-model';
import { agencyInSentence, PORTRAIT_TEXT_WIDTH } from './nd30-profile';
import {
  addresseeInSentence,
  draftingUnit,
  draftYear,
  periodShort,
  planReference,
  planShortName,
  planTitleInSentence,
  type ReminderModel,
} from './report-model';

const DEFAULT_RECIPIENTS = ['Như trên', 'Lãnh đạo Sở'];

/**
 * Agencies named after "Kính gửi" while the letter still fits one page; more are addressed as
 * "Các cơ quan, đơn vị (có danh sách kèm theo)" with the list on a page of its own, as offices do.
 */
export const NAMED_ADDRESSEES_MAX = 6;

const LISTED_ADDRESSEE = 'Các cơ quan, đơn vị (có danh sách kèm theo)';

/** `bà Nguyễn Thị Hoa, Văn phòng Sở, điện thoại: 0213.3876.123`, from the settings. */
export function contactLine(person?: string | null, phone?: string | null): string | null {
  const p = (person ?? '').trim().replace(/[.;,]+$/, '');
  const t = (phone ?? '').trim();
  if (p === '' && t === '') return null;
  return [p, t !== '' ? `điện thoại: ${t}` : ''].filter((x) => x !== '').join(', ');
}

/** `SKHCN-VP`: the agency's abbreviation and the drafting unit, as a letter's symbol is made. */
function letterSymbol(m: ReminderModel): string {
  const unit = draftingUnit(m.settings.archiveLine);
  const abbr = m.settings.abbreviation.trim();
  return unit ? `${abbr}-${unit}` : abbr;
}

/** `V/v đôn đốc báo cáo kết quả thực hiện Kế hoạch … trong quý III/2025`. */
function letterSubject(m: ReminderModel): string {
  return `V/v đôn đốc báo cáo kết quả thực hiện ${planShortName(m.plan)} trong ${periodShort(m.period)}`;
}

function body(m: ReminderModel): Block[] {
  const s = m.settings;
  const agency = agencyInSentence(s.agency);
  const period = periodLabel(m.period);
  const superior = addresseeInSentence(s.addressees[0] ?? 'Ủy ban nhân dân tỉnh', s.place);
  const title = planTitleInSentence(m.plan);
  const deadline = `trước ngày ${formatVnDate(m.newDue ?? m.due)}`;
  const contact = m.contact?.trim()
    ? m.contact.trim().replace(/[.;]+$/, '')
    : '……………, điện thoại: ………';
  const define = abbreviationDefiner(parseGlossary(s.glossary ?? []));
  return [
    bodyParagraph(
      `Thực hiện ${planReference(m.plan)}${title ? ` ${title}` : ''}, các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả thực hiện ${period} về ${agency} trước ngày ${formatVnDate(m.due)} để tổng hợp, báo cáo ${superior}.`,
    ),
    bodyParagraph(
      `Đến nay, ${agency} chưa nhận được báo cáo của Quý cơ quan, đơn vị. Để kịp thời tổng hợp, báo cáo ${superior} theo quy định, ${agency} đề nghị Quý cơ quan, đơn vị khẩn trương hoàn thiện báo cáo kết quả thực hiện ${period} (theo biểu mẫu đã gửi kèm) và gửi về ${agency} ${deadline}.`,
    ),
    bodyParagraph(`Thông tin chi tiết, đề nghị liên hệ: ${contact}.`),
  ]
    .map((b) => (b.kind === 'paragraph' ? { ...b, text: define(b.text) } : b))
    .concat([
      bodyParagraph(`${agency} đề nghị Quý cơ quan, đơn vị quan tâm, phối hợp thực hiện./.`, {
        keepNext: true,
      }),
    ]);
}

/** The attached list of agencies, on a page of its own after the letter. */
function attachedList(m: ReminderModel): Block[] {
  const n = m.number?.trim() ?? '';
  const number = n === '' ? '……' : n;
  const date = m.date ? formatLongVnDate(m.date) : `ngày …… tháng …… năm ${draftYear(m.period)}`;
  const agency = agencyInSentence(m.settings.agency);
  return [
    para('DANH SÁCH CÁC CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO', {
      bold: true,
      align: 'center',
      size: 28,
    }),
    para(`(Kèm theo Công văn số ${number}/${letterSymbol(m)} ${date} của ${agency})`, {
      italics: true,
      align: 'center',
      size: 28,
      after: 240,
    }),
    dataTable({
      widths: [900, PORTRAIT_TEXT_WIDTH - 900],
      header: ['STT', 'Cơ quan, đơn vị'],
      rows: m.missing.map((a, i) => [
        { lines: [String(i + 1)], align: 'center' as const },
        { lines: [a.name] },
      ]),
      size: 26,
    }),
  ];
}

/** What the letter says, one portrait section. */
export function reminderContent(m: ReminderModel): DocumentContent {
  const s = m.settings;
  const listed = m.missing.length > NAMED_ADDRESSEES_MAX;
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
    addresseeBlock(listed ? [LISTED_ADDRESSEE] : m.missing.map((a) => a.name)),
    ...body(m),
    signatureBlock({ settings: s, recipients: m.recipients ?? DEFAULT_RECIPIENTS }),
  ];
  const sections = [{ blocks, landscape: false, restartNumbering: false }];
  if (listed) sections.push({ blocks: attachedList(m), landscape: false, restartNumbering: true });
  return {
    title: letterSubject(m),
    creator: agencyInSentence(s.agency),
    sections,
  };
}
