import { describe, expect, it } from 'vitest';
import { NO_CONFIG, parseConfig } from '../../src/data/config.ts';

describe('parseConfig (public/config.json)', () => {
  it('no basemap by default', () => {
    expect(parseConfig({ hintergrundkarte: null })).toEqual(NO_CONFIG);
    expect(parseConfig({})).toEqual(NO_CONFIG);
  });
  it('accepts an https raster tile template with attribution', () => {
    const b = { tiles: ['https://example.org/{z}/{y}/{x}.png'], attribution: '© BKG' };
    expect(parseConfig({ hintergrundkarte: b })).toEqual({ basemap: b, feedback: null, problem: null });
  });
  it('names file and field of a broken entry and falls back to no basemap', () => {
    const r = parseConfig({ hintergrundkarte: { tiles: ['http://unsicher/{z}'], attribution: 1 } });
    expect(r.basemap).toBeNull();
    expect(r.problem).toMatch(/^config\.json, Feld hintergrundkarte: erwartet/);
  });
  it('reads the accessibility feedback address and names a wrong one', () => {
    expect(parseConfig({ barrierefreiheit: { kontakt: ' barrierefreiheit@stadt.example ' } }).feedback).toBe(
      'barrierefreiheit@stadt.example',
    );
    expect(parseConfig({ barrierefreiheit: null })).toEqual(NO_CONFIG);
    for (const bad of [
      'keine adresse',
      'a@b',
      'x@y.de?bcc=z@evil.example',
      'a?cc=b@x.de',
      'a&b@x.de',
      42,
      'x@y.de>',
    ] as unknown[]) {
      const r = parseConfig({ barrierefreiheit: { kontakt: bad } });
      expect(r.feedback).toBeNull();
      expect(r.problem).toMatch(/^config\.json, Feld barrierefreiheit\.kontakt: /);
    }
    // Both problems are named.
    const both = parseConfig({ hintergrundkarte: 1, barrierefreiheit: { kontakt: 'nein' } });
    expect(both.problem).toMatch(/Feld hintergrundkarte.*; config\.json, Feld barrierefreiheit\.kontakt/);
  });
});
