import type { Status } from '../domain/ids.ts';
import { useI18n } from '../i18n/context.tsx';

/** The provenance of a value as text (never colour alone), e.g. "Beispielwert · Prognose". */
export function StatusMark({ status, forecast }: { status: Status; forecast?: boolean }) {
  const { t } = useI18n();
  return (
    <span className={`status status-${status}`}>
      {t(`status.${status}`)}
      {forecast ? ` · ${t('value.forecast')}` : ''}
    </span>
  );
}
