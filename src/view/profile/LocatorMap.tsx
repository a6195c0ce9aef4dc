import { useMemo } from 'react';
import type { AreaKey } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import { mapLevelOf } from '../../domain/levels.ts';
import { useI18n } from '../../i18n/context.tsx';
import { svgShapes } from '../geoSvg.ts';
import { areaName } from '../text.ts';
import { boundaryNote } from '../boundaryNote.ts';

const W = 220;
const H = 240;

/** A small map of the city with the area filled and outlined: where it is, at a glance. */
export function LocatorMap({ model, area }: { model: Model; area: AreaKey }) {
  const { lang, t } = useI18n();
  const level = model.areas.get(area)?.level;
  const key = mapLevelOf(level);
  const layer = model.boundaries[key];
  const { shapes } = useMemo(() => svgShapes(layer?.features ?? [], W, H), [layer]);
  if (!layer) return null;
  const name = areaName(model, area, lang);
  const note = boundaryNote(model.boundaries.ebene1, t);
  return (
    <figure className="locator">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('profile.locator', { name })}>
        {shapes.map((s) => (
          <path key={s.key} d={s.d} className={s.key === area ? 'locator-here' : 'locator-other'} />
        ))}
        {shapes
          .filter((s) => s.key === area)
          .map((s) => (
            <path key="outline" d={s.d} className="locator-outline" />
          ))}
      </svg>
      {note && <figcaption className="hint">{note.title}</figcaption>}
    </figure>
  );
}
