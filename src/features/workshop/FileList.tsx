import { ProblemList } from './ProblemList.tsx';
import type { ReadResult } from '../../data/import/read.ts';
import type { TableSummary } from '../../data/import/structure.ts';
import { useI18n } from '../../i18n/context.tsx';

export interface FileState {
  datei: string;
  share: number;
  step: string;
  result?: ReadResult<TableSummary>;
}

/** The files read so far: progress, what was recognised, and what could not be read. */
export function FileList({ files }: { files: FileState[] }) {
  const { t } = useI18n();
  return (
    <>
      {files.length > 0 && (
        <section aria-labelledby="ws-files">
          <h3 id="ws-files">{t('ws.files')}</h3>
          <ul className="ws-files">
            {files.map((f) => (
              <li key={f.datei} data-testid="ws-datei">
                <strong>{f.datei}</strong>{' '}
                <progress
                  max={1}
                  value={f.share}
                  aria-label={t('ws.reading', { file: f.datei, step: f.step })}
                />{' '}
                {f.result?.art === 'fehler' ? (
                  <span role="alert">
                    {t('ws.failed')}: {f.result.problem}
                  </span>
                ) : (
                  f.step
                )}
                {f.result && f.result.art !== 'fehler' && f.result.hinweise.length > 0 && (
                  <ul className="hint">
                    {f.result.hinweise.map((h) => (
                      <li key={h}>{h}</li>
                    ))}
                  </ul>
                )}
                {f.result?.art === 'tabelle' && <ProblemList issues={f.result.problems} />}
                {f.result?.art === 'paket' && (
                  <p data-testid="ws-paket">
                    {t('ws.reopened', {
                      values: f.result.reopened.werte.length,
                      facilities: f.result.reopened.einrichtungen?.features.length ?? 0,
                      indicators: f.result.reopened.neueIndikatoren.length,
                      boundaries: f.result.reopened.grenzen ? t('ws.reopenedBoundaries') : '',
                    })}
                  </p>
                )}
                {f.result?.art === 'adressen' &&
                  (f.result.issueCount > 0 || f.result.result?.errors.length ? (
                    <>
                      <ProblemList
                        issues={f.result.issues}
                        total={f.result.issueCount}
                        testId="ws-adressen-probleme"
                      />
                      <ImportErrors errors={f.result.result?.errors ?? []} />
                      <p>{t('ws.addressesRefused', { file: f.datei })}</p>
                    </>
                  ) : (
                    <p data-testid="ws-adressen">
                      {t('ws.addresses', {
                        file: f.datei,
                        count: f.result.addresses.length,
                        areas: f.result.result?.report.length ?? 0,
                        m: Math.round(f.result.result?.accuracy?.median ?? 0),
                      })}
                    </p>
                  ))}
                {f.result?.art === 'grenzen' &&
                  (f.result.result.errors.length > 0 ? (
                    <ImportErrors errors={f.result.result.errors} />
                  ) : (
                    <p>{t('ws.boundaries', { file: f.datei, count: f.result.result.report.length })}</p>
                  ))}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** A boundary import's errors (each already names file, feature and field), the first 50. */
function ImportErrors({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert">
      <ul>
        {errors.slice(0, 50).map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
