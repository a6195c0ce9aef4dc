import { useEffect, useMemo } from 'react';
import { formatValue, roundToDisplay } from '../../domain/format.ts';
import {
  CITY_KEY,
  FORECAST_YEARS,
  LAST_YEAR,
  type AreaKey,
  type IndicatorId,
  type Year,
} from '../../domain/ids.ts';
import { BASE_YEAR, CATEGORIES, CATEGORY_INFO } from '../../domain/supply/categories.ts';
import { ledger } from '../../domain/supply/counts.ts';
import { isOpen } from '../../domain/supply/facility.ts';
import { sourceTitles, type Model } from '../../data/model.ts';
import { provenanceOf, weakest } from '../../domain/values.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { pyramidOf, seriesOf } from '../compare/charts/data.ts';
import { Pyramids } from '../compare/charts/Pyramids.tsx';
import { TimeSeries } from '../compare/charts/TimeSeries.tsx';
import { areaName, cellText, indicatorLabel } from '../explorer/text.ts';
import { Provenance } from '../explorer/Provenance.tsx';
import { StatusMark } from '../explorer/StatusMark.tsx';
import { profileFigures } from './figures.ts';
import { Finder } from './Finder.tsx';
import { LocatorMap } from './LocatorMap.tsx';
import { Share } from './Share.tsx';

/** The resident's view: find an Ortsteil or Stadtteil and read it in plain language. */
export function Profile(props: { model: Model; state: ViewState; update: Update }) {
  const { model, state, update } = props;
  const { lang, t } = useI18n();
  const area = state.gebiet;
  useEffect(() => {
    document.title = `${area ? t('profile.titleOf', { name: areaName(model, area, lang) }) : t('profile.findTitle')} – ${t('app.title')}`;
  }, [area, model, lang, t]);
  const choose = (key: AreaKey) => {
    update({ gebiet: key });
    window.scrollTo({ top: 0 });
    requestAnimationFrame(() => document.getElementById('profile-title')?.focus());
  };
  return (
    <div className="profile-view" data-testid="profil">
      {/* A portrait A4 page for the Steckbrief (the comparison prints landscape). */}
      <style>{'@page { size: A4 portrait; margin: 12mm; }'}</style>
      {area ? <AreaProfile model={model} area={area} year={state.jahr} /> : null}
      <Finder model={model} onChoose={choose} compact={area !== null} />
    </div>
  );
}

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
  const info = model.areas.get(area)!;
  const name = areaName(model, area, lang);
  const parent = info.parent ? model.areas.get(info.parent) : undefined;
  const figures = useMemo(() => profileFigures(model, area, year, lang), [model, area, year, lang]);
  const sample = figures.some((f) => f.cell.kind !== 'fehlt' && f.cell.status === 'beispiel');
  const pyramid = useMemo(() => pyramidOf(model, area, year), [model, area, year]);
  const cityPyramid = useMemo(() => pyramidOf(model, CITY_KEY, year), [model, year]);
  const population = model.indicators.get('einwohner' as IndicatorId);
  const trend = useMemo(
    () =>
      seriesOf(model, [area], 'einwohner' as IndicatorId)
        .filter((s) => s.area === area)
        .map((s) => ({
          ...s,
          points: s.points.filter((p) => !(FORECAST_YEARS as readonly number[]).includes(p.year)),
        })),
    [model, area],
  );
  const parts = new Set<string>(model.ctx.ortsteile(area));
  const here = model.facilities.filter((f) => parts.has(model.facilityArea.get(f.id) ?? ''));
  const closures = ledger(here).filter((e) => e.kind === 'geschlossen' && e.year >= BASE_YEAR);
  const sources = sourceTitles(model, provenanceOf(figures.map((f) => f.cell)).sources);
  return (
    <article className="profile" aria-labelledby="profile-title">
      <header className="profile-head">
        <div>
          <h2 id="profile-title" tabIndex={-1}>
            {name}
          </h2>
          <p className="profile-where">
            {t(`level.one.${info.level}`)}
            {parent
              ? ` ${t('profile.in')} ${t(`level.one.${parent.level}`)} ${areaName(model, parent.key, lang)}`
              : ''}{' '}
            · {t('profile.asOf', { year })}
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
              {f.cell.kind === 'wert'
                ? formatValue(
                    lang,
                    roundToDisplay(
                      f.cell.value,
                      f.indicator.einheit,
                      f.indicator.einheit === 'anteil' ? 0 : f.indicator.dezimalen,
                    ),
                    f.indicator.einheit,
                    f.indicator.einheit === 'anteil' ? 0 : f.indicator.dezimalen,
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
          <section className="profile-supply" aria-labelledby="supply-title">
            <h3 id="supply-title">{t('profile.supplyTitle')}</h3>
            <ul className="supply-counts">
              {CATEGORIES.map((c) => {
                const n = here.filter((f) => f.category === c && isOpen(f, LAST_YEAR)).length;
                return (
                  <li key={c}>
                    <span className="supply-n">{n}</span> {CATEGORY_INFO[c][lang][n === 1 ? 'one' : 'many']}
                  </li>
                );
              })}
            </ul>
            {here.length > 0 && (
              <p className="figure-meta">
                <StatusMark status={weakest(here.map((f) => f.status))!} /> ·{' '}
                {t('value.source', {
                  titles: sourceTitles(
                    model,
                    here.map((f) => f.source),
                  ).join('; '),
                })}
              </p>
            )}
            <h4>{t('profile.closures', { year: BASE_YEAR })}</h4>
            {closures.length === 0 ? (
              <p>{t('profile.noClosures')}</p>
            ) : (
              <ul>
                {closures.slice(0, 6).map((e) => (
                  <li key={e.facility.id}>
                    {e.year}: {e.facility.name} ({CATEGORY_INFO[e.facility.category][lang].one}){' '}
                    <StatusMark status={e.facility.status} /> ·{' '}
                    {t('value.source', { titles: sourceTitles(model, [e.facility.source]).join('') })}
                  </li>
                ))}
              </ul>
            )}
          </section>
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
              {t('png.date', { year })} · {t('profile.schematic')}
            </p>
          </footer>
        </>
      )}
    </article>
  );
}
