import { classIndex } from '../domain/classify/breaks.ts';
import { cityIsYardstick, roundToDisplay, type Language } from '../domain/format.ts';
import type { AreaKey } from '../domain/ids.ts';
import type { Model } from '../data/model.ts';
import { useI18n } from '../i18n/context.tsx';
import type { Translate } from '../i18n/translate.ts';
import { classKeyOf, legendRows, NO_DATA_CLASS, SUPPRESSED_CLASS, type Choropleth } from './choropleth.ts';
import { BIVARIATE_CLASSES } from '../domain/classify/bivariate.ts';
import { BivariateLegend } from './BivariateLegend.tsx';
import { areaName, cellText, indicatorLabel, indicatorWithYear, rangeText } from './text.ts';

export { classKeyOf } from './choropleth.ts';

export function classLabel(ch: Choropleth, k: number, lang: Language, t: Translate): string {
  if (k === NO_DATA_CLASS) return t('legend.noData');
  if (k === SUPPRESSED_CLASS) return t('legend.suppressed');
  if (ch.bivariate) {
    const step = (i: number) => t(`bivariate.step${i}` as 'bivariate.step0');
    const [x, y] = [k % BIVARIATE_CLASSES, Math.floor(k / BIVARIATE_CLASSES)];
    return t('bivariate.cell', {
      x: indicatorLabel(ch.indicator, lang),
      xs: step(x),
      y: indicatorLabel(ch.bivariate.y, lang),
      ys: step(y),
    });
  }
  return rangeText(ch.legend[k]!, ch.indicator, lang, t);
}

export function Legend(props: {
  model: Model;
  ch: Choropleth;
  hovered: AreaKey | null;
  selected: AreaKey | null;
  highlight: number | null;
  fixed: boolean;
  onHighlight: (k: number | null) => void;
}) {
  const { lang, t } = useI18n();
  const { ch } = props;
  const ind = ch.indicator;
  const cityClass =
    ch.city.kind === 'wert' && cityIsYardstick(ind.einheit)
      ? classIndex(roundToDisplay(ch.city.value, ind.einheit, ind.dezimalen), ch.scheme.thresholds)
      : null;
  const markers = (k: number) => {
    const m: string[] = [];
    if (props.hovered && ch.areas.includes(props.hovered) && classKeyOf(ch, props.hovered) === k)
      m.push(t('legend.hovered', { name: areaName(props.model, props.hovered, lang) }));
    if (props.selected && ch.areas.includes(props.selected) && classKeyOf(ch, props.selected) === k)
      m.push(t('legend.selected', { name: areaName(props.model, props.selected, lang) }));
    if (k === cityClass) m.push(t('legend.city', { value: cellText(ch.city, ind, lang, t) }));
    return m;
  };
  const rows = legendRows(ch);
  if (ch.bivariate)
    return (
      <BivariateLegend
        model={props.model}
        ch={ch}
        highlight={props.highlight}
        onHighlight={props.onHighlight}
      />
    );
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legende">
      <h2 id="legend-title">
        {t('legend.title')}: {indicatorWithYear(ind, ch.year, lang, t)}
      </h2>
      <p className="hint">{t('legend.highlightHint')}</p>
      <ul>
        {rows.map((r) => {
          const label = classLabel(ch, r.k, lang, t);
          const pressed = props.highlight === r.k;
          return (
            <li key={r.k}>
              <button
                type="button"
                aria-pressed={pressed}
                onClick={() => props.onHighlight(pressed ? null : r.k)}
                data-colour={r.colour}
                data-class={r.k}
              >
                <span
                  className={`swatch${r.k === NO_DATA_CLASS ? ' no-data' : ''}${r.k === SUPPRESSED_CLASS ? ' suppressed' : ''}`}
                  style={{ background: r.colour }}
                  aria-hidden="true"
                />
                <span className="range">{label}</span>
                <span className="count">
                  {r.count === 1 ? t('legend.countOne') : t('legend.count', { count: r.count })}
                </span>
              </button>
              {markers(r.k).length > 0 && (
                <ul className="markers">
                  {markers(r.k).map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {cityClass === null && cityIsYardstick(ind.einheit) && (
        <p>{t('legend.city', { value: cellText(ch.city, ind, lang, t) })}</p>
      )}
      {props.fixed && <p className="hint">{t('legend.fixedNote')}</p>}
      {ch.scheme.centreIndex !== undefined && (
        <p className="hint">{t(ch.since === null ? 'legend.centreNote' : 'legend.centreZero')}</p>
      )}
      {ch.anyBeispiel && <p className="hint">◇ {t('legend.sampleNote')}</p>}
    </section>
  );
}
