import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { onUpdateReady, reloadForUpdate } from './update.ts';

/** "Neue Version verfügbar" with a reload button: new data only when the user asks for it. */
export function UpdateNotice() {
  const { t } = useI18n();
  const [ready, setReady] = useState(false);
  useEffect(() => onUpdateReady(setReady), []);
  if (!ready) return null;
  return (
    <p role="status" className="notice update-notice" data-testid="neue-version">
      {t('update.ready')}{' '}
      <button type="button" onClick={() => void reloadForUpdate()}>
        {t('update.reload')}
      </button>
    </p>
  );
}
