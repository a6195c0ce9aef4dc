// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/App.tsx';
import { NO_CONFIG, type MapConfig } from '../src/data/config.ts';
import { PACKAGE_FILES, type PackageFileKey } from '../src/data/package.ts';
import { encodeDeck } from '../src/domain/deck/codec.ts';
import { defaultDeck } from '../src/domain/deck/defaultDeck.ts';
import { fakeMapLibre } from './fakes/fake-map.ts';

vi.mock('../src/map/maplibre.ts', () => ({ loadMapLibre: () => Promise.resolve(fakeMapLibre) }));
afterEach(cleanup);

/**
 * An XSS corpus in every text field of the package and of a deck: names of areas, indicator
 * labels and descriptions, source titles and publishers, facility names, deck and slide titles and
 * notes. Every view must show them as text: no element, attribute or script from data.
 */
const PAYLOADS = ['<img src=x onerror=alert(1)>', '<svg onload=alert(2)>', 'javascript:alert(3)', '{{7*7}}'];
const root = resolve(import.meta.dirname, '..');
const shipped = Object.fromEntries(
  Object.entries(PACKAGE_FILES).map(([k, rel]) => [k, readFileSync(join(root, rel), 'utf8')]),
) as Record<PackageFileKey, string>;

function crafted(): Record<PackageFileKey, string> {
  const p = (i: number) => PAYLOADS[i % PAYLOADS.length]!;
  // CSV names: the payloads have no comma or quote, so they need no quoting.
  const gebiete = shipped.gebiete
    .split('\n')
    .map((line, i) => {
      if (i === 0 || !line) return line;
      const f = line.split(',');
      f[2] = `${f[2]} ${p(i)}`;
      f[3] = `${f[3]} ${p(i + 1)}`;
      return f.join(',');
    })
    .join('\n');
  const cat = JSON.parse(shipped.indikatoren) as {
    indikatoren: Record<string, string>[];
    gruppen: Record<string, string>[];
  };
  cat.indikatoren.forEach((x, i) => {
    x.label_de = `${x.label_de} ${p(i)}`;
    x.beschreibung_de = `${x.beschreibung_de} ${p(i + 1)}`;
  });
  cat.gruppen.forEach((g, i) => (g.label_de = `${g.label_de} ${p(i)}`));
  const src = JSON.parse(shipped.quellen) as { quellen: Record<string, string>[] };
  src.quellen.forEach((q, i) => {
    q.titel = `${q.titel} ${p(i)}`;
    q.herausgeber = `${q.herausgeber} ${p(i + 2)}`;
  });
  const fac = JSON.parse(shipped.einrichtungen) as { features: { properties: Record<string, unknown> }[] };
  fac.features.forEach((f, i) => (f.properties.name = `${String(f.properties.name)} ${p(i)}`));
  return {
    ...shipped,
    gebiete,
    indikatoren: JSON.stringify(cat),
    quellen: JSON.stringify(src),
    einrichtungen: JSON.stringify(fac),
  };
}

const texts = crafted();
const config = (): Promise<MapConfig> => Promise.resolve(NO_CONFIG);
const deck = (() => {
  const d = defaultDeck('de');
  return encodeDeck({
    titel: `${d.titel} ${PAYLOADS[0]}`,
    folien: d.folien.map((s, i) => ({
      ...s,
      titel: `${s.titel} ${PAYLOADS[i % 4]}`,
      notiz: `${PAYLOADS[(i + 1) % 4]}`,
    })),
  });
})();

/** Nothing from the corpus became markup: no injected element, no event handler attribute. */
function expectOnlyText() {
  expect(document.querySelector('img[src="x"], svg[onload], [onerror], [onload]')).toBeNull();
  for (const el of document.querySelectorAll('*'))
    for (const a of el.attributes) {
      expect(a.name.startsWith('on'), `${el.tagName} ${a.name}`).toBe(false);
      expect(/^\s*javascript:/i.test(a.value), `${el.tagName} ${a.name}=${a.value}`).toBe(false);
    }
}

describe('XSS corpus in every text field', () => {
  for (const [view, query, testId] of [
    ['map with a selected area', '?gebiet=215', 'tabelle'],
    ['comparison', '?ansicht=vergleich&vergleich=212,215,231', 'vergleich'],
    ['profile', '?ansicht=profil&gebiet=215', 'profil'],
    ['presentation', `?ansicht=praesentation&folie=2&deck=${deck}`, 'praesentation'],
  ] as const)
    it(`renders as text in the ${view}`, async () => {
      window.history.replaceState(null, '', `/${query}`);
      render(<App load={() => Promise.resolve(texts)} loadConfig={config} />);
      await screen.findAllByTestId(testId, {}, { timeout: 10_000 });
      // The corpus is on screen, literally.
      await screen.findAllByText(
        (t) => t.includes('<img src=x onerror=alert(1)>') || t.includes('<svg onload=alert(2)>'),
        {},
        { timeout: 10_000 },
      );
      expect(document.body.textContent).toMatch(/<img src=x onerror=alert\(1\)>|<svg onload=alert\(2\)>/);
      expectOnlyText();
    });
});
