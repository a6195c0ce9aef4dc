import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { PyramidRow } from '../../domain/compare/pyramid.ts';
import { formatNumber, type Language } from '../../domain/format.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { areaName } from '../text.ts';
import { StatusMark } from '../StatusMark.tsx';
import { provenanceOf } from '../../domain/values.ts';
import { ChartProvenance, ChartTable } from './ChartParts.tsx';
import { AREA_MARKS, CITY_COLOUR, type Pyramid } from './data.ts';

const W = 300;
const H = 220;
const MID = W / 2;
const LABEL = 46;
const TOP = 18;

const pct = (lang: Language, v: number) => `${formatNumber(lang, v * 100, 1)} %`;

/** The city's shape as a stepped outline over both halves of a pyramid. */
function outline(
  rows: PyramidRow[],
  x: (v: number) => number,
  y: (b: string) => number,
  h: number,
  side: 1 | -1,
) {
  const pts: [number, number][] = [];
  for (const r of [...rows].reverse()) {
    const v = (side === 1 ? r.w : r.m) / r.span;
    const px = MID + side * (LABEL / 2 + x(v));
    pts.push([px, y(r.band)], [px, y(r.band) + h]);
  }
  return line()(pts) ?? '';
}

/** Population pyramids side by side, as shares, each with the city's shape as a reference. */
export function Pyramids({ model, pyramids, city }: { model: Model; pyramids: Pyramid[]; city: Pyramid }) {
  const { lang, t } = useI18n();
  const all = [...pyramids, city].flatMap((p) => p.rows ?? []);
  // Bars are shares per year of age, so a 20-year band is not drawn four times a 5-year band.
  const max = Math.max(0.001, ...all.flatMap((r) => [r.w / r.span, r.m / r.span]));
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([0, MID - LABEL / 2 - 4]);
  const ref = city.rows ?? pyramids.find((p) => p.rows)?.rows ?? [];
  const bands = ref.map((r) => r.band);
  const y = scaleBand<string>()
    .domain([...bands].reverse())
    .range([TOP, H - 4])
    .padding(0.12);
  return (
    <>
      <div className="pyramids">
        {pyramids.map((p, i) => (
          <figure key={p.area} className="pyramid">
            <figcaption>
              {areaName(model, p.area, lang)} <AreaStatus pyramid={p} />
            </figcaption>
            {p.rows ? (
              <svg
                viewBox={`0 0 ${W} ${H}`}
                role="img"
                aria-label={t('charts.pyramidAlt', { name: areaName(model, p.area, lang) })}
              >
                <text x={MID - LABEL / 2 - 4} y={12} textAnchor="end" className="axis-note">
                  {t('charts.men')}
                </text>
                <text x={MID + LABEL / 2 + 4} y={12} className="axis-note">
                  {t('charts.women')}
                </text>
                {p.rows.map((r) => (
                  <g key={r.band}>
                    {/* Men to the left of the age labels, women to the right. */}
                    {(['m', 'w'] as const).map((sex) => (
                      <rect
                        key={sex}
                        x={sex === 'm' ? MID - LABEL / 2 - x(r.m / r.span) : MID + LABEL / 2}
                        width={x(r[sex] / r.span)}
                        y={y(r.band)}
                        height={y.bandwidth()}
                        fill={AREA_MARKS[i % AREA_MARKS.length]!.colour}
                        opacity={sex === 'm' ? 0.8 : 0.55}
                      />
                    ))}
                    <text
                      x={MID}
                      y={y(r.band)! + y.bandwidth() / 2 + 4}
                      textAnchor="middle"
                      className="band-label"
                    >
                      {r.label}
                    </text>
                  </g>
                ))}
                {city.rows &&
                  ([1, -1] as const).map((side) => (
                    <path
                      key={side}
                      d={outline(city.rows!, x, (b) => y(b) ?? 0, y.bandwidth(), side)}
                      fill="none"
                      stroke={CITY_COLOUR}
                      strokeWidth={2}
                      strokeDasharray="4 2"
                    />
                  ))}
              </svg>
            ) : (
              <p className="hint">{t('value.noData')}</p>
            )}
          </figure>
        ))}
      </div>
      <p className="hint">{t('charts.pyramidNote')}</p>
      <ChartProvenance model={model} cells={[...pyramids, city].flatMap((p) => p.cells)} />
      <ChartTable
        caption={t('charts.pyramidTable')}
        head={
          <>
            <tr>
              <th scope="col">{t('charts.age')}</th>
              {[...pyramids, city].map((p) => (
                <th scope="col" key={p.area}>
                  {areaName(model, p.area, lang)}: {t('charts.women')} / {t('charts.men')}
                </th>
              ))}
            </tr>
          </>
        }
      >
        {bands.map((b, j) => (
          <tr key={b}>
            <th scope="row">{ref[j]?.label ?? b}</th>
            {[...pyramids, city].map((p) => {
              const r = p.rows?.find((x) => x.band === b);
              return (
                <td key={p.area} className="num">
                  {r ? `${pct(lang, r.w)} / ${pct(lang, r.m)}` : t('value.noData')}
                </td>
              );
            })}
          </tr>
        ))}
      </ChartTable>
    </>
  );
}

function AreaStatus({ pyramid }: { pyramid: Pyramid }) {
  const { status } = provenanceOf(pyramid.cells);
  return status ? <StatusMark status={status} /> : null;
}
