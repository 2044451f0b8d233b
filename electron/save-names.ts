// Where a file the app made is saved on the desktop: a name Windows accepts, and never over an
// existing file (" (2)", " (3)"… as Explorer does). Free of the 'electron' import so it is tested
// under Node with Windows paths, Vietnamese user names and long folders.
import { posix, win32, type PlatformPath } from 'node:path';

/** NTFS and most file systems allow 255 characters per name; keep a margin for " (99)". */
const MAX_NAME = 200;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

export function pathApi(platform: NodeJS.Platform): PlatformPath {
  return platform === 'win32' ? win32 : posix;
}

/** Splits "Báo cáo Q3.docx" into "Báo cáo Q3" and ".docx" (no extension: ""). */
function splitExt(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot >= name.length - 10 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
}

/**
 * A file name Windows accepts: composed Unicode (Vietnamese typed on a Mac arrives decomposed),
 * no \ / : * ? " < > | or control characters, no trailing dot or space, not a device name (CON…),
 * and short enough for a deep folder.
 */
export function safeFileName(name: string): string {
  let clean = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  const [name0, ext] = splitExt(clean);
  let base = RESERVED.test(name0) ? `_${name0}` : name0;
  if (base.length + ext.length > MAX_NAME) base = base.slice(0, MAX_NAME - ext.length).trimEnd();
  clean = `${base}${ext}`;
  return base ? clean : `tep${ext}`;
}

/**
 * The path to suggest for saving `name` in `dir`: the name itself when free, otherwise the first
 * free "name (2).ext", "name (3).ext"…, so an earlier report is never overwritten unasked.
 */
export function uniqueSavePath(
  dir: string,
  name: string,
  exists: (path: string) => boolean,
  path: PlatformPath = posix,
): string {
  const safe = safeFileName(name);
  const first = path.join(dir, safe);
  if (!exists(first)) return first;
  const [base, ext] = splitExt(safe);
  for (let n = 2; ; n++) {
    const candidate = path.join(dir, `${base} (${n})${ext}`);
    if (!exists(candidate)) return candidate;
  }
}

export interface SaveFilter {
  name: string;
  extensions: string[];
}

const KINDS: Record<string, string> = {
  docx: 'Tài liệu Word',
  xlsx: 'Bảng tính Excel',
  pdf: 'Tệp PDF',
  zip: 'Tệp nén ZIP',
};

/** The save dialog's "Save as type" list: the file's own type first, then any file. */
export function saveFilters(name: string): SaveFilter[] {
  const ext = splitExt(name)[1].slice(1).toLowerCase();
  const kind = KINDS[ext];
  const all = { name: 'Tất cả các tệp', extensions: ['*'] };
  return kind ? [{ name: kind, extensions: [ext] }, all] : [all];
}
