// PDF through LibreOffice when it is installed; otherwise a message that says what to do.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { AppError } from '../../../shared/errors';

const run = promisify(execFile);

const CANDIDATES = [
  'soffice',
  'libreoffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

async function findOffice(): Promise<string | null> {
  for (const c of CANDIDATES) {
    if (c.includes('/') || c.includes('\\')) {
      if (existsSync(c)) return c;
      continue;
    }
    try {
      await run(c, ['--version'], { timeout: 20_000 });
      return c;
    } catch {
      // not on PATH
    }
  }
  return null;
}

export const NO_OFFICE_MESSAGE =
  'Máy này chưa cài LibreOffice nên ứng dụng không tự chuyển được sang PDF. Hãy tải tệp Word về, mở bằng Word và chọn Tệp > Lưu dưới dạng > PDF (hoặc In), hoặc cài LibreOffice rồi thử lại.';

export async function convertToPdf(bytes: Uint8Array, fileName: string): Promise<Buffer> {
  const office = await findOffice();
  if (!office) throw new AppError('UNAVAILABLE', NO_OFFICE_MESSAGE);
  const dir = await mkdtemp(join(tmpdir(), 'thbc-pdf-'));
  try {
    // ASCII name inside the temp folder: some LibreOffice builds choke on Vietnamese paths.
    const input = join(dir, `in${extname(fileName) || '.docx'}`);
    await writeFile(input, bytes);
    await run(
      office,
      [
        `-env:UserInstallation=file://${join(dir, 'profile').replace(/\\/g, '/')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      { timeout: 120_000 },
    );
    return await readFile(join(dir, `${basename(input, extname(input))}.pdf`));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'UNAVAILABLE',
      'LibreOffice không chuyển được tệp sang PDF. Hãy mở tệp bằng Word và lưu dưới dạng PDF.',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
