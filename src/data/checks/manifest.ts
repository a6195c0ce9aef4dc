import { bbox } from '../../domain/geo/bbox.ts';
import { PACKAGE_FILES as F } from '../files.ts';
import type { CheckContext } from './context.ts';

/**
 * The manifest against the rest of the package: each level once and filled in gebiete.csv, no URL
 * word for two levels, reference and comparison areas in the registry, the first map extent
 * around the territory's outline.
 */
export function checkManifest({ pkg, issues, areas }: CheckContext): void {
  const m = pkg.manifest;
  const slots = m.ebenen.map((e) => e.ebene);
  slots.forEach((s, i) => {
    if (slots.indexOf(s) !== i) issues.add(F.paket, `Ebene ${s} zweimal genannt`, `ebenen ${i + 1}`, 'ebene');
    else if (!pkg.areas.some((a) => a.ebene === s))
      issues.add(F.paket, `Ebene ${s} hat keine Gebiete in gebiete.csv`, `ebenen ${i + 1}`, 'ebene');
  });
  const words = new Map<string, number>();
  m.ebenen.forEach((e, i) => {
    for (const w of [e.url, ...(e.urlAuch ?? [])]) {
      const before = words.get(w);
      if (before !== undefined && before !== i)
        issues.add(F.paket, `URL-Wort „${w}“ steht für zwei Ebenen`, `ebenen ${i + 1}`, 'url');
      words.set(w, i);
    }
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
