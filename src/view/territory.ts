import { FINEST, MAP_LEVELS } from '../domain/levels.ts';
import { dataLanguage, htmlLang, isCommunity, textIn, type Language } from '../domain/format.ts';
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
  isCommunity(lang)
    ? textIn(model.manifest.gebiet, lang).name
    : dataLanguage(lang) === 'de'
      ? model.manifest.gebiet.de.genitiv
      : `of ${model.manifest.gebiet.en.name}`;

export function territoryTexts(model: Model, lang: Language): TerritoryTexts {
  const m = model.manifest;
  const overrides: Partial<Record<MessageKey, string>> = { 'app.title': m.titel[dataLanguage(lang)] };
  const set = (key: string, v: string) => (overrides[key as MessageKey] = v);
  m.ebenen.forEach((e, i) => {
    set(`level.${MAP_LEVELS[i]}`, textIn(e.namen, lang).many);
    set(`level.one.${MAP_LEVELS[i]}`, textIn(e.namen, lang).one);
    set(`level.in.${MAP_LEVELS[i]}`, textIn(e.namen, lang).in ?? `in ${textIn(e.namen, lang).one}`);
  });
  set('level.one.gesamt', textIn(m.gesamt.namen, lang).one);
  set('level.in.gesamt', textIn(m.gesamt.namen, lang).in ?? `in ${textIn(m.gesamt.namen, lang).one}`);
  const names = (keys: readonly string[]) =>
    new Intl.ListFormat(htmlLang(lang), { type: 'conjunction' }).format(
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
      gebiet: textIn(m.gebiet, lang).name,
      imGebiet: textIn(m.gebiet, lang).in,
      desGebiets: textIn(m.gebiet, lang).genitiv,
      titel: m.titel[dataLanguage(lang)],
      beispiel: example ? areaName(model, example, lang) : '',
      vorgabe: sameAsRef ? `${ref.name[dataLanguage(lang)]} ${names(ref.gebiete)}` : names(m.vergleich),
      folien: m.praesentation.titel[dataLanguage(lang)],
      // The finest level (Ortsteil, Gemeinde …) and the next coarser one (or the territory's kind).
      ebene: textIn(m.ebenen[0]!.namen, lang).one,
      ebenen: textIn(m.ebenen[0]!.namen, lang).many,
      imEbene: textIn(m.ebenen[0]!.namen, lang).in ?? `in ${textIn(m.ebenen[0]!.namen, lang).one}`,
      obereEbene: textIn(m.ebenen[1]?.namen ?? m.gesamt.namen, lang).one,
      obereEbenen: textIn(m.ebenen[1]?.namen ?? m.gesamt.namen, lang).many,
      gesamtArt: textIn(m.gesamt.namen, lang).one,
    },
  };
}
