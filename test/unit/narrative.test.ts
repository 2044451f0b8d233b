import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../shared/domain/deadline';
import {
  cleanQuote,
  draftNarrative,
  type NarrativeInput,
  type NarrativeSection,
  shortTitle,
  truncateAtSentence,
} from '../../shared/domain/narrative';
import { periodFromKey } from '../../shared/domain/periods';
import { indicatorAssessment } from '../../shared/domain/status';
import { parseTarget, targetProgress } from '../../shared/domain/target';
import type {
  AgencyRef,
  AgencyReport,
  IndicatorStatusRow,
  RegisterRow,
  ReportedStatus,
  TaskStatus,
  TaskStatusFull,
} from '../../shared/domain/types';

const SNV: AgencyRef = { id: 5, name: 'Sở Nội vụ' };
const SKHCN: AgencyRef = { id: 1, name: 'Sở Khoa học và Công nghệ' };
const STC: AgencyRef = { id: 3, name: 'Sở Tài chính' };
const SGDDT: AgencyRef = { id: 7, name: 'Sở Giáo dục và Đào tạo' };
const CA: AgencyRef = { id: 21, name: 'Công an tỉnh' };

function rep(
  agency: AgencyRef,
  status: ReportedStatus | null,
  progress: string | null,
  extra: Partial<AgencyReport> = {},
): AgencyReport {
  return {
    agency,
    submissionId: agency.id,
    version: 1,
    status,
    completedOn: null,
    progress,
    difficulties: null,
    proposals: null,
    ...extra,
  };
}

function task(
  code: string,
  text: string,
  deadline: string,
  status: TaskStatus,
  lead: AgencyRef[],
  leadReports: AgencyReport[] = [],
  partnerReports: AgencyReport[] = [],
  conflict = false,
): TaskStatusFull {
  const [group = '', number = ''] = code.split('.');
  return {
    taskId: 0,
    code,
    group,
    number,
    text,
    lead: lead.map((a) => ({
      type: 'agency',
      id: a.id,
      name: a.name,
      currentId: a.id,
      currentName: a.name,
    })),
    deadline: parseDeadline(deadline),
    status,
    reported: leadReports.length > 0,
    leadReports,
    leadCount: leadReports.length,
    leadSubmissionIds: leadReports.map((r) => r.submissionId),
    partnerCount: partnerReports.length,
    partnerReports,
    conflict,
  };
}

function indicator(
  code: string,
  text: string,
  unit: string,
  targetText: string,
  value: number | null,
  judgement: 'met' | 'not_met' | null = null,
  horizon = 2030,
): IndicatorStatusRow {
  const target = parseTarget(targetText);
  return {
    indicatorId: 0,
    code,
    parent: code.includes('.') ? (code.split('.')[0] ?? null) : null,
    text,
    unit,
    target,
    horizon,
    value,
    valueText: value === null ? null : String(value).replace('.', ','),
    note: null,
    assessment: indicatorAssessment(target, value, judgement, {
      horizon,
      periodEnd: '2025-09-30',
    }),
    progress: target ? targetProgress(target, value) : null,
    judgement,
    reportedBy: null,
    agency: SKHCN,
  };
}

function register(agency: AgencyRef, state: RegisterRow['state']): RegisterRow {
  return { agency, expected: state !== 'not_expected', state, submission: null, versions: 0 };
}

const LONG_PROGRESS =
  'Đã ban hành Kế hoạch số 120/KH-SNV về đào tạo, bồi dưỡng cán bộ, công chức về chuyển đổi số. ' +
  'Tổ chức 05 lớp bồi dưỡng cho 450 lượt cán bộ, công chức cấp tỉnh và cấp xã. ' +
  'Phối hợp với Sở Khoa học và Công nghệ rà soát nhu cầu nhân lực chất lượng cao trong các cơ quan nhà nước. ' +
  'Xây dựng dự thảo chính sách thu hút chuyên gia, nhà khoa học về làm việc tại tỉnh, dự kiến trình trong quý IV năm 2025. ' +
  'Tiếp tục cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức trên hệ thống quản lý hồ sơ điện tử.';

const INPUT: NarrativeInput = {
  periodLabel: 'quý III năm 2025',
  planTitle:
    'Thực hiện Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ thực hiện Nghị quyết số 57-NQ/TW',
  period: periodFromKey('2025-Q3'),
  groups: [
    {
      code: 'I',
      title:
        'Nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ, quyết liệt lãnh đạo, chỉ đạo, tạo xung lực mới, khí thế mới trong toàn xã hội về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    },
    {
      code: 'II',
      title:
        'Tích cực tham gia xây dựng hoàn thiện thể chế; xoá bỏ mọi tư tưởng, quan niệm, rào cản đang cản trở sự phát triển',
    },
    { code: 'IV', title: 'Phát triển, trọng dụng nhân lực chất lượng cao, nhân tài' },
  ],
  tasks: [
    task(
      'I.1',
      'Xây dựng, trình UBND tỉnh ban hành chương trình tuyên truyền về Nghị quyết 57-NQ/TW.',
      '3/2025',
      'done_on_time',
      [SKHCN],
      [
        rep(SKHCN, 'done', 'Đã tham mưu UBND tỉnh ban hành Quyết định số 456/QĐ-UBND.', {
          completedOn: '2025-03-20',
        }),
      ],
    ),
    task(
      'I.2',
      'Tổ chức quán triệt Nghị quyết 57-NQ/TW đến toàn thể cán bộ, công chức.',
      'Thường xuyên',
      'ongoing',
      [SNV],
      [
        rep(SNV, 'in_progress', '- Tổ chức 03 hội nghị quán triệt\n- Đăng tải tài liệu trên cổng', {
          difficulties: 'Kinh phí tổ chức hội nghị còn hạn chế.',
          proposals: 'Đề nghị bố trí kinh phí cho công tác tuyên truyền.',
        }),
      ],
      [
        rep(SGDDT, 'in_progress', 'Quán triệt đến 100% trường học.', {
          difficulties: 'Kinh phí tổ chức hội nghị còn hạn chế',
        }),
      ],
    ),
    task(
      'I.4',
      'Xây dựng hệ thống theo dõi, đánh giá việc thực hiện Nghị quyết.',
      '12/2025',
      'in_progress',
      [SKHCN, SNV],
      [
        rep(SKHCN, 'done', 'Đã hoàn thành phần mềm theo dõi.', { completedOn: '2025-08-30' }),
        rep(SNV, 'in_progress', 'Đang hoàn thiện quy chế vận hành.'),
      ],
      [],
      true,
    ),
    task(
      'II.1',
      'Rà soát, đề xuất sửa đổi các quy định về quản lý nhiệm vụ khoa học và công nghệ.',
      '3/2025',
      'overdue',
      [SKHCN],
      [
        rep(SKHCN, 'in_progress', 'Đang rà soát 12 văn bản quy phạm pháp luật.', {
          proposals: 'Đề nghị Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn.',
        }),
      ],
    ),
    task(
      'II.2',
      'Ban hành cơ chế đặc thù về tài chính cho hoạt động khoa học và công nghệ.',
      'Sau khi có văn bản hướng dẫn thực hiện',
      'waiting',
      [STC],
      [
        rep(STC, 'not_started', null, {
          proposals: 'Đề nghị bố trí kinh phí cho công tác tuyên truyền.',
        }),
      ],
    ),
    task(
      'II.3',
      'Hoàn thiện quy định về chia sẻ dữ liệu giữa các cơ quan nhà nước.',
      '2026',
      'no_report',
      [CA],
    ),
    task(
      'II.4',
      'Ban hành quy chế quản lý, khai thác cơ sở dữ liệu dùng chung của tỉnh.',
      '02/2025',
      'overdue',
      [CA],
    ),
    task(
      'IV.1',
      'Đào tạo, bồi dưỡng cán bộ, công chức về chuyển đổi số và đổi mới sáng tạo.',
      '2025',
      'in_progress',
      [SNV],
      [rep(SNV, 'in_progress', LONG_PROGRESS)],
    ),
    task(
      'IV.2',
      'Xây dựng chính sách thu hút nhân lực chất lượng cao.',
      '6/2025',
      'done_late',
      [SGDDT],
      [rep(SGDDT, 'done', 'Đã ban hành chính sách.', { completedOn: '2025-08-01' })],
    ),
    task(
      'IV.3',
      'Xây dựng cơ sở dữ liệu chuyên gia, nhà khoa học của tỉnh.',
      '2026',
      'not_started',
      [STC],
      [rep(STC, 'not_started', 'Chưa triển khai do chưa bố trí được kinh phí.')],
    ),
  ],
  indicators: [
    indicator(
      '1',
      'Tiềm lực, trình độ khoa học, công nghệ và đổi mới sáng tạo',
      'Thứ bậc',
      'Đạt mức trung bình ở các lĩnh vực quan trọng',
      null,
      'not_met',
    ),
    indicator('3', 'Tỷ lệ đóng góp của TFP vào tăng trưởng', '%', '≥ 37,6', 35.2),
    indicator('4', 'Tỷ trọng kinh tế số', '% GRDP', '9-10', 9.5),
    indicator('6', 'Chỉ tiêu về thủ tục hành chính', '', '', null),
    indicator('6.1', 'Tỷ lệ sử dụng dịch vụ công trực tuyến', '%', '≥ 80', 82.4),
    indicator('9', 'Chỉ số phát triển con người', 'HDI', '> 0,623', 0.61),
    indicator(
      '10',
      'Chi ngân sách cho khoa học, công nghệ',
      '% tổng chi NSNN',
      '≥ 3% và tăng dần',
      null,
    ),
    // A target set for this very year: judged now.
    indicator(
      '25',
      'Tỷ lệ hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng',
      '%',
      '≥ 90',
      85,
      null,
      2025,
    ),
  ],
  register: [
    register(SKHCN, 'on_time'),
    register(SNV, 'on_time'),
    register(STC, 'late'),
    register(SGDDT, 'on_time'),
    register(CA, 'missing'),
    register({ id: 36, name: 'Bộ Khoa học và Công nghệ' }, 'not_expected'),
  ],
};

function section(sections: NarrativeSection[], key: string): string {
  const s = sections.find((x) => x.key === key);
  if (!s) throw new Error(`no section ${key}`);
  return s.paragraphs.join('\n');
}

describe('draftNarrative', () => {
  const sections = draftNarrative(INPUT);
  const all = sections.flatMap((s) => [s.title, ...s.paragraphs]).join('\n');

  it('drafts the five sections in order with their titles', () => {
    expect(sections.map((s) => [s.key, s.title])).toEqual([
      ['I', 'Công tác chỉ đạo, triển khai'],
      ['II', 'Kết quả thực hiện'],
      ['III', 'Đánh giá chung'],
      ['IV', 'Nhiệm vụ trọng tâm quý IV năm 2025'],
      ['V', 'Đề xuất, kiến nghị'],
    ]);
    expect(sections.every((s) => s.paragraphs.length > 0)).toBe(true);
  });

  it('never prints undefined, null, NaN or empty paragraphs', () => {
    expect(all).not.toMatch(/undefined|null|NaN|\[object/);
    expect(sections.flatMap((s) => s.paragraphs).every((p) => p.trim() !== '')).toBe(true);
  });

  it('I: refers to the plan and counts the agencies that reported', () => {
    const s = section(sections, 'I');
    // The report's first sentence cites the plan in full; section I uses its short name.
    const named = draftNarrative({ ...INPUT, planShortName: 'Kế hoạch số 45/KH-UBND' });
    expect(section(named, 'I')).toContain(
      'Triển khai Kế hoạch số 45/KH-UBND, trong quý III năm 2025, các sở, ban, ngành',
    );
    expect(section(named, 'I')).not.toContain('57-NQ/TW');
    expect(s).toContain('trong quý III năm 2025');
    expect(s).toContain(
      'Có 5 cơ quan, đơn vị phải báo cáo; đã nhận được báo cáo của 4 cơ quan, đơn vị (3 báo cáo đúng hạn và 1 báo cáo muộn); còn 1 cơ quan, đơn vị chưa gửi báo cáo',
    );
  });

  it('II.1: counts indicators; names the ones not met, and the ones not yet due with their progress', () => {
    const s = section(sections, 'II');
    expect(s).toContain('1. Về các chỉ tiêu');
    expect(s).toContain(
      'Trong tổng số 7 chỉ tiêu có mục tiêu cụ thể, có 2 chỉ tiêu đạt, 1 chỉ tiêu chưa đạt, 3 chỉ tiêu chưa đến kỳ đánh giá và 1 chỉ tiêu chưa có số liệu (Chi tiết tại Phụ lục I).',
    );
    const ps = sections[1]!.paragraphs;
    const notMet = ps.indexOf('Các chỉ tiêu chưa đạt mục tiêu:');
    expect(ps[notMet + 1]).toBe(
      '- Chỉ tiêu 25 (Tỷ lệ hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng): kết quả 85%, mục tiêu ≥ 90% đến năm 2025.',
    );
    expect(ps[notMet + 2]?.startsWith('- ')).toBe(false);
    // Targets for 2030 judged in 2025: progress, never a failure.
    const notDue = ps.indexOf('Các chỉ tiêu chưa đến kỳ đánh giá (kết quả so với mục tiêu):');
    expect(notDue).toBeGreaterThan(notMet);
    expect(ps.slice(notDue + 1, notDue + 4)).toEqual([
      '- Chỉ tiêu 1 (Tiềm lực, trình độ khoa học, công nghệ và đổi mới sáng tạo): đánh giá định tính, mục tiêu “Đạt mức trung bình ở các lĩnh vực quan trọng” đến năm 2030.',
      '- Chỉ tiêu 3 (Tỷ lệ đóng góp của TFP vào tăng trưởng): kết quả 35,2%, đạt 93,6% mục tiêu ≥ 37,6% đến năm 2030.',
      '- Chỉ tiêu 9 (Chỉ số phát triển con người): kết quả 0,61, đạt 97,9% mục tiêu > 0,623 đến năm 2030.',
    ]);
    expect(s).toContain(
      'Có 1 chỉ tiêu chưa có số liệu (chỉ tiêu 10); đề nghị các cơ quan theo dõi cập nhật số liệu trong quý IV năm 2025.',
    );
    expect(s).not.toContain('Chỉ tiêu 4 (');
    expect(s).not.toContain('đánh giá chưa đạt');
  });

  it('III and IV: only indicators whose horizon has come count as shortcomings', () => {
    const iii = section(sections, 'III');
    expect(iii).toContain('Có 1 chỉ tiêu chưa đạt mục tiêu và 1 chỉ tiêu chưa có số liệu.');
    expect(iii).not.toContain('Chỉ tiêu 3');
    // No "0 chỉ tiêu chưa đạt" when none is missed.
    const noneMissed = draftNarrative({
      ...INPUT,
      indicators: INPUT.indicators.filter((x) => x.assessment !== 'not_met'),
    });
    expect(section(noneMissed, 'III')).toContain('Có 1 chỉ tiêu chưa có số liệu.');
    expect(section(noneMissed, 'III')).not.toContain('0 chỉ tiêu');
    expect(section(sections, 'IV')).toContain(
      'có giải pháp cải thiện 1 chỉ tiêu chưa đạt và thúc đẩy 3 chỉ tiêu chưa đến kỳ đánh giá để đạt mục tiêu đề ra.',
    );
    // In 2030 the same values against the same 2030 targets are shortcomings.
    const in2030 = draftNarrative({
      ...INPUT,
      period: periodFromKey('2030-Q3'),
      indicators: INPUT.indicators.map((x) => ({
        ...x,
        assessment: indicatorAssessment(x.target, x.value, x.judgement, {
          horizon: x.horizon,
          periodEnd: '2030-09-30',
        }),
      })),
    });
    expect(section(in2030, 'III')).toContain(
      'Có 4 chỉ tiêu chưa đạt mục tiêu và 1 chỉ tiêu chưa có số liệu.',
    );
    expect(section(in2030, 'II')).toContain(
      '- Chỉ tiêu 3 (Tỷ lệ đóng góp của TFP vào tăng trưởng): kết quả 35,2%, mục tiêu ≥ 37,6% đến năm 2030.',
    );
  });

  it('II.2: counts tasks by status with Vietnamese percentages, then one block per group', () => {
    const s = section(sections, 'II');
    expect(s).toContain('2. Về các nhiệm vụ');
    expect(s).toContain(
      'Trong tổng số 10 nhiệm vụ (Chi tiết tại Phụ lục II), có 1 nhiệm vụ hoàn thành đúng hạn (10%); 1 nhiệm vụ hoàn thành quá hạn (10%); 2 nhiệm vụ đang thực hiện trong hạn (20%); 1 nhiệm vụ chưa triển khai (10%); 2 nhiệm vụ quá hạn, chưa hoàn thành (20%); 1 nhiệm vụ thường xuyên (10%); 1 nhiệm vụ chưa đến điều kiện thực hiện (10%) và 1 nhiệm vụ chưa có báo cáo (10%).',
    );
    expect(s).toContain(
      'Tổng số nhiệm vụ đã hoàn thành là 2 (20%). Trong số nhiệm vụ quá hạn, có 1 nhiệm vụ cơ quan chủ trì chưa gửi báo cáo (nhiệm vụ II.4).',
    );
    const ps = sections[1]!.paragraphs;
    expect(ps).toContain(
      'a) Nhóm nhiệm vụ I: Nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ, quyết liệt lãnh đạo, chỉ đạo, tạo xung lực mới, khí thế mới trong toàn xã hội về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    );
    expect(ps).toContain(
      'b) Nhóm nhiệm vụ II: Tích cực tham gia xây dựng hoàn thiện thể chế; xoá bỏ mọi tư tưởng, quan niệm, rào cản đang cản trở sự phát triển',
    );
    expect(ps).toContain(
      'c) Nhóm nhiệm vụ IV: Phát triển, trọng dụng nhân lực chất lượng cao, nhân tài',
    );
    expect(ps).toContain(
      'Nhóm có 3 nhiệm vụ, trong đó 1 nhiệm vụ hoàn thành đúng hạn (33,3%); 1 nhiệm vụ đang thực hiện trong hạn (33,3%) và 1 nhiệm vụ thường xuyên (33,3%).',
    );
  });

  it('II.2: quotes each agency under the task it reported on, as whole sentences', () => {
    const ps = sections[1]!.paragraphs;
    expect(ps).toContain(
      '- Nhiệm vụ I.1 (Xây dựng, trình UBND tỉnh ban hành chương trình tuyên truyền về Nghị quyết 57-NQ/TW): Sở Khoa học và Công nghệ báo cáo: Đã tham mưu UBND tỉnh ban hành Quyết định số 456/QĐ-UBND.',
    );
    // Several agencies on one task: each on its own line under the task.
    const at = ps.indexOf(
      '- Nhiệm vụ I.2 (Tổ chức quán triệt Nghị quyết 57-NQ/TW đến toàn thể cán bộ, công chức):',
    );
    expect(ps.slice(at + 1, at + 3)).toEqual([
      '+ Sở Nội vụ: Tổ chức 03 hội nghị quán triệt. Đăng tải tài liệu trên cổng.',
      '+ Sở Giáo dục và Đào tạo: Quán triệt đến 100% trường học.',
    ]);
    // A long text is quoted whole up to the limit, never cut with "…".
    const long = ps.find((p) => p.startsWith('- Nhiệm vụ IV.1 ('));
    expect(long).toContain('Sở Nội vụ báo cáo: Đã ban hành Kế hoạch số 120/KH-SNV');
    expect(long).toMatch(/\.$/);
    const quotes = ps.filter((p) => /^[-+] (Nhiệm vụ|Sở|Công an)/.test(p));
    for (const q of quotes) {
      expect(q, q).not.toContain('…');
      expect(q, q).toMatch(/[.:]$/);
    }
  });

  it('III: names overdue tasks, counts missing agencies and quotes difficulties once', () => {
    const s = section(sections, 'III');
    expect(s).toContain('1. Ưu điểm');
    expect(s).toContain('đã hoàn thành 2 nhiệm vụ, trong đó 1 nhiệm vụ đúng hạn');
    expect(s).toContain('2. Tồn tại, hạn chế');
    // Overdue tasks come first, the ones without a report named as such.
    const weak = sections[2]!.paragraphs;
    const at = weak.indexOf('2. Tồn tại, hạn chế');
    expect(weak[at + 1]).toBe(
      'Còn 2 nhiệm vụ quá hạn nhưng chưa hoàn thành, trong đó 1 nhiệm vụ cơ quan chủ trì chưa gửi báo cáo:',
    );
    expect(weak[at + 2]).toBe(
      '- Nhiệm vụ II.1: Rà soát, đề xuất sửa đổi các quy định về quản lý nhiệm vụ khoa học và công nghệ (thời hạn: 3/2025; chủ trì: Sở Khoa học và Công nghệ).',
    );
    expect(weak[at + 3]).toBe(
      '- Nhiệm vụ II.4: Ban hành quy chế quản lý, khai thác cơ sở dữ liệu dùng chung của tỉnh (thời hạn: 02/2025; chủ trì: Công an tỉnh; chưa có báo cáo).',
    );
    expect(s).toContain(
      'Có 2 nhiệm vụ chưa có báo cáo của cơ quan chủ trì (nhiệm vụ II.3, II.4), trong đó 1 nhiệm vụ đã quá hạn.',
    );
    expect(s).toContain('Có 1 nhiệm vụ hoàn thành nhưng chậm so với thời hạn (nhiệm vụ IV.2).');
    expect(s).toContain('Có 1 nhiệm vụ cơ quan chủ trì báo cáo chưa triển khai (nhiệm vụ IV.3).');
    // "Not started" is never counted as work under way.
    expect(s).not.toMatch(/\d+ nhiệm vụ đang thực hiện trong hạn[^.]*IV\.3/);
    expect(s).toContain('(nhiệm vụ I.4), cần rà soát, thống nhất.');
    expect(s).toContain('còn 1 cơ quan, đơn vị chưa gửi báo cáo (Công an tỉnh)');
    expect(s).toContain('1 cơ quan, đơn vị gửi báo cáo muộn');
    expect(s).toContain('3. Nguyên nhân');
    // The same difficulty from two agencies is quoted once, with both names, sorted into
    // khách quan / chủ quan, and the draft says which kind the agencies did not name.
    const causes = weak.slice(weak.indexOf('3. Nguyên nhân') + 1);
    expect(causes).toEqual([
      'a) Nguyên nhân khách quan',
      '- Kinh phí tổ chức hội nghị còn hạn chế (Sở Nội vụ; Sở Giáo dục và Đào tạo).',
      'b) Nguyên nhân chủ quan',
      'Các cơ quan, đơn vị chưa nêu nguyên nhân chủ quan.',
    ]);
    expect(s.match(/Kinh phí tổ chức hội nghị/g)).toHaveLength(1);
  });

  it('IV: lists overdue tasks and the tasks falling due in the next period', () => {
    const s = section(sections, 'IV');
    expect(s).toContain(
      '- Khẩn trương hoàn thành 2 nhiệm vụ đã quá hạn (nhiệm vụ II.1, II.4); đề nghị cơ quan chủ trì báo cáo ngay kết quả thực hiện 1 nhiệm vụ quá hạn chưa có báo cáo (nhiệm vụ II.4).',
    );
    expect(s).toContain(
      '- Hoàn thành 2 nhiệm vụ đến hạn trong quý IV năm 2025 (thời hạn đến ngày 31/12/2025):',
    );
    expect(s).toContain(
      '+ Nhiệm vụ I.4: Xây dựng hệ thống theo dõi, đánh giá việc thực hiện Nghị quyết (thời hạn: 12/2025; chủ trì: Sở Khoa học và Công nghệ; Sở Nội vụ).',
    );
    expect(s).toContain('(thời hạn: 2025; chủ trì: Sở Nội vụ).');
    // Due in 2026, beyond the next quarter.
    expect(s).not.toContain('Nhiệm vụ II.3');
    expect(s).toContain('- Khẩn trương triển khai 1 nhiệm vụ chưa triển khai (nhiệm vụ IV.3).');
    expect(s).toContain(
      '- Đôn đốc 1 cơ quan, đơn vị chưa gửi báo cáo; cập nhật số liệu 1 chỉ tiêu',
    );
  });

  it('follows PRODUCT.md: due in the period, due next period and overdue are different lists', () => {
    const r = (status: ReportedStatus, completedOn: string | null = null) => [
      rep(SKHCN, status, 'Báo cáo.', { completedOn }),
    ];
    const tasks = [
      task('I.1', 'Quá hạn từ đầu năm, chưa báo cáo.', '02/2025', 'overdue', [SKHCN]),
      task(
        'I.2',
        'Hoàn thành trong kỳ.',
        '8/2025',
        'done_on_time',
        [SKHCN],
        r('done', '2025-08-20'),
      ),
      task('I.3', 'Đến hạn ngày cuối kỳ.', '9/2025', 'in_progress', [SKHCN], r('in_progress')),
      task('I.4', 'Quá hạn trong kỳ.', '7/2025', 'overdue', [SKHCN], r('in_progress')),
      task('I.5', 'Đến hạn quý sau.', '12/2025', 'in_progress', [SKHCN], r('in_progress')),
      task('I.6', 'Đến hạn cuối năm, chưa báo cáo.', '2025', 'no_report', [SKHCN]),
      task('I.7', 'Xong sớm.', '10/2025', 'done_on_time', [SKHCN], r('done', '2025-09-15')),
      task('I.8', 'Năm sau.', '2026', 'in_progress', [SKHCN], r('in_progress')),
      task('I.9', 'Giai đoạn.', '2025 – 2030', 'in_progress', [SKHCN], r('in_progress')),
      task('I.10', 'Thường xuyên.', 'Thường xuyên', 'ongoing', [SKHCN], r('in_progress')),
      task('I.11', 'Đầu năm sau.', '3/2026', 'not_started', [SKHCN], r('not_started')),
    ];
    const s = draftNarrative({ ...INPUT, tasks });
    const ii = section(s, 'II');
    expect(ii).toContain(
      'Trong kỳ có 3 nhiệm vụ đến hạn (thời hạn từ ngày 01/07/2025 đến ngày 30/09/2025), trong đó 1 nhiệm vụ hoàn thành đúng hạn (nhiệm vụ I.2); 1 nhiệm vụ đang thực hiện trong hạn (nhiệm vụ I.3) và 1 nhiệm vụ quá hạn, chưa hoàn thành (nhiệm vụ I.4).',
    );
    const iv = s.find((x) => x.key === 'IV')!.paragraphs;
    expect(iv).toContain(
      '- Khẩn trương hoàn thành 2 nhiệm vụ đã quá hạn (nhiệm vụ I.1, I.4); đề nghị cơ quan chủ trì báo cáo ngay kết quả thực hiện 1 nhiệm vụ quá hạn chưa có báo cáo (nhiệm vụ I.1).',
    );
    const at = iv.indexOf(
      '- Hoàn thành 2 nhiệm vụ đến hạn trong quý IV năm 2025 (thời hạn đến ngày 31/12/2025):',
    );
    expect(at).toBeGreaterThan(0);
    expect(iv.slice(at + 1, at + 3).map((p) => p.slice(0, 15))).toEqual([
      '+ Nhiệm vụ I.5:',
      '+ Nhiệm vụ I.6:',
    ]);
    expect(iv[at + 3]?.startsWith('+ ')).toBe(false);

    // A month: the next period is the next month; nothing due in it, no list.
    const oct = draftNarrative({ ...INPUT, tasks, period: periodFromKey('2025-10') });
    expect(section(oct, 'II')).toContain(
      'Trong kỳ có 1 nhiệm vụ đến hạn (thời hạn từ ngày 01/10/2025 đến ngày 31/10/2025), trong đó 1 nhiệm vụ hoàn thành đúng hạn (nhiệm vụ I.7).',
    );
    expect(section(oct, 'IV')).not.toContain('nhiệm vụ đến hạn trong');
    // A year: due in the period is the whole year, the next is 2026.
    const year = draftNarrative({ ...INPUT, tasks, period: periodFromKey('2025') });
    expect(section(year, 'IV')).toContain(
      '- Hoàn thành 2 nhiệm vụ đến hạn trong năm 2026 (thời hạn đến ngày 31/12/2026):',
    );
  });

  it('says so when no task falls due in the period', () => {
    const tasks = INPUT.tasks.filter((t) => t.deadline.kind !== 'date');
    expect(section(draftNarrative({ ...INPUT, tasks }), 'II')).toContain(
      'Trong kỳ không có nhiệm vụ nào đến hạn (thời hạn từ ngày 01/07/2025 đến ngày 30/09/2025).',
    );
  });

  it('V: quotes proposals, deduplicated, with the agencies that made them', () => {
    const s = section(sections, 'V');
    expect(s).toContain(
      '- Sở Nội vụ, Sở Tài chính: Đề nghị bố trí kinh phí cho công tác tuyên truyền.',
    );
    expect(s).toContain(
      '- Sở Khoa học và Công nghệ: Đề nghị Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn.',
    );
    expect(s.match(/bố trí kinh phí/g)).toHaveLength(1);
  });

  it('formats counts above a thousand the Vietnamese way', () => {
    const many = Array.from({ length: 1200 }, (_, i) =>
      task(`I.${i + 1}`, 'Nhiệm vụ', 'Thường xuyên', 'ongoing', [SNV]),
    );
    const s = draftNarrative({ ...INPUT, tasks: many });
    expect(section(s, 'II')).toContain(
      'Cả 1.200 nhiệm vụ của Kế hoạch (Chi tiết tại Phụ lục II) đều là nhiệm vụ thường xuyên.',
    );
  });

  it('writes what a clerk would: no zero counts, no figure twice, no list cut with "…"', () => {
    const done = ['I.1', 'I.2', 'I.3'].map((code) =>
      task(code, `Nhiệm vụ ${code}`, '3/2025', 'done_on_time', [SNV]),
    );
    const many = Array.from({ length: 15 }, (_, i) =>
      register({ id: 100 + i, name: `Sở Thứ ${i + 1}` }, 'missing'),
    );
    const s = draftNarrative({
      ...INPUT,
      tasks: done,
      indicators: INPUT.indicators.filter((x) => x.assessment === 'no_data'),
      register: many,
    });
    const text = s.flatMap((x) => x.paragraphs).join('\n');
    expect(text).not.toMatch(/\b0 (chỉ tiêu|nhiệm vụ|cơ quan)/);
    expect(text).not.toContain('…');
    expect(text).not.toMatch(/đơn vị khác/);
    // Every missing agency by name.
    for (let i = 1; i <= 15; i++) expect(section(s, 'III')).toContain(`Sở Thứ ${i}`);
    // 3 done, all on time: said once.
    expect(section(s, 'III')).toContain('đã hoàn thành 3 nhiệm vụ đúng hạn');
    expect(text).not.toMatch(/đã hoàn thành 3 nhiệm vụ, trong đó 3/);
    expect(text).not.toMatch(/Tổng số nhiệm vụ đã hoàn thành là 3/);
    expect(section(s, 'II')).toContain(
      'Cả 3 nhiệm vụ của Kế hoạch (Chi tiết tại Phụ lục II) đều hoàn thành đúng hạn.',
    );
    expect(section(s, 'II')).toContain(
      'Trong tổng số 1 chỉ tiêu có mục tiêu cụ thể, có 1 chỉ tiêu chưa có số liệu; trong kỳ chưa có chỉ tiêu nào đủ số liệu để đánh giá đạt hay chưa đạt mục tiêu (Chi tiết tại Phụ lục I).',
    );
    // Appendix references written one way.
    expect(text).not.toContain('(chi tiết tại');
  });

  it('drafts sensible text for an empty period', () => {
    const s = draftNarrative({
      periodLabel: 'tháng 10 năm 2025',
      period: periodFromKey('2025-10'),
      planTitle: '',
      groups: [],
      tasks: [],
      indicators: [],
      register: [],
    });
    const text = s.flatMap((x) => x.paragraphs).join('\n');
    expect(text).not.toMatch(/undefined|null|NaN/);
    expect(text).toContain('Chưa có nhiệm vụ nào được theo dõi trong kỳ.');
    expect(text).toContain('Các cơ quan, đơn vị chưa có đề xuất, kiến nghị.');
  });
});

describe('text helpers', () => {
  it('cuts long quotes at a sentence end, or at a word when no sentence ends early enough', () => {
    expect(truncateAtSentence('Ngắn gọn.', 50)).toBe('Ngắn gọn.');
    expect(truncateAtSentence('Câu một rất dài ở đây. Câu hai cũng dài nữa.', 30)).toBe(
      'Câu một rất dài ở đây. …',
    );
    expect(truncateAtSentence('Một hai ba bốn năm sáu bảy tám chín mười', 20)).toBe(
      'Một hai ba bốn năm…',
    );
  });

  it('cleans agencies’ bullets and line breaks, and shortens group titles', () => {
    expect(cleanQuote('- Việc một;\n+ Việc hai\n\n')).toBe('Việc một. Việc hai.');
    expect(cleanQuote('   ')).toBeNull();
    expect(shortTitle('Tăng cường đầu tư; hoàn thiện hạ tầng')).toBe(
      'Tăng cường đầu tư; hoàn thiện hạ tầng',
    );
  });
});
