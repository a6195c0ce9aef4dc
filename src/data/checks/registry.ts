import { MAP_LEVELS, parentLevel, ROOT_LEVEL } from '../../domain/levels.ts';
import { levelId, PACKAGE_FILES as F } from '../package.ts';
import type { CheckContext } from './context.ts';

/**
 * Registry, against the manifest: exactly one root with the manifest's key; every other area's
 * parent exists on the next coarser level; key lengths as the manifest says; with nesting by
 * prefix, a key begins with its parent's; sources are known.
 */
export function checkRegistry({ pkg, issues, areas, sources }: CheckContext): void {
  const m = pkg.manifest;
  const count = m.ebenen.length;
  const roots = pkg.areas.filter((a) => a.ebene === ROOT_LEVEL);
  if (roots.length !== 1 || roots[0]!.schluessel !== m.gesamt.schluessel)
    issues.add(
      F.gebiete,
      `genau ein Gebiet der Ebene „${m.gesamt.id}“ mit dem Schlüssel ${m.gesamt.schluessel} (paket.json, gesamt) erwartet, gefunden: ${roots.map((r) => r.schluessel).join(', ') || 'keines'}`,
      undefined,
      'ebene',
    );
  for (const a of pkg.areas) {
    const where = `Gebiet ${a.schluessel}`;
    const expected = parentLevel(a.ebene, count);
    const parent = a.eltern ? areas.get(a.eltern) : undefined;
    if (expected && (!parent || parent.ebene !== expected))
      issues.add(
        F.gebiete,
        `Elterngebiet „${a.eltern}“ fehlt oder ist kein(e) ${levelId(m, expected)}`,
        where,
        'eltern',
      );
    if (a.ebene === ROOT_LEVEL && a.eltern !== '')
      issues.add(F.gebiete, `das Gesamtgebiet hat kein Elterngebiet`, where, 'eltern');
    const level = a.ebene === ROOT_LEVEL ? undefined : m.ebenen[MAP_LEVELS.indexOf(a.ebene)];
    if (level?.stellen !== undefined && a.schluessel.length !== level.stellen)
      issues.add(
        F.gebiete,
        `Schlüssellänge passt nicht zur Ebene: ${level.id} hat ${level.stellen}-stellige Schlüssel`,
        where,
        'schluessel',
      );
    if (
      m.verschachtelung === 'praefix' &&
      parent &&
      parent.ebene !== ROOT_LEVEL &&
      !a.schluessel.startsWith(parent.schluessel)
    )
      issues.add(
        F.gebiete,
        `Schlüssel beginnt nicht mit dem des Elterngebiets ${parent.schluessel} (paket.json: verschachtelung praefix)`,
        where,
        'schluessel',
      );
    if (!sources.has(a.quelle)) issues.add(F.gebiete, `unbekannte Quelle „${a.quelle}“`, where, 'quelle');
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
