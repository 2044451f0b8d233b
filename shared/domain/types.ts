// Domain types shared by backend, renderer and command line. Names follow PRODUCT.md's glossary.

/** ISO calendar date `yyyy-mm-dd`; shown to users as dd/mm/yyyy. */
export type IsoDate = string;

export type DeadlineKind = 'date' | 'range' | 'recurring' | 'conditional' | 'none';

/** A task's "Thời gian hoàn thành", parsed; `text` is the plan's wording, kept verbatim. */
export interface Deadline {
  text: string;
  kind: DeadlineKind;
  /** Due date for `date` and `range` (end of the range); null otherwise. */
  due: IsoDate | null;
  /** First day of a `range` (`2026 – 2030` → 2026-01-01); null otherwise. */
  start: IsoDate | null;
}

export type TargetOp = '>=' | '>' | '<=' | '<' | '=' | 'range' | 'text';

/** An indicator's "Mục tiêu/Kết quả", parsed; `text` is the plan's wording. */
export interface Target {
  text: string;
  op: TargetOp | null;
  value: number | null;
  /** Upper bound of a `range` (`9-10` → value 9, value2 10). */
  value2: number | null;
  /** The part after the number, e.g. `và tăng dần theo yêu cầu phát triển`. */
  qualifier: string | null;
}

export type AgencyKind =
  | 'department' // sở và tương đương (Văn phòng UBND, Thanh tra)
  | 'sector' // ban, ngành, cơ quan trung ương đóng trên địa bàn (Công an, BCH Quân sự, NHNN, Thuế…)
  | 'commune' // UBND xã, phường
  | 'organisation' // hội, hiệp hội, trường, đài, báo
  | 'party' // cơ quan Đảng (Ban Tuyên giáo Tỉnh ủy)
  | 'central' // bộ, ngành trung ương
  | 'enterprise'; // doanh nghiệp

export interface AgencyRef {
  id: number;
  name: string;
}

export interface Agency {
  id: number;
  key: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: AgencyKind;
  active: boolean;
  /** Agency that took over after a merger; null when the agency still exists. */
  successor: AgencyRef | null;
  /** End of the successor chain: the agency that carries the work today (itself if active). */
  current: AgencyRef;
  /** Whether the agency sends progress reports to the secretariat. */
  reports: boolean;
}

/** A set of agencies named collectively in the plan ("Các sở, ban, ngành"). */
export interface AssignmentGroup {
  id: number;
  key: string;
  name: string;
  memberKinds: AgencyKind[];
}

/** One entry of a task's lead or partner list: an agency or an assignment group. */
export type Assignee =
  | { type: 'agency'; id: number; name: string; currentId: number; currentName: string }
  | { type: 'group'; id: number; key: string; name: string };

export interface Plan {
  id: number;
  key: string;
  number: string;
  symbol: string;
  issuer: string;
  issuedOn: IsoDate | null;
  title: string;
}

export interface TaskGroup {
  id: number;
  planId: number;
  code: string;
  title: string;
  position: number;
}

export interface Task {
  id: number;
  planId: number;
  /** Group code (`I`…`VII`). */
  group: string;
  /** Unique within the plan, e.g. `I.6`, `VI.12b` where the source repeats a number. */
  code: string;
  /** The number as printed in the plan (two tasks of group VI print "12"). */
  number: string;
  text: string;
  leadText: string;
  partnersText: string;
  lead: Assignee[];
  partners: Assignee[];
  output: string;
  deadline: Deadline;
  position: number;
}

export interface Indicator {
  id: number;
  planId: number;
  code: string;
  parent: string | null;
  horizon: number;
  text: string;
  unit: string;
  target: Target | null;
  agencyText: string;
  /** Monitoring agency as linked, with the agency that carries it today. */
  agency: Extract<Assignee, { type: 'agency' }> | null;
  position: number;
}

export interface DocumentSettings {
  parentAgency: string;
  agency: string;
  abbreviation: string;
  place: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  addressees: string[];
  recipients: string[];
  archiveLine: string;
}

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'adhoc';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 0 for a year; sequence for ad hoc. */
  index: number;
  start: IsoDate;
  end: IsoDate;
  due: IsoDate;
  /** `2025-10`, `2025-Q3`, `2025-H1`, `2025`, `2025-A1`. */
  key: string;
}
