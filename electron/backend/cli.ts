// The same backend from a terminal: `npm run -s cli -- <command> --db PATH [--json]`.
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { createBackend, type Backend } from './backend';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { call } from './dispatch';
import { cliImport } from './cli-import';
import { DEMO_PERIOD, prepareDemoDb, runDemo } from './cli-demo';
import { resolveDbPath } from './paths';

interface CliContext {
  backend: Backend;
  json: boolean;
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

type Command = (c: CliContext) => Promise<unknown>;

const COMMANDS: Record<string, { help: string; run: Command }> = {
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
    help: 'nhập báo cáo của đơn vị: import --period P [--agency A] [--dry-run] [--accept-suggested] TỆP…',
    run: ({ backend, values, positionals }) =>
      cliImport(backend, positionals, {
        period: values.period as string | undefined,
        agency: values.agency as string | undefined,
        dryRun: values['dry-run'] === true,
        acceptSuggested: values['accept-suggested'] === true,
      }),
  },
  'plan-import': {
    help: 'tạo kế hoạch mới từ bảng Excel dạng Phụ lục: plan-import TỆP --title "…" --symbol KH-UBND [--number 145] [--dry-run]',
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
    help: 'sổ theo dõi báo cáo của một kỳ: submissions --period 2025-Q3',
    run: ({ backend, values }) =>
      call(backend.dispatch, 'submissions.register', {
        period: required(values.period, '--period'),
      }),
  },
  status: {
    help: 'tình trạng nhiệm vụ và chỉ tiêu của một kỳ: status --period 2025-Q3',
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
    run: async ({ backend, values }) => {
      const period = required(values.period, '--period');
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
    help: 'công văn đôn đốc các đơn vị chưa báo cáo: reminder --period 2025-Q3 --docx CV.docx',
    run: async ({ backend, values }) => {
      const period = required(values.period, '--period');
      const out = required(values.docx, '--docx');
      const letter = await call(backend.dispatch, 'reports.reminder', { period });
      await writeFile(out, Buffer.from(letter.data, 'base64'));
      return { period, missing: letter.missing, file: out };
    },
  },
  demo: {
    help: 'chạy thử toàn bộ quy trình trên dữ liệu mẫu: demo --out THƯ_MỤC',
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

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(name ? `Không có lệnh "${name}".\n\n${usage()}` : usage());
    return name ? 2 : 0;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      period: { type: 'string' },
      agency: { type: 'string' },
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
    },
  });
  const dbPath =
    name === 'demo' && !values.db && typeof values.out === 'string'
      ? join(values.out, 'demo.db')
      : resolveDbPath(values.db);
  if (name === 'demo') await prepareDemoDb(dbPath);
  const backend = createBackend({ dbPath, transport: 'cli' });
  try {
    const result = await command.run({ backend, json: values.json ?? false, values, positionals });
    console.log(values.json ? JSON.stringify(result, null, 2) : formatHuman(result));
    // A batch in which any file failed exits 1, so scripts notice without parsing the output.
    const files = (result as { files?: { ok?: boolean }[] } | null)?.files;
    return Array.isArray(files) && files.some((f) => f.ok === false) ? 1 : 0;
  } finally {
    backend.close();
  }
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof AppError ? `Lỗi: ${error.message}` : error);
    process.exit(1);
  },
);
