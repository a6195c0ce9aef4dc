import type { BoundaryLayer } from '../data/package.ts';
import type { Translate } from '../i18n/translate.ts';

/**
 * What every view says about approximate boundaries: schematic (the shipped ones), or derived from
 * address points with their accuracy; nothing for surveyed boundaries.
 */
export function boundaryNote(
  layer: BoundaryLayer | undefined,
  t: Translate,
): { title: string; text: string } | null {
  if (!layer || layer.genauigkeit !== 'naeherung') return null;
  if (layer.herleitung === 'adresspunkte') {
    const m = Math.round(layer.genauigkeitM ?? 0);
    return {
      title: t('notice.boundariesAddresses', { m }),
      text: t('notice.boundariesAddressesText', { m }),
    };
  }
  return { title: t('notice.boundaries'), text: t('notice.boundariesText') };
}
