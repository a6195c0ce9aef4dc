import { PARENT_LEVEL } from '../../domain/levels.ts';
import { PACKAGE_FILES as F } from '../package.ts';
import type { CheckContext } from './context.ts';

/** Registry: every area's parent exists on the next coarser level; sources are known. */
export function checkRegistry({ pkg, issues, areas, sources }: CheckContext): void {
  for (const a of pkg.areas) {
    const expected = PARENT_LEVEL[a.ebene];
    const parent = a.eltern ? areas.get(a.eltern) : undefined;
    if (expected && (!parent || parent.ebene !== expected))
      issues.add(
        F.gebiete,
        `Elterngebiet „${a.eltern}“ fehlt oder ist kein(e) ${expected}`,
        `Gebiet ${a.schluessel}`,
        'eltern',
      );
    if (!sources.has(a.quelle))
      issues.add(F.gebiete, `unbekannte Quelle „${a.quelle}“`, `Gebiet ${a.schluessel}`, 'quelle');
  }
}

/** Catalogue: indicators name known groups and indicators; shares are never summed. */
export function checkCatalogue({ pkg, issues, indicators }: CheckContext): void {
  const groups = new Set(pkg.catalogue.gruppen.map((g) => g.id));
  for (const i of pkg.catalogue.indikatoren) {
    if (!groups.has(i.gruppe))
      issues.add(F.indikatoren, `unbekannte Gruppe „${i.gruppe}“`, `Indikator ${i.id}`, 'gruppe');
    const agg = i.aggregation;
    const refs =
      agg.art === 'summe_aus'
        ? agg.teile
        : agg.art === 'verhaeltnis'
          ? [agg.zaehler, agg.nenner]
          : agg.art === 'mittel'
            ? [agg.gewicht]
            : agg.art === 'veraenderung'
              ? [agg.basis]
              : [];
    for (const r of refs)
      if (!indicators.has(r))
        issues.add(
          F.indikatoren,
          `verweist auf unbekannten Indikator „${r}“`,
          `Indikator ${i.id}`,
          'aggregation',
        );
    if (agg.art === 'summe' && i.einheit === 'anteil')
      issues.add(
        F.indikatoren,
        'ein Anteil darf nicht summiert werden (aggregation.art = verhaeltnis)',
        `Indikator ${i.id}`,
        'aggregation',
      );
  }
}
