// Lint rules, including the layering rule: shared/ imports neither side, and client and server
// never import each other (ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import noImportCycle from './eslint/noImportCycle.js';

const forbid = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group, message })) }],
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid(
      [
        ['**/client/**', '**/server/**', '@cb/client', '@cb/client/*', '@cb/server', '@cb/server/*'],
        ['node:*', 'fs', 'net', 'http', 'path', 'ws', 'better-sqlite3'],
      ],
      'shared/ is pure: it imports neither client nor server, and does no I/O.',
    ),
  },
  {
    // shared/ is layered: no module may import one that (through others) imports it back.
    files: ['shared/src/**/*.ts'],
    plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'local/no-import-cycle': ['error', { root: 'shared/src' }] },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid([['**/server/**', '@cb/server', '@cb/server/*']], 'The client never imports the server.'),
    },
  },
  {
    // No component function over 150 lines: a board region or form that grows past it is split.
    files: ['client/src/**/*.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Every chair write reaches the documents one way: through the commands (one undoable step
    // each, origin LOCAL_ORIGIN). Nothing else in the client opens a transaction of its own.
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['client/src/pages/conference/board/commands/**', 'client/src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='transact']",
          message:
            'Write to the documents through the commands (client/src/pages/conference/board/commands/).',
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: forbid([['**/client/**', '@cb/client', '@cb/client/*']], 'The server never imports the client.'),
  },
  {
    // The server's domain (lobby, room, snapshots, store, minutes, documents…) knows nothing of
    // HTTP: it throws DomainError (errors.ts) and the edges — routes, http/, the sync and control
    // servers, the wiring — turn that into statuses, acks and close codes.
    files: ['server/src/**/*.ts'],
    ignores: [
      'server/src/routes/**',
      'server/src/http/**',
      'server/src/cli/**',
      'server/src/app.ts',
      'server/src/main.ts',
      'server/src/deps.ts',
      'server/src/access.ts',
      'server/src/control/ControlServer.ts',
      'server/src/sync/SyncServer.ts',
      'server/src/**/*.test.ts',
    ],
    rules: forbid(
      [
        ['**/client/**', '@cb/client', '@cb/client/*'],
        ['**/http/**', '**/routes/**', 'express'],
      ],
      'Domain modules do not import the HTTP edge: throw DomainError (server/src/errors.ts) instead.',
    ),
  },
  {
    // One audit entry point: every row goes through server/src/audit.ts (a structured Actor, a typed
    // action and detail), never straight into the store.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/audit.ts', 'server/src/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='audit']",
          message: 'Write audit rows with auditLog(store).record(…) from server/src/audit.ts.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', '.ci/**', '*.config.*', 'eslint/**'],
    rules: { 'no-console': 'off' },
  },
);
