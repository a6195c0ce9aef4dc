import type { DataPackage } from '../../data/package.ts';
import { obsKey } from '../../data/package.ts';

const STATUS_LABEL = {
  amtlich: 'amtlich',
  sekundaer: 'Sekundärquelle',
  naeherung: 'Näherung',
  beispiel: 'Beispielwert',
};
const nf = new Intl.NumberFormat('de-DE');

/** The Ortsteile with their sourced 2018 population and area, each with status and source. */
export function PackageOverview({ pkg }: { pkg: DataPackage }) {
  const values = new Map(pkg.observations.map((o) => [obsKey(o.gebiet, o.indikator, o.jahr), o]));
  const sources = new Map(pkg.sources.map((s) => [s.id as string, s]));
  const parentName = new Map(pkg.areas.map((a) => [a.schluessel as string, a.name]));
  const ortsteile = pkg.areas.filter((a) => a.ebene === 'ortsteil');
  const geo = pkg.boundaries.ortsteil;
  return (
    <>
      {geo?.genauigkeit === 'naeherung' && (
        <p>
          <strong>Grenzen schematisch (Näherung)</strong>: Die Ortsteilgrenzen sind nicht amtlich und weichen
          um mehrere hundert Meter ab. {geo.attribution}
        </p>
      )}
      {/* A phone is narrower than the table: the region scrolls sideways and can be reached by keyboard. */}
      <div role="region" aria-label="Tabelle der Ortsteile" tabIndex={0} style={{ overflowX: 'auto' }}>
        <table>
          <caption>Ortsteile: Einwohner und Fläche am 31.12.2018</caption>
          <thead>
            <tr>
              <th scope="col">Schlüssel</th>
              <th scope="col">Ortsteil</th>
              <th scope="col">Stadtteil</th>
              <th scope="col">Einwohner</th>
              <th scope="col">Fläche (km²)</th>
              <th scope="col">Status und Quelle</th>
            </tr>
          </thead>
          <tbody>
            {ortsteile.map((a) => {
              const e = values.get(obsKey(a.schluessel, 'einwohner', 2018));
              const f = values.get(obsKey(a.schluessel, 'flaeche_km2', 2018));
              const src = e ? sources.get(e.quelle) : undefined;
              return (
                <tr key={a.schluessel}>
                  <td>{a.schluessel}</td>
                  <th scope="row">{a.name}</th>
                  <td>{parentName.get(a.eltern)}</td>
                  <td>{e ? nf.format(e.wert) : 'Keine Daten'}</td>
                  <td>
                    {f
                      ? new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2 }).format(f.wert)
                      : 'Keine Daten'}
                  </td>
                  <td>{src ? `${STATUS_LABEL[src.status]} – ${src.titel}` : 'ohne Quelle'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
