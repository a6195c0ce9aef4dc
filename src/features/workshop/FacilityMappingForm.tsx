import { CATEGORIES, CATEGORY_INFO, type Category } from '../../domain/supply/categories.ts';
import { wordsOf, type AppliedFacilities, type FacilityRecords } from '../../data/import/facilities.ts';
import type { FacilityMapping } from '../../data/import/facilityMapping.ts';
import { ProblemList } from './ProblemList.tsx';
import { useI18n } from '../../i18n/context.tsx';

export interface FacilityState {
  id: string;
  datei: string;
  records: FacilityRecords;
  decimal: ',' | '.';
  mapping: FacilityMapping;
  applied?: AppliedFacilities | undefined;
}

const CRS_CHOICES = ['auto', 'EPSG:25832', 'EPSG:31467', 'EPSG:3857', 'EPSG:4326'] as const;

/**
 * The mapping questions for a facility list: which columns hold category, name, years and
 * coordinates, and which supply category each of the file's category words means.
 */
export function FacilityMappingForm(props: { list: FacilityState; onChange: (m: FacilityMapping) => void }) {
  const { t, lang } = useI18n();
  const { list } = props;
  const m = list.mapping;
  const set = (patch: Partial<FacilityMapping>) => props.onChange({ ...m, ...patch });
  const base = `${list.id}-`;
  const cols = list.records.columns;
  const words = wordsOf(list.records, m.kategorie);
  const a = list.applied;
  const optional = (key: 'eroeffnet' | 'geschlossen', value: string) => {
    const { eroeffnet, geschlossen, ...rest } = m;
    const kept = key === 'eroeffnet' ? { geschlossen } : { eroeffnet };
    props.onChange({
      ...rest,
      ...(kept.eroeffnet ? { eroeffnet: kept.eroeffnet } : {}),
      ...(kept.geschlossen ? { geschlossen: kept.geschlossen } : {}),
      ...(value ? { [key]: value } : {}),
    });
  };
  const select = (
    id: string,
    label: string,
    value: string | undefined,
    onChange: (v: string) => void,
    none?: string,
  ) => (
    <>
      <label htmlFor={`${base}${id}`}>{label}</label>
      <select id={`${base}${id}`} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {none !== undefined && <option value="">{none}</option>}
        {cols.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
    </>
  );
  const categoryName = (c: string) => CATEGORY_INFO[c as Category][lang === 'en' ? 'en' : 'de'].many;
  const counts = new Map<string, number>();
  for (const f of a?.facilities ?? []) counts.set(f.kategorie, (counts.get(f.kategorie) ?? 0) + 1);
  return (
    <section className="ws-table" aria-labelledby={`${base}h`} data-testid="ws-einrichtungen">
      <h3 id={`${base}h`}>{t('ws.facilities', { file: list.datei })}</h3>
      <p className="hint">{t('ws.facilitiesHint', { rows: list.records.rows.length })}</p>
      <div className="ws-grid">
        {select('kat', t('ws.f.category'), m.kategorie, (v) =>
          set({
            kategorie: v,
            kategorien: Object.fromEntries(wordsOf(list.records, v).map((w) => [w.word, ''])),
          }),
        )}
        {select('name', t('ws.f.name'), m.name, (v) => set({ name: v }))}
        {select('auf', t('ws.f.opened'), m.eroeffnet, (v) => optional('eroeffnet', v), t('ws.f.none'))}
        {select('zu', t('ws.f.closed'), m.geschlossen, (v) => optional('geschlossen', v), t('ws.f.none'))}
        {!list.records.fromGeometry && (
          <>
            {select('x', t('ws.f.x'), m.x, (v) => set({ x: v }), t('ws.f.none'))}
            {select('y', t('ws.f.y'), m.y, (v) => set({ y: v }), t('ws.f.none'))}
            <label htmlFor={`${base}crs`}>{t('ws.f.crs')}</label>
            <select id={`${base}crs`} value={m.crs ?? 'auto'} onChange={(e) => set({ crs: e.target.value })}>
              {CRS_CHOICES.map((c) => (
                <option key={c} value={c}>
                  {c === 'auto' ? t('ws.f.crsAuto') : c}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      <fieldset className="ws-shares">
        <legend>{t('ws.f.placement')}</legend>
        {(['adresse', 'geschaetzt'] as const).map((l) => (
          <label key={l}>
            <input
              type="radio"
              name={`${base}lage`}
              checked={m.lage === l}
              onChange={() => set({ lage: l })}
            />{' '}
            {t(`ws.f.placement.${l}`)}
          </label>
        ))}
      </fieldset>
      <table className="ws-columns">
        <caption>{t('ws.f.words', { column: m.kategorie })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ws.f.word')}</th>
            <th scope="col">{t('ws.target')}</th>
          </tr>
        </thead>
        <tbody>
          {words.slice(0, 100).map((w, i) => (
            <tr key={w.word}>
              <th scope="row">
                <label htmlFor={`${base}w${i}`}>
                  {w.word} ({w.count})
                </label>
              </th>
              <td>
                <select
                  id={`${base}w${i}`}
                  value={m.kategorien[w.word] ?? ''}
                  onChange={(e) =>
                    set({
                      kategorien: {
                        ...m.kategorien,
                        [w.word]: e.target.value as FacilityMapping['kategorien'][string],
                      },
                    })
                  }
                >
                  <option value="">{t('ws.skip')}</option>
                  {CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {categoryName(c)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {a && (
        <p data-testid="ws-einrichtungen-gelesen">
          {t('ws.f.read', { count: a.facilities.length, skipped: a.skipped })}
          {counts.size > 0 && ` (${[...counts].map(([c, n]) => `${categoryName(c)} ${n}`).join(', ')})`}
          {a.crs && ` · ${t('ws.f.crsFound', { crs: a.crs })}`}
        </p>
      )}
      {a && counts.size > 0 && (
        <p className="hint">
          {t('ws.f.replaces', {
            categories: [...counts.keys()].map((c) => categoryName(c)).join(', '),
          })}
        </p>
      )}
      {a && <ProblemList issues={a.issues} testId="ws-einrichtungen-probleme" />}
    </section>
  );
}
