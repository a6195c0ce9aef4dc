// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/App.tsx';
import { NO_CONFIG, type MapConfig } from '../src/data/config.ts';
import { calls, fakeMapLibre, type FakeMap } from './fakes/fake-map.ts';
import { shippedTexts } from '../tools/fixtures/shipped.ts';
import { craftedDeckParam, craftedPackage, LITERAL, PAYLOADS } from './helpers/xss.ts';

vi.mock('../src/map/maplibre.ts', () => ({ loadMapLibre: () => Promise.resolve(fakeMapLibre) }));
afterEach(cleanup);

const texts = craftedPackage(shippedTexts());
const config = (): Promise<MapConfig> => Promise.resolve(NO_CONFIG);
const deck = craftedDeckParam();
const open = (query: string) => {
  window.history.replaceState(null, '', `/${query}`);
  render(<App load={() => Promise.resolve(texts)} loadConfig={config} />);
};
const mapOf = () => (window as unknown as { __qxMap: FakeMap }).__qxMap;

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
    ['Indikatorenblatt', '?ansicht=indikator&indikator=anteil_65_plus', 'indikatorenblatt'],
  ] as const)
    it(`renders as text in the ${view}`, async () => {
      open(query);
      await screen.findAllByTestId(testId, {}, { timeout: 10_000 });
      // The corpus is on screen, literally.
      await screen.findAllByText((t) => LITERAL.test(t), {}, { timeout: 10_000 });
      expect(document.body.textContent).toMatch(LITERAL);
      expectOnlyText();
    });

  it('renders as text in the area tooltip (keyboard on the map)', async () => {
    open('?gebiet=215');
    await screen.findByTestId('tabelle');
    const map = screen.getByRole('application');
    map.focus();
    fireEvent.keyDown(map, { key: 'ArrowDown' });
    const tip = await screen.findByTestId('tooltip');
    expect(tip.textContent).toMatch(LITERAL);
    expectOnlyText();
  });

  it('renders as text in the facility tooltip (pointer on a point)', async () => {
    open('?einrichtungen=alle');
    await screen.findByTestId('tabelle');
    await waitFor(() => expect(document.querySelector('.map')?.getAttribute('data-ready')).toBe('true'));
    // The facility layer's events are bound once its source exists: point until the tooltip shows.
    const tip = await waitFor(
      () => {
        mapOf().fire('mousemove', 'einrichtungen-offen', { id: 'q2' });
        return screen.getByRole('tooltip');
      },
      { timeout: 10_000 },
    );
    expect(tip.textContent).toMatch(
      /<svg onload=alert\(2\)>|<img src=x onerror=alert\(1\)>|javascript:alert\(3\)|\{\{7\*7\}\}/,
    );
    expectOnlyText();
  });

  it('reaches the map labels as plain strings drawn by a text-field that reads a property', async () => {
    open('');
    await screen.findByTestId('tabelle');
    await waitFor(() => expect(document.querySelector('.map')?.getAttribute('data-ready')).toBe('true'));
    const style = mapOf().getStyle();
    const labels = style.layers.filter((l) => l.id.startsWith('name-'));
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) {
      // MapLibre draws glyphs on the canvas: a `get` of the name (or a `format` of gets) is never markup.
      const field = JSON.stringify((l as { layout: { 'text-field': unknown } }).layout['text-field']);
      expect(field).toMatch(/\["get","name"\]/);
    }
    const labelSources = new Set(labels.map((l) => ('source' in l ? l.source : '')));
    const names = calls
      .filter((c) => c.method === 'setData' && labelSources.has(c.args[0] as string))
      .flatMap((c) => (c.args[1] as GeoJSON.FeatureCollection).features)
      .map((f) => String(f.properties?.name));
    expect(names.some((n) => n.includes(PAYLOADS[0]!) || n.includes(PAYLOADS[1]!))).toBe(true);
  });
});
