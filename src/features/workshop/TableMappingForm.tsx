import { useState } from 'react';
import type { Applied, TableMapping } from '../../data/import/mapping.ts';
import type { Indicator } from '../../data/schemas.ts';
import { ProblemList } from './ProblemList.tsx';
import { indicatorName } from './names.ts';
import type { TableSummary } from '../../data/import/structure.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { areaName } from '../../view/text.ts';

const withoutKey = <V,>(o: Record<string, V>, k: string): Record<string, V> =>
  Object.fromEntries(Object.entries(o).filter(([x]) => x !== k));

/**
 * A four-digit year typed digit by digit: the draft is the field's own, the mapping changes when
 * it is a year or empty (then the column or table has no year).
 */
function YearInput(props: {
  id: string;
  value: number | undefined;
  placeholder?: string;
  onChange: (year: number | undefined) => void;
}) {
  const [draft, setDraft] = useState(props.value === undefined ? '' : String(props.value));
  return (
    <input
      id={props.id}
      inputMode="numeric"
      maxLength={4}
      placeholder={props.placeholder}
      value={draft}
      aria-invalid={draft !== '' && !/^\d{4}$/.test(draft) ? true : undefined}
      onChange={(e) => {
        const v = e.target.value.trim();
        setDraft(v);
        if (v === '') props.onChange(undefined);
        else if (/^\d{4}$/.test(v)) props.onChange(Number(v));
      }}
    />
  );
}

export interface TableState {
  id: string;
  datei: string;
  layout: TableSummary;
  decimal: ',' | '.';
  mapping: TableMapping;
  applied?: Applied | undefined;
}

/** The mapping questions for one table: area column, layout, indicator or year, columns, shares, names. */
export function TableMappingForm(props: {
  model: Model;
  created: Indicator[];
  table: TableState;
  onChange: (m: TableMapping) => void;
}) {
  const { t } = useI18n();
  const { model, table } = props;
  const m = table.mapping;
  // Applied in the worker, which also asks how shares are written for any share column it fills.
  const set = (patch: Partial<TableMapping>) => props.onChange({ ...m, ...patch });
  const indicators = [...model.indicators.values(), ...props.created];
  const a = table.applied;
  const base = `${table.id}-`;
  const valueColumns = table.layout.columns.filter((c) => c !== m.gebiet);
  return (
    <section className="ws-table" aria-labelledby={`${base}h`} data-testid="ws-tabelle">
      <h3 id={`${base}h`}>
        {table.layout.sheet === table.datei
          ? t('ws.tableCsv', { file: table.datei })
          : t('ws.table', { sheet: table.layout.sheet, file: table.datei })}
      </h3>
      {table.layout.title.length > 0 && (
        <p className="hint">
          {t('ws.tableTitle')}: {table.layout.title.join(' – ')}
        </p>
      )}
      <p className="hint">{t('ws.rows', { rows: table.layout.rows, cols: table.layout.columns.length })}</p>
      <div className="ws-grid">
        <label htmlFor={`${base}gebiet`}>{t('ws.areaColumn')}</label>
        <select id={`${base}gebiet`} value={m.gebiet} onChange={(e) => set({ gebiet: e.target.value })}>
          {table.layout.columns.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <label htmlFor={`${base}form`}>{t('ws.form')}</label>
        <select
          id={`${base}form`}
          value={m.form}
          onChange={(e) => set({ form: e.target.value as TableMapping['form'], spalten: {} })}
        >
          {(['jahre', 'indikatoren', 'lang'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`ws.form.${f}`)}
            </option>
          ))}
        </select>
        {m.form !== 'indikatoren' && !m.indikatorSpalte && (
          <>
            <label htmlFor={`${base}ind`}>{t('ws.indicator')}</label>
            <select
              id={`${base}ind`}
              value={m.indikator ?? ''}
              onChange={(e) => set({ indikator: e.target.value })}
            >
              <option value="">–</option>
              {indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label_de}
                </option>
              ))}
            </select>
          </>
        )}
        {m.form !== 'jahre' && !m.jahrSpalte && (
          <>
            <label htmlFor={`${base}jahr`}>{t('ws.year')}</label>
            <YearInput
              id={`${base}jahr`}
              value={m.jahr}
              onChange={(y) => {
                const rest = { ...m };
                delete rest.jahr;
                props.onChange(y === undefined ? rest : { ...rest, jahr: y });
              }}
            />
          </>
        )}
      </div>
      {m.form !== 'lang' && (
        <table className="ws-columns">
          <thead>
            <tr>
              <th scope="col">{t('ws.column')}</th>
              <th scope="col">{t('ws.target')}</th>
            </tr>
          </thead>
          <tbody>
            {valueColumns.map((c, i) => (
              <tr key={c}>
                <th scope="row">
                  <label htmlFor={`${base}c${i}`}>{c}</label>
                </th>
                <td>
                  {m.form === 'jahre' ? (
                    <YearInput
                      id={`${base}c${i}`}
                      placeholder={t('ws.skip')}
                      value={typeof m.spalten[c] === 'number' ? m.spalten[c] : undefined}
                      onChange={(y) => {
                        const rest = withoutKey(m.spalten, c);
                        set({ spalten: y === undefined ? rest : { ...rest, [c]: y } });
                      }}
                    />
                  ) : (
                    <select
                      id={`${base}c${i}`}
                      value={String(m.spalten[c] ?? '')}
                      onChange={(e) => {
                        const rest = withoutKey(m.spalten, c);
                        set({ spalten: e.target.value ? { ...rest, [c]: e.target.value } : rest });
                      }}
                    >
                      <option value="">{t('ws.skip')}</option>
                      {indicators.map((ind) => (
                        <option key={ind.id} value={ind.id}>
                          {ind.label_de}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {Object.entries(m.anteile).map(([id, how]) => (
        <fieldset key={id} className="ws-shares">
          <legend>
            {t('ws.shares', {
              indicator: props.created.find((i) => i.id === id)?.label_de ?? indicatorName(model, id),
            })}
          </legend>
          {(['prozent', 'dezimal'] as const).map((h) => (
            <label key={h}>
              <input
                type="radio"
                name={`${base}anteil-${id}`}
                checked={how === h}
                onChange={() => set({ anteile: { ...m.anteile, [id]: h } })}
              />{' '}
              {t(`ws.shares.${h}`)}
            </label>
          ))}
        </fieldset>
      ))}
      {a && a.unsure.length > 0 && (
        <fieldset className="ws-unsure">
          <legend>{t('ws.unsure')}</legend>
          {a.unsure.map((u) => (
            <label key={u.text}>
              <input
                type="checkbox"
                onChange={(e) => e.target.checked && set({ namen: { ...m.namen, [u.text]: u.key } })}
              />{' '}
              {t('ws.unsureItem', { text: u.text, name: areaName(model, u.key, 'de') })}
            </label>
          ))}
        </fieldset>
      )}
      {a && (
        <p data-testid="ws-werte">
          {t('ws.values', { count: a.values.filter((v) => v.wert !== undefined).length, empty: a.empty })}
          {a.values.some((v) => v.zeichen) && (
            <> · {t('ws.symbols', { count: a.values.filter((v) => v.zeichen).length })}</>
          )}
        </p>
      )}
      {a && (
        <ProblemList issues={a.issues} total={a.issues.length + a.more.issues} testId="ws-zellprobleme" />
      )}
      {a && a.unmatched.length > 0 && (
        <details open>
          <summary>{t('ws.unmatched', { count: a.unmatched.length + a.more.unmatched })}</summary>
          <ul>
            {a.unmatched.slice(0, 100).map((u) => (
              <li key={u.ort}>
                {u.ort}: „{u.text}“
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
