import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import path from 'node:path';

// Layering rules of ARCHITECTURE.md, enforced by folder like VS Code's layers.
const NODE_AND_NATIVE = [
  { name: 'electron', message: 'Chỉ electron/*.ts được import electron.' },
  { name: 'better-sqlite3', message: 'SQL chỉ nằm trong electron/backend/db.' },
  { name: 'exceljs', message: 'Thư viện I/O chỉ dùng trong electron/backend.' },
  { name: 'docx', message: 'Thư viện I/O chỉ dùng trong electron/backend.' },
  { name: '@e965/xlsx', message: 'Thư viện I/O chỉ dùng trong electron/backend.' },
  { name: 'pdf-lib', message: 'Thư viện I/O chỉ dùng trong electron/backend.' },
  { name: 'fs', message: 'Không dùng Node trong tầng này.' },
  { name: 'path', message: 'Không dùng Node trong tầng này.' },
];
const FIRST_SCREEN_PLAIN =
  'Màn hình đầu (Tổng quan) và khung cửa sổ không tải antd: dùng components/plain hoặc tải chậm (AntdScope).';
const NODE_PATTERNS = [{ group: ['node:*'], message: 'Không dùng Node trong tầng này.' }];

// The backend's folders as layers (docs/ARCHITECTURE.md): handlers orchestrate, the folders below
// them never reach up or sideways. Each entry: the folder, and the folders it must not import.
const BACKEND_LAYERS = {
  db: ['handlers', 'importer', 'forms', 'reports', 'seed', 'workers'],
  zip: ['handlers', 'importer', 'forms', 'reports', 'seed', 'workers', 'db'],
  typography: ['handlers', 'importer', 'forms', 'reports', 'seed', 'workers', 'db'],
  'excel-kit': ['handlers', 'importer', 'forms', 'reports', 'seed', 'workers', 'db'],
  reports: ['handlers', 'importer', 'forms', 'seed', 'workers', 'db'],
  forms: ['handlers', 'importer', 'reports', 'seed', 'workers'],
  importer: ['handlers', 'forms', 'reports', 'seed', 'workers'],
  seed: ['handlers', 'importer', 'forms', 'reports', 'workers'],
  workers: ['handlers', 'seed'],
};
const backendLayerBlocks = Object.entries(BACKEND_LAYERS).map(([folder, forbidden]) => ({
  files: [`electron/backend/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          { name: 'electron', message: 'electron/backend chạy dưới Node thuần.' },
          ...(folder === 'db'
            ? []
            : [{ name: 'better-sqlite3', message: 'SQL chỉ nằm trong electron/backend/db.' }]),
        ],
        patterns: [
          { group: ['**/renderer/**'] },
          ...forbidden.map((f) => ({
            group: [`**/${f}/**`, `../${f}`, `./${f}/**`],
            message: `electron/backend/${folder} không import ${f}/ (tầng trên hoặc ngang hàng).`,
          })),
        ],
      },
    ],
  },
}));

// renderer/src/features/<area>/ holds one screen's code; what two features share goes to components/
// or lib/. Resolved from the file's own folder so every depth and spelling of the path is caught.
const FEATURES = path.resolve(import.meta.dirname, 'renderer/src/features');
const SHELL = path.resolve(import.meta.dirname, 'renderer/src/shell') + path.sep;
const featureOf = (file) => {
  const rel = path.relative(FEATURES, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep)[0];
};
const featureBoundaries = {
  rules: {
    'no-cross-feature-imports': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const own = featureOf(context.filename);
        // Only the shell (ScreenSwitch loads the screens) may reach into a feature from outside.
        const shared = !own && !path.resolve(context.filename).startsWith(SHELL);
        const check = (node) => {
          const spec = node.source?.value;
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const other = featureOf(path.resolve(path.dirname(context.filename), spec));
          if (other && own && other !== own)
            context.report({
              node: node.source,
              message: `features/${own} không import từ features/${other}: đưa phần dùng chung vào components/ hoặc lib/.`,
            });
          else if (other && shared)
            context.report({
              node: node.source,
              message: `Phần dùng chung không import từ features/${other}.`,
            });
        };
        return {
          ImportDeclaration: check,
          ImportExpression: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...NODE_AND_NATIVE, { name: 'react', message: 'shared/ không phụ thuộc React.' }],
          patterns: [...NODE_PATTERNS, { group: ['**/electron/**', '**/renderer/**'] }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, features: featureBoundaries },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'features/no-cross-feature-imports': 'error',
      'no-restricted-imports': [
        'error',
        { paths: NODE_AND_NATIVE, patterns: [...NODE_PATTERNS, { group: ['**/electron/**'] }] },
      ],
    },
  },
  {
    // The window opens on Tổng quan without antd (issue 13: the first screen's JS under 500 KB):
    // the shell, the dashboard and what they draw use plain elements (components/plain); antd
    // arrives with shell/AntdScope and the other screens. Types from antd cost nothing.
    files: [
      'renderer/src/{main,App}.tsx',
      'renderer/src/shell/{AppShell,nav-items,ScreenSwitch,ScreenErrorBoundary,BackendRestartNotice}.tsx',
      'renderer/src/{api,data,routing}/**',
      'renderer/src/features/overview/**',
      'renderer/src/components/{PeriodPicker,ScreenHeader,StatusTag,SourceTrace}.tsx',
      'renderer/src/components/plain/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_AND_NATIVE,
            { name: 'antd', message: FIRST_SCREEN_PLAIN, allowTypeImports: true },
            { name: '@ant-design/icons', message: FIRST_SCREEN_PLAIN },
          ],
          patterns: [
            ...NODE_PATTERNS,
            { group: ['**/electron/**'] },
            { group: ['antd/*', '@ant-design/icons/*'], message: FIRST_SCREEN_PLAIN },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'electron/backend chạy dưới Node thuần.' }],
          patterns: [{ group: ['**/renderer/**'] }],
        },
      ],
    },
  },
  {
    // SQL lives only in the data layer.
    files: ['electron/backend/**/*.ts'],
    ignores: ['electron/backend/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'electron/backend chạy dưới Node thuần.' },
            { name: 'better-sqlite3', message: 'SQL chỉ nằm trong electron/backend/db.' },
          ],
          patterns: [{ group: ['**/renderer/**'] }],
        },
      ],
    },
  },
  ...backendLayerBlocks,
);
