import type { Agency, AgencyKind } from '../../../shared/domain/types';

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  department: 'Sở, ngành tương đương',
  sector: 'Ban, ngành',
  commune: 'UBND xã, phường',
  organisation: 'Tổ chức, hội',
  party: 'Cơ quan Đảng',
  central: 'Bộ, ngành Trung ương',
  enterprise: 'Doanh nghiệp',
};

export function agencyStatus(agency: Agency): string {
  if (agency.successor) return `Đã sáp nhập vào ${agency.successor.name}`;
  return agency.active ? 'Đang hoạt động' : 'Ngừng hoạt động';
}

/** The names a search box should find an agency by, one per field. */
export function agencySearchFields(agency: Agency): string[] {
  return [agency.name, agency.shortName ?? '', ...agency.aliases];
}

/** Text a Select's search should find an agency by. */
export function agencySearchText(agency: Agency): string {
  return [agency.name, agency.shortName ?? '', ...agency.aliases].join(' \n ');
}
