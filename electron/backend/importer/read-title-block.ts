// The title block of an agency's own report: agency, period, the cover letter's number and date,
// the person and phone under the table (which known agency a line names: match-agency.ts).

import type { ImportHeader } from '../../../shared/domain/import-types';
import { parsePeriodFromText } from '../../../shared/domain/periods';
import { foldVietnamese, parseVnDate } from '../../../shared/domain/text';
import type { IsoDate } from '../../../shared/domain/types';

const AGENCY_LINE =
  /^(?:so\s+(?!lieu\b|thu tu\b)[a-z]|cong an|bo chi huy|ban quan ly|ngan hang|cuc thue|thue tinh|van phong|thanh tra|truong cao dang|truong|lien hiep|uy ban nhan dan (?:xa|phuong)|ubnd (?:xa|phuong)|dai phat thanh|hiep hoi|ban (?:tuyen giao|dan toc)|bo doi)/;
// Written with or without diacritics ("Kem theo Bao cao so 2241/BC-BDBP ngay 10/9/2025").
const DOC_IN_TEXT =
  /(?:báo cáo|bao cao|công văn|cong van|văn bản|van ban|tờ trình|to trinh|bc|cv)\s+(?:số|so)\s*:?\s*(\d+[\p{L}\p{N}]*\s*\/\s*[\p{L}\p{N}.\-/]+)/iu;
// A sentence that cites another body's document ("Thực hiện Công văn số 1105/SKHCN-QLCN …") names
// the request, not this report.
const CITES_OTHER =
  /^(?:thực hiện|thuc hien|căn cứ|can cu|theo|kính gửi|kinh gui|phúc đáp|trả lời)\b/iu;
const DOC_LINE = /^(?:số|so)\s*:?\s*(\d+[\p{L}\p{N}]*\s*\/\s*[\p{L}\p{N}.\-/]+)/iu;
// A title line that states only the period, without a year ("Kỳ báo cáo: Quý III", "(Quý III)").
const PERIOD_ONLY =
  /^\(?\s*(?:ky bao cao\s*:?\s*)?(?:quy\s+(?:iv|i{1,3}|[1-4])|(?:6|sau) thang (?:dau|cuoi) nam|9 thang(?: dau nam)?|thang\s+(?:1[0-2]|0?[1-9]))\s*\)?\s*\.?$/;
const DATE_AFTER =
  /(?:ngày|ngay)\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s*(?:tháng|thang)\s*\d{1,2}\s*(?:năm|nam)\s*\d{4})/iu;

export function headerFrom(lines: string[], footer: string[]): ImportHeader {
  let agencyText: string | null = null;
  let parent: string | null = null;
  for (const line of lines) {
    const f = foldVietnamese(line);
    if (/^(?:ubnd|uy ban nhan dan) tinh\b/.test(f)) {
      parent = line; // the parent body
      continue;
    }
    if (AGENCY_LINE.test(f)) {
      // "UBND TỈNH LAI CHÂU / VĂN PHÒNG": the office is the People's Committee's own.
      agencyText = f === 'van phong' && parent ? `${line} ${parent}` : line;
      break;
    }
  }
  if (!agencyText) {
    for (const line of lines) {
      const m =
        /(?:\bcủa\s+|(?:^|\s)đơn vị(?: báo cáo)?\s*:\s*)((?:Sở|Công an|Ban|Bộ Chỉ huy|Văn phòng|Ngân hàng|Cục|Thuế|UBND|Ủy ban nhân dân|Trường|Liên hiệp)[^()\n;,]*)/iu.exec(
          line,
        );
      if (m && !/tỉnh\s*$/iu.test(m[1] ?? '')) {
        agencyText = (m[1] ?? '').trim();
        break;
      }
    }
  }

  let periodText: string | null = null;
  for (const line of lines) {
    if (/^\(?\s*kèm theo/iu.test(line)) continue;
    if (parsePeriodFromText(line)) {
      periodText = line;
      break;
    }
  }
  // "… NĂM 2025" over "Kỳ báo cáo: Quý III": a line that is only the period, without its year,
  // narrows the year the title names.
  const year = periodText ? parsePeriodFromText(periodText) : null;
  if (year && /^\d{4}$/.test(year)) {
    for (const line of lines) {
      if (!PERIOD_ONLY.test(foldVietnamese(line).trim())) continue;
      const finer = `${line.trim()} năm ${year}`;
      if (parsePeriodFromText(finer)?.startsWith(`${year}-`)) {
        periodText = finer;
        break;
      }
    }
  }

  let docNumber: string | null = null;
  let docDate: IsoDate | null = null;
  for (const line of lines) {
    if (CITES_OTHER.test(line)) continue;
    const m = DOC_IN_TEXT.exec(line);
    if (!m) continue;
    docNumber = (m[1] ?? '').replace(/\s+/g, '');
    const d = DATE_AFTER.exec(line.slice((m.index ?? 0) + m[0].length));
    docDate = d ? (parseVnDate(d[1] ?? '') ?? parseVnDate(`ngày ${d[1] ?? ''}`)) : null;
    break;
  }
  if (!docNumber) {
    for (const line of lines) {
      const m = DOC_LINE.exec(line);
      if (m) {
        docNumber = (m[1] ?? '').replace(/\s+/g, '');
        break;
      }
    }
  }
  if (!docDate) {
    // The place-date line of a formal report: "Lai Châu, ngày 05 tháng 9 năm 2025" — under the
    // number in the title block, or (without a number) over the signature under the table.
    for (const line of docNumber ? lines : [...lines, ...footer]) {
      const d =
        /,\s*(?:ngày|ngay)\s*(\d{1,2}\s*(?:tháng|thang)\s*\d{1,2}\s*(?:năm|nam)\s*\d{4})/iu.exec(
          line,
        );
      if (d) {
        docDate = parseVnDate(`ngày ${d[1] ?? ''}`);
        break;
      }
    }
  }

  let person: string | null = null;
  let phone: string | null = null;
  for (const line of footer) {
    const p =
      /(?:người lập(?: biểu)?|người tổng hợp|cán bộ (?:tổng hợp|phụ trách))\s*:\s*([^,;(]+)/iu.exec(
        line,
      );
    if (p && !person) person = (p[1] ?? '').trim() || null;
    const t = /(?:điện thoại|đt|sđt)\s*:?\s*(\+?\d[\d .]{7,}\d)/iu.exec(line);
    if (t && !phone) phone = (t[1] ?? '').replace(/[ .]/g, '');
  }

  return {
    agencyText,
    periodText,
    docNumber,
    docDate,
    person,
    phone,
    summary: null,
    difficulties: null,
    proposals: null,
  };
}
