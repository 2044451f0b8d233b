// What can stop the database from opening, or a write from finishing, said in Vietnamese with what
// to do next. The desktop shell, browser mode and the command line all show these texts; stacks go
// to the log only.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';

/** How long a write waits for another program's lock before giving up (SQLite busy_timeout). */
export const BUSY_TIMEOUT_MS = 5000;

export type DbProblemKind = 'damaged' | 'too-new' | 'locked' | 'read-only' | 'unknown';

/** A database the app will not open; `problem` says why (see describeStartupProblem). */
export class DbOpenError extends AppError {
  readonly problem: Exclude<DbProblemKind, 'unknown'>;

  constructor(
    problem: Exclude<DbProblemKind, 'unknown'>,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(problem === 'too-new' ? 'DB_TOO_NEW' : 'UNAVAILABLE', message, {
      problem,
      ...options.details,
    });
    this.name = 'DbOpenError';
    this.problem = problem;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

export type StartupActionId = 'restore-latest-backup' | 'open-backups-folder' | 'retry' | 'quit';

export interface StartupProblem {
  kind: DbProblemKind;
  /** One line for a dialog's title. */
  title: string;
  /** What happened, that the file was left as it is, and what to do. */
  message: string;
  dbPath: string;
  backupsDir: string;
  /** The newest file in the backups folder, or null when there is none. */
  latestBackup: string | null;
  /** The ways forward that make sense for this problem, in the order a dialog shows them. */
  actions: { id: StartupActionId; label: string }[];
}

const ACTION_LABELS: Record<StartupActionId, string> = {
  'restore-latest-backup': 'Khôi phục bản sao lưu gần nhất',
  'open-backups-folder': 'Mở thư mục sao lưu',
  retry: 'Thử lại',
  quit: 'Thoát',
};

/** Backups sit next to the database, in `backups/`. */
export function defaultBackupsDir(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/** Which kind of problem an error from opening (or first using) the database is. */
export function problemKind(error: unknown): DbProblemKind {
  if (error instanceof DbOpenError) return error.problem;
  if (error instanceof AppError) return error.code === 'DB_TOO_NEW' ? 'too-new' : 'unknown';
  const code = errorCode(error);
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return 'damaged';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'locked';
  if (/^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/.test(code)) return 'read-only';
  if (['EACCES', 'EPERM', 'EROFS'].includes(code)) return 'read-only';
  return 'unknown';
}

/**
 * Classifies why the database could not be opened and words it for the user, with the ways
 * forward (restore the latest backup, open the backups folder, try again, quit). The desktop shell
 * shows it as a dialog; browser mode and the command line print `startupProblemText`.
 */
export function describeStartupProblem(
  error: unknown,
  dbPath: string,
  backupsDir: string = defaultBackupsDir(dbPath),
): StartupProblem {
  const kind = problemKind(error);
  const latestBackup = newestFile(backupsDir);
  const restore: StartupActionId[] = latestBackup ? ['restore-latest-backup'] : [];
  const folder: StartupActionId[] = latestBackup ? ['open-backups-folder'] : [];
  const logFile = join(dirname(dbPath), 'logs', 'app.log');
  const kept = 'Ứng dụng không thay đổi tệp này.';
  let title: string;
  let message: string;
  let actions: StartupActionId[];
  switch (kind) {
    case 'damaged':
      title = 'Tệp dữ liệu bị hỏng';
      message =
        `Tệp dữ liệu ${dbPath} bị hỏng hoặc không phải tệp dữ liệu của ứng dụng (kiểm tra toàn vẹn ` +
        'không đạt); thường do mất điện hoặc ổ đĩa lỗi khi đang ghi. ' +
        `${kept} ` +
        (latestBackup
          ? 'Hãy khôi phục bản sao lưu gần nhất, hoặc mở thư mục sao lưu để chọn bản khác.'
          : 'Chưa có bản sao lưu nào; hãy giữ nguyên tệp này và gửi cho bộ phận kỹ thuật.');
      actions = [...restore, ...folder, 'quit'];
      break;
    case 'too-new': {
      const d = error instanceof AppError ? error.details : undefined;
      const versions =
        typeof d?.schema === 'number' && typeof d.supported === 'number'
          ? ` (lược đồ ${d.schema}, phiên bản này hỗ trợ đến ${d.supported})`
          : '';
      title = 'Dữ liệu của phiên bản mới hơn';
      message =
        `Tệp dữ liệu ${dbPath} được tạo bởi phiên bản mới hơn của ứng dụng${versions}. ${kept} ` +
        'Hãy cài phiên bản mới nhất của ứng dụng rồi mở lại' +
        (latestBackup ? ', hoặc mở thư mục sao lưu để chọn một bản do phiên bản này tạo.' : '.');
      actions = [...folder, 'quit'];
      break;
    }
    case 'locked':
      title = 'Tệp dữ liệu đang bị khoá';
      message =
        `Tệp dữ liệu ${dbPath} đang bị một chương trình khác giữ (một cửa sổ khác của ứng dụng, ` +
        'một lệnh dòng lệnh đang chạy, hoặc phần mềm sao lưu/đồng bộ đang chép tệp); đã chờ ' +
        `${BUSY_TIMEOUT_MS / 1000} giây. ${kept} Hãy đóng chương trình đó rồi thử lại.`;
      actions = ['retry', 'quit'];
      break;
    case 'read-only':
      title = 'Không ghi được vào tệp dữ liệu';
      message =
        `Tệp dữ liệu ${dbPath} hoặc thư mục chứa nó chỉ cho phép đọc (quyền truy cập, ổ đĩa chỉ đọc ` +
        `hoặc thư mục đồng bộ). ${kept} Hãy cấp quyền ghi cho thư mục ${dirname(dbPath)}, hoặc chép ` +
        'tệp sang một thư mục của mình và mở bằng --db ĐƯỜNG_DẪN (hoặc biến môi trường THBC_DB).';
      actions = ['retry', 'quit'];
      break;
    default:
      title = 'Không mở được tệp dữ liệu';
      message =
        `Không mở được tệp dữ liệu ${dbPath}. ${kept} Chi tiết kỹ thuật đã ghi vào ${logFile}. ` +
        'Hãy thử mở lại; nếu vẫn lỗi, ' +
        (latestBackup ? 'khôi phục bản sao lưu gần nhất hoặc ' : '') +
        'gửi tệp nhật ký cho bộ phận kỹ thuật.';
      actions = [...restore, ...folder, 'retry', 'quit'];
  }
  return {
    kind,
    title,
    message: message.replace(/\s+/g, ' ').trim(),
    dbPath,
    backupsDir,
    latestBackup,
    actions: actions.map((id) => ({ id, label: ACTION_LABELS[id] })),
  };
}

/** The problem as terminal text (browser mode, command line): the ways forward as steps. */
export function startupProblemText(p: StartupProblem): string {
  const steps: string[] = [];
  for (const { id } of p.actions) {
    if (id === 'restore-latest-backup' && p.latestBackup)
      steps.push(
        `Khôi phục bản sao lưu gần nhất: đổi tên tệp ${p.dbPath} (giữ lại, đừng xoá), ` +
          `rồi chép ${p.latestBackup} thành ${p.dbPath}; hoặc dùng lệnh ` +
          `\`restore ${p.latestBackup} --db ${p.dbPath}\` (tệp hỏng được giữ lại bên cạnh).`,
      );
    if (id === 'open-backups-folder') steps.push(`Thư mục sao lưu: ${p.backupsDir}`);
    if (id === 'retry') steps.push('Thử lại: chạy lại lệnh vừa rồi.');
  }
  return [
    `Lỗi: ${p.title}.`,
    p.message,
    ...(steps.length ? ['Cách xử lý:', ...steps.map((s) => `  - ${s}`)] : []),
  ].join('\n');
}

/**
 * A database fault met while serving a request, as an AppError with a Vietnamese message; null for
 * anything that is not one. A write that waited BUSY_TIMEOUT_MS for another program's lock ends here.
 */
export function dbFault(error: unknown): AppError | null {
  const code = errorCode(error);
  if (!code.startsWith('SQLITE_')) return null;
  const notWritten = 'Thao tác này chưa được ghi.';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code))
    return new AppError(
      'UNAVAILABLE',
      `Cơ sở dữ liệu đang bận: một chương trình khác (một cửa sổ khác của ứng dụng hoặc một lệnh dòng lệnh) ` +
        `đang ghi vào tệp dữ liệu; đã chờ ${BUSY_TIMEOUT_MS / 1000} giây. ${notWritten} ` +
        'Hãy thử lại sau ít phút; nếu vẫn báo, đóng các cửa sổ và lệnh khác của ứng dụng.',
      { reason: 'DB_BUSY' },
    );
  if (/^SQLITE_(READONLY|CANTOPEN|PERM)/.test(code))
    return new AppError(
      'UNAVAILABLE',
      `Không ghi được vào tệp dữ liệu: tệp hoặc thư mục chứa nó chỉ cho phép đọc. ${notWritten} ` +
        'Hãy cấp quyền ghi cho thư mục dữ liệu rồi mở lại ứng dụng.',
      { reason: 'DB_READ_ONLY' },
    );
  if (/^SQLITE_FULL/.test(code))
    return new AppError(
      'UNAVAILABLE',
      `Ổ đĩa chứa tệp dữ liệu đã đầy. ${notWritten} Hãy giải phóng dung lượng rồi thử lại.`,
      { reason: 'DB_FULL' },
    );
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code))
    return new AppError(
      'UNAVAILABLE',
      `Tệp dữ liệu bị hỏng. ${notWritten} Hãy thoát ứng dụng và mở lại: ứng dụng sẽ kiểm tra tệp và ` +
        'hướng dẫn khôi phục bản sao lưu gần nhất.',
      { reason: 'DB_DAMAGED' },
    );
  if (/^SQLITE_IOERR/.test(code))
    return new AppError(
      'UNAVAILABLE',
      `Lỗi đọc/ghi ổ đĩa chứa tệp dữ liệu. ${notWritten} Hãy kiểm tra ổ đĩa (ổ mạng, USB đã rút?) rồi thử lại.`,
      { reason: 'DB_IO' },
    );
  return null;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function newestFile(dir: string): string | null {
  let newest: { path: string; mtime: number } | null = null;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return null;
  }
  for (const name of names) {
    // `.….tmp`: a backup that was still being written (see backups.ts), never a candidate.
    if (name.startsWith('.')) continue;
    try {
      const info = statSync(join(dir, name));
      if (info.isFile() && (!newest || info.mtimeMs > newest.mtime))
        newest = { path: join(dir, name), mtime: info.mtimeMs };
    } catch {
      // A file removed while listing is simply not a candidate.
    }
  }
  return newest?.path ?? null;
}
