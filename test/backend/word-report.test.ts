// The Word report and the reminder letter, checked in the .docx XML against the Nghị định 30
// profile (shared/design/ND30.md): page set-up per section, fonts, sizes of each header element,
// the date rule, repeated table headers, and the counts of section II against the model.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../shared/api';
import { DEFAULT_GLOSSARY } from '../../shared/domain/glossary';
import { draftNarrative } from '../../shared/domain/narrative';
import { periodFromKey } from '../../shared/domain/periods';
import { indicatorAssessment } from '../../shared/domain/status';
import { TASK_STATUS_LABEL, TASK_STATUS_ORDER } from '../../shared/domain/status-labels';
import { targetProgress } from '../../shared/domain/target';
import type {
  AgencyRef,
  AgencyReport,
  DocumentSettings,
  IndicatorStatusRow,
  RegisterRow,
  ReportedStatus,
  TaskStatus,
  TaskStatusFull,
} from '../../shared/domain/types';
import { numberLine } from '../../electron/backend/reports/document-model';
import { agencyInSentence, MOTTO } from '../../electron/backend/reports/nd30-profile';
import { textWidth } from '../../electron/backend/typography/times-metrics';
import { writeDocx } from '../../electron/backend/reports/word-writer';
import { reminderContent } from '../../electron/backend/reports/reminder-letter';
import { reportContent } from '../../electron/backend/reports/report-content';
import { planShortName } from '../../electron/backend/reports/report-model';
import type { ReminderModel, ReportModel } from '../../electron/backend/reports/report-model';
import { memoryBackend } from './helpers';

// ---------------------------------------------------------------------------------------------
// A quarter as the secretariat would compile it, built on the seeded plan

const SETTINGS: DocumentSettings = {
  parentAgency: 'UBND TỈNH LAI CHÂU',
  agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  abbreviation: 'SKHCN',
  place: 'Lai Châu',
  signerAuthority: 'KT. GIÁM ĐỐC',
  signerTitle: 'PHÓ GIÁM ĐỐC',
  // Decomposed (NFD), as typed on a Mac: the document must hold NFC.
  signerName: 'Lò Văn Thắng'.normalize('NFD'),
  addressees: ['Ủy ban nhân dân tỉnh Lai Châu'],
  recipients: ['Như trên', 'Bộ Khoa học và Công nghệ', 'Lãnh đạo Sở'],
  archiveLine: 'Lưu: VT, VP',
};

const PROGRESS: Record<string, string> = {
  'I.1':
    'Đã tham mưu UBND tỉnh ban hành Kế hoạch số 112/KH-UBND ngày 14/3/2025 về tuyên truyền Nghị quyết 57-NQ/TW; đăng tải 46 tin, bài trên Cổng thông tin điện tử tỉnh.',
  'I.5': 'Tổ chức 03 lớp bồi dưỡng kỹ năng số cho 215 cán bộ quản lý, giáo viên.',
  'II.2':
    'Đang dự thảo Quyết định sửa đổi Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh.',
  'III.1': 'Dự toán năm 2025 bố trí 1,2% tổng chi ngân sách địa phương cho KH,CN, ĐMST và CĐS.',
  'IV.1': 'Hoàn thành rà soát chương trình đào tạo nghề gắn với chuyển đổi số.',
  'V.3': 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 58,4%.',
};

/** Status by deadline kind, with a few chosen exceptions so that every status occurs. */
function statusFor(code: string, kind: string, due: string | null): TaskStatus {
  if (code === 'I.2') return 'done_late';
  if (code === 'II.5') return 'overdue';
  if (code === 'III.12') return 'no_report';
  if (code === 'IV.6') return 'not_started';
  if (kind === 'recurring') return code.endsWith('.9') ? 'no_report' : 'ongoing';
  if (kind === 'conditional') return 'waiting';
  if (due !== null && due <= '2025-09-30') return 'done_on_time';
  return 'in_progress';
}

const REPORTED: Record<TaskStatus, ReportedStatus | null> = {
  done_on_time: 'done',
  done_late: 'done',
  in_progress: 'in_progress',
  not_started: 'not_started',
  overdue: 'in_progress',
  ongoing: 'in_progress',
  waiting: 'not_started',
  no_report: null,
};

const NARRATIVE: ReportModel['narrative'] = [
  {
    key: 'I',
    title: 'Công tác chỉ đạo, triển khai',
    paragraphs: [
      'Sở Khoa học và Công nghệ đã ban hành Công văn số 1025/SKHCN-VP ngày 15/8/2025 đề nghị các cơ quan, đơn vị báo cáo kết quả thực hiện quý III năm 2025 theo biểu mẫu thống nhất.',
    ],
  },
  {
    key: 'II',
    title: 'Kết quả thực hiện',
    paragraphs: [
      '1. Về các chỉ tiêu',
      'Các chỉ tiêu về dịch vụ công trực tuyến có chuyển biến tích cực.',
      '2. Về các nhiệm vụ',
      'a) Nhóm nhiệm vụ I: Nâng cao nhận thức, đột phá về đổi mới tư duy',
      '- Sở Khoa học và Công nghệ: đã tham mưu ban hành Kế hoạch tuyên truyền.',
      '+ Đăng tải 46 tin, bài trên Cổng thông tin điện tử tỉnh.',
    ],
  },
  {
    key: 'III',
    title: 'Đánh giá chung',
    paragraphs: [
      '1. Ưu điểm',
      'Các sở, ban, ngành đã quan tâm triển khai các nhiệm vụ được giao.',
      '2. Tồn tại, hạn chế',
      'Một số đơn vị gửi báo cáo chậm, chất lượng báo cáo chưa cao.',
    ],
  },
  {
    key: 'IV',
    title: 'Phương hướng, nhiệm vụ kỳ tới',
    paragraphs: ['Tiếp tục đôn đốc hoàn thành các nhiệm vụ quá hạn.'],
  },
  {
    key: 'V',
    title: 'Đề xuất, kiến nghị',
    paragraphs: ['Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí cho chuyển đổi số năm 2026.'],
  },
];

function buildModel(c: Catalogue): ReportModel {
  const period = periodFromKey('2025-Q3');
  const plan = c.plans[0]!;
  const ref = (name: string): AgencyRef => {
    const a = c.agencies.find((x) => x.name === name);
    if (!a) throw new Error(`Không có đơn vị ${name} trong danh mục`);
    return { id: a.id, name: a.name };
  };
  let submissionId = 100;
  const report = (
    agency: AgencyRef,
    status: ReportedStatus | null,
    progress: string | null,
    completedOn: string | null = null,
  ): AgencyReport => ({
    agency,
    submissionId: submissionId++,
    version: 1,
    status,
    completedOn,
    progress,
    difficulties: null,
    proposals: null,
  });
  const tasks: TaskStatusFull[] = c.tasks.map((t) => {
    const status = statusFor(t.code, t.deadline.kind, t.deadline.due);
    const lead = t.lead.flatMap((a) =>
      a.type === 'agency' ? [{ id: a.currentId, name: a.currentName }] : [],
    );
    const completedOn =
      status === 'done_on_time' ? t.deadline.due : status === 'done_late' ? '2025-04-15' : null;
    const leadReports =
      status === 'no_report'
        ? []
        : lead
            .slice(0, 1)
            .map((a) => report(a, REPORTED[status], PROGRESS[t.code] ?? null, completedOn));
    let conflict = false;
    if (t.code === 'IV.1') {
      // The two lead agencies disagree: shown side by side, never merged.
      leadReports[0] = { ...leadReports[0]!, status: 'done' };
      leadReports.push(
        report(
          ref('Trường Cao đẳng Lai Châu'),
          'in_progress',
          'Đang xây dựng 02 chương trình đào tạo ngắn hạn về kỹ năng số.',
        ),
      );
      conflict = true;
    }
    const partnerReports =
      t.code === 'I.1'
        ? [
            report(
              ref('Sở Nội vụ'),
              'in_progress',
              'Phối hợp đưa nội dung Nghị quyết 57-NQ/TW vào chương trình bồi dưỡng cán bộ, công chức, viên chức năm 2025; đã tổ chức 02 lớp cho 120 học viên tại Trường Chính trị tỉnh và tiếp tục mở lớp trong quý IV theo kế hoạch đã được phê duyệt.',
            ),
          ]
        : [];
    return {
      taskId: t.id,
      code: t.code,
      group: t.group,
      number: t.number,
      text: t.text,
      lead: t.lead,
      deadline: t.deadline,
      status,
      reported: leadReports.length > 0,
      leadReports,
      leadCount: leadReports.length,
      leadSubmissionIds: leadReports.map((r) => r.submissionId),
      partnerCount: partnerReports.length,
      partnerReports,
      conflict,
    };
  });
  const values: Record<string, [number, string, string | null]> = {
    '3': [35.2, '35,2', null],
    '4': [9.5, '9,5', 'Ước tính của Sở Tài chính'],
    '6.1': [62.4, '62,4', null],
    '6.3': [100, '100', null],
    '7': [71.3, '71,3', null],
    '13.2': [99.1, '99,1', null],
    '21': [58, '58', 'Xếp hạng PII năm 2024'],
  };
  const indicators: IndicatorStatusRow[] = c.indicators.map((i) => {
    const v = values[i.code];
    const value = v?.[0] ?? null;
    const judgement = i.code === '1' ? 'met' : null;
    const agency = i.agency ? { id: i.agency.currentId, name: i.agency.currentName } : null;
    return {
      indicatorId: i.id,
      code: i.code,
      parent: i.parent,
      text: i.text,
      unit: i.unit,
      target: i.target,
      horizon: i.horizon,
      value,
      valueText: v?.[1] ?? null,
      note: v?.[2] ?? null,
      assessment: indicatorAssessment(i.target, value, judgement, {
        horizon: i.horizon,
        periodEnd: period.end,
      }),
      progress: i.target ? targetProgress(i.target, value) : null,
      judgement,
      reportedBy: v ? agency : null,
      agency,
    };
  });
  const expected = c.agencies.filter((a) => a.reports && a.active);
  const register: RegisterRow[] = expected.map((a, k) => {
    const state = k % 5 === 3 ? 'missing' : k % 7 === 2 ? 'late' : 'on_time';
    return {
      agency: { id: a.id, name: a.name },
      expected: true,
      state,
      versions: k === 4 ? 2 : state === 'missing' ? 0 : 1,
      submission:
        state === 'missing'
          ? null
          : {
              id: 500 + k,
              agency: { id: a.id, name: a.name },
              period: period.key,
              fileName: `BC_Q3_2025_${k}.xlsx`,
              sha256: 'a'.repeat(64),
              source: 'form',
              receivedOn: state === 'late' ? '2025-09-15' : '2025-09-08',
              docNumber: `${200 + k}/BC-DV${k}`,
              docDate: '2025-09-05',
              version: 1,
              superseded: false,
              withdrawn: false,
              withdrawnReason: null,
              createdAt: '2025-09-08T08:00:00Z',
            },
    };
  });
  // An agency not asked to report sends one anyway (on time, had it had a deadline).
  const unasked = c.agencies.find((a) => !a.reports && a.active)!;
  register.push({
    agency: { id: unasked.id, name: unasked.name },
    expected: false,
    state: 'on_time',
    versions: 1,
    submission: { ...register.find((r) => r.submission)!.submission!, id: 900, agency: unasked },
  });
  return {
    settings: SETTINGS,
    plan,
    period,
    number: null,
    date: null,
    narrative: NARRATIVE,
    tasks,
    indicators,
    register,
    groups: c.groups,
  };
}

// ---------------------------------------------------------------------------------------------
// Reading the .docx

interface Docx {
  files: Record<string, string>;
  document: string;
}

function open(buffer: Buffer): Docx {
  const raw = unzipSync(new Uint8Array(buffer));
  const files: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(raw)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) files[name] = strFromU8(bytes);
  }
  return { files, document: files['word/document.xml'] ?? '' };
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

interface Run {
  rPr: string;
  text: string;
}

/** Every w:r with its properties and its text (a non-breaking hyphen reads as "-"). */
function runsOf(xml: string): Run[] {
  return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => {
    const inner = m[1] ?? '';
    const rPr = /<w:rPr>(.*?)<\/w:rPr>/s.exec(inner)?.[1] ?? '';
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>|<w:noBreakHyphen\/>|<w:tab\/>/gs)]
      .map((t) => (t[0].startsWith('<w:noBreak') ? '-' : t[0] === '<w:tab/>' ? '\t' : t[1]))
      .join('');
    return { rPr, text: decode(text) };
  });
}

/** Paragraph texts in document order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((m) =>
    runsOf(m[1] ?? m[2] ?? '')
      .map((r) => r.text)
      .join(''),
  );
}

/** The run that carries `text` (whole run text, or its start). */
function runWith(d: Docx, text: string): Run {
  const run = runsOf(d.document).find((r) => r.text === text || r.text.startsWith(text));
  if (!run) throw new Error(`Không thấy "${text}" trong document.xml`);
  return run;
}

const size = (r: Run) => Number(/<w:sz w:val="(\d+)"/.exec(r.rPr)?.[1]);
const bold = (r: Run) => /<w:b\/>|<w:b w:val="(?:true|1)"\/>/.test(r.rPr);
const italic = (r: Run) => /<w:i\/>|<w:i w:val="(?:true|1)"\/>/.test(r.rPr);

interface Section {
  w: number;
  h: number;
  orient: string | null;
  margin: Record<'top' | 'bottom' | 'left' | 'right', number>;
  titlePg: boolean;
  start: number | null;
  headers: { default: string; first: string };
}

function attr(tag: string, name: string): string | null {
  return new RegExp(`w:${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

function attrOf(tag: string, name: string): string {
  return new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

function sections(d: Docx): Section[] {
  const rels = new Map(
    [...(d.files['word/_rels/document.xml.rels'] ?? '').matchAll(/<Relationship [^>]*>/g)].map(
      (m) => [attrOf(m[0], 'Id'), attrOf(m[0], 'Target')],
    ),
  );
  return [...d.document.matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/gs)].map((m) => {
    const s = m[1] ?? '';
    const pgSz = /<w:pgSz [^>]*>/.exec(s)?.[0] ?? '';
    const pgMar = /<w:pgMar [^>]*>/.exec(s)?.[0] ?? '';
    const header = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(s)?.[1];
      return d.files[`word/${rels.get(id ?? '') ?? ''}`] ?? '';
    };
    const start = /<w:pgNumType [^>]*w:start="(\d+)"/.exec(s)?.[1];
    return {
      w: Number(attr(pgSz, 'w')),
      h: Number(attr(pgSz, 'h')),
      orient: attr(pgSz, 'orient'),
      margin: {
        top: Number(attr(pgMar, 'top')),
        bottom: Number(attr(pgMar, 'bottom')),
        left: Number(attr(pgMar, 'left')),
        right: Number(attr(pgMar, 'right')),
      },
      titlePg: /<w:titlePg\/>|<w:titlePg w:val="(?:true|1)"\/>/.test(s),
      start: start ? Number(start) : null,
      headers: { default: header('default'), first: header('first') },
    };
  });
}

/** Tables as rows of cell texts (the document has no nested tables). */
function tables(xml: string): { xml: string; rows: string[][] }[] {
  return [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((t) => ({
    xml: t[1] ?? '',
    rows: [...(t[1] ?? '').matchAll(/<w:tr>(.*?)<\/w:tr>|<w:tr [^>]*>(.*?)<\/w:tr>/gs)].map((r) =>
      [...(r[1] ?? r[2] ?? '').matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) =>
        paragraphs(c[1] ?? '').join('\n'),
      ),
    ),
  }));
}

const mmToTwips = (v: number) => v * 56.7;

// ---------------------------------------------------------------------------------------------

let backend: ReturnType<typeof memoryBackend>;
let model: ReportModel;
let draft: Docx;
let signed: Docx;

beforeAll(async () => {
  backend = memoryBackend();
  model = buildModel(await backend.call('catalogue.get', {}));
  draft = open(await writeDocx(reportContent(model)));
  signed = open(await writeDocx(reportContent({ ...model, number: '12', date: '2025-06-05' })));
});

afterAll(() => backend.close());

describe('page set-up', () => {
  it('has a portrait body and three landscape appendices on A4', () => {
    const s = sections(draft);
    expect(s).toHaveLength(4);
    expect(s[0]).toMatchObject({ w: 11906, h: 16838 });
    expect(s[0]!.orient === null || s[0]!.orient === 'portrait').toBe(true);
    for (const a of s.slice(1))
      expect(a).toMatchObject({ w: 16838, h: 11906, orient: 'landscape' });
  });

  it('uses the decree margins: 20/20/30/15 mm portrait, 20/15/30/15 mm landscape', () => {
    const [body, ...appendices] = sections(draft);
    const near = (actual: number, mm: number) =>
      expect(Math.abs(actual - mmToTwips(mm))).toBeLessThanOrEqual(2);
    near(body!.margin.top, 20);
    near(body!.margin.bottom, 20);
    near(body!.margin.left, 30);
    near(body!.margin.right, 15);
    for (const a of appendices) {
      near(a.margin.top, 20);
      near(a.margin.bottom, 15);
      near(a.margin.left, 30);
      near(a.margin.right, 15);
    }
  });

  it('numbers pages in the header, 14 pt centred, never on a first page', () => {
    for (const s of sections(draft)) {
      expect(s.titlePg).toBe(true);
      expect(s.headers.default).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(s.headers.default).toContain('<w:jc w:val="center"/>');
      for (const r of runsOf(s.headers.default)) expect(size(r)).toBe(28);
      expect(s.headers.first).toContain('<w:hdr');
      expect(s.headers.first).not.toMatch(/<w:t[ >]|<w:instrText|<w:fldChar/);
    }
  });

  it('restarts the numbering at 1 in each appendix', () => {
    const [body, ...appendices] = sections(draft);
    expect(body!.start).toBeNull();
    for (const a of appendices) expect(a.start).toBe(1);
  });

  it('keeps one header per page (no even/odd headers) in Word 2013+ mode', () => {
    const settings = draft.files['word/settings.xml'] ?? '';
    expect(settings).not.toMatch(/<w:evenAndOddHeaders(?: w:val="(?:true|1)")?\/>/);
    expect(settings).toMatch(/w:val="15" w:name="compatibilityMode"/);
  });
});

describe('fonts and text', () => {
  const TNR =
    /^<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>$/;

  it('sets Times New Roman in all four slots on every run and in the default style', () => {
    for (const [name, xml] of Object.entries(draft.files)) {
      if (!/^word\/(document|header\d+|styles)\.xml$/.test(name)) continue;
      for (const f of xml.match(/<w:rFonts [^>]*\/>/g) ?? []) expect(f, name).toMatch(TNR);
      if (name === 'word/styles.xml') continue;
      for (const r of runsOf(xml)) {
        expect(r.rPr, `${name}: "${r.text}"`).toMatch(/<w:rFonts [^>]*\/>/);
        expect(size(r), `${name}: "${r.text}"`).toBeGreaterThan(0);
      }
    }
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(
      draft.files['word/styles.xml'] ?? '',
    )?.[0];
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(defaults).toContain('<w:sz w:val="28"/>');
  });

  it('writes NFC text and no raw line breaks', () => {
    const texts = [...draft.document.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/gs)].map(
      (m) => m[1] ?? '',
    );
    for (const t of texts) {
      expect(t).toBe(t.normalize('NFC'));
      expect(t).not.toMatch(/[\r\n]/);
    }
    expect(paragraphs(draft.document)).toContain('Lò Văn Thắng');
  });
});

describe('header block', () => {
  it('prints each element in its size and weight', () => {
    const d = draft;
    const parent = runWith(d, 'UBND TỈNH LAI CHÂU');
    expect([size(parent), bold(parent)]).toEqual([26, false]);
    const agency = runWith(d, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect([size(agency), bold(agency)]).toEqual([26, true]);
    const national = runWith(d, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect([size(national), bold(national)]).toEqual([26, true]);
    const motto = runWith(d, 'Độc lập - Tự do - Hạnh phúc');
    expect([size(motto), bold(motto), italic(motto)]).toEqual([28, true, false]);
    const number = runWith(d, 'Số:      /BC-SKHCN');
    expect([size(number), bold(number), italic(number)]).toEqual([26, false, false]);
    const place = runWith(d, 'Lai Châu, ngày      tháng      năm');
    expect([size(place), italic(place), bold(place)]).toEqual([28, true, false]);
    const type = runWith(d, 'BÁO CÁO');
    expect([size(type), bold(type)]).toEqual([28, true]);
    const summary = runWith(d, 'Kết quả thực hiện Kế hoạch');
    expect([size(summary), bold(summary)]).toEqual([28, true]);
  });

  it('puts the number and the place and date on one row of a borderless two-column table', () => {
    const header = tables(draft.document)[0]!;
    expect(header.xml).toMatch(/<w:tblBorders>.*w:val="none"/s);
    expect(header.rows[1]![0]).toBe('Số:      /BC-SKHCN');
    expect(header.rows[1]![1]).toMatch(/^Lai Châu, ngày {6}tháng {6}năm \d{4}$/);
    const grid = [...header.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(2);
    // About 40 % / 60 %, and the table at least as wide as the text.
    expect(grid[0]! / (grid[0]! + grid[1]!)).toBeGreaterThan(0.38);
    expect(grid[0]! / (grid[0]! + grid[1]!)).toBeLessThan(0.46);
    expect(grid[0]! + grid[1]!).toBeGreaterThanOrEqual(9355);
  });

  it('draws a line under the motto as long as the motto, and a short one under the agency', () => {
    const header = tables(draft.document)[0]!.xml;
    const cells = [...header.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((m) => m[1] ?? '');
    const ruleWidth = (cell: string) => {
      const width = Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(cell)?.[1]);
      const p =
        /<w:p>(?:(?!<w:p>).)*<w:pBdr><w:bottom w:val="single"(?:(?!<w:p>).)*<\/w:p>/s.exec(
          cell,
        )?.[0] ?? '';
      const left = Number(/<w:ind w:left="(\d+)"/.exec(p)?.[1]);
      const right = Number(/w:right="(\d+)"/.exec(/<w:ind [^>]*>/.exec(p)?.[0] ?? '')?.[1]);
      return width - left - right;
    };
    const motto = textWidth(MOTTO, 28, true);
    expect(Math.abs(ruleWidth(cells[1]!) - motto)).toBeLessThan(motto * 0.05);
    const agency = textWidth('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 26, true);
    expect(ruleWidth(cells[0]!) / agency).toBeGreaterThan(0.3);
    expect(ruleWidth(cells[0]!) / agency).toBeLessThan(0.5);
  });

  it('fills in the number and date once the report is signed', () => {
    const p = paragraphs(signed.document);
    expect(p).toContain('Số: 12/BC-SKHCN');
    expect(p).toContain('Lai Châu, ngày 05 tháng 6 năm 2025');
    expect(p).toContain(
      '(Kèm theo Báo cáo số 12/BC-SKHCN ngày 05 tháng 6 năm 2025 của Sở Khoa học và Công nghệ)',
    );
  });

  it('leaves dots in the appendix reference before signing', () => {
    const year = Math.max(2025, new Date().getFullYear());
    expect(paragraphs(draft.document)).toContain(
      `(Kèm theo Báo cáo số ……/BC-SKHCN ngày …… tháng …… năm ${year} của Sở Khoa học và Công nghệ)`,
    );
  });

  it.each([
    ['2026-02-05', 'ngày 05 tháng 02 năm 2026'],
    ['2025-06-15', 'ngày 15 tháng 6 năm 2025'],
    ['2025-12-01', 'ngày 01 tháng 12 năm 2025'],
  ])('writes %s as "%s" (days 1–9 and months 1–2 padded)', async (date, text) => {
    const d = open(await writeDocx(reportContent({ ...model, number: '7', date })));
    const p = paragraphs(d.document);
    expect(p).toContain(`Lai Châu, ${text}`);
    expect(p).toContain('Số: 07/BC-SKHCN');
    const run = runWith(d, `Lai Châu, ${text}`);
    expect([size(run), italic(run)]).toEqual([28, true]);
  });

  it('pads one-digit numbers and leaves a blank before signing', () => {
    expect(numberLine('5', 'BC-SKHCN')).toBe('Số: 05/BC-SKHCN');
    expect(numberLine(null, 'BC-SKHCN')).toBe('Số:      /BC-SKHCN');
    expect(numberLine('125', 'SKHCN-VP')).toBe('Số: 125/SKHCN-VP');
  });
});

describe('addressees, body and signature', () => {
  it('addresses one recipient inline and several one per line', async () => {
    expect(paragraphs(draft.document)).toContain('Kính gửi: Ủy ban nhân dân tỉnh Lai Châu.');
    const two = open(
      await writeDocx(
        reportContent({
          ...model,
          settings: {
            ...SETTINGS,
            addressees: ['Ủy ban nhân dân tỉnh Lai Châu', 'Bộ Khoa học và Công nghệ'],
          },
        }),
      ),
    );
    const p = paragraphs(two.document);
    expect(p).toContain('Kính gửi:\t- Ủy ban nhân dân tỉnh Lai Châu;');
    expect(p).toContain('- Bộ Khoa học và Công nghệ.');
  });

  it('prints sections I–V in order, mục headings bold capitals and khoản headings bold', () => {
    const p = paragraphs(draft.document);
    const at = (t: string) => p.indexOf(t);
    const headings = [
      'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. ĐÁNH GIÁ CHUNG',
      // A draft saved with the old generic title still names the next period.
      'IV. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2025',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
    ];
    for (const h of headings) expect(at(h), h).toBeGreaterThan(0);
    expect(headings.map(at)).toEqual([...headings.map(at)].sort((a, b) => a - b));
    for (const h of [headings[0]!, '1. Ưu điểm', '2. Về các nhiệm vụ']) {
      const r = runWith(draft, h);
      expect([size(r), bold(r)], h).toEqual([28, true]);
    }
    for (const line of ['- Sở Khoa học và Công nghệ:', '+ Đăng tải 46 tin', 'a) Nhóm nhiệm vụ I']) {
      expect(bold(runWith(draft, line)), line).toBe(false);
    }
  });

  it('ends the body with "./." just before the signature', () => {
    const p = paragraphs(draft.document);
    const closing = p.findIndex((t) => t.startsWith('Trên đây là báo cáo'));
    expect(p[closing]).toMatch(
      /Sở Khoa học và Công nghệ kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo\.\/\.$/,
    );
    expect(p[closing + 1]).toBe('Nơi nhận:');
  });

  it('prints "Nơi nhận" 12 bold italic, recipients 11, the signer 14 bold', () => {
    const label = runWith(draft, 'Nơi nhận:');
    expect([size(label), bold(label), italic(label)]).toEqual([24, true, true]);
    const p = paragraphs(draft.document);
    const from = p.indexOf('Nơi nhận:');
    expect(p.slice(from + 1, from + 5)).toEqual([
      '- Như trên;',
      '- Bộ Khoa học và Công nghệ;',
      '- Lãnh đạo Sở;',
      '- Lưu: VT, VP.',
    ]);
    expect(size(runWith(draft, '- Như trên;'))).toBe(22);
    for (const t of ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lò Văn Thắng']) {
      const r = runWith(draft, t);
      expect([size(r), bold(r)], t).toEqual([28, true]);
    }
    // Four empty lines for the signature and the seal.
    const title = p.indexOf('PHÓ GIÁM ĐỐC');
    expect(p.slice(title + 1, title + 6)).toEqual(['', '', '', '', 'Lò Văn Thắng']);
  });
});

describe('section II counts', () => {
  function sectionTwo(d: Docx): string[] {
    const p = paragraphs(d.document);
    return p.slice(p.indexOf('II. KẾT QUẢ THỰC HIỆN'), p.indexOf('III. ĐÁNH GIÁ CHUNG'));
  }

  it('refers to all three appendices', () => {
    const text = sectionTwo(draft).join('\n');
    for (const a of ['I', 'II', 'III']) expect(text).toContain(`(Chi tiết tại Phụ lục ${a})`);
  });

  it('counts indicators met, not met and without data as the model says', () => {
    const judged = model.indicators.filter((i) => i.assessment !== null);
    const n = (a: string) => judged.filter((i) => i.assessment === a).length;
    const table = tables(draft.document).find((t) => t.rows[0]?.[0] === 'Nội dung')!;
    expect(table.rows[0]).toEqual([
      'Nội dung',
      'Tổng số',
      'Đạt',
      'Chưa đạt',
      'Chưa đến kỳ đánh giá',
      'Chưa có số liệu',
      // Worded as Phụ lục I words it.
      'Đánh giá định tính',
    ]);
    expect(table.rows[1]).toEqual(
      [
        'Số chỉ tiêu',
        judged.length,
        n('met'),
        n('not_met'),
        n('not_due'),
        n('no_data'),
        n('qualitative'),
      ].map(String),
    );
    expect(judged.length).toBe(36); // 38 rows less the parent rows 6 and 13
    expect(n('met')).toBe(4);
    // 3, 6.1, 7 and 21 miss targets set for 2030: not yet due in quarter III 2025.
    expect(n('not_met')).toBe(0);
    expect(n('not_due')).toBe(4);
    expect(sectionTwo(draft)).toContain(
      `Tổng hợp đánh giá ${judged.length} chỉ tiêu có mục tiêu cụ thể (Chi tiết tại Phụ lục I):`,
    );
  });

  it('counts tasks by status and by group as the model says, one row per status', () => {
    const table = tables(draft.document).find((t) => t.rows[0]?.[0] === 'Tình trạng')!;
    const groups = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];
    expect(table.rows[0]).toEqual(['Tình trạng', 'Tổng số', ...groups]);
    expect(table.xml).toContain('<w:tblHeader/>');
    TASK_STATUS_ORDER.forEach((s, i) => {
      const n = (g?: string) =>
        model.tasks.filter((t) => t.status === s && (g === undefined || t.group === g)).length;
      expect(table.rows[i + 1], s).toEqual(
        [TASK_STATUS_LABEL[s], n(), ...groups.map((g) => n(g))].map(String),
      );
    });
    expect(table.rows[1]![0]).toBe('Hoàn thành đúng hạn');
    expect(table.rows.map((r) => r[0])).toContain('Chưa triển khai');
    const total = table.rows[TASK_STATUS_ORDER.length + 1]!;
    expect(total).toEqual(
      [
        'Tổng số',
        model.tasks.length,
        ...groups.map((g) => model.tasks.filter((t) => t.group === g).length),
      ].map(String),
    );
    expect(total[1]).toBe('75');
    // The user's own paragraphs follow the table under "2. Về các nhiệm vụ".
    const p = sectionTwo(draft);
    expect(p.indexOf('2. Về các nhiệm vụ')).toBeLessThan(
      p.findIndex((t) => t.startsWith('Tổng hợp tình hình thực hiện 75 nhiệm vụ')),
    );
  });

  it('counts who reported on time, late or not at all, under a numbered khoản', () => {
    const expected = model.register.filter((r) => r.expected);
    const n = (s: string) => expected.filter((r) => r.state === s).length;
    const table = tables(draft.document).find((t) => t.rows[0]?.[0] === 'Số đơn vị phải báo cáo')!;
    expect(table.rows[1]).toEqual(
      [expected.length, n('on_time') + n('late'), n('on_time'), n('late'), n('missing')].map(
        String,
      ),
    );
    expect(sectionTwo(draft)).toContain('3. Tình hình gửi báo cáo của các cơ quan, đơn vị');
  });

  it('still prints the counts when the user deleted every paragraph of section II', async () => {
    const bare = open(
      await writeDocx(
        reportContent({
          ...model,
          narrative: model.narrative.filter((s) => s.key !== 'II'),
        }),
      ),
    );
    const text = sectionTwo(bare).join('\n');
    expect(text).toContain('II. KẾT QUẢ THỰC HIỆN');
    for (const a of ['I', 'II', 'III']) expect(text).toContain(`(Chi tiết tại Phụ lục ${a})`);
  });
});

describe('appendices', () => {
  /** The appendix table, known by its second column. */
  const appendix = (d: Docx, roman: 'I' | 'II' | 'III') => {
    const second = { I: 'Chỉ tiêu', II: 'Nhiệm vụ', III: 'Cơ quan, đơn vị' }[roman];
    return tables(d.document).find((t) => t.rows[0]?.[0] === 'STT' && t.rows[0]?.[1] === second)!;
  };

  it('heads each appendix with "Phụ lục N", its title and the reference line', () => {
    const p = paragraphs(draft.document);
    for (const [roman, title] of [
      ['I', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUÝ III NĂM 2025'],
      ['II', 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ QUÝ III NĂM 2025'],
      ['III', 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ QUÝ III NĂM 2025'],
    ] as const) {
      const at = p.indexOf(`Phụ lục ${roman}`);
      expect(at, roman).toBeGreaterThan(0);
      expect(p[at + 1]).toBe(title);
      expect(p[at + 2]).toMatch(/^\(Kèm theo Báo cáo số .*\)$/);
    }
    const heading = runWith(draft, 'Phụ lục I');
    expect([size(heading), bold(heading)]).toEqual([28, true]);
    const ref = runWith(draft, '(Kèm theo Báo cáo số');
    expect([size(ref), italic(ref), bold(ref)]).toEqual([28, true, false]);
  });

  it('repeats bold, centred 12 pt header rows and sets every width explicitly', () => {
    const data = tables(draft.document).filter((t) => t.rows[0]?.[0] === 'STT');
    expect(data).toHaveLength(3);
    for (const t of data) {
      const header = /<w:tr>(.*?)<\/w:tr>|<w:tr [^>]*>(.*?)<\/w:tr>/s.exec(t.xml)?.[0] ?? '';
      expect(header).toContain('<w:tblHeader/>');
      for (const r of runsOf(header)) expect([size(r), bold(r)]).toEqual([24, true]);
      expect(header).toContain('<w:jc w:val="center"/>');
      const grid = [...t.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 1701 - 850);
      for (const row of t.xml.match(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/gs) ?? []) {
        const widths = [...row.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) =>
          Number(m[1]),
        );
        expect(widths.reduce((a, b) => a + b, 0)).toBe(16838 - 1701 - 850);
      }
      expect(t.xml).toMatch(/<w:tblBorders><w:top w:val="single"/);
      for (const r of runsOf(t.xml)) expect(size(r)).toBe(24);
    }
    // Every table of the document, layout tables included, has explicit grid columns.
    for (const t of tables(draft.document)) expect(t.xml).toMatch(/<w:tblGrid><w:gridCol/);
  });

  it('lists indicators with the parent rows 6 and 13 spanning the row, sub-rows under them', () => {
    const t = appendix(draft, 'I');
    expect(t.rows[0]).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Mục tiêu',
      'Kết quả thực hiện',
      'Đánh giá',
      'Cơ quan theo dõi',
    ]);
    // Under "Đến năm 2030" and "Đến năm 2045", as the plan lists them.
    const codes = t.rows.slice(1).map((r) => r[0]);
    const of = (h: number) => model.indicators.filter((i) => i.horizon === h).map((i) => i.code);
    expect(codes).toEqual(['I', ...of(2030), 'II', ...of(2045)]);
    expect(of(2045)).toEqual(['22', '23', '24']);
    expect(t.rows[1]).toEqual(['I', 'Đến năm 2030']);
    expect(t.rows.find((r) => r[0] === 'II')).toEqual(['II', 'Đến năm 2045']);
    expect(bold(runWith(draft, 'Đến năm 2045'))).toBe(true);
    for (const parent of ['6', '13']) {
      const row = t.rows.find((r) => r[0] === parent)!;
      expect(row).toHaveLength(2);
    }
    expect(t.rows.find((r) => r[0] === '3')).toEqual([
      '3',
      model.indicators.find((i) => i.code === '3')!.text,
      '%',
      '≥ 37,6',
      '35,2',
      'Chưa đến kỳ đánh giá\n(đạt 93,6% mục tiêu)',
      model.indicators.find((i) => i.code === '3')!.agency!.name,
    ]);
    expect(t.rows.find((r) => r[0] === '4')![4]).toBe('9,5\nƯớc tính của Sở Tài chính');
  });

  it('never prints a note about the agency’s file as a result (Phụ lục I)', async () => {
    const indicators = model.indicators.map((x) =>
      x.code === '6.8'
        ? // Văn phòng UBND's formula came back #REF!, with a note about its old spreadsheet.
          { ...x, value: null, valueText: '#REF!', note: 'Công thức liên kết bảng tính cũ' }
        : x.code === '3'
          ? { ...x, note: 'Công thức liên kết sheet Tổng hợp' }
          : x,
    );
    const d = open(await writeDocx(reportContent({ ...model, indicators })));
    const t = appendix(d, 'I');
    expect(t.rows.find((r) => r[0] === '6.8')![4]).toBe('');
    expect(t.rows.find((r) => r[0] === '3')![4]).toBe('35,2');
    expect(d.document).not.toContain('Công thức liên kết');
    expect(d.document).not.toContain('#REF!');
    // A note about the figure stays beside it.
    expect(t.rows.find((r) => r[0] === '4')![4]).toBe('9,5\nƯớc tính của Sở Tài chính');
  });

  it('lists tasks under bold group rows with status words and the lead agency’s words', () => {
    const t = appendix(draft, 'II');
    expect(t.rows[0]).toEqual([
      'STT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Thời hạn',
      'Tình trạng',
      'Kết quả thực hiện',
    ]);
    const group = t.rows[1]!;
    expect(group[0]).toBe('I');
    expect(group[1]).toMatch(/^Nâng cao nhận thức/);
    const first = t.rows[2]!;
    expect(first.slice(0, 5)).toEqual([
      '1',
      model.tasks[0]!.text,
      'Sở Khoa học và Công nghệ',
      '3/2025',
      'Hoàn thành đúng hạn',
    ]);
    expect(first[5]).toContain(PROGRESS['I.1']);
    expect(first[5]).toContain('(Hoàn thành ngày 31/03/2025)');
    expect(first[5]).toMatch(/\nSở Nội vụ: Phối hợp đưa nội dung Nghị quyết 57-NQ\/TW .*…?$/);
    expect(first[5]!.length).toBeLessThan(PROGRESS['I.1']!.length + 300);
    const groupRows = t.rows.filter((r) => r.length === 2).map((r) => r[0]);
    expect(groupRows).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    for (const s of Object.values(TASK_STATUS_LABEL)) {
      expect(
        t.rows.some((r) => r[4]?.startsWith(s)),
        s,
      ).toBe(true);
    }
    const groupRun = runWith(draft, model.groups!.find((g) => g.code === 'I')!.title);
    expect(bold(groupRun)).toBe(true);
  });

  it('names an overdue task without a report as such, in Phụ lục II and under the counts', async () => {
    // I.2 (due 02/2025): nothing from the lead by the end of quý III.
    const tasks = model.tasks.map((t) =>
      t.code === 'I.2' ? { ...t, status: 'overdue' as const, reported: false, leadReports: [] } : t,
    );
    const d = open(await writeDocx(reportContent({ ...model, tasks })));
    const t = appendix(d, 'II');
    const row = t.rows.find((r) => r[1] === tasks.find((x) => x.code === 'I.2')!.text)!;
    expect(row[4]).toBe('Quá hạn, chưa hoàn thành\n(chưa có báo cáo)');
    expect(italic(runWith(d, '(chưa có báo cáo)'))).toBe(true);
    // Counted overdue, and named in a row of its own under the overdue row.
    const overdue = tasks.filter((x) => x.status === 'overdue').length;
    const counts = tables(d.document).find((x) => x.rows[0]?.[0] === 'Tình trạng')!;
    const at = counts.rows.findIndex((r) => r[0] === 'Quá hạn, chưa hoàn thành');
    expect(counts.rows[at]![1]).toBe(String(overdue));
    expect(counts.rows[at + 1]).toEqual(['Trong đó: chưa có báo cáo', '1', '1', ...'000000']);
    expect(italic(runWith(d, 'Trong đó: chưa có báo cáo'))).toBe(true);
    // A reported overdue task carries no such mark.
    const reported = t.rows.find((r) => r[1] === tasks.find((x) => x.code === 'II.5')!.text)!;
    expect(reported[4]).toBe('Quá hạn, chưa hoàn thành');
    expect(paragraphs(draft.document)).not.toContain('Trong đó: chưa có báo cáo');
  });

  it('marks a conflict between lead agencies visibly', () => {
    const t = appendix(draft, 'II');
    const row = t.rows.find((r) => r[1] === model.tasks.find((x) => x.code === 'IV.1')!.text)!;
    expect(row[4]).toBe('Thường xuyên\n(chưa thống nhất)');
    expect(row[5]).toContain('Báo cáo của các cơ quan chủ trì chưa thống nhất:');
    expect(row[5]).toContain('- Sở Giáo dục và Đào tạo (đã hoàn thành): Hoàn thành rà soát');
    expect(row[5]).toContain('- Trường Cao đẳng Lai Châu (đang thực hiện): Đang xây dựng');
    const mark = runWith(draft, '(chưa thống nhất)');
    expect([bold(mark), italic(mark)]).toEqual([true, true]);
  });

  it('shows each agency’s report: document, date received, on time / late / missing', () => {
    const t = appendix(draft, 'III');
    expect(t.rows[0]).toEqual([
      'STT',
      'Cơ quan, đơn vị',
      'Số, ngày văn bản',
      'Ngày nhận',
      'Tình trạng',
    ]);
    const rows = t.rows.slice(1);
    expect(rows).toHaveLength(model.register.length);
    const words = {
      on_time: 'Đúng hạn',
      late: 'Muộn',
      missing: 'Chưa báo cáo',
      // Asked by no one, so neither on time nor late.
      not_expected: 'Ngoài danh sách',
    } as const;
    expect(model.register.filter((r) => !r.expected)).toHaveLength(1);
    model.register.forEach((r, i) => {
      const row = rows[i]!;
      expect(row[0]).toBe(String(i + 1));
      expect(row[1]).toBe(r.agency.name);
      expect(row[4]!.split('\n')[0]).toBe(words[r.expected ? r.state : 'not_expected']);
      if (r.submission) {
        expect(row[2]).toBe(`Số ${r.submission.docNumber}\nngày 05/09/2025`);
        expect(row[3]).toBe(r.state === 'late' ? '15/09/2025' : '08/09/2025');
      } else {
        expect(row[2]).toBe('');
      }
    });
    expect(rows[4]![4]).toBe('Đúng hạn\n(đã gửi 2 lần)');
  });
});

describe('capitalisation', () => {
  it.each([
    ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Sở Khoa học và Công nghệ'],
    ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['SỞ NỘI VỤ', 'Sở Nội vụ'],
    ['VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH', 'Văn phòng Ủy ban nhân dân tỉnh'],
    ['ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'Ủy ban nhân dân tỉnh Lai Châu'],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở Lao động - Thương binh và Xã hội'],
    ['SỞ KH&CN', 'Sở KH&CN'],
    ['Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ'],
  ])('%s reads "%s" inside a sentence', (caps, sentence) => {
    expect(agencyInSentence(caps)).toBe(sentence);
  });
});

describe('reminder letter', () => {
  let letter: Docx;
  let m: ReminderModel;

  beforeAll(async () => {
    m = {
      settings: SETTINGS,
      plan: model.plan,
      period: model.period,
      number: null,
      date: null,
      missing: [
        { name: 'Sở Giáo dục và Đào tạo' },
        { name: 'Sở Xây dựng' },
        { name: 'Thanh tra tỉnh' },
      ],
      due: '2025-09-10',
      newDue: '2025-09-20',
    };
    letter = open(await writeDocx(reminderContent(m)));
  });

  it('is one portrait section in the decree profile', () => {
    const s = sections(letter);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ w: 11906, h: 16838, titlePg: true });
    expect(Math.abs(s[0]!.margin.left - mmToTwips(30))).toBeLessThanOrEqual(2);
  });

  it('carries the letter symbol and the "V/v" summary under it, no document type', () => {
    const header = tables(letter.document)[0]!;
    expect(header.rows[1]![0]).toBe(
      'Số:      /SKHCN-VP\nV/v đôn đốc báo cáo kết quả thực hiện Kế hoạch thực hiện Nghị quyết số 57-NQ/TW trong quý III/2025',
    );
    const vv = runWith(letter, 'V/v đôn đốc báo cáo');
    expect([size(vv), bold(vv), italic(vv)]).toEqual([24, false, false]);
    expect(size(runWith(letter, 'Số:      /SKHCN-VP'))).toBe(26);
    expect(paragraphs(letter.document)).not.toContain('BÁO CÁO');
  });

  it('addresses the missing agencies one per line and asks for the report by the new date', () => {
    const p = paragraphs(letter.document);
    expect(p).toContain('Kính gửi:\t- Sở Giáo dục và Đào tạo;');
    expect(p).toContain('- Sở Xây dựng;');
    expect(p).toContain('- Thanh tra tỉnh.');
    const text = p.join('\n');
    expect(text).toContain('trước ngày 10/09/2025');
    expect(text).toContain('gửi về Sở Khoa học và Công nghệ trước ngày 20/09/2025');
    expect(text).toContain('quý III năm 2025');
    expect(text).toContain('Thông tin chi tiết, đề nghị liên hệ:');
    const last = p.findIndex((t) => t === 'Nơi nhận:') - 1;
    expect(p[last]).toMatch(/\.\/\.$/);
    expect(p.slice(last + 2, last + 5)).toEqual([
      '- Như trên;',
      '- Lãnh đạo Sở;',
      '- Lưu: VT, VP.',
    ]);
  });

  it('fills the number, the date and the contact when given', async () => {
    const done = open(
      await writeDocx(
        reminderContent({
          ...m,
          number: '35',
          date: '2025-09-12',
          newDue: null,
          contact: 'bà Nguyễn Thị Hoa, Văn phòng Sở, điện thoại 0213 3876 123',
        }),
      ),
    );
    const p = paragraphs(done.document);
    expect(p.some((t) => t.startsWith('Số: 35/SKHCN-VP'))).toBe(true);
    expect(p).toContain('Lai Châu, ngày 12 tháng 9 năm 2025');
    const text = p.join('\n');
    // Always a date, never "trong thời gian sớm nhất".
    expect(text).not.toContain('trong thời gian sớm nhất');
    expect(text).toContain('gửi về Sở Khoa học và Công nghệ trước ngày 10/09/2025');
    expect(text).toContain('liên hệ: bà Nguyễn Thị Hoa, Văn phòng Sở, điện thoại 0213 3876 123.');
  });
});

describe('what a clerk would otherwise fix by hand (issue 9)', () => {
  let body: string[];
  let all: string[];
  const numbered = (m: ReportModel): ReportModel => ({
    ...m,
    settings: { ...SETTINGS, glossary: DEFAULT_GLOSSARY },
    plan: { ...m.plan, number: '45', symbol: 'KH-UBND', issuedOn: '2025-02-10' },
  });

  beforeAll(async () => {
    const m = numbered(model);
    const drafted = draftNarrative({
      periodLabel: 'quý III năm 2025',
      period: m.period,
      planTitle: m.plan.title,
      planShortName: planShortName(m.plan),
      groups: (m.groups ?? []).map((g) => ({ code: g.code, title: g.title })),
      tasks: m.tasks,
      indicators: m.indicators,
      register: m.register,
    });
    // Agencies' own abbreviations, as they arrive.
    drafted[4]!.paragraphs.push(
      'Đề nghị bố trí kinh phí cho CĐS và bảo đảm ATTT; CĐS là nhiệm vụ trọng tâm của năm.',
    );
    const d = open(await writeDocx(reportContent({ ...m, narrative: drafted })));
    all = paragraphs(d.document);
    body = all.slice(
      0,
      all.findIndex((p) => p === 'Phụ lục I'),
    );
  });

  it('cites the plan in full once, by number and date, then by its short name', () => {
    const text = body.join('\n');
    expect(text).toContain(
      'Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân tỉnh Lai Châu thực hiện Nghị quyết số 03/NQ-CP',
    );
    expect(text.match(/về đột phá phát triển khoa học/g)).toHaveLength(1);
    expect(text).not.toContain('57-NQ/TW, ngày');
    expect(text).toContain('Triển khai Kế hoạch số 45/KH-UBND, trong quý III năm 2025');
    expect(text).toContain(
      'Trên đây là báo cáo kết quả thực hiện Kế hoạch số 45/KH-UBND trong quý',
    );
    // The summary line: "… trong quý III/2025", the period not left dangling.
    expect(text).toMatch(/Kết quả thực hiện Kế hoạch số 45\/KH-UBND [^\n]* trong quý III\/2025/);
  });

  it('names the next period, never cuts a list, never counts zero', () => {
    const text = body.join('\n');
    expect(body).toContain('IV. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2025');
    expect(text).not.toContain('KỲ TỚI');
    expect(text).not.toContain('…');
    expect(text).not.toMatch(/có 0 |\b0 chỉ tiêu (đạt|chưa đạt)/);
    expect(text).not.toMatch(/đơn vị khác\b/);
    expect(text).not.toContain('(chi tiết tại');
  });

  it('writes each abbreviation out at its first use, with the short form after it', () => {
    const text = body.join('\n');
    const first = text.indexOf('CĐS');
    expect(text.slice(first - 'chuyển đổi số ('.length, first)).toBe('chuyển đổi số (');
    expect(text.match(/chuyển đổi số \(CĐS\)/g)).toHaveLength(1);
    expect(text).toContain('an toàn thông tin (ATTT)');
    expect(text).toContain('; CĐS là nhiệm vụ trọng tâm');
  });

  it('addresses many agencies by an attached list, keeping the letter on its page', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `Ủy ban nhân dân xã Số ${i + 1}`);
    const d = open(
      await writeDocx(
        reminderContent({
          settings: {
            ...SETTINGS,
            contactPerson: 'bà Nguyễn Thị Hoa',
            contactPhone: '0213.3876.123',
          },
          plan: model.plan,
          period: model.period,
          number: null,
          date: null,
          missing: names.map((name) => ({ name })),
          due: '2025-09-10',
          newDue: '2025-09-25',
          contact: 'bà Nguyễn Thị Hoa, điện thoại: 0213.3876.123',
        }),
      ),
    );
    const p = paragraphs(d.document);
    expect(p.some((t) => t.includes('Các cơ quan, đơn vị (có danh sách kèm theo).'))).toBe(true);
    expect(p.some((t) => t.includes('Ủy ban nhân dân xã Số 1;'))).toBe(false);
    expect(sections(d)).toHaveLength(2);
    expect(p).toContain('DANH SÁCH CÁC CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO');
    const list = tables(d.document).find((t) => t.rows[0]?.[1] === 'Cơ quan, đơn vị')!;
    expect(list.rows.slice(1).map((r) => r[1])).toEqual(names);
    const text = p.join('\n');
    expect(text).toContain('trước ngày 25/09/2025');
    expect(text).toContain('liên hệ: bà Nguyễn Thị Hoa, điện thoại: 0213.3876.123.');
  });
});
