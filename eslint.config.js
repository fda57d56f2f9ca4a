// ESLint: a few rules that catch real bugs (unused code, hooks called out of order or with stale
// dependencies, promises nobody waits for), not taste; Prettier owns the layout (npm run format).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'templates/**', '**/*.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    // Type-aware, for no-floating-promises: a promise nobody awaits loses its error.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Taste: statements written as `a && b()` or `(x += 1), (y += 1)` are a habit here; `any` is rare and
      // deliberate (tests poking at hostile input); the sanitisers match control characters on purpose.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    // Hooks live in the UI and the canvas; elsewhere a `use…` name (a test's useCase) is not a hook.
    files: ['src/ui/**/*.{ts,tsx}', 'src/canvas/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
