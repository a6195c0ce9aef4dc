import { describe, expect, it } from 'vitest';
import { NO_CONFIG, parseConfig } from '../../src/data/config.ts';

describe('parseConfig (public/config.json)', () => {
  it('no basemap by default', () => {
    expect(parseConfig({ hintergrundkarte: null })).toEqual(NO_CONFIG);
    expect(parseConfig({})).toEqual(NO_CONFIG);
  });
  it('accepts an https raster tile template with attribution', () => {
    const b = { tiles: ['https://example.org/{z}/{y}/{x}.png'], attribution: '© BKG' };
    expect(parseConfig({ hintergrundkarte: b })).toEqual({ basemap: b, problem: null });
  });
  it('names file and field of a broken entry and falls back to no basemap', () => {
    const r = parseConfig({ hintergrundkarte: { tiles: ['http://unsicher/{z}'], attribution: 1 } });
    expect(r.basemap).toBeNull();
    expect(r.problem).toMatch(/^config\.json, Feld hintergrundkarte: erwartet/);
  });
});
