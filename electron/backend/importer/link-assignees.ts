// Links a cell such as "Sở Văn hóa, Thể thao và Du lịch; các sở, ban, ngành, địa phương" to
// agencies and assignment groups. Names are found by longest match in the folded text rather than
// by splitting on commas, because commas occur inside official names.
import type { AgencyKind } from '../../../shared/domain/types';
import { foldVietnamese } from '../../../shared/domain/text';

export interface LinkTarget {
  type: 'agency' | 'group';
  id: number;
  names: string[];
}

export interface LinkResult {
  links: { type: 'agency' | 'group'; id: number }[];
  /** Pieces of the text that named nothing known, for the preview to show. */
  unknown: string[];
}

/** Collective phrases of plan tables and the kind of agencies they stand for. */
const GROUP_PHRASES: { phrases: string[]; kinds: AgencyKind[] }[] = [
  {
    phrases: ['cac so, ban, nganh', 'cac so, nganh', 'so, ban, nganh', 'cac so ban nganh'],
    kinds: ['department', 'sector'],
  },
  {
    phrases: [
      'ubnd cac huyen, thanh pho',
      'ubnd cac huyen/thanh pho',
      'ubnd huyen, thanh pho',
      'ubnd cac huyen',
      'cac huyen/thanh pho du dieu kien',
      'ubnd cac xa, phuong',
      'dia phuong',
    ],
    kinds: ['commune'],
  },
  { phrases: ['cac doanh nghiep vien thong', 'doanh nghiep vien thong'], kinds: ['enterprise'] },
];

export function groupTargetsFromPhrases(
  groups: { id: number; name: string; memberKinds: AgencyKind[] }[],
): LinkTarget[] {
  return GROUP_PHRASES.flatMap((g) => {
    const group = groups.find((x) => x.memberKinds.join() === g.kinds.join());
    return group
      ? [{ type: 'group' as const, id: group.id, names: [group.name, ...g.phrases] }]
      : [];
  });
}

/** Marks text already claimed by a name, so shorter names cannot match inside it. */
const MASK = '¦';

export function linkAssignees(text: string, targets: LinkTarget[]): LinkResult {
  let rest = ` ${foldVietnamese(text).replace(/[;.]/g, ',')} `;
  const candidates = targets
    .flatMap((t) => t.names.map((n) => ({ t, words: foldVietnamese(n).replace(/[;.]/g, ',') })))
    .filter((c) => c.words.length >= 3)
    .sort((a, b) => b.words.length - a.words.length);
  const found: { at: number; t: LinkTarget }[] = [];
  for (const c of candidates) {
    for (let at = rest.indexOf(c.words); at >= 0; at = rest.indexOf(c.words)) {
      const before = rest[at - 1] ?? ' ';
      const after = rest[at + c.words.length] ?? ' ';
      if (/[a-z0-9]/.test(before) || /[a-z0-9]/.test(after)) break;
      found.push({ at, t: c.t });
      rest = rest.slice(0, at) + MASK.repeat(c.words.length) + rest.slice(at + c.words.length);
    }
  }
  const links: LinkResult['links'] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) {
    if (!links.some((l) => l.type === f.t.type && l.id === f.t.id))
      links.push({ type: f.t.type, id: f.t.id });
  }
  const unknown = rest
    .split(/[¦,]+/)
    .map((s) => s.replace(/\b(va|cac|cua|voi)\b/g, ' ').trim())
    .filter((s) => s.length > 2);
  return { links, unknown };
}
