// The same backend from a terminal: `npm run -s cli -- <command> --db PATH [--json]`.
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { createBackend, type Backend } from './backend';
import { call } from './dispatch';
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
};

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
    },
  });
  const backend = createBackend({ dbPath: resolveDbPath(values.db), transport: 'cli' });
  try {
    const result = await command.run({ backend, json: values.json ?? false, values, positionals });
    console.log(values.json ? JSON.stringify(result, null, 2) : formatHuman(result));
    return 0;
  } finally {
    backend.close();
  }
}

function formatHuman(result: unknown): string {
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
