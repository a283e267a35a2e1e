import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Imports point one way (ARCHITECTURE section 1): shared is pure, main/core never touches electron. */
const noElectron = { name: 'electron', message: 'main/core and shared run without Electron: use the Platform interface.' };
const sharedMustStayPure = {
  patterns: [
    { group: ['node:*'], message: 'shared/ is pure TypeScript: no Node modules.' },
    { group: ['**/main/**', '**/renderer/**'], message: 'shared/ imports nothing outside shared/.' },
  ],
  paths: [noElectron],
};

const coreStaysOutOfShell = { group: ['**/renderer/**', '**/electron/**'], message: 'main/core does not reach into the shell or the UI.' };
/** Rooms in main/core stack one way: the opened folder under the features, the handlers (`api/`) on top. */
const belowTheHandlers = { group: ['**/api/*', '!**/shared/api'], message: 'Features and the data folder sit below the handlers: the handlers import them, never the reverse.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', sharedMustStayPure] },
  },
  {
    files: ['main/core/**/*.ts', 'main/cli.ts', 'main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [coreStaysOutOfShell],
        },
      ],
    },
  },
  {
    // Rooms in main/core stack one way: the opened folder under the features, the handlers on top.
    files: ['main/core/**/*.ts'],
    ignores: ['main/core/api/**', 'main/core/**/*.test.ts', 'main/core/**/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [coreStaysOutOfShell, belowTheHandlers],
        },
      ],
    },
  },
  {
    files: ['main/core/data-dir/**/*.ts', 'main/core/plan/**/*.ts', 'main/core/store/**/*.ts', 'main/core/crypto/**/*.ts', 'main/core/fs/**/*.ts', 'main/core/safe-json/**/*.ts'],
    ignores: ['main/core/**/*.test.ts', 'main/core/**/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            coreStaysOutOfShell,
            belowTheHandlers,
            {
              group: ['**/bundles/**', '**/contacts/**', '**/documents/**', '**/copies/**', '**/crisis/**', '**/cycle/**'],
              message: 'The data folder and the plan sit below the feature rooms: features import them, never the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // useApiQuery takes deps like useEffect: check them where it is called.
      'react-hooks/exhaustive-deps': ['warn', { additionalHooks: '^useApiQuery$' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['node:*'], message: 'The renderer is sandboxed: talk to main through window.draaiboek.' },
            { group: ['**/main/**'], message: 'The renderer never imports main/: use window.draaiboek.' },
          ],
        },
      ],
    },
  },
);
