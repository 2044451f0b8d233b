import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AgencyKind } from '../../shared/domain/types';
import { foldVietnamese } from '../../shared/domain/text';

// Checks the transcription of the Lai Châu plan (seeds/lai-chau-57/plan.json) and the agency
// catalogue (seeds/agencies.json) against the source appendices (Phụ lục I and II).

interface SeedTask {
  group: string;
  number: string;
  code: string;
  text: string;
  leadText: string;
  lead: string[];
  partnersText: string;
  partners: string[];
  output: string;
  deadlineText: string;
}

interface SeedIndicator {
  code: string;
  parent: string | null;
  horizon: number;
  text: string;
  unit: string;
  targetText: string;
  agencyText: string;
  agency: string | null;
}

interface SeedPlan {
  plan: {
    key: string;
    number: string;
    symbol: string;
    issuer: string;
    issuedOn: string | null;
    title: string;
  };
  groups: { code: string; title: string }[];
  tasks: SeedTask[];
  indicators: SeedIndicator[];
}

interface SeedAgency {
  key: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: AgencyKind;
  active: boolean;
  successor: string | null;
  reports: boolean;
}

interface SeedAgencies {
  agencies: SeedAgency[];
  groups: { key: string; name: string; memberKinds: AgencyKind[] }[];
}

function readJson<T>(relative: string): T {
  const url = new URL(relative, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as T;
}

const plan = readJson<SeedPlan>('../../seeds/lai-chau-57/plan.json');
const catalogue = readJson<SeedAgencies>('../../seeds/agencies.json');

const GROUP_CODES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];
const TASKS_PER_GROUP: Record<string, number> = {
  I: 13,
  II: 5,
  III: 16,
  IV: 7,
  V: 17,
  VI: 15,
  VII: 2,
};
const KINDS: AgencyKind[] = [
  'department',
  'sector',
  'commune',
  'organisation',
  'party',
  'central',
  'enterprise',
];

const agencyKeys = new Set(catalogue.agencies.map((a) => a.key));
const groupKeys = new Set(catalogue.groups.map((g) => g.key));
const resolves = (key: string): boolean => agencyKeys.has(key) || groupKeys.has(key);

/** Case-, diacritic-, space- and punctuation-insensitive form used to detect clashing names. */
const norm = (s: string): string => foldVietnamese(s.replace(/[.,;:\-–&]/g, ' '));

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('seed plan lai-chau-57: metadata and groups', () => {
  it('has the plan metadata', () => {
    expect(plan.plan.key).toBe('lai-chau-57-2025');
    expect(plan.plan.symbol).toBe('KH-UBND');
    expect(plan.plan.issuer).toBe('Ủy ban nhân dân tỉnh Lai Châu');
    expect(plan.plan.title).toContain('57-NQ/TW');
    expect(plan.plan.issuedOn === null || /^2025-02-\d\d$/.test(plan.plan.issuedOn)).toBe(true);
  });

  it('has the seven task groups I–VII in order, each with a title', () => {
    expect(plan.groups.map((g) => g.code)).toEqual(GROUP_CODES);
    for (const g of plan.groups) expect(g.title.length).toBeGreaterThan(20);
  });
});

describe('seed plan lai-chau-57: tasks (Phụ lục II)', () => {
  it('has exactly 75 tasks, distributed over the groups as printed', () => {
    expect(plan.tasks).toHaveLength(75);
    const counts: Record<string, number> = {};
    for (const t of plan.tasks) counts[t.group] = (counts[t.group] ?? 0) + 1;
    expect(counts).toEqual(TASKS_PER_GROUP);
  });

  it('keeps tasks grouped and in printed order', () => {
    const order = plan.tasks.map((t) => GROUP_CODES.indexOf(t.group));
    expect(order.every((g, i) => g >= 0 && g >= (order[i - 1] ?? 0))).toBe(true);
  });

  it('has unique codes built from group and printed number', () => {
    const codes = plan.tasks.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of plan.tasks) {
      expect(t.number).toMatch(/^\d+$/);
      expect([`${t.group}.${t.number}`, `${t.group}.${t.number}b`]).toContain(t.code);
    }
  });

  it('keeps the duplicated number 12 of group VI as VI.12 and VI.12b', () => {
    const twelve = plan.tasks.filter((t) => t.group === 'VI' && t.number === '12');
    expect(twelve.map((t) => t.code)).toEqual(['VI.12', 'VI.12b']);
    expect(plan.tasks.filter((t) => t.code.endsWith('b'))).toHaveLength(1);
  });

  it('gives every task a text, a lead text and at least one lead key', () => {
    for (const t of plan.tasks) {
      expect(t.text, t.code).not.toBe('');
      expect(t.leadText, t.code).not.toBe('');
      expect(t.lead.length, t.code).toBeGreaterThan(0);
    }
  });

  it('has partner keys exactly when there is a partner text', () => {
    for (const t of plan.tasks) {
      expect(t.partners.length > 0, t.code).toBe(t.partnersText !== '');
    }
  });

  it('merges cells continued across page breaks', () => {
    const byCode = new Map(plan.tasks.map((t) => [t.code, t]));
    expect(byCode.get('I.11')?.leadText).toBe(
      'Sở Thông tin và Truyền thông, Sở Khoa học và Công nghệ',
    );
    expect(byCode.get('I.11')?.deadlineText).toBe(
      'Sau khi có hướng dẫn của Bộ Thông tin và Truyền thông, Bộ Khoa học và Công nghệ',
    );
    expect(byCode.get('III.15')?.leadText).toBe('Sở Thông tin và Truyền thông');
    expect(byCode.get('III.9')?.text).toContain('môi trường, đô thị, an ninh trật tự.');
    expect(byCode.get('V.2')?.text).toBe(
      'Nâng cấp hệ thống giám sát an ninh mạng và điều hành thông minh tỉnh',
    );
    expect(byCode.get('V.7')?.text).toContain('cửa khẩu thông minh, triển khai');
  });
});

describe('seed plan lai-chau-57: indicators (Phụ lục I)', () => {
  const top = plan.indicators.filter((i) => i.parent === null);
  const sub = plan.indicators.filter((i) => i.parent !== null);

  it('has 24 top-level indicators numbered 1–24', () => {
    expect(top.map((i) => i.code)).toEqual(Array.from({ length: 24 }, (_, i) => String(i + 1)));
  });

  it('has sub-rows 6.1–6.12 and 13.1–13.2', () => {
    const expected = [
      ...Array.from({ length: 12 }, (_, i) => ['6', `6.${i + 1}`]),
      ['13', '13.1'],
      ['13', '13.2'],
    ];
    expect(sub.map((i) => [i.parent, i.code])).toEqual(expected);
  });

  it('has unique codes', () => {
    const codes = plan.indicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('leaves the parent rows 6 and 13 without unit, target or agency', () => {
    for (const code of ['6', '13']) {
      const row = plan.indicators.find((i) => i.code === code);
      expect(row).toMatchObject({ unit: '', targetText: '', agencyText: '', agency: null });
    }
  });

  it('gives every other row a unit, a target and a monitoring agency', () => {
    for (const i of plan.indicators.filter((x) => x.code !== '6' && x.code !== '13')) {
      expect(i.unit, i.code).not.toBe('');
      expect(i.targetText, i.code).not.toBe('');
      expect(i.agencyText, i.code).not.toBe('');
      expect(i.agency, i.code).not.toBeNull();
    }
  });

  it('sets horizon 2030 for 1–21 and 2045 for 22–24', () => {
    for (const i of plan.indicators) {
      const n = Number(i.code.split('.')[0]);
      expect(i.horizon, i.code).toBe(n <= 21 ? 2030 : 2045);
    }
  });

  it('repairs the OCR formulas of the targets', () => {
    const target = (code: string) => plan.indicators.find((i) => i.code === code)?.targetText;
    expect(target('3')).toBe('≥ 37,6');
    expect(target('9')).toBe('> 0,623');
    expect(target('10')).toBe('≥ 3% và tăng dần theo yêu cầu phát triển');
    expect(target('22')).toBe(
      'Phát triển vững chắc, góp phần đưa Lai Châu trở thành tỉnh có kinh tế, xã hội trên mức trung bình của cả nước',
    );
  });
});

describe('seed data: no extraction noise', () => {
  it('contains no LaTeX, HTML tags, double spaces or untrimmed strings', () => {
    for (const s of [...allStrings(plan), ...allStrings(catalogue)]) {
      expect(s).not.toMatch(/\$|\\geq|\\%|<\/?i>|\s{2,}/);
      expect(s).toBe(s.trim());
    }
  });
});

describe('seed agencies', () => {
  it('uses unique kebab-case keys across agencies and groups', () => {
    const keys = [...catalogue.agencies.map((a) => a.key), ...catalogue.groups.map((g) => g.key)];
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has no duplicated agency name, and no name or alias shared by two agencies', () => {
    const names = catalogue.agencies.map((a) => norm(a.name));
    expect(new Set(names).size).toBe(names.length);
    const owner = new Map<string, string>();
    for (const a of catalogue.agencies) {
      for (const n of new Set([a.name, a.shortName ?? a.name, ...a.aliases].map(norm))) {
        expect(owner.get(n) ?? a.key, `"${n}" names ${owner.get(n)} and ${a.key}`).toBe(a.key);
        owner.set(n, a.key);
      }
    }
  });

  it('uses known kinds', () => {
    for (const a of catalogue.agencies) expect(KINDS, a.key).toContain(a.kind);
    for (const g of catalogue.groups) {
      expect(g.memberKinds.length, g.key).toBeGreaterThan(0);
      for (const k of g.memberKinds) expect(KINDS, g.key).toContain(k);
    }
  });

  it('links merged agencies to an active successor; merged agencies do not report', () => {
    for (const a of catalogue.agencies) {
      if (a.successor === null) continue;
      expect(agencyKeys.has(a.successor), a.key).toBe(true);
      expect(a.active, a.key).toBe(false);
      expect(a.reports, a.key).toBe(false);
      const next = catalogue.agencies.find((x) => x.key === a.successor);
      expect(next?.active, a.key).toBe(true);
    }
  });

  it('records the 2025 mergers', () => {
    const successor = (key: string) => catalogue.agencies.find((a) => a.key === key)?.successor;
    const byName = (name: string) => catalogue.agencies.find((a) => a.name === name)?.key;
    const skhcn = byName('Sở Khoa học và Công nghệ');
    const stc = byName('Sở Tài chính');
    const snnmt = byName('Sở Nông nghiệp và Môi trường');
    const sxd = byName('Sở Xây dựng');
    const snv = byName('Sở Nội vụ');
    expect(successor(byName('Sở Thông tin và Truyền thông') ?? '')).toBe(skhcn);
    expect(successor(byName('Sở Kế hoạch và Đầu tư') ?? '')).toBe(stc);
    expect(successor(byName('Sở Tài nguyên và Môi trường') ?? '')).toBe(snnmt);
    expect(successor(byName('Sở Nông nghiệp và Phát triển nông thôn') ?? '')).toBe(snnmt);
    expect(successor(byName('Sở Giao thông vận tải') ?? '')).toBe(sxd);
    expect(successor(byName('Sở Lao động - Thương binh và Xã hội') ?? '')).toBe(snv);
  });

  it('resolves every task lead and partner key to an agency or a group', () => {
    for (const t of plan.tasks) {
      for (const k of [...t.lead, ...t.partners]) expect(resolves(k), `${t.code}: ${k}`).toBe(true);
      expect(new Set(t.lead).size, t.code).toBe(t.lead.length);
      expect(new Set(t.partners).size, t.code).toBe(t.partners.length);
    }
  });

  it('resolves every indicator agency key to an agency', () => {
    for (const i of plan.indicators) {
      if (i.agency !== null) expect(agencyKeys.has(i.agency), i.code).toBe(true);
    }
  });

  it('knows every agency spelling used by the indicators', () => {
    const known = new Set(
      catalogue.agencies.flatMap((a) => [a.name, a.shortName ?? a.name, ...a.aliases].map(norm)),
    );
    for (const i of plan.indicators) {
      if (i.agencyText !== '') expect(known.has(norm(i.agencyText)), i.code).toBe(true);
    }
  });

  it('maps the collective phrases to groups, not agencies', () => {
    const byCode = new Map(plan.tasks.map((t) => [t.code, t]));
    const local = catalogue.groups.find((g) => g.memberKinds.includes('commune'))?.key;
    const departments = catalogue.groups.find((g) => g.name === 'Các sở, ban, ngành')?.key;
    expect(local).toBeDefined();
    expect(departments).toBeDefined();
    expect(byCode.get('I.2')?.lead).toEqual([departments, local]);
    const i1 = byCode.get('I.1')?.partners ?? [];
    expect(i1).toHaveLength(3);
    expect(agencyKeys.has(i1[0] ?? '')).toBe(true);
    expect(i1.slice(1)).toEqual([departments, local]);
    expect(byCode.get('III.12')?.lead).toEqual([local]);
  });
});
