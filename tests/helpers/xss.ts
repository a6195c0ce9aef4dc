import type { PackageFilesOf } from '../../src/data/package.ts';
import { encodeDeck } from '../../src/domain/deck/codec.ts';
import { shippedDeck } from './deck.ts';

/**
 * An XSS corpus for every text field of the package and of a deck: names of areas, indicator
 * labels and descriptions, group labels, source titles and publishers, facility names, deck and
 * slide titles and notes. Geestendorf's name is replaced by a spreadsheet formula, so the CSV
 * export must neutralise a text that starts with `=`.
 */
export const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(2)>',
  'javascript:alert(3)',
  '{{7*7}}',
];
export const FORMULA_NAME = "=HYPERLINK('https://example.org/x';'Geestendorf')";
/** Any of these in a text proves the corpus is shown literally. */
export const LITERAL = /<img src=x onerror=alert\(1\)>|<svg onload=alert\(2\)>/;

const p = (i: number) => PAYLOADS[i % PAYLOADS.length]!;

export function craftedPackage(shipped: PackageFilesOf<string>): PackageFilesOf<string> {
  // CSV names: the payloads have no comma or double quote, so they need no quoting.
  const gebiete = shipped.gebiete
    .split('\n')
    .map((line, i) => {
      if (i === 0 || !line) return line;
      const f = line.split(',');
      f[2] = f[0] === '212' ? FORMULA_NAME : `${f[2]} ${p(i)}`;
      f[3] = `${f[3]} ${p(i + 1)}`;
      return f.join(',');
    })
    .join('\n');
  const cat = JSON.parse(shipped.indikatoren) as {
    indikatoren: Record<string, string>[];
    gruppen: Record<string, string>[];
  };
  cat.indikatoren.forEach((x, i) => {
    x.label_de = `${x.label_de} ${p(i)}`;
    x.beschreibung_de = `${x.beschreibung_de} ${p(i + 1)}`;
  });
  cat.gruppen.forEach((g, i) => (g.label_de = `${g.label_de} ${p(i)}`));
  const src = JSON.parse(shipped.quellen) as { quellen: Record<string, string>[] };
  src.quellen.forEach((q, i) => {
    q.titel = `${q.titel} ${p(i)}`;
    q.herausgeber = `${q.herausgeber} ${p(i + 2)}`;
  });
  const fac = JSON.parse(shipped.einrichtungen) as { features: { properties: Record<string, unknown> }[] };
  fac.features.forEach((f, i) => (f.properties.name = `${String(f.properties.name)} ${p(i)}`));
  return {
    ...shipped,
    gebiete,
    indikatoren: JSON.stringify(cat),
    quellen: JSON.stringify(src),
    einrichtungen: JSON.stringify(fac),
  };
}

/** The default deck with the corpus in its title, slide titles and notes, as a link value. */
export function craftedDeckParam(): string {
  const d = shippedDeck('de');
  return encodeDeck({
    titel: `${d.titel} ${PAYLOADS[0]}`,
    folien: d.folien.map((s, i) => ({ ...s, titel: `${s.titel} ${p(i)}`, notiz: p(i + 1) })),
  });
}
