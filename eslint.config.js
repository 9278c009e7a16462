// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Page text is untrusted: it must never reach an HTML sink.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with textContent or Preact, never HTML.' },
        { property: 'outerHTML', message: 'Render text with textContent or Preact, never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render text, never HTML.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
