// The lines each fixed block of an official document is made of, with their Nghị định 30 sizes,
// weights and spacing: the header, the title, the headings, the signature, the appendix heading.
// The Word writer (word-writer.ts) and the print rendition (html-print-writer.ts) only lay these
// lines out.

import {
  recipientLines,
  signerTitles,
  type HeaderBlockOptions,
  type ParaOptions,
  type SignatureOptions,
} from './document-model';
import {
  appendixRule,
  headerGeometry,
  MOTTO,
  NATIONAL_TITLE,
  SIGNATURE_GAP,
  SIGNATURE_SPACE_LINES,
  signatureColumns,
  SIZE,
  summaryRule,
} from './nd30-profile';

/** A paragraph; `body` ones also take the body style (justified, first-line indent, 1.15). */
export interface Line {
  kind: 'line';
  text: string;
  options: ParaOptions;
  body?: boolean;
}

/** A short centred line `length` twips long, drawn under a title. */
export interface Rule {
  kind: 'rule';
  length: number;
  before?: number;
  after?: number;
}

export type Part = Line | Rule;

const line = (text: string, options: ParaOptions, body = false): Line => ({
  kind: 'line',
  text,
  options,
  body,
});
const rule = (length: number, o: { before?: number; after?: number } = {}): Rule => ({
  kind: 'rule',
  length,
  ...o,
});

/** `I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI`: bold capitals, with the body indent, kept with what follows. */
export function mucLine(roman: string, title: string): Line {
  const caps = title.normalize('NFC').toLocaleUpperCase('vi');
  return line(`${roman}. ${caps}`, { bold: true, keepNext: true, before: 60 }, true);
}

/** `1. Kết quả thực hiện các chỉ tiêu`: bold sentence case, kept with what follows. */
export function khoanLine(text: string): Line {
  return line(text, { bold: true, keepNext: true }, true);
}

/** The two columns at the top of page 1: agency and national title, then number and date. */
export function headerParts(o: HeaderBlockOptions) {
  const g = headerGeometry(o.settings);
  const bottomLeft = [line(o.numberLine, { size: SIZE.number, align: 'center', before: 160 })];
  if (o.letterSubject) {
    bottomLeft.push(
      line(o.letterSubject, {
        size: SIZE.letterSubject,
        align: 'center',
        before: 60,
        left: 200,
        right: 200,
      }),
    );
  }
  return {
    left: g.left,
    right: g.right,
    topLeft: [
      line(g.parent, { size: g.parentSize, align: 'center' }),
      line(g.agency, { size: g.agencySize, bold: true, align: 'center' }),
      rule(g.agencyRule),
    ] as Part[],
    topRight: [
      line(NATIONAL_TITLE, { size: SIZE.nationalTitle, bold: true, align: 'center' }),
      line(MOTTO, { size: SIZE.motto, bold: true, align: 'center' }),
      rule(g.mottoRule),
    ] as Part[],
    bottomLeft,
    bottomRight: [
      line(o.placeDate, { size: SIZE.placeDate, italics: true, align: 'center', before: 160 }),
    ],
  };
}

/** The document type line (`BÁO CÁO`) and the summary under it, with its short line. */
export function titleParts(docType: string, summary: string): Part[] {
  return [
    line(docType, { size: SIZE.docType, bold: true, align: 'center', before: 360, keepNext: true }),
    line(summary, {
      size: SIZE.summary,
      bold: true,
      align: 'center',
      left: 600,
      right: 600,
      keepNext: true,
    }),
    rule(summaryRule(summary), { after: 240 }),
  ];
}

/** "Nơi nhận" on the left, authority, title, space for the signature and the name on the right. */
export function signatureParts(o: SignatureOptions) {
  const s = o.settings;
  const rightLines = signerTitles(s).map((t, i) =>
    line(t, {
      size: SIZE.authority,
      bold: true,
      align: 'center',
      before: i === 0 ? SIGNATURE_GAP : 0,
    }),
  );
  for (let i = 0; i < SIGNATURE_SPACE_LINES; i++) rightLines.push(line('', { size: SIZE.body }));
  rightLines.push(
    line(s.signerName.normalize('NFC').trim(), {
      size: SIZE.signerName,
      bold: true,
      align: 'center',
    }),
  );
  return {
    ...signatureColumns(),
    leftLines: [
      line('Nơi nhận:', {
        size: SIZE.recipientsLabel,
        bold: true,
        italics: true,
        before: SIGNATURE_GAP,
      }),
      ...recipientLines(o.recipients, s.archiveLine).map((l) => line(l, { size: SIZE.recipients })),
    ],
    rightLines,
  };
}

/** "Phụ lục I", its title in capitals, the reference line in italics and a short line. */
export function appendixHeadingParts(roman: string, title: string, reference: string): Part[] {
  const framed = { align: 'center', before: 60, left: 1000, right: 1000 } as const;
  return [
    line(`Phụ lục ${roman}`, { size: SIZE.appendixHeading, bold: true, align: 'center' }),
    line(title.normalize('NFC').toLocaleUpperCase('vi'), {
      size: SIZE.appendixTitle,
      bold: true,
      ...framed,
    }),
    line(reference, { size: SIZE.appendixReference, italics: true, ...framed }),
    rule(appendixRule(reference), { after: 240 }),
  ];
}
