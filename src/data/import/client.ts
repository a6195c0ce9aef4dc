import type { PackageTexts } from '../package.ts';
import type { Decimal } from './cells.ts';
import type { AppliedFacilities, FacilityRecords } from './facilities.ts';
import type { FacilityMapping } from './facilityMapping.ts';
import type { ImportLayer } from './layer.ts';
import type { Published } from './publish.ts';
import type { Applied, TableMapping } from './mapping.ts';
import type { CheckResult, ReadContext, ReadResult } from './read.ts';
import type { TableSummary } from './structure.ts';
import type { KeptTables } from './tables.ts';

type Request =
  | { type: 'lesen'; datei: string; bytes: Uint8Array; ctx: ReadContext }
  | {
      type: 'zuordnen';
      ref: string;
      datei: string;
      mapping: TableMapping;
      ctx: ReadContext;
      decimal: Decimal;
    }
  | {
      type: 'einrichtungen';
      datei: string;
      records: FacilityRecords;
      mapping: FacilityMapping;
      decimal: Decimal;
    }
  | { type: 'pruefen'; texts: PackageTexts; layer: ImportLayer }
  | { type: 'paket'; texts: PackageTexts; layer: ImportLayer; names: [string, string][] };
export type WorkerRequest = Request & { id: number };
type Answer =
  | { id: number; fortschritt: number; schritt: string }
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; message: string };

type Pending = {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  alive?: () => void;
  done?: () => void;
  progress?: (share: number, step: string) => void;
};

/** The longest a request may go without a word from the worker (a 50 MB workbook needs far less). */
export const READ_TIMEOUT_MS = 60_000;

/**
 * The Datenwerkstatt's worker: one for the view's lifetime, requests answered by id, progress
 * reported while a file is read. Where there is no Worker (component tests) the same code is loaded
 * and runs here.
 */
export class ImportWorker {
  private worker: Worker | undefined;
  private next = 1;
  private pending = new Map<number, Pending>();
  /** Without a worker, the tables are kept here instead. */
  private local: KeptTables | undefined;

  constructor(private readonly timeoutMs = READ_TIMEOUT_MS) {
    if (typeof Worker !== 'undefined') this.start();
  }

  private start(): void {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    worker.onmessage = (e: MessageEvent<Answer>) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      // Any sign of life (progress) restarts the clock of a long read.
      p.alive?.();
      if ('fortschritt' in e.data) return p.progress?.(e.data.fortschritt, e.data.schritt);
      this.pending.delete(e.data.id);
      p.done?.();
      if (e.data.ok) p.resolve(e.data.result);
      else p.reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      for (const p of this.pending.values())
        p.reject(new Error(e.message || 'Datenwerkstatt: Worker fehlgeschlagen'));
      this.pending.clear();
    };
  }

  /**
   * A file that keeps the worker busy without an answer (a library caught in a damaged file) must
   * not hang the Datenwerkstatt: the worker is replaced and the request fails with a message. The
   * tables read before are gone with it and are read again.
   */
  private restart(why: string): void {
    this.worker?.terminate();
    for (const p of this.pending.values()) p.reject(new Error(why));
    this.pending.clear();
    this.start();
  }

  private ask<T>(req: Request, progress?: Pending['progress'], transfer: Transferable[] = []): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(
          () =>
            this.restart(
              `keine Antwort nach ${Math.round(this.timeoutMs / 1000)} s: die Datei ist vermutlich beschädigt`,
            ),
          this.timeoutMs,
        );
      };
      arm();
      this.pending.set(id, {
        resolve: resolve as (v: unknown) => void,
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
        alive: arm,
        done: () => clearTimeout(timer),
        ...(progress ? { progress } : {}),
      });
      this.worker!.postMessage({ ...req, id }, transfer);
    });
  }

  read(
    datei: string,
    bytes: Uint8Array,
    ctx: ReadContext,
    progress: Pending['progress'],
  ): Promise<ReadResult<TableSummary>> {
    if (!this.worker)
      return Promise.all([import('./read.ts'), import('./tables.ts')]).then(([m, t]) => {
        this.local ??= new t.KeptTables();
        return m
          .readImportFile(datei, bytes, ctx, progress)
          .then((r) => this.local!.keep(r, `l${this.next++}`));
      });
    return this.ask({ type: 'lesen', datei, bytes, ctx }, progress, [bytes.buffer]);
  }

  /** A mapping applied to a kept table: its values and the mapping with its share questions. */
  apply(
    ref: string,
    datei: string,
    mapping: TableMapping,
    ctx: ReadContext,
    decimal: Decimal,
  ): Promise<{ applied: Applied; mapping: TableMapping }> {
    if (!this.worker)
      return Promise.resolve().then(() => {
        if (!this.local) throw new Error(`Tabelle ${ref} ist nicht mehr geladen`);
        return this.local.apply(ref, datei, mapping, ctx, decimal);
      });
    return this.ask({ type: 'zuordnen', ref, datei, mapping, ctx, decimal });
  }

  applyFacilities(
    datei: string,
    records: FacilityRecords,
    mapping: FacilityMapping,
    decimal: Decimal,
  ): Promise<AppliedFacilities> {
    if (!this.worker)
      return import('./facilities.ts').then((m) => m.applyFacilityMapping(datei, records, mapping, decimal));
    return this.ask({ type: 'einrichtungen', datei, records, mapping, decimal });
  }

  check(texts: PackageTexts, layer: ImportLayer): Promise<CheckResult> {
    if (!this.worker) return import('./read.ts').then((m) => m.checkLayer(texts, layer));
    return this.ask({ type: 'pruefen', texts, layer });
  }

  /** The deployable package zip, or the report of why the merged package may not be published. */
  publish(texts: PackageTexts, layer: ImportLayer, names: [string, string][]): Promise<Published> {
    if (!this.worker)
      return import('./publish.ts').then((m) => m.publishPackage(texts, layer, new Map(names)));
    return this.ask({ type: 'paket', texts, layer, names });
  }

  close(): void {
    this.worker?.terminate();
  }
}
