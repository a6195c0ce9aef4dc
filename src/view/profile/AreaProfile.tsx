import { useMemo } from 'react';
import { formatValue, roundToDisplay } from '../../domain/format.ts';
import { easyShare } from '../../domain/profile/easy.ts';
import { FORECAST_YEARS, POPULATION, type AreaKey, type Year } from '../../domain/ids.ts';
import { provenanceOf } from '../../domain/values.ts';
import { sourceTitles, type Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { pyramidOf, seriesOf } from '../charts/data.ts';
import { Pyramids } from '../charts/Pyramids.tsx';
import { TimeSeries } from '../charts/TimeSeries.tsx';
import { Provenance } from '../Provenance.tsx';
import { areaName, cellText, indicatorLabel } from '../text.ts';
import { profileFigures } from './figures.ts';
import { LocatorMap } from './LocatorMap.tsx';
import { ProfileSupply } from './ProfileSupply.tsx';
import { Share } from './Share.tsx';
import { boundaryNote } from '../boundaryNote.ts';

/** An area's profile; `figuresOnly` (a presentation slide) keeps the head and the key figures. */
export function AreaProfile({
  model,
  area,
  year,
  figuresOnly = false,
}: {
  model: Model;
  area: AreaKey;
  year: Year;
  figuresOnly?: boolean;
}) {
  const { lang, t } = useI18n();
  const note = boundaryNote(model.boundaries.ebene1, t);
  const info = model.areas.get(area)!;
  const name = areaName(model, area, lang);
  const parent = info.parent ? model.areas.get(info.parent) : undefined;
  const figures = useMemo(() => profileFigures(model, area, year, lang), [model, area, year, lang]);
  // Shares in whole per cent; in Leichte Sprache every figure in whole numbers, as its sentence says it.
  const shownDecimals = (i: (typeof figures)[number]['indicator']) =>
    i.einheit === 'anteil' || lang === 'leicht' ? 0 : i.dezimalen;
  const sample = figures.some((f) => f.cell.kind !== 'fehlt' && f.cell.status === 'beispiel');
  const pyramid = useMemo(() => pyramidOf(model, area, year), [model, area, year]);
  const cityPyramid = useMemo(() => pyramidOf(model, model.rootKey, year), [model, year]);
  const population = model.indicators.get(POPULATION);
  const trend = useMemo(
    () =>
      seriesOf(model, [area], POPULATION)
        .filter((s) => s.area === area)
        .map((s) => ({
          ...s,
          points: s.points.filter((p) => !(FORECAST_YEARS as readonly number[]).includes(p.year)),
        })),
    [model, area],
  );
  const parts = new Set<string>(model.ctx.ortsteile(area));
  const here = model.facilities.filter((f) => parts.has(model.facilityArea.get(f.id) ?? ''));
  const sources = sourceTitles(model, provenanceOf(figures.map((f) => f.cell)).sources, lang);
  return (
    <article className="profile" aria-labelledby="profile-title">
      <header className="profile-head">
        <div>
          <h2 id="profile-title" tabIndex={-1}>
            {name}
          </h2>
          <p className="profile-where">
            {t(`level.one.${info.level}`)}
            {parent ? ` ${t(`level.in.${parent.level}`)} ${areaName(model, parent.key, lang)}` : ''} ·{' '}
            {t('profile.asOf', { year })}
          </p>
          {info.positionEstimated && (
            <p className="hint" data-testid="lage-geschaetzt">
              {t('area.positionEstimatedHint', { name })}
            </p>
          )}
          {sample && (
            <p className="badge badge-sample" data-testid="beispielwerte">
              {t('profile.sample')}
            </p>
          )}
        </div>
        <LocatorMap model={model} area={area} />
      </header>
      <ul className="profile-figures">
        {figures.map((f) => (
          <li key={f.indicator.id}>
            <p className="figure-label">{indicatorLabel(f.indicator, lang)}</p>
            <p className="figure-value">
              {f.cell.kind === 'wert' && lang === 'leicht' && f.indicator.einheit === 'anteil'
                ? // Leichte Sprache: a share as "1 von 4 Menschen", never with a per cent sign.
                  easyShare(f.cell.value)
                    .text.replace(/^Ungefähr /, '')
                    .replace(/ Menschen$/, '')
                : f.cell.kind === 'wert'
                  ? formatValue(
                      lang,
                      roundToDisplay(f.cell.value, f.indicator.einheit, shownDecimals(f.indicator)),
                      f.indicator.einheit,
                      shownDecimals(f.indicator),
                    )
                  : cellText(f.cell, f.indicator, lang, t)}
            </p>
            {f.sentence && <p className="figure-sentence">{f.sentence}</p>}
            <p className="figure-meta">
              <Provenance model={model} cell={f.cell} />
            </p>
          </li>
        ))}
      </ul>
      {figuresOnly ? null : (
        <>
          <ProfileSupply model={model} facilities={here} />
          <section className="profile-pyramid" aria-labelledby="p-pyramid-title">
            <h3 id="p-pyramid-title">{t('charts.pyramids', { year })}</h3>
            <Pyramids model={model} pyramids={[pyramid]} city={cityPyramid} />
          </section>
          {population && (
            <section className="profile-trend" aria-labelledby="p-trend-title">
              <h3 id="p-trend-title">{t('profile.trend', { from: model.years[0] ?? '' })}</h3>
              <TimeSeries model={model} indicator={population} series={trend} />
            </section>
          )}
          <Share title={t('profile.titleOf', { name })} />
          <footer className="profile-sources">
            <p>{t('value.source', { titles: sources.join('; ') })}</p>
            <p>
              {t('png.date', { year })}
              {note ? ` · ${note.title}` : ''}
            </p>
          </footer>
        </>
      )}
    </article>
  );
}
