import { BIVARIATE_CLASSES } from '../domain/classify/bivariate.ts';
import type { Model } from '../data/model.ts';
import { useI18n } from '../i18n/context.tsx';
import { legendRows, NO_DATA_CLASS, SUPPRESSED_CLASS, type Choropleth } from './choropleth.ts';
import { classLabel } from './Legend.tsx';
import { areaName, bivariateBounds, indicatorLabel, indicatorWithYear } from './text.ts';

/**
 * The square legend of a demand × supply map: three columns by the first indicator, three rows by
 * the second (high at the top), each cell with its number, its count and the class bounds on both
 * axes; a cell is a button that highlights its areas, like a class of the ordinary legend. The
 * critical cell (high demand, low supply) is named with its areas.
 */
export function BivariateLegend(props: {
  model: Model;
  ch: Choropleth;
  highlight: number | null;
  onHighlight: (k: number | null) => void;
}) {
  const { lang, t } = useI18n();
  const { ch } = props;
  const b = ch.bivariate!;
  const xb = bivariateBounds(b.breaks.x, ch.indicator, lang, t);
  const yb = bivariateBounds(b.breaks.y, b.y, lang, t);
  const critical = ch.areas.filter((a) => ch.classOf.get(a) === ch.bivariate!.critical);
  const extra = legendRows(ch).filter((r) => r.k === NO_DATA_CLASS || r.k === SUPPRESSED_CLASS);
  const cell = (k: number) => {
    const pressed = props.highlight === k;
    return (
      <td key={k}>
        <button
          type="button"
          className="bivariate-cell"
          aria-pressed={pressed}
          onClick={() => props.onHighlight(pressed ? null : k)}
          style={{ background: ch.legend[k]!.colour }}
          data-colour={ch.legend[k]!.colour}
          data-class={k}
        >
          <span className="n">{k + 1}</span>
          <span className="visually-hidden">: {classLabel(ch, k, lang, t)}, </span>
          <span className="count">{ch.legend[k]!.count}</span>
          <span className="visually-hidden">
            {' '}
            {ch.legend[k]!.count === 1
              ? t('legend.countOne').replace(/^1 /, '')
              : t('legend.count', { count: '' }).trim()}
          </span>
        </button>
      </td>
    );
  };
  return (
    <section className="legend bivariate" aria-labelledby="legend-title" data-testid="legende">
      <h2 id="legend-title">
        {t('legend.title')}: {indicatorWithYear(ch.indicator, ch.year, lang, t)} × {indicatorLabel(b.y, lang)}
      </h2>
      <table className="bivariate-grid">
        <caption className="hint">{t('bivariate.hint')}</caption>
        <tbody>
          {[2, 1, 0].map((row) => (
            <tr key={row}>
              <th scope="row">
                <span className="axis-step">{t(`bivariate.step${row}` as 'bivariate.step0')}</span> {yb[row]}
              </th>
              {[0, 1, 2].map((col) => cell(row * BIVARIATE_CLASSES + col))}
            </tr>
          ))}
          <tr>
            <td />
            {[0, 1, 2].map((col) => (
              <th key={col} scope="col">
                <span className="axis-step">{t(`bivariate.step${col}` as 'bivariate.step0')}</span> {xb[col]}
              </th>
            ))}
          </tr>
        </tbody>
      </table>
      <p className="hint">
        ↑ {indicatorLabel(b.y, lang)} · → {indicatorLabel(ch.indicator, lang)}
      </p>
      <p data-testid="bivariat-kritisch">
        <strong>{t('bivariate.critical', { n: ch.bivariate!.critical + 1 })}</strong>{' '}
        {critical.length
          ? critical.map((a) => areaName(props.model, a, lang)).join(', ')
          : t('bivariate.none')}
      </p>
      {extra.length > 0 && (
        <ul>
          {extra.map((r) => (
            <li key={r.k}>
              <span className="swatch" style={{ background: r.colour }} aria-hidden="true" />{' '}
              {classLabel(ch, r.k, lang, t)}: {t('legend.count', { count: r.count })}
            </li>
          ))}
        </ul>
      )}
      {ch.anyBeispiel && <p className="hint">◇ {t('legend.sampleNote')}</p>}
    </section>
  );
}
