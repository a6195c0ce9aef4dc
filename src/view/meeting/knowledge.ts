import type { AreaKey } from '../../domain/ids.ts';
import type { MeetingKnowledge } from '../../domain/meeting/meeting.ts';
import type { Language } from '../../domain/format.ts';
import type { Model } from '../../data/model.ts';

/** What a meeting file is checked against: the package's areas (not the whole territory) and Handlungsfelder. */
export const meetingKnowledge = (model: Model): MeetingKnowledge => ({
  areaKey: (key) => {
    const a = model.areaKey(key);
    return a && model.areas.get(a)?.level !== 'gesamt' ? a : undefined;
  },
  fields: new Set(model.catalogue.gruppen.map((g) => g.id)),
});

/** A Handlungsfeld's name in the language (its id where the package has no such group). */
export function fieldName(model: Model, id: string, lang: Language): string {
  const g = model.catalogue.gruppen.find((x) => x.id === id);
  return g ? (lang === 'en' ? g.label_en : g.label_de) : id;
}

/** An area and the areas it lies in, finest first: a topic about a Stadtteil concerns its Ortsteile. */
export function areaAndParents(model: Model, key: AreaKey): AreaKey[] {
  const out: AreaKey[] = [];
  for (let a: AreaKey | null = key; a && !out.includes(a); a = model.areas.get(a)?.parent ?? null)
    if (model.areas.get(a)?.level !== 'gesamt') out.push(a);
  return out;
}

/** A meeting date (YYYY-MM-DD) as the language writes it: "3. Dezember 2026". */
export function meetingDate(iso: string, lang: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'de-DE', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}
