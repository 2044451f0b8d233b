// PDF through LibreOffice when it is installed, through Word/Excel on Windows, otherwise a message
// that says what to do.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  'Máy này chưa có LibreOffice hoặc Microsoft Office nên ứng dụng không tự chuyển được sang PDF. Hãy tải tệp Word về, mở bằng Word và chọn Tệp > Lưu dưới dạng > PDF (hoặc In), hoặc cài LibreOffice rồi thử lại.';

export async function convertToPdf(bytes: Uint8Array, fileName: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'thbc-pdf-'));
  try {
    // ASCII name inside the temp folder: some converters choke on Vietnamese paths.
    const input = join(dir, `in${extname(fileName) || '.docx'}`);
    const output = join(dir, 'in.pdf');
    await writeFile(input, bytes);
    const office = await findOffice();
    if (office) await viaLibreOffice(office, input, dir);
    else if (process.platform === 'win32') await viaMicrosoftOffice(input, output);
    else throw new AppError('UNAVAILABLE', NO_OFFICE_MESSAGE);
    return await readFile(output);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'UNAVAILABLE',
      'Không chuyển được tệp sang PDF. Hãy tải tệp về, mở bằng Word hoặc Excel và chọn Lưu dưới dạng PDF.',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function viaLibreOffice(office: string, input: string, dir: string): Promise<void> {
  await run(
    office,
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
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
}

/**
 * Windows without LibreOffice: the secretariat's own Word or Excel exports the PDF through COM,
 * so the PDF is exactly what Word prints. Paths travel in environment variables, never in code.
 */
async function viaMicrosoftOffice(input: string, output: string): Promise<void> {
  const script = input.endsWith('.xlsx')
    ? '$x = New-Object -ComObject Excel.Application; $x.DisplayAlerts = $false; ' +
      '$b = $x.Workbooks.Open($env:THBC_IN); $b.ExportAsFixedFormat(0, $env:THBC_OUT); ' +
      '$b.Close($false); $x.Quit()'
    : '$w = New-Object -ComObject Word.Application; $w.Visible = $false; ' +
      '$d = $w.Documents.Open($env:THBC_IN, $false, $true); $d.SaveAs2($env:THBC_OUT, 17); ' +
      '$d.Close($false); $w.Quit()';
  try {
    await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script], {
      timeout: 180_000,
      env: { ...process.env, THBC_IN: input, THBC_OUT: output },
    });
  } catch {
    throw new AppError('UNAVAILABLE', NO_OFFICE_MESSAGE);
  }
}
