import { CATEGORY_INFO, type Category } from '../../domain/supply/categories.ts';
import type { CheckResult } from '../../data/import/read.ts';
import { ProblemList } from './ProblemList.tsx';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { areaKeyName, indicatorName, km2Change } from './names.ts';
import { ChangeMap } from './ChangeMap.tsx';

const km2 = (v: number | undefined) =>
  v === undefined ? '–' : v.toLocaleString('de-DE', { maximumFractionDigits: 2 });

/** The problems with their file, row and column, and what the layer changes. */
export function CheckReport(props: { model: Model; report: CheckResult }) {
  const { t, lang } = useI18n();
  const { report, model } = props;
  return (
    <section aria-labelledby="ws-report" data-testid="ws-bericht">
      <h3 id="ws-report">
        {report.issueCount ? t('ws.problems', { count: report.issueCount }) : t('ws.noProblems')}
      </h3>
      <ProblemList issues={report.issues} total={report.issueCount} testId="ws-probleme" alert={false} />
      {report.diff.length > 0 && (
        <table className="ws-diff" data-testid="ws-diff">
          <caption>{t('ws.diff')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ws.diff.indicator')}</th>
              <th scope="col">{t('ws.diff.years')}</th>
              <th scope="col">{t('ws.diff.sample')}</th>
              <th scope="col">{t('ws.diff.replaced')}</th>
              <th scope="col">{t('ws.diff.new')}</th>
              <th scope="col">{t('ws.diff.gone')}</th>
              <th scope="col">{t('ws.diff.stays')}</th>
            </tr>
          </thead>
          <tbody>
            {report.diff.map((d) => (
              <tr key={d.indikator}>
                <th scope="row">{indicatorName(model, d.indikator)}</th>
                <td>{d.jahre.join(', ')}</td>
                <td>{d.ersetztBeispiel}</td>
                <td>{d.ersetzt}</td>
                <td>{d.neu}</td>
                <td>{d.entfaellt}</td>
                <td>{d.bleibtBeispiel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.areas.some((d) => d.ersetztBeispiel + d.ersetzt + d.neu + d.zeichen > 0 || d.flaecheKm2) && (
        <ChangeMap model={model} areas={report.areas} next={report.ortsteileNeu} />
      )}
      {report.facilities.length > 0 && (
        <table className="ws-diff" data-testid="ws-einrichtungen-diff">
          <caption>{t('ws.facilityDiff')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ws.fd.category')}</th>
              <th scope="col">{t('ws.fd.before')}</th>
              <th scope="col">{t('ws.fd.sample')}</th>
              <th scope="col">{t('ws.fd.after')}</th>
            </tr>
          </thead>
          <tbody>
            {report.facilities.map((f) => (
              <tr key={f.kategorie}>
                <th scope="row">
                  {CATEGORY_INFO[f.kategorie as Category][lang === 'en' ? 'en' : 'de'].many}
                </th>
                <td>{f.vorher}</td>
                <td>{f.vorherBeispiel}</td>
                <td>{f.nachher}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.boundaries.length > 0 && (
        <table className="ws-diff" data-testid="ws-grenzen-diff">
          <caption>{t('ws.boundaryDiff')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('level.one.ebene1')}</th>
              <th scope="col">{t('ws.before')}</th>
              <th scope="col">{t('ws.after')}</th>
              <th scope="col">{t('ws.change')}</th>
              <th scope="col">{t('ws.areaTable')}</th>
              <th scope="col">{t('ws.overlap')}</th>
            </tr>
          </thead>
          <tbody>
            {report.boundaries.map((b) => (
              <tr key={b.gebiet}>
                <th scope="row">
                  {b.gebiet} {areaKeyName(model, b.gebiet)}
                </th>
                <td>{km2(b.vorherKm2)}</td>
                <td>{km2(b.nachherKm2)}</td>
                <td>
                  {b.vorherKm2 !== undefined && b.nachherKm2 !== undefined
                    ? km2Change(b.nachherKm2 - b.vorherKm2)
                    : '–'}
                </td>
                <td>{km2(b.tabelleKm2)}</td>
                <td>
                  {b.uebereinstimmung === undefined
                    ? '–'
                    : `${Math.round(b.uebereinstimmung * 100).toLocaleString(lang)} %`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
