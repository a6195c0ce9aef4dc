import { dataLanguage } from '../../../domain/format.ts';
import { CATEGORY_INFO } from '../../../domain/supply/categories.ts';
import type { Facility } from '../../../domain/supply/facility.ts';
import { sourceTitle, type Model } from '../../../data/model.ts';
import { useI18n } from '../../../i18n/context.tsx';
import { StatusMark } from '../../../view/StatusMark.tsx';
import { areaName } from '../../../view/text.ts';
import { FacilitySymbol } from './FacilitySymbol.tsx';

/** Name, category, opening and closing, quartier, status and source of one facility. */
export function FacilityDetails(props: { model: Model; facility: Facility }) {
  const { lang, t } = useI18n();
  const f = props.facility;
  const area = props.model.facilityArea.get(f.id);
  const source = sourceTitle(props.model, f.source, lang);
  return (
    <>
      <strong>
        <FacilitySymbol category={f.category} closed={f.closed !== null} /> {f.name}
      </strong>
      <span>
        {CATEGORY_INFO[f.category][dataLanguage(lang)].one}
        {area ? ` · ${areaName(props.model, area, lang)}` : ` · ${t('supply.outside')}`}
      </span>
      <span>
        {[
          f.opened !== null ? t('supply.openedYear', { year: f.opened }) : null,
          f.closed !== null ? t('supply.closedYear', { year: f.closed }) : null,
        ]
          .filter(Boolean)
          .join(', ') || t('supply.openSinceBefore')}
      </span>
      <span>
        <StatusMark status={f.status} />
        {f.location ? ` · ${t(`supply.location.${f.location}`)}` : ''}
      </span>
      <span className="source">{t('value.source', { titles: source })}</span>
    </>
  );
}

export function FacilityTooltip(props: { model: Model; facility: Facility }) {
  const { t } = useI18n();
  return (
    <div className="tooltip" role="tooltip" id="map-tooltip" data-testid="einrichtung-tooltip">
      <FacilityDetails {...props} />
      <span className="hint">{t('tooltip.dismiss')}</span>
    </div>
  );
}
