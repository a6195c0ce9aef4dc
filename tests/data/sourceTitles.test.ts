import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceTitle, sourceTitles } from '../../src/data/model.ts';
import { COVERAGE_ADDRESS_SOURCE } from '../../src/data/supplyCatalogue.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';

const packages = ['data/quellen.json', 'pakete/landkreis-rostock/data/quellen.json'];

describe('source titles in the reader’s language', () => {
  it('every source a package wrote itself has an English title; outside publications keep theirs', () => {
    for (const file of packages) {
      const { quellen } = JSON.parse(readFileSync(file, 'utf8')) as {
        quellen: { id: string; herausgeber: string; titel_en?: string; status: string }[];
      };
      const own = quellen.filter((q) => q.herausgeber.startsWith('Quartiersexplorer'));
      expect(own.length, file).toBeGreaterThan(2);
      expect(
        own.filter((q) => !q.titel_en).map((q) => q.id),
        file,
      ).toEqual([]);
      // Every sample value's source is one the app wrote.
      for (const q of quellen.filter((x) => x.status === 'beispiel')) expect(q.titel_en, q.id).toBeTruthy();
    }
    expect(COVERAGE_ADDRESS_SOURCE.titel_en).toBeTruthy();
  });

  it('shows the English title in English and the German one in German and Leichte Sprache', () => {
    const { model } = shippedModel();
    expect(sourceTitle(model, 'beispiel-generator', 'en')).toBe(
      'Sample values from the generator tools/data (seed “bremerhaven-zwk”)',
    );
    expect(sourceTitle(model, 'beispiel-generator', 'de')).toMatch(/^Beispielwerte aus dem Generator/);
    expect(sourceTitle(model, 'beispiel-generator', 'leicht')).toMatch(/^Beispielwerte aus dem Generator/);
    // An outside publication keeps its original title in every language.
    expect(sourceTitle(model, 'bkg-vg250-2016', 'en')).toBe(sourceTitle(model, 'bkg-vg250-2016', 'de'));
    expect(sourceTitles(model, ['beispiel-generator', 'beispiel-generator', 'unbekannt'], 'en')).toHaveLength(
      2,
    );
    expect(sourceTitle(model, 'unbekannt', 'en')).toBe('unbekannt');
  });
});
