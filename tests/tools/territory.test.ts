import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../tools/fixtures/shipped.ts';

const root = resolve(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
/** The code without its comments (they may name Bremerhaven as an example). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

describe('nothing territory-specific in src/', () => {
  const { pkg } = shippedModel();
  // Bremerhaven's name, the names of its areas (long enough not to be ordinary words) and the
  // keys of its reference areas: all belong in its package (data/paket.json, gebiete.csv).
  const names = [
    'Bremerhaven',
    ...pkg.areas.map((a) => a.name).filter((n) => n.length >= 6 && !/^(Mitte|Stadt)/.test(n)),
  ];
  const keys = (pkg.manifest.referenzgebiete?.gebiete ?? []).map((k) => new RegExp(`['"\`]${k}['"\`,]`));
  it('names no area, no Labor key and not the city in code or texts', () => {
    const hits: string[] = [];
    for (const f of files(join(root, 'src'))) {
      const text = code(readFileSync(f, 'utf8'));
      for (const n of names) if (text.includes(n)) hits.push(`${relative(root, f)}: ${n}`);
      for (const k of keys) if (k.test(text)) hits.push(`${relative(root, f)}: ${k.source}`);
    }
    expect(hits).toEqual([]);
    expect(names.length).toBeGreaterThan(20);
  });
  // The levels' names and words (Ortsteil, Stadtteile, ortsteil …) come from the manifest: in code
  // they appear in no string and no text (identifiers may still say "ortsteile" for a finest level).
  const words = pkg.manifest.ebenen.flatMap((e) => [
    e.id,
    ...(e.urlAuch ?? []),
    e.namen.de.one,
    e.namen.de.many,
  ]);
  it('has no level name or level word of a package in a string or text', () => {
    const hits: string[] = [];
    for (const f of files(join(root, 'src'))) {
      const strings =
        code(readFileSync(f, 'utf8')).match(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\\n]|\\.)*"/g) ??
        [];
      for (const s of strings)
        for (const w of words)
          if (new RegExp(`(^|[^A-Za-zÄÖÜäöüß.])${w}([^A-Za-zÄÖÜäöüß]|$)`).test(s.slice(1, -1)))
            hits.push(`${relative(root, f)}: ${w} in ${s.slice(0, 60)}`);
    }
    expect(hits).toEqual([]);
    expect(words).toContain('Ortsteil');
  });
});
