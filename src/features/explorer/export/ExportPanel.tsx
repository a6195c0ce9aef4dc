import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { isCommunity } from '../../../domain/format.ts';
import type { MapLevel } from '../../../domain/levels.ts';
import type { Model } from '../../../data/model.ts';
import { useI18n } from '../../../i18n/context.tsx';
import { translator } from '../../../i18n/translate.ts';
import { useAnnounce } from '../../../ui/announce.tsx';
import { downloadBlob } from '../../../ui/download.ts';
import { boundaryNote } from '../../../view/boundaryNote.ts';
import type { Choropleth } from '../../../view/choropleth.ts';
import {
  buildExport,
  hasGeometry,
  type ExportKind,
  type MapExportInput,
} from '../../../view/report/exports.ts';
import { FIGURE_FORMAT_IDS, type FigureFormat } from '../../../view/report/mapFigure.ts';
import { territoryTexts } from '../../../view/territory.ts';
import { PrintLayout } from './PrintLayout.tsx';

/**
 * Every way out of the map view: the map as PNG (2×) or SVG in a page format, a print page (A4
 * landscape, the table on page 2), the table as CSV or XLSX, the level with its values as GeoJSON
 * or Shapefile, and the whole package as a documented ZIP. Everything is made in the browser.
 */
export function ExportPanel(props: { model: Model; ch: Choropleth; level: MapLevel; levelName: string }) {
  const { lang, t } = useI18n();
  const announce = useAnnounce();
  const [format, setFormat] = useState<FigureFormat>('a4-quer');
  const [status, setStatus] = useState('');
  const [printing, setPrinting] = useState(false);
  const input: MapExportInput = useMemo(
    () => ({
      model: props.model,
      ch: props.ch,
      level: props.level,
      levelName: props.levelName,
      lang,
      t,
      boundaryNote: boundaryNote(props.model.boundaries[props.level], t)?.title ?? null,
    }),
    [props.model, props.ch, props.level, props.levelName, lang, t],
  );
  const geometry = hasGeometry(input);
  const run = async (kind: ExportKind) => {
    const say = (s: string) => {
      setStatus(s);
      announce(s);
    };
    try {
      // The open-data package is German whatever the reader's language (its README and columns).
      const forKind =
        kind === 'alle'
          ? { ...input, lang: 'de' as const, t: translator('de', territoryTexts(props.model, 'de')) }
          : input;
      say(t('export.working', { file: t(`export.${kind === 'alle' ? 'all' : kind}`) }));
      const { name, blob } = await buildExport(kind, forKind, format);
      downloadBlob(blob, name);
      say(t('export.done', { file: name }));
    } catch (e) {
      say(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const print = () => {
    flushSync(() => setPrinting(true));
    const done = () => {
      setPrinting(false);
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  const button = (kind: ExportKind, disabled = false) => (
    <button type="button" onClick={() => void run(kind)} disabled={disabled} data-export={kind}>
      {t(`export.${kind === 'alle' ? 'all' : kind}`)}
    </button>
  );
  // The exports speak German and English; in a community language the panel is marked German.
  const german = isCommunity(lang);
  return (
    <div className="export-panel" {...(german ? { lang: 'de', dir: 'ltr' } : {})}>
      <p className="hint">{t('export.offline')}</p>
      {!geometry && <p className="hint">{t('export.noGeometry')}</p>}
      <fieldset>
        <legend>{t('export.image')}</legend>
        <label>
          {t('export.format')}{' '}
          <select
            value={format}
            onChange={(e) => setFormat(e.target.value as FigureFormat)}
            data-testid="export-format"
          >
            {FIGURE_FORMAT_IDS.map((f) => (
              <option key={f} value={f}>
                {t(`export.format.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="export-buttons">
          {button('png', !geometry)}
          {button('svg', !geometry)}
          <button type="button" onClick={print} disabled={!geometry} data-export="drucken">
            {t('export.print')}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('export.table')}</legend>
        <div className="export-buttons">
          {button('csv')}
          {button('xlsx')}
          {button('geojson', !geometry)}
          {button('shapefile', !geometry)}
        </div>
      </fieldset>
      <div className="export-buttons">
        {button('alle')}
        <span className="hint">{t('export.allHint')}</span>
      </div>
      <p role="status" className="export-status" data-testid="export-status">
        {status}
      </p>
      {printing && <PrintLayout input={input} />}
    </div>
  );
}
