// Document settings as the form holds them (lists as one line each) and the patch of changes.
import type { DocumentSettings } from '../../../../shared/domain/types';
import { linesToList, listToLines } from './lines';

type Full = Required<DocumentSettings>;

export type SettingsFormValues = Omit<Full, 'addressees' | 'recipients' | 'glossary'> & {
  addressees: string;
  recipients: string;
  glossary: string;
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
  'contactPerson',
  'contactPhone',
  'glossary',
  'statusColours',
];

export function settingsFormValues(s: DocumentSettings): SettingsFormValues {
  return {
    ...s,
    contactPerson: s.contactPerson ?? '',
    contactPhone: s.contactPhone ?? '',
    statusColours: s.statusColours ?? false,
    addressees: listToLines(s.addressees),
    recipients: listToLines(s.recipients),
    glossary: listToLines(s.glossary ?? []),
  };
}

export function fromSettingsForm(v: SettingsFormValues): DocumentSettings {
  return {
    ...v,
    addressees: linesToList(v.addressees),
    recipients: linesToList(v.recipients),
    // A glossary line is "CĐS: chuyển đổi số"; only blank lines are dropped.
    glossary: (v.glossary ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== ''),
  };
}

export function settingsPatch(
  before: DocumentSettings,
  after: DocumentSettings,
): Partial<DocumentSettings> {
  const patch: Partial<DocumentSettings> = {};
  for (const key of SETTINGS_FIELDS) {
    const a = before[key];
    const b = after[key];
    if (b === undefined) continue;
    const same = Array.isArray(a) && Array.isArray(b) ? a.join('\n') === b.join('\n') : a === b;
    if (!same) Object.assign(patch, { [key]: b });
  }
  return patch;
}
