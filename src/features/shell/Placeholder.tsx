import { useEffect } from 'react';
import { useI18n } from '../../i18n/context.tsx';
import type { View } from '../../state/url.ts';

/** Stand-in for the comparison, profile and presentation views until their issues land. */
export default function Placeholder({ view, onBack }: { view: View; onBack: () => void }) {
  const { t } = useI18n();
  const name = t(`nav.${view}`);
  useEffect(() => {
    document.title = `${name} – ${t('app.title')}`;
  }, [name, t]);
  return (
    <section className="placeholder" data-testid="platzhalter">
      <h2>{name}</h2>
      <p>{t('view.placeholder', { view: name })}</p>
      <button type="button" onClick={onBack}>
        {t('view.toMap')}
      </button>
    </section>
  );
}
