// The same backend from a terminal: `npm run -s cli -- <command> --db PATH [--json]`.
// Every argument is checked before the database is opened; output reaches files and pipes in full
// before the process exits; problems are Vietnamese messages, never stacks (those go to the log).
import { parseArgs } from 'node:util';
import { AppError, INTERNAL_MESSAGE } from '../../shared/errors';
import { periodFromKey } from '../../shared/domain/periods';
import { createBackend, type Backend } from './backend';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { call } from './dispatch';
import { formatVnDateTime, parseVnDate } from '../../shared/domain/text';
import { cliImport } from './cli-import';
import { DEMO_PERIOD, prepareDemoDb, runDemo } from './cli-demo';
import { describeStartupProblem, startupProblemText } from './db/problems';
import { restoreOver } from './db/restore';
import { BACKUP_KIND_LABELS, formatBytes } from '../../shared/domain/backups';
import { fileLogger } from './logger';
import { resolveDbPath } from './paths';

interface CliContext {
  backend: Backend;
  json: boolean;
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

type Command = (c: CliContext) => Promise<unknown>;
type Values = CliContext['values'];

interface CommandSpec {
  help: string;
  /** Options that must be given (checked before anything is opened). */
  needs?: string[];
  /** Whether the command takes file paths after its options. */
  positionals?: 'none' | 'some';
  run: Command;
}

const COMMANDS: Record<string, CommandSpec> = {
  init: {
    help: 'tạo, nâng cấp và nạp dữ liệu kế hoạch vào cơ sở dữ liệu (chạy lại không thay đổi gì)',
    run: async ({ backend }) => {
      const catalogue = await call(backend.dispatch, 'catalogue.get', {});
      return {
        db: backend.ctx.dbPath,
        seeded: backend.seeded,
        plans: catalogue.plans.length,
        tasks: catalogue.tasks.length,
        indicators: catalogue.indicators.length,
        agencies: catalogue.agencies.length,
      };
    },
  },
  catalogue: {
    help: 'in kế hoạch, nhóm nhiệm vụ, nhiệm vụ, chỉ tiêu và đơn vị',
    run: ({ backend }) => call(backend.dispatch, 'catalogue.get', {}),
  },
  forms: {
    help: 'tạo biểu mẫu Excel cho mọi đơn vị phải báo cáo: forms --period 2025-Q3 --out THƯ_MỤC',
    needs: ['period', 'out'],
    run: async ({ backend, values }) => {
      const period = required(values.period, '--period');
      const out = required(values.out, '--out');
      const { files } = await call(backend.dispatch, 'forms.generate', { period });
      await mkdir(out, { recursive: true });
      for (const f of files) await writeFile(join(out, f.fileName), Buffer.from(f.data, 'base64'));
      return {
        period,
        out,
        files: files.map((f) => ({ agency: f.agency, file: join(out, f.fileName) })),
      };
    },
  },
  import: {
    help: 'nhập báo cáo của đơn vị: import --period P [--agency A] [--received YYYY-MM-DD] [--dry-run] [--accept-suggested] TỆP…',
    positionals: 'some',
    run: ({ backend, values, positionals }) =>
      cliImport(backend, positionals, {
        period: values.period as string | undefined,
        agency: values.agency as string | undefined,
        received: values.received as string | undefined,
        dryRun: values['dry-run'] === true,
        acceptSuggested: values['accept-suggested'] === true,
      }),
  },
  'plan-import': {
    help: 'tạo kế hoạch mới từ bảng Excel dạng Phụ lục: plan-import TỆP --title "…" --symbol KH-UBND [--number 145] [--dry-run]',
    needs: ['title'],
    positionals: 'some',
    run: async ({ backend, values, positionals }) => {
      const path = positionals[0];
      if (!path) throw new AppError('INVALID_ARGS', 'Cần đường dẫn tệp Excel của kế hoạch.');
      const file = { name: basename(path), data: (await readFile(path)).toString('base64') };
      const plan = {
        title: required(values.title, '--title'),
        symbol: (values.symbol as string | undefined) ?? 'KH-UBND',
        number: (values.number as string | undefined) ?? '',
        issuer: (values.issuer as string | undefined) ?? 'Ủy ban nhân dân tỉnh',
        issuedOn: null,
      };
      const preview = await call(backend.dispatch, 'plans.previewImport', { file, plan });
      if (values['dry-run'] || !preview.canImport) return preview;
      return call(backend.dispatch, 'plans.import', { file, plan });
    },
  },
  plans: {
    help: 'các kế hoạch trong cơ sở dữ liệu và kế hoạch đang theo dõi; chuyển: plans --track MÃ',
    run: async ({ backend, values }) => {
      let c = await call(backend.dispatch, 'catalogue.get', {});
      if (typeof values.track === 'string') {
        const planId = Number(values.track);
        if (!Number.isInteger(planId) || planId < 1)
          throw new AppError(
            'INVALID_ARGS',
            'Mã kế hoạch là một số; xem các mã bằng lệnh plans (không có --track).',
          );
        c = await call(backend.dispatch, 'plans.activate', { planId });
      }
      return c.plans.map((p) => ({
        id: p.id,
        tracked: p.id === c.activePlanId,
        number: p.number ? `${p.number}/${p.symbol}` : '',
        title: p.title,
      }));
    },
  },
  submissions: {
    help: 'sổ theo dõi báo cáo của một kỳ, mọi phiên bản kể cả đã rút: submissions --period 2025-Q3',
    needs: ['period'],
    run: ({ backend, values }) =>
      call(backend.dispatch, 'submissions.register', {
        period: required(values.period, '--period'),
      }),
  },
  withdraw: {
    help: 'rút một phiên bản báo cáo của đơn vị (kỳ dùng lại phiên bản trước): withdraw --submission MÃ --reason "LÝ DO"',
    needs: ['submission', 'reason'],
    run: async ({ backend, values }) => {
      const detail = await call(backend.dispatch, 'submissions.withdraw', {
        id: Number(values.submission),
        reason: required(values.reason, '--reason'),
      });
      const current = detail.versions.find((v) => !v.superseded) ?? null;
      return { withdrawn: detail.submission, current };
    },
  },
  audit: {
    help: 'nhật ký thay đổi: audit [--since YYYY-MM-DD]',
    run: async ({ backend, values }) => {
      const { entries } = await call(backend.dispatch, 'audit.list', {
        since: values.since as string | undefined,
      });
      return {
        entries: entries.map((e) => ({
          at: e.at,
          actor: e.actor,
          action: e.action,
          entity: e.entity,
          entityId: e.entityId,
          summary: e.summary,
          before: e.before,
          after: e.after,
        })),
      };
    },
  },
  status: {
    help: 'tình trạng nhiệm vụ và chỉ tiêu của một kỳ: status --period 2025-Q3',
    needs: ['period'],
    run: async ({ backend, values }) => {
      const s = await call(backend.dispatch, 'status.get', {
        period: required(values.period, '--period'),
      });
      return {
        period: s.period.key,
        label: s.period.label,
        tasks: s.tasks.map((t) => ({
          ...t,
          lead: t.lead.map((l) => (l.type === 'agency' ? l.currentName : l.name)),
        })),
        indicators: s.indicators,
        register: s.register,
      };
    },
  },
  report: {
    help: 'lập báo cáo tổng hợp và phụ lục: report --period 2025-Q3 --docx BC.docx --xlsx PL.xlsx',
    needs: ['period'],
    run: async ({ backend, values }) => {
      const period = required(values.period, '--period');
      const c = await call(backend.dispatch, 'catalogue.get', {});
      const plan = c.plans.find((p) => p.id === c.activePlanId) ?? c.plans[0];
      if (plan && (plan.number.trim() === '' || !plan.issuedOn))
        await write(
          process.stderr,
          'Cảnh báo: kế hoạch chưa có số, ngày ban hành; báo cáo trích dẫn kế hoạch không có số, ngày. Hãy nhập trên màn hình Kế hoạch (hoặc Báo cáo tổng hợp → Xuất văn bản).',
        );
      const { report, files } = await call(backend.dispatch, 'reports.generate', { period });
      const written: string[] = [];
      for (const [flag, ext] of [
        ['docx', '.docx'],
        ['xlsx', '.xlsx'],
      ] as const) {
        const target = values[flag];
        const file = files.find((f) => f.fileName.endsWith(ext))!;
        if (typeof target === 'string') {
          await writeFile(target, Buffer.from(file.data, 'base64'));
          written.push(target);
        }
      }
      return { period, reportId: report.id, files: written };
    },
  },
  reminder: {
    help: 'công văn đôn đốc các đơn vị chưa báo cáo: reminder --period 2025-Q3 --docx CV.docx [--due YYYY-MM-DD]',
    needs: ['period', 'docx'],
    run: async ({ backend, values }) => {
      const period = required(values.period, '--period');
      const out = required(values.docx, '--docx');
      const due = typeof values.due === 'string' ? parseVnDate(values.due) : null;
      const letter = await call(backend.dispatch, 'reports.reminder', {
        period,
        ...(due ? { newDue: due } : {}),
      });
      await writeFile(out, Buffer.from(letter.data, 'base64'));
      return { period, missing: letter.missing, file: out };
    },
  },
  backup: {
    help: 'sao lưu cơ sở dữ liệu ngay (vào thư mục backups cạnh tệp dữ liệu, hoặc --out TỆP)',
    run: ({ backend, values }) =>
      call(backend.dispatch, 'backups.create', {
        ...(typeof values.out === 'string' ? { out: values.out } : {}),
      }),
  },
  backups: {
    help: 'các bản sao lưu: thời điểm, loại, dung lượng, số báo cáo mỗi bản chứa',
    run: async ({ backend, json }) => {
      const list = await call(backend.dispatch, 'backups.list', {});
      if (json) return list;
      // One line a backup, newest first, as the Cài đặt screen lists them.
      return [
        `Thư mục sao lưu: ${list.dir}`,
        ...(list.extraDir ? [`Chép thêm vào: ${list.extraDir}`] : []),
        ...list.backups.map((b) =>
          [
            formatVnDateTime(b.createdAt),
            BACKUP_KIND_LABELS[b.kind].padEnd(26),
            formatBytes(b.size).padStart(9),
            `${b.submissions ?? '?'} báo cáo đơn vị, ${b.reports ?? '?'} báo cáo tổng hợp`,
            b.name,
          ].join('  '),
        ),
        ...(list.backups.length === 0 ? ['Chưa có bản sao lưu nào.'] : []),
      ].join('\n');
    },
  },
  restore: {
    help: 'khôi phục một bản sao lưu (dữ liệu hiện tại được sao lưu trước): restore TỆP',
    positionals: 'some',
    run: async ({ backend, positionals }) => {
      const result = await call(backend.dispatch, 'backups.restore', { file: positionals[0]! });
      return {
        message: result.message,
        restored: result.restored.path,
        safety: result.safety.path,
      };
    },
  },
  demo: {
    help: 'chạy thử toàn bộ quy trình trên dữ liệu mẫu, trong THƯ_MỤC/demo.db: demo --out THƯ_MỤC',
    needs: ['out'],
    run: (c) =>
      runDemo(
        c.backend,
        required(c.values.out, '--out'),
        (c.values.period as string) ?? DEMO_PERIOD,
      ),
  },
};

function required(value: unknown, flag: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new AppError('INVALID_ARGS', `Thiếu tham số ${flag}.`);
  return value;
}

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.help}`);
  return [
    'Cách dùng: npm run -s cli -- <lệnh> [--db ĐƯỜNG_DẪN] [--json]',
    '',
    'Lệnh:',
    ...lines,
  ].join('\n');
}

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  period: { type: 'string' },
  agency: { type: 'string' },
  received: { type: 'string' },
  due: { type: 'string' },
  out: { type: 'string' },
  docx: { type: 'string' },
  xlsx: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'accept-suggested': { type: 'boolean', default: false },
  title: { type: 'string' },
  symbol: { type: 'string' },
  number: { type: 'string' },
  issuer: { type: 'string' },
  track: { type: 'string' },
  submission: { type: 'string' },
  reason: { type: 'string' },
  since: { type: 'string' },
} as const;

/** A mistake in the command line itself: said in Vietnamese, exit code 2, nothing opened. */
class UsageError extends Error {}

function parse(name: string, spec: CommandSpec, rest: string[]) {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const flag = /'(-[^' ]+)/.exec(String((error as Error).message))?.[1] ?? '';
    throw new UsageError(
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? `Tham số ${flag} cần một giá trị (ví dụ ${flag} GIÁ_TRỊ).`
        : `Không có tham số ${flag} cho lệnh ${name}.`,
    );
  }
  const { values, positionals } = parsed;
  for (const flag of spec.needs ?? []) {
    const v = values[flag];
    if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`Thiếu tham số --${flag}.`);
  }
  if ((spec.positionals ?? 'none') === 'none' && positionals.length > 0)
    throw new UsageError(
      `Lệnh ${name} không nhận "${positionals[0]}"; các giá trị phải đi sau tên tham số (ví dụ --out THƯ_MỤC).`,
    );
  if (name === 'import' && positionals.length === 0)
    throw new UsageError('Cần ít nhất một tệp để nhập: import --period 2025-Q3 TỆP…');
  if (name === 'restore' && positionals.length !== 1)
    throw new UsageError('Cần đúng một tệp sao lưu: restore TỆP (xem các bản bằng lệnh backups).');
  if (name === 'backup' && typeof values.out === 'string') {
    const out = resolve(values.out);
    if (!statSync(dirname(out), { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(
        `Thư mục của --out "${values.out}" không tồn tại. Hãy tạo thư mục trước.`,
      );
    if (statSync(out, { throwIfNoEntry: false }))
      throw new UsageError(`Tệp "${values.out}" đã có; hãy chọn tên tệp khác cho bản sao lưu.`);
  }
  if (name === 'plan-import' && positionals.length !== 1)
    throw new UsageError(
      'Cần đúng một đường dẫn tệp Excel của kế hoạch: plan-import TỆP --title "…".',
    );
  for (const file of positionals) {
    if (!statSync(file, { throwIfNoEntry: false })?.isFile())
      throw new UsageError(`Không tìm thấy tệp "${file}". Hãy kiểm tra lại đường dẫn.`);
  }
  for (const flag of ['docx', 'xlsx'] as const) {
    const target = values[flag];
    if (
      typeof target === 'string' &&
      !statSync(dirname(resolve(target)), { throwIfNoEntry: false })?.isDirectory()
    )
      throw new UsageError(
        `Thư mục của --${flag} "${target}" không tồn tại. Hãy tạo thư mục trước.`,
      );
  }
  if (typeof values.period === 'string') {
    try {
      // Only the shape of the key; an ad hoc period's dates live in the database.
      periodFromKey(values.period, undefined, {
        start: '2000-01-01',
        end: '2000-01-01',
        due: '2000-01-01',
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      throw new UsageError(error.message);
    }
  }
  if (typeof values.due === 'string' && parseVnDate(values.due) === null)
    throw new UsageError(
      `Hạn gửi "${values.due}" không đúng dạng; hãy ghi YYYY-MM-DD hoặc dd/mm/yyyy (ví dụ --due 2025-09-20).`,
    );
  if (typeof values.received === 'string' && parseVnDate(values.received) === null)
    throw new UsageError(
      `Ngày nhận "${values.received}" không đúng dạng; hãy ghi YYYY-MM-DD hoặc dd/mm/yyyy (ví dụ --received 2025-09-12).`,
    );
  if (typeof values.track === 'string' && !/^[1-9]\d*$/.test(values.track))
    throw new UsageError('Mã kế hoạch là một số; xem các mã bằng lệnh plans (không có --track).');
  if (typeof values.submission === 'string' && !/^[1-9]\d*$/.test(values.submission))
    throw new UsageError(
      'Mã báo cáo là một số; xem các mã bằng lệnh submissions --period KỲ --json.',
    );
  if (typeof values.since === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(values.since))
    throw new UsageError(
      `Ngày "${values.since}" không đúng dạng; hãy ghi YYYY-MM-DD (ví dụ --since 2025-09-01).`,
    );
  if (name === 'demo' && values.db !== undefined)
    throw new UsageError(
      'Lệnh demo không dùng --db: nó luôn làm việc trên một cơ sở dữ liệu riêng, THƯ_MỤC/demo.db, để không bao giờ chạm vào dữ liệu thật. Bỏ --db và chỉ dùng --out THƯ_MỤC.',
    );
  return { values, positionals };
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    await write(process.stdout, usage());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    await write(process.stderr, `Không có lệnh "${name}".\n\n${usage()}`);
    return 2;
  }
  let args: ReturnType<typeof parse>;
  try {
    args = parse(name, command, rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await write(process.stderr, `Lỗi: ${error.message}\nLệnh ${name}: ${command.help}`);
    return 2;
  }
  const { values, positionals } = args;
  // The demo works only on <out>/demo.db: never --db, never THBC_DB, never the user's database.
  let dbPath: string;
  try {
    dbPath =
      name === 'demo'
        ? await prepareDemoDb(values.out as string)
        : resolveDbPath(values.db as string | undefined);
  } catch (error) {
    return fail(error, null);
  }
  let backend: Backend;
  try {
    backend = createBackend({ dbPath, transport: 'cli', dailyBackup: name !== 'demo' });
  } catch (error) {
    const problem = describeStartupProblem(error, dbPath);
    // A damaged database is what a restore is for: done without opening it (kept aside, renamed).
    if (name === 'restore' && problem.kind === 'damaged')
      return restoreDamaged(dbPath, positionals[0]!, values.json === true);
    if (problem.kind === 'unknown') log(dbPath).error('Không mở được cơ sở dữ liệu', error);
    await write(process.stderr, startupProblemText(problem));
    return 1;
  }
  try {
    const json = values.json === true;
    const result = await command.run({ backend, json, values, positionals });
    await write(process.stdout, json ? JSON.stringify(result, null, 2) : formatHuman(result));
    // A batch in which any file failed exits 1, so scripts notice without parsing the output.
    const files = (result as { files?: { ok?: boolean }[] } | null)?.files;
    return Array.isArray(files) && files.some((f) => f.ok === false) ? 1 : 0;
  } catch (error) {
    return fail(error, dbPath);
  } finally {
    backend.close();
  }
}

async function restoreDamaged(dbPath: string, file: string, json: boolean): Promise<number> {
  try {
    const { restored, keptAs } = restoreOver(dbPath, resolve(file));
    const result = {
      message:
        `Đã khôi phục ${restored.name} vào ${dbPath} (${restored.submissions ?? 0} báo cáo của đơn vị, ` +
        `${restored.reports ?? 0} báo cáo tổng hợp).` +
        (keptAs ? ` Tệp dữ liệu bị hỏng được giữ lại thành ${keptAs}.` : ''),
      restored: restored.path,
      keptAs,
    };
    await write(process.stdout, json ? JSON.stringify(result, null, 2) : formatHuman(result));
    return 0;
  } catch (error) {
    return fail(error, dbPath);
  }
}

/** Prints a fault: AppErrors by their message; anything else to the log, with a plain sentence. */
async function fail(error: unknown, dbPath: string | null): Promise<number> {
  if (error instanceof AppError) {
    await write(process.stderr, `Lỗi: ${error.message}`);
  } else {
    log(dbPath).error('Lệnh dòng lệnh thất bại', error);
    await write(process.stderr, `Lỗi: ${INTERNAL_MESSAGE}`);
  }
  return 1;
}

function log(dbPath: string | null) {
  return fileLogger(dbPath ? join(dirname(dbPath), 'logs', 'app.log') : null);
}

/**
 * Writes the whole text and resolves once the stream has handed it to the system. process.exit
 * right after console.log cuts output to a pipe at 64 KiB (pipes are asynchronous in Node).
 */
function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    stream.write(`${text}\n`, () => resolve());
  });
}

function formatHuman(result: unknown): string {
  // Per-file results read best one line each: "OK  file: message".
  const files = (result as { files?: unknown })?.files;
  if (Array.isArray(files) && files.every((f) => typeof f === 'object' && f && 'message' in f)) {
    return (files as { file?: string; fileName?: string; ok?: boolean; message: string | null }[])
      .map(
        (f) =>
          `${f.ok === false ? 'LỖI' : 'OK '} ${f.file ?? f.fileName ?? ''}: ${f.message ?? ''}`,
      )
      .join('\n');
  }
  if (result && typeof result === 'object' && !Array.isArray(result)) {
    return Object.entries(result as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join('\n');
  }
  return String(result);
}

// A reader that stops early (`| head`) closes the pipe: that is not an error worth a stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(null).error('cli', error);
    process.stderr.write(`Lỗi: ${INTERNAL_MESSAGE}\n`, () => process.exit(1));
  },
);
