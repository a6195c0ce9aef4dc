import { FINEST, MAP_LEVELS } from '../domain/levels.ts';
import { dataLanguage, type Language } from '../domain/format.ts';
import type { Model } from '../data/model.ts';
import type { MessageKey } from '../i18n/de.ts';
import type { TerritoryTexts } from '../i18n/translate.ts';
import { areaName } from './text.ts';

/**
 * The package's manifest in every text: the title and the levels' names replace the catalogue's,
 * and the territory's phrases fill {gebiet} ("Bremerhaven"), {imGebiet} ("in Bremerhaven"),
 * {desGebiets} ("Bremerhavens"), {titel}, {beispiel} (an area to search for), {vorgabe} (the preset
 * comparison), {folien} (the built-in deck's title), {ebene}/{ebenen} (the finest level's name, one
 * and many), {obereEbene}/{obereEbenen} (the next coarser level's) and {gesamtArt} (the root's).
 */
/** The territory as the whole a share is of: "Bremerhavens", "des Landkreises Rostock", "of …". */
export const wholeOf = (model: Model, lang: Language): string =>
  dataLanguage(lang) === 'de' ? model.manifest.gebiet.de.genitiv : `of ${model.manifest.gebiet.en.name}`;

export function territoryTexts(model: Model, lang: Language): TerritoryTexts {
  const m = model.manifest;
  const overrides: Partial<Record<MessageKey, string>> = { 'app.title': m.titel[dataLanguage(lang)] };
  const set = (key: string, v: string) => (overrides[key as MessageKey] = v);
  m.ebenen.forEach((e, i) => {
    set(`level.${MAP_LEVELS[i]}`, e.namen[dataLanguage(lang)].many);
    set(`level.one.${MAP_LEVELS[i]}`, e.namen[dataLanguage(lang)].one);
    set(
      `level.in.${MAP_LEVELS[i]}`,
      e.namen[dataLanguage(lang)].in ?? `in ${e.namen[dataLanguage(lang)].one}`,
    );
  });
  set('level.one.gesamt', m.gesamt.namen[dataLanguage(lang)].one);
  set(
    'level.in.gesamt',
    m.gesamt.namen[dataLanguage(lang)].in ?? `in ${m.gesamt.namen[dataLanguage(lang)].one}`,
  );
  const names = (keys: readonly string[]) =>
    new Intl.ListFormat(lang, { type: 'conjunction' }).format(
      keys.flatMap((k) => {
        const key = model.areaKey(k);
        return key ? [areaName(model, key, lang)] : [];
      }),
    );
  const ref = m.referenzgebiete;
  const sameAsRef = ref && ref.gebiete.join() === m.vergleich.join();
  const example = model.areaKey(m.vergleich[0] ?? '') ?? model.byLevel[FINEST][0];
  return {
    overrides,
    vars: {
      gebiet: m.gebiet[dataLanguage(lang)].name,
      imGebiet: m.gebiet[dataLanguage(lang)].in,
      desGebiets: m.gebiet[dataLanguage(lang)].genitiv,
      titel: m.titel[dataLanguage(lang)],
      beispiel: example ? areaName(model, example, lang) : '',
      vorgabe: sameAsRef ? `${ref.name[dataLanguage(lang)]} ${names(ref.gebiete)}` : names(m.vergleich),
      folien: m.praesentation.titel[dataLanguage(lang)],
      // The finest level (Ortsteil, Gemeinde …) and the next coarser one (or the territory's kind).
      ebene: m.ebenen[0]!.namen[dataLanguage(lang)].one,
      ebenen: m.ebenen[0]!.namen[dataLanguage(lang)].many,
      imEbene:
        m.ebenen[0]!.namen[dataLanguage(lang)].in ?? `in ${m.ebenen[0]!.namen[dataLanguage(lang)].one}`,
      obereEbene: (m.ebenen[1]?.namen ?? m.gesamt.namen)[dataLanguage(lang)].one,
      obereEbenen: (m.ebenen[1]?.namen ?? m.gesamt.namen)[dataLanguage(lang)].many,
      gesamtArt: m.gesamt.namen[dataLanguage(lang)].one,
    },
  };
}
