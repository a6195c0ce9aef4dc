import { useEffect, useMemo, useRef, useState } from 'react';
import { ImportWorker } from '../../data/import/client.ts';
import {
  mappingFileSchema,
  mappingFor,
  provenanceSchema,
  ZUORDNUNG_FORMAT,
  type MappingFile,
  type TableMapping,
} from '../../data/import/mapping.ts';
import type { CheckResult, ReadResult } from '../../data/import/read.ts';
import { readContext, type ReadContext } from '../../data/import/context.ts';
import type { TableSummary } from '../../data/import/structure.ts';
import { removeStoredLayer, storeLayer } from '../../data/import/store.ts';
import { sessionLayer, sessionMapping, sessionReady, type Session } from '../../data/import/session.ts';
import { loadPackageTexts } from '../../data/load.ts';
import type { Model } from '../../data/model.ts';
import type { Validated } from '../../data/validate.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useAnnounce } from '../../ui/announce.tsx';
import { downloadBlob } from '../../ui/download.ts';
import { CheckReport } from './CheckReport.tsx';
import { ProvenanceForm, type ProvenanceDraft } from './ProvenanceForm.tsx';
import { TableMappingForm, type TableState } from './TableMappingForm.tsx';
import { FacilityMappingForm, type FacilityState } from './FacilityMappingForm.tsx';
import { FileList, type FileState } from './FileList.tsx';
import { NewIndicatorForm } from './NewIndicatorForm.tsx';
import type { Indicator } from '../../data/schemas.ts';
import type { FacilityMapping } from '../../data/import/facilityMapping.ts';

/**
 * `?ansicht=daten`: the Sozialplanung drops its own files, answers the mapping questions, names
 * the source, sees every problem with its row and what changes, and applies the result to every
 * view. Files are read in a worker and never leave the browser; the result lives in IndexedDB.
 */
export function Workshop(props: { model: Model; own: Validated['own'] }) {
  const { model } = props;
  const { t } = useI18n();
  const announce = useAnnounce();
  const worker = useRef<ImportWorker | null>(null);
  useEffect(() => {
    const w = new ImportWorker();
    worker.current = w;
    return () => w.close();
  }, []);
  const [created, setCreated] = useState<Indicator[]>([]);
  const ctxFor = (extra: Indicator[]): ReadContext =>
    readContext(
      model.areas.values(),
      [...model.indicators.values(), ...extra],
      model.manifest,
      model.outline,
    );
  const ctx = useMemo(() => ctxFor(created), [model, created]); // eslint-disable-line react-hooks/exhaustive-deps
  const [files, setFiles] = useState<FileState[]>([]);
  const [tables, setTables] = useState<TableState[]>([]);
  const [lists, setLists] = useState<FacilityState[]>([]);
  const [provenance, setProvenance] = useState<ProvenanceDraft>({});
  const [report, setReport] = useState<CheckResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const saved = useRef<MappingFile | null>(null);
  const serial = useRef(0);

  const boundaries = files.flatMap((f) =>
    f.result?.art === 'grenzen' && f.result.result.errors.length === 0 ? [f.result] : [],
  );
  // Address points without problems: the finder's index, and boundaries where no file has them.
  const addressed = files.flatMap((f) =>
    f.result?.art === 'adressen' && f.result.issueCount === 0 ? [f.result] : [],
  )[0];
  const derived =
    addressed?.result && addressed.result.errors.length === 0
      ? [{ datei: addressed.datei, files: addressed.result.files }]
      : [];

  /** A request the worker could not answer: named with its file, the page keeps working. */
  const failed = (what: string) => (e: unknown) => {
    const text = `${what}: ${e instanceof Error ? e.message : String(e)}`;
    setMessage(text);
    announce(text);
  };

  /** Set a table's mapping (replacing the table with id `was`, when given) and apply it in the worker. */
  const applyTo = (table: TableState, mapping: TableMapping, was = table.id, c = ctx) => {
    setTables((ts) =>
      ts.map((x) => (x.id === was ? { ...x, id: table.id, mapping, applied: undefined } : x)),
    );
    setReport(null);
    void worker.current
      ?.apply(table.layout.ref, table.datei, mapping, c, table.decimal)
      .then(({ applied, mapping: asked }) =>
        setTables((ts) =>
          ts.map((x) => (x.id === table.id && x.mapping === mapping ? { ...x, mapping: asked, applied } : x)),
        ),
      )
      .catch(failed(table.datei));
  };

  /** Set a facility list's mapping and apply it in the worker. */
  const applyList = (list: FacilityState, mapping: FacilityMapping) => {
    setLists((ls) => ls.map((x) => (x.id === list.id ? { ...x, mapping, applied: undefined } : x)));
    setReport(null);
    void worker.current
      ?.applyFacilities(list.datei, list.records, mapping, list.decimal)
      .then((applied) =>
        setLists((ls) => ls.map((x) => (x.id === list.id && x.mapping === mapping ? { ...x, applied } : x))),
      )
      .catch(failed(list.datei));
  };

  /** New catalogue entries: every table is applied again (a removed entry no longer takes values). */
  const changeCreated = (next: Indicator[]) => {
    setCreated(next);
    const c = ctxFor(next);
    for (const tb of tables) applyTo(tb, tb.mapping, tb.id, c);
  };

  async function readFiles(list: FileList | File[]) {
    const chosen = [...list];
    // A saved Zuordnung is told by its content, whatever the file is called now.
    const mappingFiles: File[] = [];
    for (const f of chosen)
      if (/\.json$/i.test(f.name) && (await f.slice(0, 4000).text()).includes(`"${ZUORDNUNG_FORMAT}"`))
        mappingFiles.push(f);
    for (const f of mappingFiles) await loadMapping(f);
    for (const file of chosen.filter((f) => !mappingFiles.includes(f))) {
      setFiles((fs) => [
        ...fs.filter((x) => x.datei !== file.name),
        { datei: file.name, share: 0, step: t('ws.choose') },
      ]);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await worker
        .current!.read(file.name, bytes, ctx, (share, step) =>
          setFiles((fs) => fs.map((x) => (x.datei === file.name ? { ...x, share, step } : x))),
        )
        .catch((e: unknown): ReadResult<TableSummary> => ({
          art: 'fehler',
          datei: file.name,
          problem: e instanceof Error ? e.message : String(e),
        }));
      setFiles((fs) =>
        fs.map((x) => (x.datei === file.name ? { ...x, share: 1, step: t('ws.read'), result } : x)),
      );
      announce(`${file.name}: ${result.art === 'fehler' ? t('ws.failed') : t('ws.read')}`);
      if (result.art === 'paket') {
        const { quelle: q, neueIndikatoren } = result.reopened;
        if (q) setProvenance((p) => (Object.keys(p).length === 0 ? { ...q } : p));
        const known = new Set<string>(created.map((i) => i.id));
        if (neueIndikatoren.some((i) => !known.has(i.id)))
          changeCreated([...created, ...neueIndikatoren.filter((i) => !known.has(i.id))]);
      }
      if (result.art === 'einrichtungen') {
        const remembered = saved.current?.einrichtungen?.[file.name];
        const state: FacilityState = {
          id: `e${(serial.current += 1)}`,
          datei: file.name,
          records: result.records,
          decimal: result.decimal,
          mapping: remembered ?? result.proposal,
        };
        setLists((ls) => [...ls.filter((x) => x.datei !== file.name), state]);
        applyList(state, state.mapping);
      }
      if (result.art === 'tabelle')
        for (const [i, tb] of result.tables.entries()) {
          const remembered = saved.current && mappingFor(saved.current, file.name, tb.layout);
          const table: TableState = {
            id: `t${(serial.current += 1)}-${i}`,
            datei: file.name,
            layout: tb.layout,
            decimal: result.decimal,
            mapping: remembered ?? tb.proposal,
          };
          setTables((ts) => [
            ...ts.filter((x) => !(x.datei === file.name && x.layout.sheet === tb.layout.sheet)),
            table,
          ]);
          applyTo(table, table.mapping);
        }
    }
  }

  async function loadMapping(file: File) {
    const text = await file.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return setMessage(t('ws.mappingBroken', { file: file.name, message: (e as Error).message }));
    }
    const r = mappingFileSchema.safeParse(parsed);
    if (!r.success)
      return setMessage(
        t('ws.mappingBroken', { file: file.name, message: r.error.issues[0]?.message ?? '' }),
      );
    saved.current = r.data;
    if (r.data.quelle) setProvenance({ ...r.data.quelle });
    const known = new Set<string>([...model.indicators.keys()]);
    const loaded = [
      ...created,
      ...(r.data.neueIndikatoren ?? []).filter(
        (i) => !known.has(i.id) && !created.some((c) => c.id === i.id),
      ),
    ];
    const c = ctxFor(loaded);
    setCreated(loaded);
    for (const tb of tables) {
      const m = mappingFor(r.data, tb.datei, tb.layout);
      // A new id: the form is built afresh with the loaded answers.
      if (m) applyTo({ ...tb, id: `t${(serial.current += 1)}` }, m, tb.id, c);
    }
    for (const l of lists) {
      const m = r.data.einrichtungen?.[l.datei];
      if (m) applyList(l, m);
    }
    setMessage(t('ws.mappingLoaded', { file: file.name }));
  }

  const quelle = provenanceSchema.safeParse(provenance);
  // A published package opened again: its own part is the base the files read now change.
  const reopened = files.flatMap((f) => (f.result?.art === 'paket' ? [f.result] : []))[0];
  const session: Session = {
    tables,
    lists,
    boundaries: [...boundaries.map((b) => ({ datei: b.datei, files: b.result.files })), ...derived],
    addresses: addressed ? { datei: addressed.datei, addresses: addressed.addresses } : undefined,
    reopened,
    created,
    quelle: quelle.success ? quelle.data : undefined,
    hinweise: files.flatMap((f) => (f.result && f.result.art !== 'fehler' ? f.result.hinweise : [])),
  };
  const layer = () => sessionLayer(session, new Date().toISOString());
  const mappingOf = () => sessionMapping(session);
  const ready = sessionReady(session);

  async function check() {
    const l = layer();
    if (!l) return;
    setBusy(true);
    try {
      const r = await worker.current!.check(await loadPackageTexts(), l);
      setReport(r);
      announce(r.issueCount ? t('ws.problems', { count: r.issueCount }) : t('ws.noProblems'));
    } catch (e) {
      failed(t('ws.check'))(e);
    } finally {
      setBusy(false);
    }
  }

  async function apply() {
    const l = layer();
    if (!l) return;
    await storeLayer(l);
    // On to the map, showing the first imported indicator in its latest imported year.
    const shown = l.werte.filter((v) => v.wert !== undefined);
    const first = shown[0]?.indikator;
    const year = Math.max(...shown.filter((v) => v.indikator === first).map((v) => v.jahr));
    window.location.assign(
      `?ansicht=karte${first ? `&indikator=${encodeURIComponent(first)}&jahr=${year}` : ''}`,
    );
  }

  /** "Datenpaket herunterladen": the merged package as the site's files, for the city's IT. */
  async function download() {
    const l = layer();
    if (!l) return;
    setBusy(true);
    try {
      const names = [...model.indicators.values()].map((i): [string, string] => [i.id, i.label_de]);
      const r = await worker.current!.publish(await loadPackageTexts(), l, names);
      if (!r.ok) {
        setReport(r.report);
        return announce(t('ws.problems', { count: r.report.issueCount }));
      }
      downloadBlob(
        new Blob([r.zip as BlobPart], { type: 'application/zip' }),
        `datenpaket-${l.erstellt.slice(0, 10)}.zip`,
      );
      announce(t('ws.downloaded'));
    } catch (e) {
      failed(t('ws.download'))(e);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    await removeStoredLayer();
    window.location.assign('?ansicht=daten');
  }

  return (
    <div className="workshop" data-testid="datenwerkstatt">
      <h2>{t('ws.title')}</h2>
      <p>{t('ws.intro')}</p>
      {props.own && (
        <div className="ws-active" role="status" data-testid="ws-aktiv">
          <p>
            {t('ws.active', {
              titel: props.own.titel,
              status: t(`ws.status.${props.own.status as 'amtlich'}`),
              files: props.own.dateien.join(', '),
              date: new Date(props.own.erstellt).toLocaleDateString('de-DE'),
            })}
          </p>
          <button type="button" onClick={() => void remove()}>
            {t('ws.remove')}
          </button>
        </div>
      )}
      <div
        className={`ws-drop${dragging ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void readFiles(e.dataTransfer.files);
        }}
      >
        <label htmlFor="ws-dateien" className="button">
          {t('ws.choose')}
        </label>
        <input
          id="ws-dateien"
          type="file"
          multiple
          accept=".csv,.txt,.xlsx,.zip,.geojson,.json"
          onChange={(e) => e.target.files && void readFiles(e.target.files)}
        />{' '}
        {t('ws.drop')}
      </div>
      <p>
        <label htmlFor="ws-zuordnung">{t('ws.loadMapping')}</label>{' '}
        <input
          id="ws-zuordnung"
          type="file"
          accept=".json,application/json"
          onChange={(e) => e.target.files?.[0] && void loadMapping(e.target.files[0])}
        />
      </p>
      {message && <p role="status">{message}</p>}
      <FileList files={files} />
      {addressed && boundaries.length > 0 && <p className="hint">{t('ws.addressesOfficial')}</p>}
      {tables.map((tb) => (
        <TableMappingForm
          key={tb.id}
          model={model}
          created={created}
          table={tb}
          onChange={(m) => applyTo(tb, m)}
        />
      ))}
      {tables.length > 0 && <NewIndicatorForm model={model} created={created} onChange={changeCreated} />}
      {lists.map((l) => (
        <FacilityMappingForm key={l.id} list={l} onChange={(m) => applyList(l, m)} />
      ))}
      {(tables.length > 0 || boundaries.length > 0 || lists.length > 0 || reopened || addressed) && (
        <>
          <ProvenanceForm
            value={provenance}
            onChange={(p) => {
              setProvenance(p);
              setReport(null);
            }}
          />
          <div className="ws-actions">
            <button type="button" disabled={!ready || busy} onClick={() => void check()}>
              {busy ? t('ws.checking') : t('ws.check')}
            </button>
            <button
              type="button"
              onClick={() =>
                downloadBlob(
                  new Blob([JSON.stringify(mappingOf(), null, 2)], { type: 'application/json' }),
                  'zuordnung.json',
                )
              }
            >
              {t('ws.saveMapping')}
            </button>
            {!quelle.success && <span className="hint">{t('ws.needProvenance')}</span>}
            {quelle.success && !ready && <span className="hint">{t('ws.needValues')}</span>}
          </div>
        </>
      )}
      {report && (
        <>
          <CheckReport model={model} report={report} />
          <div className="ws-actions">
            <button type="button" className="primary" onClick={() => void apply()}>
              {t('ws.apply')}
            </button>
            <button
              type="button"
              disabled={busy || report.issueCount > 0}
              aria-describedby={report.issueCount > 0 ? 'ws-download-hint' : undefined}
              onClick={() => void download()}
            >
              {t('ws.download')}
            </button>
            {report.issueCount > 0 && (
              <span id="ws-download-hint" className="hint">
                {t('ws.downloadNeedsNoProblems')}
              </span>
            )}
          </div>
        </>
      )}
    </div>
  );
}
