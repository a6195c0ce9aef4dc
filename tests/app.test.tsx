// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/App.tsx';
import { PACKAGE_FILES, type PackageTexts } from '../src/data/package.ts';

const root = resolve(import.meta.dirname, '..');
const texts = Object.fromEntries(
  Object.entries(PACKAGE_FILES).map(([k, rel]) => [k, readFileSync(join(root, rel), 'utf8')]),
) as PackageTexts;

afterEach(cleanup);

describe('App', () => {
  it('shows the Ortsteile with sourced 2018 figures, status and the schematic-boundary notice', async () => {
    render(<App load={() => Promise.resolve(texts)} />);
    const row = await screen.findByRole('row', { name: /Grünhöfe/ });
    expect(row).toHaveTextContent('6.349');
    expect(row).toHaveTextContent('Sekundärquelle');
    expect(screen.getByText('Grenzen schematisch (Näherung)')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the broken file, row and field and keeps working', async () => {
    const broken = {
      ...texts,
      beobachtungen: texts.beobachtungen.replace('212,einwohner,2018,11888,', '212,einwohner,2018,elf,'),
    };
    render(<App load={() => Promise.resolve(broken)} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /data\/beobachtungen\.csv, Zeile \d+, Feld wert: Wert muss eine Zahl sein/,
    );
    expect(screen.getByRole('row', { name: /Grünhöfe/ })).toBeInTheDocument();
  });

  it('reports a failed download', async () => {
    render(<App load={() => Promise.reject(new Error('geo/ortsteile.geojson: HTTP 404'))} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('geo/ortsteile.geojson: HTTP 404');
  });
});
