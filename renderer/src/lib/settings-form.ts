// Document settings as the form holds them (lists as one line each) and the patch of changes.
import type { DocumentSettings } from '../../../shared/domain/types';
import { linesToList, listToLines } from './lines';

export type SettingsFormValues = Omit<DocumentSettings, 'addressees' | 'recipients'> & {
  addressees: string;
  recipients: string;
};

export const SETTINGS_FIELDS: (keyof DocumentSettings)[] = [
  'parentAgency',
  'agency',
  'abbreviation',
  'place',
  'signerAuthority',
  'signerTitle',
  'signerName',
  'addressees',
  'recipients',
  'archiveLine',
];

export function settingsFormValues(s: DocumentSettings): SettingsFormValues {
  return { ...s, addressees: listToLines(s.addressees), recipients: listToLines(s.recipients) };
}

export function fromSettingsForm(v: SettingsFormValues): DocumentSettings {
  return { ...v, addressees: linesToList(v.addressees), recipients: linesToList(v.recipients) };
}

export function settingsPatch(
  before: DocumentSettings,
  after: DocumentSettings,
): Partial<DocumentSettings> {
  const patch: Partial<DocumentSettings> = {};
  for (const key of SETTINGS_FIELDS) {
    const a = before[key];
    const b = after[key];
    const same = Array.isArray(a) && Array.isArray(b) ? a.join('\n') === b.join('\n') : a === b;
    if (!same) Object.assign(patch, { [key]: b });
  }
  return patch;
}
