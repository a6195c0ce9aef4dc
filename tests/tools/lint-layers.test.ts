import { resolve } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import layers from '../../tools/lint/layers.js';

const root = resolve(import.meta.dirname, '../..');
const linter = new Linter({ cwd: root });
const config = [
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { layers },
    rules: { 'layers/imports': 'error' as const },
  },
];
/** The layer messages for one line of code placed at `file` (relative to the repository). */
const lint = (file: string, code: string) =>
  linter.verify(code, config, { filename: resolve(root, file) }).map((m) => m.message);

describe('layers/imports (tools/lint/layers.js)', () => {
  it('rejects an upward import from domain at any depth', () => {
    expect(lint('src/domain/x/y.ts', "import { a } from '../../data/model.ts';")).toEqual([
      'domain must not import data ("../../data/model.ts"). Allowed for domain: domain.',
    ]);
    expect(lint('src/domain/a/b/c.ts', "import type { S } from '../../../state/url.ts';")).toHaveLength(1);
    expect(lint('src/domain/y.ts', "export { b } from '../features/explorer/Explorer.tsx';")).toHaveLength(1);
    expect(lint('src/domain/geo/y.ts', "import { useState } from 'react';")).toHaveLength(1);
    expect(lint('src/domain/geo/y.ts', "import { geoPath } from 'd3-geo';")).toEqual([]);
    expect(lint('src/domain/x/y.ts', "import { c } from '../ids.ts';")).toEqual([]);
  });

  it('lets data and state use only domain, and i18n only domain', () => {
    expect(lint('src/data/a.ts', "import { u } from '../state/url.ts';")).toHaveLength(1);
    expect(lint('src/state/a.ts', "import { m } from '../data/model.ts';")).toHaveLength(1);
    expect(lint('src/i18n/a.ts', "import { m } from '../data/model.ts';")).toHaveLength(1);
    expect(lint('src/data/a.ts', "import { m } from '../domain/values.ts';")).toEqual([]);
    expect(lint('src/data/a.ts', "import maplibre from 'maplibre-gl';")).toHaveLength(1);
  });

  it('keeps map free of features and view', () => {
    expect(lint('src/map/a.ts', "import { E } from '../features/explorer/Explorer.tsx';")).toHaveLength(1);
    expect(lint('src/map/a.ts', "import { t } from '../view/text.ts';")).toHaveLength(1);
    expect(lint('src/map/a.ts', "import { m } from '../data/model.ts';")).toEqual([]);
  });

  it('makes features leaves: no import of another feature, also not dynamic', () => {
    expect(lint('src/features/compare/a.ts', "import { t } from '../explorer/Legend.tsx';")).toEqual([
      'Feature compare must not import feature explorer ("../explorer/Legend.tsx"): move what both use to src/view.',
    ]);
    expect(
      lint('src/features/shell/a.ts', "const m = () => import('../present/Presentation.tsx');"),
    ).toHaveLength(1);
    expect(lint('src/features/explorer/facilities/a.ts', "import { x } from '../Explorer.tsx';")).toEqual([]);
    expect(lint('src/features/compare/a.ts', "import { t } from '../../view/text.ts';")).toEqual([]);
    expect(lint('src/view/a.ts', "import { t } from '../features/profile/Profile.tsx';")).toHaveLength(1);
    expect(lint('src/App.tsx', "import { E } from './features/explorer/Explorer.tsx';")).toEqual([]);
  });

  it('keeps src out of tools and tests, and tools out of tests', () => {
    expect(lint('src/data/a.ts', "import { f } from '../../tools/data/facts.ts';")).toHaveLength(1);
    expect(lint('tools/bench/a.ts', "import { l } from '../../tests/e2e/app-page.ts';")).toHaveLength(1);
    expect(lint('tools/bench/a.ts', "import { l } from '../browser/launch.ts';")).toEqual([]);
  });
});
