import { publishPackage } from './publish.ts';
import { applyFacilityMapping } from './facilities.ts';
import { KeptTables } from './tables.ts';
import { checkLayer, readImportFile } from './read.ts';
import type { WorkerRequest } from './client.ts';

// The Datenwerkstatt's reading, mapping and checking, off the main thread: a 10,000-row workbook
// or a Shapefile never blocks the page. Every answer carries the request's id. Tables stay here.
const kept = new KeptTables();
self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const r = e.data;
  try {
    if (r.type === 'lesen') {
      const result = await readImportFile(r.datei, r.bytes, r.ctx, (anteil, schritt) =>
        self.postMessage({ id: r.id, fortschritt: anteil, schritt }),
      );
      self.postMessage({ id: r.id, ok: true, result: kept.keep(result, `w${r.id}`) });
    } else if (r.type === 'zuordnen')
      self.postMessage({
        id: r.id,
        ok: true,
        result: kept.apply(r.ref, r.datei, r.mapping, r.ctx, r.decimal),
      });
    else if (r.type === 'einrichtungen')
      self.postMessage({
        id: r.id,
        ok: true,
        result: applyFacilityMapping(r.datei, r.records, r.mapping, r.decimal),
      });
    else if (r.type === 'paket') {
      const result = publishPackage(r.texts, r.layer, new Map(r.names));
      self.postMessage(
        { id: r.id, ok: true, result },
        { transfer: result.ok ? [result.zip.buffer as ArrayBuffer] : [] },
      );
    } else self.postMessage({ id: r.id, ok: true, result: checkLayer(r.texts, r.layer) });
  } catch (err) {
    self.postMessage({ id: r.id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
