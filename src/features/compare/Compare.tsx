import { useEffect, useMemo, useState } from 'react';
import { fold } from '../../domain/fold.ts';
import { formatCityComparison } from '../../domain/format.ts';
import { CITY_KEY, type AreaKey } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { useAnnounce } from '../../ui/announce.tsx';
import { StatusMark } from '../explorer/StatusMark.tsx';
import { areaName, cellText, indicatorLabel } from '../explorer/text.ts';
import { YearSlider } from '../explorer/YearSlider.tsx';
import { comparisonCsv } from './exportCsv.ts';
import { compareRows, DEMOGRAFIELABORE, MAX_COMPARED } from './rows.ts';

/** The comparison view: 1–4 areas of any level side by side with Bremerhaven. */
export function Compare(props: { model: Model; state: ViewState; update: Update }) {
  const { model, state, update } = props;
  const { lang, t } = useI18n();
  const announce = useAnnounce();
  const chosen = state.vergleich.slice(0, MAX_COMPARED).join(',');
  // Keyed by the chosen keys, so the table is not recomputed on every render.
  const areas = useMemo(() => (chosen ? (chosen.split(',') as AreaKey[]) : DEMOGRAFIELABORE), [chosen]);
  const groups = useMemo(() => compareRows(model, areas, state.jahr), [model, areas, state.jahr]);
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const names = useMemo(
    () =>
      (['ortsteil', 'stadtteil', 'stadtbezirk'] as const).flatMap((l) =>
        model.byLevel[l].map((k) => ({
          key: k,
          name: fold(areaName(model, k, lang)),
          label: `${areaName(model, k, lang)} (${t(`level.one.${l}`)})`,
        })),
      ),
    [model, lang, t],
  );
  useEffect(() => {
    document.title = `${t('compare.title', { year: state.jahr })} – ${t('app.title')}`;
  }, [t, state.jahr]);

  const setAreas = (next: AreaKey[], message: string) => {
    update({ vergleich: next });
    announce(message);
  };
  const add = () => {
    const q = fold(query.trim());
    // An exact name first (so "Lehe" is the Stadtteil, not Leherheide), then a pick from the list,
    // then the start of a name, then any part of it.
    const hit =
      names.find((n) => n.name === q) ??
      names.find((n) => fold(n.label) === q) ??
      names.find((n) => n.name.startsWith(q)) ??
      names.find((n) => n.name.includes(q));
    if (!q || !hit) return setProblem(t('compare.notFound', { query }));
    if (areas.includes(hit.key)) return setProblem(t('compare.already', { name: hit.label }));
    if (areas.length >= MAX_COMPARED) return setProblem(t('compare.full', { n: MAX_COMPARED }));
    setProblem(null);
    setQuery('');
    setAreas([...areas, hit.key], t('compare.added', { name: areaName(model, hit.key, lang) }));
  };
  const download = () => {
    const blob = new Blob([comparisonCsv(model, groups, state.jahr, lang, t)], {
      type: 'text/csv;charset=utf-8',
    });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `quartiersvergleich-${areas.join('-')}-${state.jahr}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="vergleich">
      <h2 id="compare-title">{t('compare.title', { year: state.jahr })}</h2>
      <p className="hint">{t('compare.intro')}</p>
      <div className="compare-controls">
        <ul className="compare-chips" aria-label={t('compare.chosen')}>
          {areas.map((a) => (
            <li key={a}>
              {areaName(model, a, lang)}
              <button
                type="button"
                aria-label={t('compare.remove', { name: areaName(model, a, lang) })}
                disabled={areas.length <= 1}
                onClick={() =>
                  setAreas(
                    areas.filter((x) => x !== a),
                    t('compare.removed', { name: areaName(model, a, lang) }),
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <form
          className="compare-add"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label htmlFor="compare-search">{t('compare.add')}</label>
          <input
            id="compare-search"
            type="search"
            list="compare-names"
            value={query}
            autoComplete="off"
            onChange={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              add();
            }}
            aria-describedby={problem ? 'compare-problem' : undefined}
          />
          <datalist id="compare-names">
            {names.map((n) => (
              <option key={n.key} value={n.label} />
            ))}
          </datalist>
          <button type="submit">{t('compare.addButton')}</button>
          {problem && (
            <p id="compare-problem" role="alert">
              {problem}
            </p>
          )}
        </form>
        <YearSlider years={model.years} value={state.jahr} onChange={(jahr) => update({ jahr }, 'replace')} />
        <button type="button" onClick={download} data-testid="csv">
          {t('compare.csv')}
        </button>
      </div>
      {groups.map(({ group, rows }) => (
        <div className="compare-scroll" key={group.id}>
          <table className="compare-table">
            <caption>{lang === 'en' ? group.label_en : group.label_de}</caption>
            <thead>
              <tr>
                <th scope="col">{t('panel.indicator')}</th>
                {areas.map((a) => (
                  <th scope="col" key={a}>
                    {areaName(model, a, lang)}
                  </th>
                ))}
                <th scope="col">{areaName(model, CITY_KEY, lang)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.indicator.id}>
                  <th scope="row">{indicatorLabel(r.indicator, lang)}</th>
                  {r.cells.map(({ area, cell, compared }) => (
                    <td key={area} className="num" data-notable={compared.notable ?? undefined}>
                      <span className="value">{cellText(cell, r.indicator, lang, t)}</span>
                      {compared.notable && (
                        <span className="notable">
                          {compared.notable === 'hoeher' ? '▲ ' : '▼ '}
                          {t(compared.notable === 'hoeher' ? 'compare.higher' : 'compare.lower')}
                        </span>
                      )}
                      {cell.kind === 'wert' && r.city.kind === 'wert' && (
                        <span className="diff">
                          {formatCityComparison(
                            lang,
                            cell.value,
                            r.city.value,
                            r.indicator.einheit,
                            r.indicator.dezimalen,
                          )}
                        </span>
                      )}
                      {compared.rank !== undefined && (
                        <span className="rank">
                          {t('compare.rank', { rank: compared.rank, of: compared.of })}
                        </span>
                      )}
                      {cell.kind !== 'fehlt' && <StatusMark status={cell.status} forecast={cell.forecast} />}
                    </td>
                  ))}
                  <td className="num">
                    <span className="value">{cellText(r.city, r.indicator, lang, t)}</span>
                    {r.city.kind !== 'fehlt' && (
                      <StatusMark status={r.city.status} forecast={r.city.forecast} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={areas.length + 2} className="source">
                  {t('value.source', {
                    titles: [
                      ...new Set(
                        rows.flatMap((r) =>
                          [r.city, ...r.cells.map((c) => c.cell)].flatMap((c) =>
                            c.kind === 'fehlt' ? [] : c.sources,
                          ),
                        ),
                      ),
                    ]
                      .map((id) => model.sources.get(id)?.titel ?? id)
                      .join('; '),
                  })}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      ))}
      <p className="hint">{t('compare.notableNote')}</p>
    </section>
  );
}
