import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
const NODE_PATTERNS = [{ group: ['node:*'], message: 'Không dùng Node trong tầng này.' }];

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
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: NODE_AND_NATIVE, patterns: [...NODE_PATTERNS, { group: ['**/electron/**'] }] },
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
);
