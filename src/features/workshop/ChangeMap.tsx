import { useMemo } from 'react';
import type { AreaDiff } from '../../data/import/diff.ts';
import type { Model } from '../../data/model.ts';
import type { BoundaryFeature } from '../../data/schemas.ts';
import { useI18n } from '../../i18n/context.tsx';
import { svgShapes } from '../../view/geoSvg.ts';
import { areaKeyName, km2Change } from './names.ts';

const W = 420;
const H = 420;
/** A boundary change smaller than this (km²) is rounding, not a change. */
const MIN_KM2 = 0.005;

type Kind = 'beispiel' | 'werte' | 'zeichen' | 'keine';
/** Colour-blind-safe (ColorBrewer PuOr-like) and told by the number in each area as well. */
const FILL: Record<Kind, string> = {
  beispiel: '#2166ac',
  werte: '#92c5de',
  zeichen: '#f4a582',
  keine: '#f2f2f2',
};

const kindOf = (d: AreaDiff): Kind =>
  d.ersetztBeispiel > 0 ? 'beispiel' : d.ersetzt + d.neu > 0 ? 'werte' : d.zeichen > 0 ? 'zeichen' : 'keine';
const changed = (d: AreaDiff) => d.ersetztBeispiel + d.ersetzt + d.neu + d.zeichen;
const moved = (d: AreaDiff) => d.flaecheKm2 !== undefined && Math.abs(d.flaecheKm2) >= MIN_KM2;

/**
 * The map of what the import changes, per Ortsteil: the kind of change by colour, the number of
 * changed values written in each area, new boundaries hatched — and the same as a table.
 */
export function ChangeMap(props: { model: Model; areas: AreaDiff[]; next?: BoundaryFeature[] | undefined }) {
  const { model, areas, next } = props;
  const { t } = useI18n();
  const features = model.boundaries.ebene1?.features;
  const { shapes, overlay, project } = useMemo(
    () => svgShapes(features ?? [], W, H, 4, next ?? []),
    [features, next],
  );
  const byKey = new Map(areas.map((d) => [d.gebiet, d]));
  if (shapes.length === 0) return null;
  const counts = new Map<Kind, number>();
  for (const d of areas) counts.set(kindOf(d), (counts.get(kindOf(d)) ?? 0) + 1);
  const hatched = areas.filter(moved).length;
  return (
    <figure className="ws-change-map" data-testid="ws-aenderungskarte">
      <figcaption>
        <strong>{t('ws.cm.title')}</strong>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="ws-cm-desc">
        <desc id="ws-cm-desc">{t('ws.cm.alt', { count: areas.filter((d) => changed(d) > 0).length })}</desc>
        <defs>
          <pattern
            id="ws-cm-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" stroke="#111" strokeWidth="1.4" />
          </pattern>
        </defs>
        {shapes.map((s) => {
          const d = byKey.get(s.key);
          return (
            <path
              key={s.key}
              d={s.d}
              fill={FILL[d ? kindOf(d) : 'keine']}
              stroke="#fff"
              strokeWidth={0.8}
              data-art={d ? kindOf(d) : 'keine'}
            />
          );
        })}
        {shapes
          .filter((s) => {
            const d = byKey.get(s.key);
            return d && moved(d);
          })
          .map((s) => (
            <path
              key={`h${s.key}`}
              d={s.d}
              fill="url(#ws-cm-hatch)"
              stroke={overlay.length > 0 ? '#666' : '#111'}
              strokeWidth={1.2}
              // With the new boundaries drawn over them, the current ones are dashed.
              strokeDasharray={overlay.length > 0 ? '3 2' : undefined}
            />
          ))}
        {overlay.map((s) => (
          <path key={`n${s.key}`} d={s.d} fill="none" stroke="#8b0000" strokeWidth={1.4} data-neu="grenze" />
        ))}
        {areas.map((d) => {
          const anchor = model.areas.get(model.areaKey(d.gebiet)!)?.anchor;
          const p = anchor && project(anchor);
          const n = changed(d);
          if (!p || n === 0) return null;
          return (
            <text
              key={`n${d.gebiet}`}
              x={p[0]}
              y={p[1]}
              textAnchor="middle"
              dominantBaseline="central"
              className="ws-cm-count"
            >
              {n}
            </text>
          );
        })}
      </svg>
      <ul className="small-legend" aria-label={t('legend.title')}>
        {(['beispiel', 'werte', 'zeichen', 'keine'] as const).map((k) =>
          counts.get(k) ? (
            <li key={k}>
              <span className="swatch" style={{ background: FILL[k] }} aria-hidden="true" />
              {t(`ws.cm.${k}`)} ({counts.get(k)})
            </li>
          ) : null,
        )}
        {hatched > 0 && (
          <li>
            <svg width="14" height="14" aria-hidden="true" className="swatch">
              <rect width="14" height="14" fill="url(#ws-cm-hatch)" stroke="#111" />
            </svg>
            {t('ws.cm.boundary')} ({hatched})
          </li>
        )}
        {overlay.length > 0 && (
          <li>
            <svg width="14" height="14" aria-hidden="true" className="swatch">
              <line x1="0" y1="7" x2="14" y2="7" stroke="#8b0000" strokeWidth="2" />
            </svg>
            {t('ws.cm.newLine')}
          </li>
        )}
      </ul>
      <p className="hint">{t('ws.cm.note')}</p>
      <details>
        <summary>{t('ws.cm.table')}</summary>
        <table className="ws-diff" data-testid="ws-aenderungen-je-gebiet">
          <thead>
            <tr>
              <th scope="col">{t('level.one.ebene1')}</th>
              <th scope="col">{t('ws.diff.sample')}</th>
              <th scope="col">{t('ws.diff.replaced')}</th>
              <th scope="col">{t('ws.diff.new')}</th>
              <th scope="col">{t('ws.diff.gone')}</th>
              <th scope="col">{t('ws.change')} km²</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((d) => (
              <tr key={d.gebiet}>
                <th scope="row">
                  {d.gebiet} {areaKeyName(model, d.gebiet)}
                </th>
                <td>{d.ersetztBeispiel}</td>
                <td>{d.ersetzt}</td>
                <td>{d.neu}</td>
                <td>{d.zeichen}</td>
                <td>{d.flaecheKm2 === undefined ? '–' : km2Change(d.flaecheKm2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
