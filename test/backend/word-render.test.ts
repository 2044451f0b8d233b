// Render check, twice: LibreOffice prints the generated Word report and letter to PDF, and Chromium
// prints the same content's print rendition (the desktop app's printToPDF path). Each PDF has A4
// portrait body pages, landscape appendix pages, the expected page numbers, margins and texts, and
// only Times New Roman (or its metric twin Liberation Serif) as fonts.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodFromKey } from '../../shared/domain/periods';
import { indicatorAssessment } from '../../shared/domain/status';
import { targetProgress } from '../../shared/domain/target';
import type {
  AgencyReport,
  IndicatorStatusRow,
  RegisterRow,
  TaskStatus,
  TaskStatusFull,
} from '../../shared/domain/types';
import type { DocumentContent } from '../../electron/backend/reports/document-model';
import type { HtmlPrinter } from '../../electron/backend/reports/html-printer';
import { printDocument } from '../../electron/backend/reports/chromium-pdf';
import { writeDocx } from '../../electron/backend/reports/word-writer';
import {
  NAMED_ADDRESSEES_MAX,
  reminderContent,
} from '../../electron/backend/reports/reminder-letter';
import { reportContent } from '../../electron/backend/reports/report-content';
import type { ReminderModel, ReportModel } from '../../electron/backend/reports/report-model';
import { chromiumPrinter } from '../fixtures/chromium-printer';
import { LANDSCAPE, PORTRAIT, readPdf, textBox, topLine, type Pdf } from '../fixtures/pdf-inspect';
import { memoryBackend } from './helpers';

const run = promisify(execFile);

const hasOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
// CI installs LibreOffice, so there the test must run (and fail loudly if it cannot).
const skip = !hasOffice && !process.env.CI;

const SIGNER = 'Lò Văn Thắng';

async function model(): Promise<ReportModel> {
  const backend = memoryBackend();
  const c = await backend.call('catalogue.get', {});
  backend.close();
  const period = periodFromKey('2025-Q3');
  const status = (kind: string, due: string | null, i: number): TaskStatus => {
    if (i % 11 === 3) return 'no_report';
    if (kind === 'recurring') return 'ongoing';
    if (kind === 'conditional') return 'waiting';
    if (due !== null && due <= period.end) return i % 2 === 0 ? 'done_on_time' : 'overdue';
    return i % 3 === 0 ? 'not_started' : 'in_progress';
  };
  const tasks: TaskStatusFull[] = c.tasks.map((t, i) => {
    const s = status(t.deadline.kind, t.deadline.due, i);
    const lead = t.lead.find((a) => a.type === 'agency');
    const leadReports: AgencyReport[] =
      s === 'no_report' || !lead || lead.type !== 'agency'
        ? []
        : [
            {
              agency: { id: lead.currentId, name: lead.currentName },
              submissionId: 1,
              version: 1,
              status:
                s === 'done_on_time' ? 'done' : s === 'not_started' ? 'not_started' : 'in_progress',
              completedOn: null,
              progress: `Đã triển khai nhiệm vụ ${t.code} theo kế hoạch; kết quả được cập nhật trên Hệ thống thông tin báo cáo của tỉnh.`,
              difficulties: null,
              proposals: null,
            },
          ];
    return {
      taskId: t.id,
      code: t.code,
      group: t.group,
      number: t.number,
      text: t.text,
      lead: t.lead,
      deadline: t.deadline,
      status: s,
      reported: leadReports.length > 0,
      leadReports,
      leadCount: leadReports.length,
      leadSubmissionIds: leadReports.map((r) => r.submissionId),
      partnerCount: 0,
      partnerReports: [],
      conflict: false,
    };
  });
  const indicators: IndicatorStatusRow[] = c.indicators.map((i, k) => {
    const agency = i.agency ? { id: i.agency.currentId, name: i.agency.currentName } : null;
    const t = i.target?.op === 'text' ? null : (i.target?.value ?? null);
    // Every third indicator reaches its target, the next one is on its way (not yet due).
    const value = t === null ? null : k % 3 === 0 ? t : k % 3 === 1 ? t * 0.9 : null;
    return {
      indicatorId: i.id,
      code: i.code,
      parent: i.parent,
      text: i.text,
      unit: i.unit,
      target: i.target,
      horizon: i.horizon,
      value,
      valueText: null,
      note: null,
      assessment: indicatorAssessment(i.target, value, null, {
        horizon: i.horizon,
        periodEnd: period.end,
      }),
      progress: i.target ? targetProgress(i.target, value) : null,
      judgement: null,
      reportedBy: null,
      agency,
    };
  });
  const register: RegisterRow[] = c.agencies
    .filter((a) => a.reports && a.active)
    .map((a, k) => ({
      agency: { id: a.id, name: a.name },
      expected: true,
      state: k % 4 === 1 ? 'missing' : 'on_time',
      versions: k % 4 === 1 ? 0 : 1,
      submission:
        k % 4 === 1
          ? null
          : {
              id: k + 1,
              agency: { id: a.id, name: a.name },
              period: period.key,
              fileName: 'bc.xlsx',
              sha256: 'b'.repeat(64),
              source: 'form',
              receivedOn: '2025-09-08',
              docNumber: `${150 + k}/BC-DV`,
              docDate: '2025-09-05',
              version: 1,
              superseded: false,
              withdrawn: false,
              withdrawnReason: null,
              createdAt: '2025-09-08T08:00:00Z',
            },
    }));
  return {
    settings: {
      parentAgency: 'UBND TỈNH LAI CHÂU',
      agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      abbreviation: 'SKHCN',
      place: 'Lai Châu',
      signerAuthority: 'KT. GIÁM ĐỐC',
      signerTitle: 'PHÓ GIÁM ĐỐC',
      signerName: SIGNER,
      addressees: ['Ủy ban nhân dân tỉnh Lai Châu'],
      recipients: ['Như trên', 'Bộ Khoa học và Công nghệ', 'Lãnh đạo Sở'],
      archiveLine: 'Lưu: VT, VP',
    },
    plan: c.plans[0]!,
    period,
    number: '12',
    date: '2025-09-25',
    narrative: [
      {
        key: 'I',
        title: 'Công tác chỉ đạo, triển khai',
        paragraphs: [
          'Sở Khoa học và Công nghệ đã ban hành văn bản đề nghị các cơ quan, đơn vị báo cáo kết quả thực hiện quý III năm 2025 theo biểu mẫu thống nhất; tổ chức tiếp nhận, tổng hợp báo cáo đúng thời hạn.',
        ],
      },
      {
        key: 'II',
        title: 'Kết quả thực hiện',
        paragraphs: [
          '1. Về các chỉ tiêu',
          'Các chỉ tiêu về dịch vụ công trực tuyến có chuyển biến tích cực.',
          '2. Về các nhiệm vụ',
          'Các cơ quan, đơn vị đã chủ động triển khai các nhiệm vụ được giao.',
        ],
      },
      {
        key: 'III',
        title: 'Đánh giá chung',
        paragraphs: [
          '1. Ưu điểm',
          'Công tác chỉ đạo được triển khai kịp thời.',
          '2. Tồn tại, hạn chế',
          'Một số đơn vị gửi báo cáo chậm.',
        ],
      },
      {
        key: 'IV',
        title: 'Phương hướng, nhiệm vụ kỳ tới',
        paragraphs: ['- Tiếp tục đôn đốc hoàn thành các nhiệm vụ quá hạn.'],
      },
      {
        key: 'V',
        title: 'Đề xuất, kiến nghị',
        paragraphs: ['Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí cho chuyển đổi số.'],
      },
    ],
    tasks,
    indicators,
    register,
    groups: c.groups,
  };
}

/** A Word file through LibreOffice, as the browser-mode "PDF" button does. */
async function viaLibreOffice(dir: string, name: string, bytes: Buffer): Promise<string> {
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { timeout: 120_000 },
  );
  return join(dir, `${name}.pdf`);
}

/** The same content through the print rendition and Chromium, as the desktop app's printToPDF. */
function viaChromium(printer: HtmlPrinter) {
  return async (dir: string, name: string, content: DocumentContent): Promise<string> => {
    const path = join(dir, `${name}.pdf`);
    writeFileSync(path, await printDocument(content, printer));
    return path;
  };
}

interface Rendered extends Pdf {
  path: string;
  seconds: number;
}

async function timed(make: () => Promise<string>): Promise<Rendered> {
  const started = Date.now();
  const path = await make();
  const seconds = (Date.now() - started) / 1000;
  return { ...(await readPdf(path)), path, seconds };
}

const RENDERERS = [
  {
    name: 'LibreOffice, from the Word file',
    report: (dir: string, m: ReportModel) => async () =>
      viaLibreOffice(dir, 'bao-cao', await writeDocx(reportContent(m))),
    letter: (dir: string, m: ReminderModel) => async () =>
      viaLibreOffice(dir, 'cong-van', await writeDocx(reminderContent(m))),
  },
  {
    name: 'Chromium printToPDF, from the print rendition',
    report: (dir: string, m: ReportModel) => async () =>
      viaChromium(printer!)(dir, 'bao-cao-in', reportContent(m)),
    letter: (dir: string, m: ReminderModel) => async () =>
      viaChromium(printer!)(dir, 'cong-van-in', reminderContent(m)),
  },
];

let printer: HtmlPrinter | null = null;
let closePrinter: (() => Promise<void>) | null = null;

describe.skipIf(skip).each(RENDERERS)('the report and the letter, $name', (renderer) => {
  let dir: string;
  let report: Rendered;
  let letter: Rendered;
  let letterFew: Rendered;
  let missing: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lo-'));
    if (!printer) ({ printer, close: closePrinter } = await chromiumPrinter());
    const m = await model();
    report = await timed(renderer.report(dir, m));
    // Twenty agencies, as after a quarter when the communes did not report.
    missing = [
      ...m.register.filter((r) => r.state === 'missing').map((r) => r.agency.name),
      ...Array.from({ length: 14 }, (_, i) => `Ủy ban nhân dân xã Phong Thổ ${i + 1}`),
    ];
    const letterModel: ReminderModel = {
      settings: m.settings,
      plan: m.plan,
      period: m.period,
      number: null,
      date: null,
      missing: missing.map((name) => ({ name })),
      due: m.period.due,
      newDue: '2025-09-20',
    };
    letter = await timed(renderer.letter(dir, letterModel));
    mkdirSync(join(dir, 'few'));
    letterFew = await timed(
      renderer.letter(join(dir, 'few'), {
        ...letterModel,
        missing: letterModel.missing.slice(0, 3),
      }),
    );
    console.log(
      `${renderer.name}: báo cáo ${report.pages.length} trang trong ${report.seconds} s, công văn ${letter.pages.length} trang trong ${letter.seconds} s`,
    );
  }, 240_000);

  afterAll(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    await closePrinter?.();
    printer = null;
  });

  it('keeps the text inside the margins of the profile (left 30 mm, right 15 mm)', async () => {
    const box = await textBox(report.path, 2);
    expect(box.left).toBeGreaterThan(85.0 - 1.5);
    expect(box.left).toBeLessThan(85.0 + 1.5);
    expect(box.right).toBeLessThanOrEqual(595.3 - 42.5 + 1);
    expect(box.right).toBeGreaterThan(595.3 - 42.5 - 12);
  });

  it('prints the body on portrait pages and each appendix from a new landscape page', () => {
    const pages = report.pages;
    const firstLandscape = pages.findIndex((p) => p.width > p.height);
    // Header, title, five short sections with three summary tables, signature: two pages.
    expect(firstLandscape).toBe(2);
    for (const p of pages.slice(0, firstLandscape)) expect(p).toMatchObject(PORTRAIT);
    for (const p of pages.slice(firstLandscape)) expect(p).toMatchObject(LANDSCAPE);
    const starts = ['Phụ lục I', 'Phụ lục II', 'Phụ lục III'].map((h) =>
      pages.findIndex((p) => topLine(p.text) === h),
    );
    expect(starts[0]).toBe(firstLandscape);
    expect(starts[1]).toBeGreaterThan(starts[0]!);
    expect(starts[2]).toBeGreaterThan(starts[1]!);
    // 38 indicators on 4 pages, 75 tasks (long texts) on 15, 22 agencies on 2: a line more or
    // less in another LibreOffice build may move one row, so allow one page either way.
    const lengths = [starts[1]! - starts[0]!, starts[2]! - starts[1]!, pages.length - starts[2]!];
    [4, 15, 2].forEach((expected, i) => {
      expect(Math.abs(lengths[i]! - expected), `Phụ lục ${'I'.repeat(i + 1)}`).toBeLessThanOrEqual(
        1,
      );
    });
  });

  it('numbers pages from 2 in the body and from 2 again in each appendix', () => {
    const pages = report.pages;
    expect(topLine(pages[0]!.text)).toMatch(/^UBND TỈNH LAI CHÂU/);
    expect(topLine(pages[1]!.text)).toBe('2');
    for (const heading of ['Phụ lục I', 'Phụ lục II', 'Phụ lục III']) {
      const start = pages.findIndex((p) => topLine(p.text) === heading);
      expect(topLine(pages[start + 1]!.text), heading).toBe('2');
    }
    const start = pages.findIndex((p) => topLine(p.text) === 'Phụ lục II');
    expect(topLine(pages[start + 2]!.text)).toBe('3');
  });

  it('shows the texts a reader looks for', () => {
    const text = report.pages.map((p) => p.text).join('\n');
    for (const t of [
      'BÁO CÁO',
      'Kính gửi: Ủy ban nhân dân tỉnh Lai Châu.',
      'Số: 12/BC-SKHCN',
      'Lai Châu, ngày 25 tháng 9 năm 2025',
      'Phụ lục I',
      'Phụ lục II',
      'Phụ lục III',
      'chỉ đạo./.',
      'KT. GIÁM ĐỐC',
      SIGNER,
    ]) {
      expect(text, t).toContain(t);
    }
    // Table cells wrap long status words over two lines: compare with the line breaks removed.
    const flat = report.raw.replace(/\s+/g, ' ');
    for (const t of [
      'Hoàn thành đúng hạn',
      'Thường xuyên',
      'Quá hạn, chưa hoàn thành',
      'Đang thực hiện trong hạn',
      'Chưa triển khai',
      'Chưa đến điều kiện thực hiện',
      'Chưa có báo cáo',
      'Chưa có số liệu',
      'Chưa đến kỳ đánh giá',
      'Đến năm 2030',
      'Đến năm 2045',
      'Chưa báo cáo',
      'Đúng hạn',
    ]) {
      expect(flat, t).toContain(t);
    }
  });

  it('prints the letter on one portrait page, the list of many agencies on a page of its own', () => {
    for (const l of [letter, letterFew]) {
      expect(l.pages[0]).toMatchObject(PORTRAIT);
      const text = l.pages[0]!.text;
      // -layout squeezes the blank left for the number; the exact spaces are checked in the XML.
      expect(text).toMatch(/Số: +\/SKHCN-VP/);
      for (const t of ['V/v đôn đốc báo cáo', 'Kính gửi:', '20/09/2025', 'thực hiện./.', SIGNER]) {
        expect(text, t).toContain(t);
      }
    }
    expect(letterFew.pages).toHaveLength(1);
    expect(missing.length).toBeGreaterThan(NAMED_ADDRESSEES_MAX);
    expect(letter.pages).toHaveLength(2);
    expect(letter.pages[0]!.text.replace(/\s+/g, ' ')).toContain(
      'Các cơ quan, đơn vị (có danh sách kèm theo)',
    );
    const list = letter.pages[1]!.text.replace(/\s+/g, ' ');
    expect(letter.pages[1]).toMatchObject(PORTRAIT);
    expect(list).toContain('DANH SÁCH CÁC CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO');
    expect(list).toContain('(Kèm theo Công văn số');
    for (const name of missing) expect(list, name).toContain(name);
  });

  it('uses Times New Roman or its metric twin only, with no fallback font', () => {
    for (const fonts of [report.fonts, letter.fonts, letterFew.fonts]) {
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f).toMatch(/^(?:[A-Z]{6}\+)?(?:TimesNewRoman|LiberationSerif)/);
    }
  });
});
