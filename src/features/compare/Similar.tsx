import { useMemo, useState } from 'react';
import { similarAreas, type SimilarityFeature } from '../../domain/compare/similar.ts';
import { formatNumber, isExtensive } from '../../domain/format.ts';
import type { AreaKey } from '../../domain/ids.ts';
import { coverageId } from '../../domain/supply/categories.ts';
import { cellsOf } from '../../domain/values.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import { useAnnounce } from '../../ui/announce.tsx';
import { areaName, indicatorLabel } from '../../view/text.ts';
import { MAX_COMPARED } from '../../view/compare/rows.ts';

/** What "similar" means by default: age structure, diversity, density and local supply, weighted equally. */
export const SIMILARITY_DEFAULTS: Record<string, number> = {
  anteil_unter_18: 1,
  anteil_65_plus: 1,
  anteil_80_plus: 1,
  anteil_auslaender: 1,
  einwohner_je_km2: 1,
  [coverageId('lebensmittelmarkt', 500)]: 1,
};
const WEIGHTS = [0, 0.5, 1, 2, 3];

/** "Ähnliche Quartiere": the areas closest to a chosen one, offered as a comparison set. */
export function Similar(props: {
  model: Model;
  state: ViewState;
  update: Update;
  areas: readonly AreaKey[];
}) {
  const { model, state, update, areas } = props;
  const { lang, t } = useI18n();
  const announce = useAnnounce();
  const target = state.gebiet && model.areas.has(state.gebiet) ? state.gebiet : areas[0]!;
  const level = model.areas.get(target)?.level ?? 'ebene1';
  const candidates = model.catalogue.indikatoren.filter(
    (i) =>
      i.id in SIMILARITY_DEFAULTS ||
      (i.gruppe !== 'versorgung' && !i.hilfsgroesse && !i.pyramide && !isExtensive(i.einheit)),
  );
  const [weights, setWeights] = useState<Record<string, number>>(SIMILARITY_DEFAULTS);
  const peers = model.byLevel[level];
  const result = useMemo(() => {
    const features: SimilarityFeature[] = Object.entries(weights).flatMap(([id, weight]) => {
      const known = model.indicatorId(id);
      if (!known || weight <= 0) return [];
      const values = new Map<AreaKey, number>();
      for (const [k, c] of cellsOf(model.ctx, known, peers, state.jahr))
        if (c.kind === 'wert') values.set(k, c.value);
      return [{ id: known, weight, values }];
    });
    return similarAreas(target, peers, features, MAX_COMPARED - 1);
  }, [model, peers, state.jahr, target, weights]);
  const name = (a: AreaKey) => areaName(model, a, lang);
  const adopt = () => {
    update({ vergleich: [target, ...result.map((r) => r.area)] });
    announce(t('similar.adopted', { names: [target, ...result.map((r) => r.area)].map(name).join(', ') }));
  };
  return (
    <section className="similar" aria-labelledby="similar-title">
      <h3 id="similar-title">{t('similar.title')}</h3>
      <p className="hint">{t('similar.intro')}</p>
      <label htmlFor="similar-target">{t('similar.target')}</label>{' '}
      <select
        id="similar-target"
        value={target}
        onChange={(e) => {
          const key = model.areaKey(e.currentTarget.value);
          if (key) update({ gebiet: key }, 'replace');
        }}
      >
        {model.mapLevels.map((l) => (
          <optgroup key={l} label={t(`level.${l}`)}>
            {model.byLevel[l].map((a) => (
              <option key={a} value={a}>
                {name(a)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <div className="similar-grid">
        <fieldset>
          <legend>{t('similar.weights')}</legend>
          <ul>
            {candidates.map((i) => (
              <li key={i.id}>
                <label htmlFor={`w-${i.id}`}>{indicatorLabel(i, lang)}</label>
                <select
                  id={`w-${i.id}`}
                  value={weights[i.id] ?? 0}
                  onChange={(e) => setWeights({ ...weights, [i.id]: Number(e.currentTarget.value) })}
                >
                  {WEIGHTS.map((w) => (
                    <option key={w} value={w}>
                      {w === 0 ? t('similar.off') : `× ${formatNumber(lang, w, w % 1 ? 1 : 0)}`}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </fieldset>
        <div>
          <h4>{t('similar.result', { name: name(target) })}</h4>
          {result.length === 0 ? (
            <p>{t('similar.none')}</p>
          ) : (
            <ol className="similar-list" data-testid="aehnlich">
              {result.map((r) => (
                <li key={r.area}>
                  {name(r.area)}{' '}
                  <span className="hint">
                    {t('similar.distance', { d: formatNumber(lang, r.distance, 2), n: r.shared })}
                  </span>
                </li>
              ))}
            </ol>
          )}
          <button type="button" onClick={adopt} disabled={result.length === 0}>
            {t('similar.adopt')}
          </button>
          <p className="hint">{t('similar.method')}</p>
        </div>
      </div>
    </section>
  );
}
