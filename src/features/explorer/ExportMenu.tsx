import { lazy, Suspense, useState } from 'react';
import type { MapLevel } from '../../domain/levels.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { loadReportMessages } from '../../i18n/translate.ts';
import type { Choropleth } from '../../view/choropleth.ts';

// The export code (figures, tables, XLSX, Shapefile, ZIP) and its texts load when the menu opens.
const ExportPanel = lazy(() =>
  Promise.all([import('./export/ExportPanel.tsx'), loadReportMessages()]).then(([m]) => ({
    default: m.ExportPanel,
  })),
);

/** "Karte und Daten herunterladen": a disclosure under the map; its panel is loaded on opening. */
export function ExportMenu(props: { model: Model; ch: Choropleth; level: MapLevel; levelName: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="export-menu" data-testid="export" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('export.title')}</summary>
      {open && (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <ExportPanel {...props} />
        </Suspense>
      )}
    </details>
  );
}
