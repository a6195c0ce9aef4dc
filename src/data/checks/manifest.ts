import { bbox } from '../../domain/geo/bbox.ts';
import { MAP_LEVELS } from '../../domain/levels.ts';
import { PACKAGE_FILES as F } from '../files.ts';
import type { CheckContext } from './context.ts';

/**
 * The manifest against the rest of the package: each level filled in gebiete.csv, no word or file
 * for two levels, key lengths where keys nest by prefix, reference and comparison areas in the registry, the first map extent
 * around the territory's outline.
 */
export function checkManifest({ pkg, issues, areas }: CheckContext): void {
  const m = pkg.manifest;
  m.ebenen.forEach((e, i) => {
    if (!pkg.areas.some((a) => a.ebene === MAP_LEVELS[i]))
      issues.add(F.paket, `Ebene ${e.id} hat keine Gebiete in gebiete.csv`, `ebenen ${i + 1}`, 'id');
  });
  // A word names one level, in gebiete.csv and in links; a file holds one level.
  const words = new Map<string, number>([[m.gesamt.id, -1]]);
  const files = new Map<string, number>([[m.umriss, -1]]);
  m.ebenen.forEach((e, i) => {
    for (const w of [e.id, ...(e.urlAuch ?? [])]) {
      const before = words.get(w);
      if (before !== undefined && before !== i)
        issues.add(F.paket, `Wort „${w}“ steht für zwei Ebenen`, `ebenen ${i + 1}`, 'id');
      words.set(w, i);
    }
    if (files.has(e.datei))
      issues.add(F.paket, `Datei ${e.datei} für zwei Ebenen genannt`, `ebenen ${i + 1}`, 'datei');
    files.set(e.datei, i);
  });
  if (m.verschachtelung === 'praefix')
    m.ebenen.forEach((e, i) => {
      const coarser = m.ebenen[i + 1];
      if (e.stellen === undefined || (coarser?.stellen !== undefined && coarser.stellen >= e.stellen))
        issues.add(
          F.paket,
          'bei verschachtelung praefix braucht jede Ebene „stellen“, gröbere Ebenen weniger als feinere',
          `ebenen ${i + 1}`,
          'stellen',
        );
    });
  const known = (list: readonly string[], where: string) => {
    for (const k of list)
      if (!areas.has(k)) issues.add(F.paket, `Gebiet ${k} gibt es nicht in gebiete.csv`, where, 'gebiete');
  };
  known(m.vergleich, 'vergleich');
  if (m.referenzgebiete) known(m.referenzgebiete.gebiete, 'referenzgebiete');
  const outline = pkg.outline?.features ?? [];
  if (outline.length > 0) {
    const [w, s, e, n] = bbox(outline.map((f) => f.geometry));
    const [aw, as, ae, an] = m.ausschnitt;
    // The extent shows the whole territory (a little of it may be cut at most).
    const slack = Math.max(e - w, n - s) * 0.05;
    if (w < aw - slack || s < as - slack || e > ae + slack || n > an + slack)
      issues.add(
        F.paket,
        `Ausschnitt ${m.ausschnitt.join(', ')} zeigt nicht das ganze Gebiet (${[w, s, e, n].map((v) => v.toFixed(3)).join(', ')})`,
        undefined,
        'ausschnitt',
      );
  }
}
