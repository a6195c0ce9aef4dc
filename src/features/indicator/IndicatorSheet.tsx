import { useMemo } from 'react';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { FINEST } from '../../domain/levels.ts';
import { FORECAST_YEARS } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import type { Language } from '../../domain/format.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { Translate } from '../../i18n/translate.ts';
import { serializeUrl, type ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { boundaryNote } from '../../view/boundaryNote.ts';
import { seriesOf } from '../../view/charts/data.ts';
import { TimeSeries } from '../../view/charts/TimeSeries.tsx';
import { choropleth } from '../../view/choropleth.ts';
import { sourceCredit } from '../../view/report/credits.ts';
import { currentFigure } from '../../view/report/exports.ts';
import { FigureSvg } from '../../view/report/FigureSvg.tsx';
import {
  coverage,
  fieldName,
  formulaSymbols,
  formulaText,
  smallNumberText,
  unitName,
  yearRuns,
} from '../../view/report/indicatorMeta.ts';
import { StatusMark } from '../../view/StatusMark.tsx';
import { indicatorLabel } from '../../view/text.ts';

/** A source's address as a link only where it is a web address (never another scheme from data). */
const webUrl = (u: string) => (/^https?:\/\//i.test(u) ? u : null);

/** The sheet's small map: the finest level in the last year with values there (the figure's 16:9 layout). */
function sheetMap(model: Model, state: ViewState, lang: Language, t: Translate) {
  const ind = model.indicators.get(state.indikator)!;
  const level = model.mapLevels[0] ?? FINEST;
  const years = coverage(model, ind).find((l) => l.level === level)?.years ?? [];
  // The last observed year (a forecast is not what the area looks like).
  const observed = years.filter((y) => !(FORECAST_YEARS as readonly number[]).includes(y));
  const year = observed.at(-1) ?? years.at(-1) ?? state.jahr;
  const ch = choropleth(model, {
    ...state,
    ebene: level,
    jahr: year,
    veraenderungSeit: null,
    bivariat: null,
    grenzen: [],
    klassen: null,
  });
  const fig = model.boundaries[level]?.features.length
    ? currentFigure(
        {
          model,
          ch,
          level,
          levelName: t(`level.${level}`),
          lang,
          t,
          boundaryNote: boundaryNote(model.boundaries[level], t)?.title ?? null,
        },
        'folie',
      )
    : null;
  return { level, year, fig };
}

/**
 * The Indikatorenblatt (`ansicht=indikator&indikator=<id>`): definition, calculation in words and
 * symbols, unit, direction, small-number rule, Handlungsfeld, the years and levels with values and
 * their status, the sources with dates and licences, a small map of the last observed year on the
 * finest level and the territory's time series. Prints on one page.
 */
export function IndicatorSheet({ model, state, update }: { model: Model; state: ViewState; update: Update }) {
  const { lang, t } = useI18n();
  const ind = model.indicators.get(state.indikator)!;
  const label = indicatorLabel(ind, lang);
  useDocumentTitle(`${t('sheet.title', { indicator: label })} – ${t('app.title')}`);
  const levels = coverage(model, ind);
  const observed = levels.flatMap((l) => l.years);
  const { level, year, fig } = useMemo(() => sheetMap(model, state, lang, t), [model, state, lang, t]);
  const series = seriesOf(model, [], ind.id);
  const sources = [...new Set(levels.flatMap((l) => l.sources))];
  const pickable = [...model.indicators.values()].filter((i) => !i.hilfsgroesse || i.id === ind.id);
  const toMap: ViewState = { ...state, ansicht: 'karte', ebene: level, gebiet: null };
  return (
    <article className="indicator-sheet" data-testid="indikatorenblatt">
      <header className="sheet-head">
        <h1 id="sheet-title">{t('sheet.title', { indicator: label })}</h1>
        <div className="sheet-actions">
          <label>
            {t('sheet.choose')}{' '}
            <select
              value={ind.id}
              onChange={(e) => {
                const id = model.indicatorId(e.target.value);
                if (id) update({ indikator: id, veraenderungSeit: null, bivariat: null }, 'push');
              }}
              data-testid="blatt-indikator"
            >
              {pickable.map((i) => (
                <option key={i.id} value={i.id}>
                  {indicatorLabel(i, lang)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => window.print()}>
            {t('sheet.print')}
          </button>
          <a
            href={serializeUrl(toMap)}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              update(toMap);
            }}
          >
            {t('sheet.toMap')}
          </a>
        </div>
      </header>
      <div className="sheet-body">
        <dl className="sheet-facts">
          <dt>{t('sheet.definition')}</dt>
          <dd data-testid="blatt-definition">{lang === 'en' ? ind.beschreibung_en : ind.beschreibung_de}</dd>
          <dt>{t('sheet.formula')}</dt>
          <dd>
            {formulaText(model, ind, lang, t)}
            <br />
            <code data-testid="blatt-formel">{formulaSymbols(ind)}</code>
          </dd>
          <dt>{t('sheet.unit')}</dt>
          <dd>{unitName(ind, lang)}</dd>
          <dt>{t('sheet.polarity')}</dt>
          <dd>{t(`sheet.polarity.${ind.polaritaet}`)}</dd>
          <dt>{t('sheet.smallNumbers')}</dt>
          <dd data-testid="blatt-kleinzahl">{smallNumberText(ind, t)}</dd>
          <dt>{t('sheet.field')}</dt>
          <dd>{fieldName(model, ind, lang)}</dd>
          <dt>{t('sheet.id')}</dt>
          <dd>
            <code>{ind.id}</code>
          </dd>
        </dl>
        <section aria-labelledby="sheet-coverage" className="sheet-coverage" tabIndex={0}>
          <h2 id="sheet-coverage">{t('sheet.coverage')}</h2>
          <table className="sheet-table" data-testid="blatt-abdeckung">
            <thead>
              <tr>
                <th scope="col">{t('sheet.coverageHead.level')}</th>
                <th scope="col">{t('sheet.coverageHead.years')}</th>
                <th scope="col">{t('sheet.coverageHead.areas')}</th>
                <th scope="col">{t('sheet.coverageHead.status')}</th>
              </tr>
            </thead>
            <tbody>
              {levels.map((l) => (
                <tr key={l.level}>
                  <th scope="row">{l.level === 'gesamt' ? t('level.one.gesamt') : t(`level.${l.level}`)}</th>
                  <td>{l.years.length ? yearRuns(l.years) : t('value.noData')}</td>
                  <td className="num">
                    {l.valued} / {l.of}
                  </td>
                  <td>
                    {l.statuses.map((s) => (
                      <span key={s} className="sheet-status">
                        <StatusMark status={s} />{' '}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="sheet-sources" className="sheet-sources">
          <h2 id="sheet-sources">{t('sheet.sources')}</h2>
          <ul className="sources" data-testid="blatt-quellen">
            {sources.map((id) => {
              const s = model.sources.get(id);
              const url = s ? webUrl(s.url) : null;
              return (
                <li key={id}>
                  {s && <StatusMark status={s.status} />} {sourceCredit(model, id, lang)}
                  {url && (
                    <>
                      {' – '}
                      <a href={url} rel="noopener noreferrer">
                        {url}
                      </a>
                    </>
                  )}
                </li>
              );
            })}
            {!sources.length && <li>{t('value.noData')}</li>}
          </ul>
        </section>
        <section aria-labelledby="sheet-map" className="sheet-map">
          <h2 id="sheet-map">{t('sheet.map', { year: String(year), level: t(`level.${level}`) })}</h2>
          {fig ? (
            <FigureSvg fig={fig} className="sheet-figure" />
          ) : (
            <p className="hint">{t('export.noGeometry')}</p>
          )}
        </section>
        <section aria-labelledby="sheet-series" className="sheet-series">
          <h2 id="sheet-series">{t('sheet.series')}</h2>
          {series[0]?.points.length ? (
            <TimeSeries model={model} indicator={ind} series={series} />
          ) : (
            <p className="hint">{t('sheet.seriesEmpty')}</p>
          )}
          <p className="hint">{yearRuns(observed)}</p>
        </section>
      </div>
    </article>
  );
}
