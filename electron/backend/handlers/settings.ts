import { parseGlossary } from '../../../shared/domain/glossary';
import type { DocumentSettings } from '../../../shared/domain/types';
import { validationError, type FieldError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import { readSettings, writeSettings } from '../db/repositories/settings';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings-defaults';

export function getSettings(ctx: BackendContext): DocumentSettings {
  const stored = readSettings(ctx.db);
  const known = Object.keys(DEFAULT_SETTINGS) as (keyof DocumentSettings)[];
  return Object.fromEntries(
    known.map((k) => [k, stored[k] ?? DEFAULT_SETTINGS[k]]),
  ) as unknown as DocumentSettings;
}

const REQUIRED: Partial<Record<keyof DocumentSettings, string>> = {
  parentAgency: 'Cần nhập cơ quan chủ quản (ví dụ: UBND TỈNH LAI CHÂU).',
  agency: 'Cần nhập tên cơ quan ban hành (ví dụ: SỞ KHOA HỌC VÀ CÔNG NGHỆ).',
  abbreviation: 'Cần nhập chữ viết tắt của cơ quan (ví dụ: SKHCN).',
  place: 'Cần nhập địa danh ghi trên văn bản (ví dụ: Lai Châu).',
  signerAuthority: 'Cần nhập thẩm quyền ký (ví dụ: KT. GIÁM ĐỐC hoặc GIÁM ĐỐC).',
};

export function updateSettings(
  ctx: BackendContext,
  patch: Partial<DocumentSettings>,
): DocumentSettings {
  const clean = Object.fromEntries(
    Object.entries(patch).map(([k, v]) => [
      k,
      typeof v === 'string'
        ? v.normalize('NFC').trim()
        : typeof v === 'boolean'
          ? v
          : (v as string[]).map((s) => s.normalize('NFC').trim()).filter((s) => s !== ''),
    ]),
  ) as Partial<DocumentSettings>;
  const errors: FieldError[] = [];
  for (const [field, message] of Object.entries(REQUIRED)) {
    if (clean[field as keyof DocumentSettings] === '') errors.push({ field, message });
  }
  if (clean.abbreviation && !/^[A-ZĐ0-9&-]+$/u.test(clean.abbreviation))
    errors.push({
      field: 'abbreviation',
      message: 'Chữ viết tắt chỉ gồm chữ in hoa không dấu, chữ số hoặc gạch nối (ví dụ: SKHCN).',
    });
  if (clean.addressees && clean.addressees.length === 0)
    errors.push({ field: 'addressees', message: 'Cần ít nhất một nơi nhận "Kính gửi".' });
  if (clean.contactPhone && !/^[0-9 .()+-]{6,20}$/.test(clean.contactPhone))
    errors.push({
      field: 'contactPhone',
      message: 'Số điện thoại chỉ gồm chữ số, dấu chấm, cách hoặc gạch nối (ví dụ: 0213.3876.123).',
    });
  if (clean.glossary) {
    const bad = clean.glossary.filter((l) => parseGlossary([l]).length === 0);
    if (bad.length > 0)
      errors.push({
        field: 'glossary',
        message: `Mỗi dòng ghi “chữ viết tắt: viết đầy đủ”, ví dụ “CĐS: chuyển đổi số”; chưa đúng: ${bad.join('; ')}.`,
      });
  }
  if (errors.length > 0) throw validationError(errors);
  writeSettings(ctx.db, clean);
  return getSettings(ctx);
}
