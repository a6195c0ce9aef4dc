import { useMemo, useRef, useState } from 'react';
import type { AddressHit, AddressIndex } from '../../domain/profile/addressSearch.ts';
import { locate, type Located } from '../../domain/geo/locate.ts';
import type { AreaKey } from '../../domain/ids.ts';
import { searchAreas, type Searchable } from '../../domain/profile/search.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { areaName } from '../../view/text.ts';

type Addresses = {
  index: AddressIndex;
  search: (i: AddressIndex, q: string, limit?: number) => AddressHit[];
};

/** Within this distance of a border the answer to "Wo wohne ich?" may be the neighbour. */
export const NEAR_BORDER_M = 250;

/** Finding an area: forgiving search, "Wo wohne ich?" by the browser's location, and the full list. */
export function Finder(props: { model: Model; onChoose: (key: AreaKey) => void; compact: boolean }) {
  const { model, onChoose } = props;
  const { lang, t } = useI18n();
  const [query, setQuery] = useState('');
  const [where, setWhere] = useState<Located<AreaKey> | { problem: string } | null>(null);
  // Addresses, where the package has an index: loaded (code and data) when a resident first types.
  const addressCount = model.boundaries.ebene1?.adressen;
  const [addresses, setAddresses] = useState<Addresses | { problem: string } | 'laden' | null>(null);
  const [found, setFound] = useState<AddressHit[]>([]);
  const latest = useRef('');
  const searchWith = (a: Addresses, q: string) => {
    const t0 = performance.now();
    setFound(a.search(a.index, q, 4));
    performance.measure('qx-adresssuche', { start: t0, end: performance.now() });
  };
  const onQuery = (q: string) => {
    setQuery(q);
    latest.current = q;
    if (addressCount === undefined) return;
    if (addresses !== null && typeof addresses !== 'string' && 'index' in addresses)
      return searchWith(addresses, q);
    if (addresses !== null || q.trim() === '') return;
    setAddresses('laden');
    const ortsteile = new Set<string>(model.byLevel.ebene1);
    void import('../../data/loadAddresses.ts')
      .then(async (m) => {
        const r = await m.loadAddressIndex(ortsteile, addressCount);
        if (!('index' in r)) return setAddresses(r);
        const a = { index: r.index, search: m.searchAddress };
        setAddresses(a);
        searchWith(a, latest.current);
      })
      .catch((e: unknown) => setAddresses({ problem: e instanceof Error ? e.message : String(e) }));
  };
  const addressHits =
    query.trim() === ''
      ? []
      : found.flatMap((h) => {
          const keys = h.areas.flatMap((k) => {
            const key = model.areaKey(k);
            return key ? [key] : [];
          });
          return keys.length > 0 ? [{ ...h, keys }] : [];
        });
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
    return a?.level === 'ebene1' && parent
      ? t('profile.inParent', { level: t('level.one.ebene1'), parent: areaName(model, parent.key, lang) })
      : t(`level.one.${a?.level ?? 'ebene1'}`);
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
        const shapes = (model.boundaries.ebene1?.features ?? []).map((f) => ({
          key: f.properties.schluessel,
          geometry: f.geometry,
        }));
        setWhere(locate(pos.coords.longitude, pos.coords.latitude, shapes, NEAR_BORDER_M));
      },
      (err) => setWhere({ problem: t('profile.geoFailed', { reason: err.message || String(err.code) }) }),
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 },
    );
  };
  const schematic = model.boundaries.ebene1?.genauigkeit === 'naeherung';
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
        <label htmlFor="finder-search">
          {t(addressCount !== undefined ? 'profile.searchAddress' : 'profile.search')}
        </label>
        <div className="finder-row">
          <input
            id="finder-search"
            type="search"
            value={query}
            autoComplete="off"
            placeholder={t(
              addressCount !== undefined ? 'profile.searchAddressExample' : 'profile.searchExample',
            )}
            onChange={(e) => onQuery(e.currentTarget.value)}
            aria-describedby="finder-count"
          />
          <button type="button" onClick={locateMe}>
            {t('profile.whereAmI')}
          </button>
        </div>
      </form>
      <p id="finder-count" className="visually-hidden" aria-live="polite">
        {query ? t('profile.hits', { count: hits.length + addressHits.length }) : ''}
      </p>
      {addressCount !== undefined && <p className="hint">{t('profile.addressPrivate')}</p>}
      {query && addresses === 'laden' && <p className="hint">{t('profile.addressLoading')}</p>}
      {query && addresses !== null && typeof addresses !== 'string' && 'problem' in addresses && (
        <p className="hint" role="status">
          {t('profile.addressProblem', { problem: addresses.problem })}
        </p>
      )}
      {query && addressHits.length > 0 && (
        <ul className="finder-hits finder-addresses" data-testid="adress-treffer">
          {addressHits.map((h) => (
            <li key={`${h.street}-${h.kind}`}>
              <p>
                {h.kind === 'adresse'
                  ? t('profile.addressIn', {
                      address: `${h.street} ${h.number}`,
                      name: h.keys.map((k) => areaName(model, k, lang)).join(' / '),
                    })
                  : h.number !== undefined
                    ? t('profile.addressStreet', {
                        street: h.street,
                        number: h.number,
                        near: h.near.join(', '),
                      })
                    : t('profile.addressStreetOnly', { street: h.street })}
              </p>
              <ul className="finder-hits">
                {h.keys.map((k) => (
                  <li key={k}>{link(k)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {query && (hits.length > 0 || addressHits.length === 0) && (
        <ul className="finder-hits" data-testid="treffer">
          {hits.map((h) => (
            <li key={h.key}>{link(h.key)}</li>
          ))}
          {hits.length === 0 && addresses !== 'laden' && <li>{t('profile.noHits', { query })}</li>}
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
        {model.byLevel.ebene2.length === 0 ? (
          <ul className="finder-hits">
            {model.byLevel.ebene1.map((o) => (
              <li key={o}>{link(o, t('level.one.ebene1'))}</li>
            ))}
          </ul>
        ) : (
          model.byLevel.ebene2.map((st) => (
            <div key={st} className="finder-group">
              <h3>{link(st, t('level.one.ebene2'))}</h3>
              <ul className="finder-hits">
                {model.byLevel.ebene1
                  .filter((o) => model.areas.get(o)?.parent === st)
                  .map((o) => (
                    <li key={o}>{link(o, t('level.one.ebene1'))}</li>
                  ))}
              </ul>
            </div>
          ))
        )}
      </details>
    </section>
  );
}
