import { dataLanguage } from '../../domain/format.ts';
import { LAST_YEAR } from '../../domain/ids.ts';
import { BASE_YEAR, CATEGORIES, CATEGORY_INFO } from '../../domain/supply/categories.ts';
import { ledger } from '../../domain/supply/counts.ts';
import { isOpen, type Facility } from '../../domain/supply/facility.ts';
import { weakest } from '../../domain/values.ts';
import { sourceTitles, type Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { StatusMark } from '../StatusMark.tsx';

/** A profile's local supply: open facilities per category and the closures since the base year. */
export function ProfileSupply({
  model,
  facilities: here,
}: {
  model: Model;
  facilities: readonly Facility[];
}) {
  const { lang, t } = useI18n();
  const closures = ledger(here).filter((e) => e.kind === 'geschlossen' && e.year >= BASE_YEAR);
  return (
    <section className="profile-supply" aria-labelledby="supply-title">
      <h3 id="supply-title">{t('profile.supplyTitle')}</h3>
      <ul className="supply-counts">
        {CATEGORIES.map((c) => {
          const n = here.filter((f) => f.category === c && isOpen(f, LAST_YEAR)).length;
          return (
            <li key={c}>
              <span className="supply-n">{n}</span>{' '}
              {CATEGORY_INFO[c][dataLanguage(lang)][n === 1 ? 'one' : 'many']}
            </li>
          );
        })}
      </ul>
      {here.length > 0 && (
        <p className="figure-meta">
          <StatusMark status={weakest(here.map((f) => f.status))!} /> ·{' '}
          {t('value.source', {
            titles: sourceTitles(
              model,
              here.map((f) => f.source),
              lang,
            ).join('; '),
          })}
        </p>
      )}
      <h4>{t('profile.closures', { year: BASE_YEAR })}</h4>
      {closures.length === 0 ? (
        <p>{t('profile.noClosures')}</p>
      ) : (
        <ul>
          {closures.slice(0, 6).map((e) => (
            <li key={e.facility.id}>
              {e.year}: {e.facility.name} ({CATEGORY_INFO[e.facility.category][dataLanguage(lang)].one}){' '}
              <StatusMark status={e.facility.status} /> ·{' '}
              {t('value.source', { titles: sourceTitles(model, [e.facility.source], lang).join('') })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
