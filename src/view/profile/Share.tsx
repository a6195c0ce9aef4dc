import { useState } from 'react';
import { useI18n } from '../../i18n/context.tsx';

/** Share the profile: the Web Share API where there is one, copy the link otherwise; and print. */
export function Share({ title }: { title: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const url = location.href;
  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        setStatus(t('profile.shared'));
        return;
      } catch (e) {
        // The person closed the share sheet: nothing to report.
        if (e instanceof DOMException && e.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('profile.copied'));
    } catch {
      const input = document.getElementById('profile-link') as HTMLInputElement | null;
      input?.select();
      setStatus(t('profile.copyManually'));
    }
  };
  return (
    <section className="profile-share" aria-labelledby="share-title">
      <h3 id="share-title">{t('profile.shareTitle')}</h3>
      <label htmlFor="profile-link">{t('profile.link')}</label>
      <input id="profile-link" type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      <div className="profile-buttons">
        <button type="button" onClick={() => void share()} data-testid="teilen">
          {t('profile.share')}
        </button>
        <button type="button" onClick={() => window.print()} data-testid="drucken">
          {t('profile.print')}
        </button>
      </div>
      <p role="status" className="hint">
        {status}
      </p>
    </section>
  );
}
