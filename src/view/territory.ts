import type { Language } from '../domain/format.ts';
import type { Model } from '../data/model.ts';
import type { MessageKey } from '../i18n/de.ts';
import type { TerritoryTexts } from '../i18n/translate.ts';
import { areaName } from './text.ts';

/**
 * The package's manifest in every text: the title and the levels' names replace the catalogue's,
 * and the territory's phrases fill {gebiet} ("Bremerhaven"), {imGebiet} ("in Bremerhaven"),
 * {desGebiets} ("Bremerhavens"), {titel}, {beispiel} (an area to search for), {vorgabe} (the preset
 * comparison) and {folien} (the built-in deck's title).
 */
export function territoryTexts(model: Model, lang: Language): TerritoryTexts {
  const m = model.manifest;
  const overrides: Partial<Record<MessageKey, string>> = { 'app.title': m.titel[lang] };
  const set = (key: string, v: string) => (overrides[key as MessageKey] = v);
  for (const e of m.ebenen) {
    set(`level.${e.ebene}`, e.namen[lang].many);
    set(`level.one.${e.ebene}`, e.namen[lang].one);
  }
  set('level.one.stadt', m.gesamt[lang].one);
  const names = (keys: readonly string[]) =>
    new Intl.ListFormat(lang, { type: 'conjunction' }).format(
      keys.flatMap((k) => {
        const key = model.areaKey(k);
        return key ? [areaName(model, key, lang)] : [];
      }),
    );
  const ref = m.referenzgebiete;
  const sameAsRef = ref && ref.gebiete.join() === m.vergleich.join();
  const example = model.areaKey(m.vergleich[0] ?? '') ?? model.byLevel[m.ebenen[0]!.ebene][0];
  return {
    overrides,
    vars: {
      gebiet: m.gebiet[lang].name,
      imGebiet: m.gebiet[lang].in,
      desGebiets: m.gebiet[lang].genitiv,
      titel: m.titel[lang],
      beispiel: example ? areaName(model, example, lang) : '',
      vorgabe: sameAsRef ? `${ref.name[lang]} ${names(ref.gebiete)}` : names(m.vergleich),
      folien: m.praesentation.titel[lang],
    },
  };
}
