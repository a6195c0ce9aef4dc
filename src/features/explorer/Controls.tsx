import type { AreaKey } from '../../domain/ids.ts';
import { lazy, Suspense, useState } from 'react';
import type { Model } from '../../data/model.ts';
import { coverageNote } from '../../view/coverageNote.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { ViewState } from '../../state/url.ts';
import type { Update } from '../../state/useUrlState.ts';
import type { Choropleth } from '../../view/choropleth.ts';
import { Legend } from '../../view/Legend.tsx';
import { SheetLink } from '../../view/SheetLink.tsx';
import { indicatorLabel } from '../../view/text.ts';
import { YearSlider } from '../../view/YearSlider.tsx';
import { BivariateControl } from './BivariateControl.tsx';
import { ChangeControl } from './ChangeControl.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { FacilityControls } from './facilities/FacilityControls.tsx';
import { IndicatorPicker } from './IndicatorPicker.tsx';
import { LevelSwitch } from './LevelSwitch.tsx';

// The class settings sit in a closed disclosure: loaded when it is opened.
const ClassControls = lazy(() => import('./ClassControls.tsx').then((m) => ({ default: m.ClassControls })));

/** The explorer's control column: indicator, level, year, legend, facilities, class settings. */
export function Controls(props: {
  model: Model;
  state: ViewState;
  update: Update;
  ch: Choropleth;
  hovered: AreaKey | null;
  highlight: number | null;
  onHighlight: (k: number | null) => void;
}) {
  const { model, state, update, ch } = props;
  const { t, lang } = useI18n();
  const [classesOpen, setClassesOpen] = useState(
    state.klassen !== null || state.farben !== null || state.fixiert,
  );
  const ind = ch.indicator;
  const scatter = state.ansicht === 'streuung';
  return (
    <aside className="controls" aria-label={t('controls.title')}>
      <IndicatorPicker
        catalogue={model.catalogue}
        value={state.indikator}
        {...(scatter ? { label: t('scatter.xAxis') } : {})}
        onChange={(indikator) =>
          update({
            indikator,
            klassen: state.klassen === 'manuell' ? null : state.klassen,
            grenzen: [],
            // In the scatter plot choosing y's indicator for x swaps the axes.
            ...(indikator === state.bivariat ? { bivariat: scatter ? state.indikator : null } : {}),
          })
        }
      />
      <LevelSwitch
        levels={model.mapLevels}
        value={state.ebene}
        onChange={(ebene) => update({ ebene, gebiet: null })}
      />
      <YearSlider
        years={model.years}
        value={state.jahr}
        // Moving to the base year ends the change map: a change from a year to itself is none.
        onChange={(jahr) =>
          update({ jahr, ...(jahr === state.veraenderungSeit ? { veraenderungSeit: null } : {}) }, 'replace')
        }
      />
      <ChangeControl
        years={model.years}
        year={state.jahr}
        value={state.veraenderungSeit}
        onChange={(veraenderungSeit) => update({ veraenderungSeit, klassen: null, grenzen: [] }, 'replace')}
      />
      <BivariateControl
        catalogue={model.catalogue}
        first={state.indikator}
        value={state.bivariat}
        {...(scatter ? { axis: t('scatter.yAxis') } : {})}
        onChange={(bivariat) => update({ bivariat }, 'replace')}
      />
      <Legend
        model={model}
        ch={ch}
        hovered={props.hovered}
        selected={state.gebiet}
        highlight={props.highlight}
        fixed={state.fixiert}
        onHighlight={props.onHighlight}
      />
      <p className="sheet-links">
        <SheetLink
          state={state}
          update={update}
          indicator={ch.base.id}
          name={indicatorLabel(ch.base, lang)}
        />
        {ch.bivariate && (
          <>
            {' · '}
            <SheetLink
              state={state}
              update={update}
              indicator={ch.bivariate.y.id}
              name={indicatorLabel(ch.bivariate.y, lang)}
            >
              {indicatorLabel(ch.bivariate.y, lang)}
            </SheetLink>
          </>
        )}
      </p>
      <ExportMenu model={model} ch={ch} level={state.ebene} levelName={t(`level.${state.ebene}`)} />
      <FacilityControls model={model} state={state} update={update} />
      {ind.id.startsWith('erreichbar_') && (
        <p className="hint" data-testid="annahme">
          {coverageNote(model, lang, t)} <a href="#hinweis-versorgung">{t('notice.boundariesLink')}</a>
        </p>
      )}
      <details
        className="class-details"
        open={classesOpen}
        onToggle={(e) => setClassesOpen(e.currentTarget.open)}
      >
        <summary>{t('controls.classes')}</summary>
        {classesOpen && (
          <Suspense fallback={null}>
            <ClassControls
              state={state}
              indicator={ind}
              method={ch.method}
              palette={ch.palette}
              thresholds={ch.scheme.thresholds}
              update={update}
            />
          </Suspense>
        )}
      </details>
    </aside>
  );
}
