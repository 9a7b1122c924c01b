import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Anything that is not zod or a file of src/core itself: SDKs, node built-ins, the rest of the app. */
const coreMayNotImport = [
  { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'http', 'https', 'net', 'child_process', 'crypto', 'process', 'url', 'stream', 'events', 'util', 'zlib', 'timers'], message: 'src/core is pure: no Node built-ins (I/O, time and randomness come in through ports).' },
  { group: ['botbuilder*', '@slack/*', 'lowdb*', 'restify*', 'pino*', 'i18next*', '@nlpjs/*', 'prom-client', 'steno'], message: 'src/core may not depend on SDKs, storage or channel libraries.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'data/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/core/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...coreMayNotImport, { group: ['../*'], message: 'src/core imports nothing outside itself.' }] }],
    },
  },
  {
    files: ['src/core/*/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...coreMayNotImport, { group: ['../../*'], message: 'src/core imports nothing outside itself.' }] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'fetch', 'setTimeout', 'setInterval', 'require'],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Use the Clock port.' },
        { object: 'Math', property: 'random', message: 'Use the IdGenerator port.' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the Clock port.' }],
    },
  },
  {
    // botbuilder-dialogs' index also loads its prompts and Microsoft.Recognizers.Text (~17 MB of heap the bot never uses).
    files: ['src/**/*.ts', 'dialogs/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'botbuilder-dialogs', allowTypeImports: true, message: "Import classes from their file (e.g. 'botbuilder-dialogs/lib/dialogSet.js'): the package index loads the prompts' recognizers, ~17 MB of heap." }] }],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
