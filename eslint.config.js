import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'test-results', 'node_modules', '.cache', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      // noUncheckedIndexedAccess makes every indexed read optional; after a bounds check `!` is the honest form.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The architecture in one rule: the pure core imports nothing app-level and no UI or map library.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'maplibre-gl', '@tanstack/*'], message: 'src/domain is pure.' },
            {
              group: ['../data/*', '../state/*', '../map/*', '../features/*', '../ui/*'],
              message: 'src/domain imports nothing app-level.',
            },
          ],
        },
      ],
    },
  },
);
