/**
 * Normalise text for forgiving search: case, umlauts and their ae/oe/ue spelling, ß, accents,
 * hyphens and runs of spaces do not matter ("uber" finds "Über", "leherheide west" finds
 * "Leherheide-West", "Gruenhoefe" finds "Grünhöfe").
 */
export const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/([aou])e/g, '$1')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-‐–\s]+/g, ' ')
    .trim();
