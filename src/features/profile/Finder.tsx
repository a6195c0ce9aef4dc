import { useMemo, useState } from 'react';
import { locate, type Located } from '../../domain/geo/locate.ts';
import type { AreaKey } from '../../domain/ids.ts';
import { searchAreas, type Searchable } from '../../domain/profile/search.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { areaName } from '../../view/text.ts';

/** Within this distance of a border the answer to "Wo wohne ich?" may be the neighbour. */
export const NEAR_BORDER_M = 250;

/** Finding an area: forgiving search, "Wo wohne ich?" by the browser's location, and the full list. */
export function Finder(props: { model: Model; onChoose: (key: AreaKey) => void; compact: boolean }) {
  const { model, onChoose } = props;
  const { lang, t } = useI18n();
  const [query, setQuery] = useState('');
  const [where, setWhere] = useState<Located<AreaKey> | { problem: string } | null>(null);
  const items = useMemo<Searchable<AreaKey>[]>(
    () =>
      // A resident looks for their Ortsteil or its Stadtteil: the two finest levels, finest first.
      model.mapLevels
        .slice(0, 2)
        .flatMap((l, order) =>
          model.byLevel[l].flatMap((key) => [
            { key, name: areaName(model, key, 'de'), order },
            ...(lang === 'en' && areaName(model, key, 'en') !== areaName(model, key, 'de')
              ? [{ key, name: areaName(model, key, 'en'), order }]
              : []),
          ]),
        ),
    [model, lang],
  );
  const hits = useMemo(() => {
    const seen = new Set<AreaKey>();
    return searchAreas(query, items, 8).filter((h) => !seen.has(h.key) && seen.add(h.key));
  }, [query, items]);
  const label = (key: AreaKey) => {
    const a = model.areas.get(key);
    const parent = a?.parent ? model.areas.get(a.parent) : undefined;
    return a?.level === 'ortsteil' && parent
      ? t('profile.inParent', { level: t('level.one.ortsteil'), parent: areaName(model, parent.key, lang) })
      : t(`level.one.${a?.level ?? 'ortsteil'}`);
  };
  const link = (key: AreaKey, extra?: string) => (
    <a
      href={`?ansicht=profil&gebiet=${key}&sprache=${lang}`}
      onClick={(e) => {
        e.preventDefault();
        onChoose(key);
      }}
    >
      <span className="finder-name">{areaName(model, key, lang)}</span>{' '}
      <span className="hint">{extra ?? label(key)}</span>
    </a>
  );
  const locateMe = () => {
    if (!('geolocation' in navigator)) return setWhere({ problem: t('profile.noGeo') });
    setWhere(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const shapes = (model.boundaries.ortsteil?.features ?? []).map((f) => ({
          key: f.properties.schluessel,
          geometry: f.geometry,
        }));
        setWhere(locate(pos.coords.longitude, pos.coords.latitude, shapes, NEAR_BORDER_M));
      },
      (err) => setWhere({ problem: t('profile.geoFailed', { reason: err.message || String(err.code) }) }),
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 },
    );
  };
  const schematic = model.boundaries.ortsteil?.genauigkeit === 'naeherung';
  return (
    <section className="finder" aria-labelledby="finder-title">
      <h2 id="finder-title" className={props.compact ? 'visually-hidden' : undefined}>
        {t('profile.findTitle')}
      </h2>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (hits[0]) onChoose(hits[0].key);
        }}
      >
        <label htmlFor="finder-search">{t('profile.search')}</label>
        <div className="finder-row">
          <input
            id="finder-search"
            type="search"
            value={query}
            autoComplete="off"
            placeholder={t('profile.searchExample')}
            onChange={(e) => setQuery(e.currentTarget.value)}
            aria-describedby="finder-count"
          />
          <button type="button" onClick={locateMe}>
            {t('profile.whereAmI')}
          </button>
        </div>
      </form>
      <p id="finder-count" className="visually-hidden" aria-live="polite">
        {query ? t('profile.hits', { count: hits.length }) : ''}
      </p>
      {query && (
        <ul className="finder-hits" data-testid="treffer">
          {hits.map((h) => (
            <li key={h.key}>{link(h.key)}</li>
          ))}
          {hits.length === 0 && <li>{t('profile.noHits', { query })}</li>}
        </ul>
      )}
      {where && (
        <div className="finder-where" role="status">
          {'problem' in where ? (
            <p>{where.problem}</p>
          ) : where.inside === null ? (
            <p>{t('profile.outside')}</p>
          ) : (
            <>
              <p>{t('profile.youLiveIn', { name: areaName(model, where.inside, lang) })}</p>
              <ul className="finder-hits">
                <li>{link(where.inside)}</li>
              </ul>
              {schematic && where.near.length > 0 && (
                <>
                  <p className="hint">{t('profile.nearBorder', { m: NEAR_BORDER_M })}</p>
                  <ul className="finder-hits">
                    {where.near.map((k) => (
                      <li key={k}>{link(k)}</li>
                    ))}
                  </ul>
                </>
              )}
              {schematic && where.near.length === 0 && <p className="hint">{t('profile.schematicAnswer')}</p>}
            </>
          )}
        </div>
      )}
      <details className="finder-all" open={!props.compact}>
        <summary>{t('profile.allOrtsteile')}</summary>
        {model.byLevel.stadtteil.map((st) => (
          <div key={st} className="finder-group">
            <h3>{link(st, t('level.one.stadtteil'))}</h3>
            <ul className="finder-hits">
              {model.byLevel.ortsteil
                .filter((o) => model.areas.get(o)?.parent === st)
                .map((o) => (
                  <li key={o}>{link(o, t('level.one.ortsteil'))}</li>
                ))}
            </ul>
          </div>
        ))}
      </details>
    </section>
  );
}
