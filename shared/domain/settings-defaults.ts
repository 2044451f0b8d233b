import { DEFAULT_GLOSSARY } from './glossary';
import type { DocumentSettings } from './types';

/** What official documents print until the secretariat changes it (Lai Châu, the first user). */
export const DEFAULT_SETTINGS: DocumentSettings = {
  parentAgency: 'UBND TỈNH LAI CHÂU',
  agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  abbreviation: 'SKHCN',
  place: 'Lai Châu',
  signerAuthority: 'KT. GIÁM ĐỐC',
  signerTitle: 'PHÓ GIÁM ĐỐC',
  signerName: '',
  addressees: ['Ủy ban nhân dân tỉnh Lai Châu'],
  recipients: ['Như trên', 'Bộ Khoa học và Công nghệ', 'Lãnh đạo Sở'],
  archiveLine: 'Lưu: VT, VP',
  contactPerson: '',
  contactPhone: '',
  glossary: DEFAULT_GLOSSARY,
  statusColours: false,
};
