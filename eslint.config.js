import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const dexie = [
  { name: 'dexie', message: 'Only src/storage may import Dexie.' },
  { name: 'idb-keyval', message: 'Only src/storage may import idb-keyval.' },
];
const hpke = { group: ['@hpke/*'], message: 'Only src/crypto may use HPKE.' };

export default tseslint.config(
  {
    ignores: [
      'dist',
      '.bench',
      '.tmp',
      'node_modules',
      'test-results',
      'playwright-report',
      'data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Architecture: only src/storage touches IndexedDB libraries, only src/crypto touches
  // WebCrypto and HPKE.
  {
    files: ['src/**/*.{ts,tsx}', 'sw/**/*.ts'],
    ignores: ['src/storage/**', 'src/crypto/**'],
    rules: { 'no-restricted-imports': ['error', { paths: dexie, patterns: [hpke] }] },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [hpke] }] },
  },
  {
    files: ['src/crypto/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: dexie }] },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'sw/**/*.ts'],
    ignores: ['src/crypto/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'crypto', message: 'Only src/crypto may use WebCrypto.' },
      ],
    },
  },
);
