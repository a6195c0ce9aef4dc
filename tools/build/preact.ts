import type { Alias } from 'vite';

/**
 * The app is written against React's API and types, and ships Preact 11 through `preact/compat`
 * (about 60 KiB gzip less on the first map view: issue 22's JavaScript budget). The aliases apply
 * to the build, the dev server, the bench pages and the component tests alike, so the tests render
 * with the library that ships. Exact matches only: `react-dom/client` must not become
 * `preact/compat/client` by prefix.
 */
export const PREACT_ALIASES: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

/** Packages in node_modules that import React and must go through the aliases in the tests. */
export const REACT_DEPENDENTS = ['@testing-library/react', '@tanstack/react-query'];

/**
 * In the tests (Node's resolution) Testing Library would load its CommonJS build, whose
 * `require('react-dom')` no alias reaches: its ES module build is taken instead.
 */
export const TEST_ALIASES: Alias[] = [
  ...PREACT_ALIASES,
  {
    find: /^@testing-library\/react$/,
    replacement: '@testing-library/react/dist/@testing-library/react.esm.js',
  },
];
