import { describe, expect, it } from 'vitest';
import { checkPackage } from '../../src/data/checks/index.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { IssueList } from '../../src/data/issues.ts';
import {
  parsePackage,
  type PackageFileKey,
  type PackageFilesOf,
  type PackageTexts,
} from '../../src/data/package.ts';
import { parseCsvFile } from '../../src/data/parse.ts';
import { observationRowSchema } from '../../src/data/schemas.ts';
import { DECIMAL } from '../../src/data/text.ts';
import { decodeDeck, decodeDeckFile, encodeDeck } from '../../src/domain/deck/codec.ts';
import { deckJson, LIMITS, parseDeck, validateDeck, type Deck } from '../../src/domain/deck/deck.ts';
import { shippedDeck } from '../helpers/deck.ts';
import { isMapLevel, MAP_LEVELS } from '../../src/domain/levels.ts';
import { NOTICE_VALUE_MAX, parseUrl, serializeUrl, VIEWS, type ViewState } from '../../src/state/url.ts';
import { deckKnowledge } from '../../src/view/deckState.ts';
import { urlKnowledge } from '../../src/view/urlKnowledge.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';
import { fuzzer } from './gen.ts';
import { readAddresses } from '../../src/data/import/addresses.ts';
import { parseAddressFile, writeAddressFile } from '../../src/data/addressFile.ts';
import { parseAddressPoints, writeAddressPoints } from '../../src/data/addressPoints.ts';
import { buildAddressIndex, searchAddress } from '../../src/domain/profile/addressSearch.ts';

/**
 * Seeded fuzzing of every parser that takes input from outside: the URL, decks (link and file),
 * CSV and the data package. Each suite asserts the two rules of the hardening issue: nothing throws
 * (every malformed input becomes a typed problem), and nothing invalid is accepted (what a parser
 * returns as valid satisfies the documented format). Counts are logged for the closing note.
 */
const { model, texts } = shippedModel();
const k = urlKnowledge(model);
const dk = deckKnowledge(model);
/** encodeURIComponent, or the raw text where it has a lone surrogate (as a hand-typed link may). */
const encoded = (v: string) => {
  try {
    return encodeURIComponent(v);
  } catch {
    return v;
  }
};
const attempt = <T>(f: () => T): T | Error => {
  try {
    return f();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
};

describe('fuzz: URL', () => {
  it('2,000 crafted queries: no exception, every accepted state is valid and survives its own link', () => {
    const f = fuzzer('url');
    const names = [
      'ansicht',
      'ebene',
      'indikator',
      'jahr',
      'gebiet',
      'vergleich',
      'klassen',
      'sprache',
      'grenzen',
      'farben',
      'fixiert',
      'einrichtungen',
      'geschlossen_seit',
      'chronik',
      'folie',
      'deck',
      'x',
    ];
    const errors: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const parts = Array.from({ length: 1 + f.int(6) }, () => {
        const v =
          f.r() < 0.3 ? Array.from({ length: 1 + f.int(4) }, () => f.pick(f.TOKENS)).join(',') : f.text(4);
        return `${f.pick(names)}=${f.r() < 0.5 ? encoded(v) : v}`;
      });
      const q = `?${parts.join('&')}`;
      const r = attempt(() => parseUrl(q, k));
      if (r instanceof Error) {
        errors.push(`${q}: ${r.message}`);
        continue;
      }
      const s: ViewState = r.state;
      const bad = [
        !VIEWS.includes(s.ansicht) && 'ansicht',
        !MAP_LEVELS.includes(s.ebene) && 'ebene',
        !k.indicators.has(s.indikator) && 'indikator',
        !k.years.includes(s.jahr) && 'jahr',
        s.gebiet !== null && !isMapLevel(k.areas.get(s.gebiet)?.level ?? 'stadt') && 'gebiet',
        s.vergleich.some((a) => !isMapLevel(k.areas.get(a)?.level ?? 'stadt')) && 'vergleich',
        (s.grenzen.length > 8 || s.grenzen.some((g) => !Number.isFinite(g))) && 'grenzen',
        s.deck !== null && !/^[A-Za-z0-9_-]+$/.test(s.deck) && 'deck',
        r.notices.some((n) => n.value.length > NOTICE_VALUE_MAX) && 'notice',
      ].filter(Boolean);
      if (bad.length) errors.push(`${q}: ${bad.join(',')}`);
      const again = parseUrl(serializeUrl(s), k);
      if (again.notices.length > 0 || JSON.stringify(again.state) !== JSON.stringify(s))
        errors.push(`${q}: not stable through its own link`);
    }
    expect(errors).toEqual([]);
  });
});

describe('fuzz: decks', () => {
  const valid = (d: Deck) =>
    d.titel.length <= LIMITS.title &&
    d.folien.length >= 1 &&
    d.folien.length <= LIMITS.slides &&
    d.folien.every(
      (s) =>
        s.titel.length <= LIMITS.title &&
        s.notiz.length <= LIMITS.note &&
        s.spotlight.every((a) => dk.areaKey(a)),
    );

  it('1,500 broken deck files and links: no exception, every accepted deck within the rules', () => {
    const f = fuzzer('deck');
    const base = deckJson(shippedDeck('de'));
    const errors: string[] = [];
    let accepted = 0;
    for (let i = 0; i < 1500; i++) {
      const kind = i % 5;
      const input =
        kind === 0 ? f.mutate(base) : kind === 1 ? JSON.stringify(f.json()) : kind === 2 ? f.text(20) : base;
      const r = attempt(() => {
        if (kind === 3) {
          const value = JSON.parse(base) as { folien: Record<string, unknown>[] };
          const slide = value.folien[f.int(value.folien.length)]!;
          slide[f.pick(['titel', 'notiz', 'ansicht', 'spotlight', 'teil'])] = f.json();
          return validateDeck(value, dk);
        }
        if (kind === 4) {
          const link =
            f.r() < 0.5
              ? `z${f.text(30).replace(/[^A-Za-z0-9_-]/g, 'A')}`
              : f.mutate(encodeDeck(shippedDeck('de')), 2);
          return decodeDeck(link, dk);
        }
        return f.r() < 0.5 ? parseDeck(input, dk) : decodeDeckFile(new TextEncoder().encode(input), dk);
      });
      if (r instanceof Error) errors.push(`${kind}: ${r.message}`);
      else if (r.ok) {
        accepted++;
        if (!valid(r.deck)) errors.push(`${kind}: accepted an invalid deck`);
        const again = parseDeck(deckJson(r.deck), dk);
        if (!again.ok || JSON.stringify(again.deck) !== JSON.stringify(r.deck))
          errors.push(`${kind}: not stable`);
      }
    }
    expect(errors).toEqual([]);
    expect(accepted).toBeGreaterThan(0);
  });
});

describe('fuzz: CSV', () => {
  it('2,000 hostile CSV texts: no exception, every accepted value was a decimal in its cell', () => {
    const f = fuzzer('csv');
    const head = 'gebiet,indikator,jahr,wert,quelle,prognose';
    const good = '215,einwohner,2018,6000,q,0';
    const errors: string[] = [];
    let accepted = 0;
    for (let i = 0; i < 2000; i++) {
      const body = Array.from({ length: 1 + f.int(5) }, () =>
        f.r() < 0.5 ? f.mutate(good, 2) : f.text(8),
      ).join(f.pick(['\n', '\r\n', '\r']));
      const text = (f.r() < 0.2 ? '\uFEFF' : '') + (f.r() < 0.1 ? f.mutate(head, 1) : head) + '\n' + body;
      const r = attempt(() => {
        const issues = new IssueList();
        return {
          parsed: parseCsvFile('b.csv', text, observationRowSchema, head.split(','), issues),
          raw: parseCsv(text),
        };
      });
      if (r instanceof Error) {
        errors.push(`${JSON.stringify(text)}: ${r.message}`);
        continue;
      }
      r.parsed.rows.forEach((row, j) => {
        accepted++;
        const raw = r.raw.rows[r.raw.lines.indexOf(r.parsed.lines[j]!)]!;
        if (!DECIMAL.test(raw.wert ?? '') || Number(raw.wert) !== row.wert || !/^\d{4}$/.test(raw.jahr ?? ''))
          errors.push(`${JSON.stringify(text)}: accepted ${JSON.stringify(raw)}`);
      });
    }
    expect(errors).toEqual([]);
    expect(accepted).toBeGreaterThan(100);
  });
});

describe('fuzz: data package', () => {
  /** A small package: the shipped registry, catalogue and sources, a few hundred values, little geometry. */
  const mini = (): PackageFilesOf<string> => {
    const square = (key: string, i: number) => {
      const [x, y] = [8.5 + (i % 6) * 0.02, 53.5 + Math.floor(i / 6) * 0.02];
      const ring = [
        [x, y],
        [x + 0.01, y],
        [x + 0.01, y + 0.01],
        [x, y + 0.01],
        [x, y],
      ];
      return {
        type: 'Feature',
        id: Number(key),
        properties: { schluessel: key, name: key },
        geometry: { type: 'Polygon', coordinates: [ring] },
      };
    };
    const layer = (level: 'ebene1' | 'ebene2' | 'ebene3') => {
      const head = JSON.parse(texts[level]!) as Record<string, unknown>;
      const keys = model.byLevel[level];
      return JSON.stringify({ ...head, features: keys.map(square) }, null, 1);
    };
    const fac = JSON.parse(texts.einrichtungen) as { features: unknown[] };
    return {
      ...texts,
      beobachtungen: texts.beobachtungen.split('\n').slice(0, 400).join('\n'),
      einrichtungen: JSON.stringify({ ...fac, features: fac.features.slice(0, 10) }, null, 1),
      ebene1: layer('ebene1'),
      ebene2: layer('ebene2'),
      ebene3: layer('ebene3'),
    };
  };

  it('1,000 damaged packages: no exception, every accepted value is a finite number of a valid year', () => {
    const f = fuzzer('package');
    const base = mini();
    const keys = Object.keys(base) as PackageFileKey[];
    const errors: string[] = [];
    let observations = 0;
    for (let i = 0; i < 1000; i++) {
      const input: PackageTexts = { ...base };
      for (let e = 0; e < 1 + f.int(2); e++) {
        const key = f.pick(keys);
        const text = f.mutate(base[key] ?? '', 1 + f.int(6));
        const bytes = new TextEncoder().encode(text);
        // Sometimes as bytes, sometimes with a stray Latin-1 byte, as a real upload might be.
        input[key] =
          f.r() < 0.3
            ? text
            : f.r() < 0.8
              ? bytes
              : Uint8Array.from([...bytes.slice(0, 50), 0xfc, ...bytes.slice(50)]);
      }
      const r = attempt(() => {
        const { pkg, issues } = parsePackage(input);
        return { pkg, issues: [...issues, ...checkPackage(pkg)] };
      });
      if (r instanceof Error) {
        errors.push(`${i}: ${r.message}`);
        continue;
      }
      for (const o of r.pkg.observations) {
        observations++;
        if (!Number.isFinite(o.wert) || !Number.isInteger(o.jahr) || o.jahr < 1990 || o.jahr > 2050)
          errors.push(`${i}: accepted ${JSON.stringify(o)}`);
      }
      if (r.pkg.boundaries.ebene1?.features.every((x) => x.geometry) === false)
        errors.push(`${i}: feature without geometry`);
    }
    expect(errors).toEqual([]);
    expect(observations).toBeGreaterThan(1000);
  });
});

describe('fuzz: address points and the address search', () => {
  const ortsteile = new Map(model.byLevel.ebene1.map((k) => [k as string, k]));
  const good = ['04', '0', '12', '000', '212', '04711', '106', 'a', 'Hafenstraße', '472930,5', '5930853,7'];
  it('1,000 hostile address tables: no exception, every accepted address has a known Ortsteil and a house number', () => {
    const f = fuzzer('adressen');
    const columns = [
      'lan',
      'rbz',
      'krs',
      'gmd',
      'ott',
      'sss',
      'hnr',
      'adz',
      'strasse',
      'rechtswert',
      'hochwert',
    ];
    const errors: string[] = [];
    let accepted = 0;
    for (let i = 0; i < 1000; i++) {
      const rows = Array.from({ length: 1 + f.int(6) }, (_, n) => ({
        ort: `Zeile ${n + 2}`,
        cells: good.map((c) => (f.r() < 0.25 ? (f.r() < 0.5 ? f.mutate(c, 2) : f.text(6)) : c)),
      }));
      const r = attempt(() =>
        readAddresses('a.csv', { columns, rows, fromGeometry: false }, ',', ortsteile, undefined),
      );
      if (r instanceof Error) {
        errors.push(`${JSON.stringify(rows)}: ${r.message}`);
        continue;
      }
      for (const a of r.addresses) {
        accepted++;
        if (
          !ortsteile.has(a.key) ||
          !/^\d{1,5}$/.test(a.hnr) ||
          !/^[a-z]{0,2}$/.test(a.adz) ||
          a.strasse === ''
        )
          errors.push(`accepted ${JSON.stringify(a)}`);
        if (!Number.isFinite(a.lon) || !Number.isFinite(a.lat)) errors.push(`position ${JSON.stringify(a)}`);
      }
    }
    expect(errors).toEqual([]);
    expect(accepted).toBeGreaterThan(100);
  });

  it('1,000 damaged index files and 2,000 typed queries: no exception, no unknown Ortsteil accepted', () => {
    const f = fuzzer('adressindex');
    const valid = writeAddressFile(
      [
        ['212', 'Hafenstraße', '106'],
        ['215', 'Grünhöfer Straße', '3a'],
      ],
      'eigene-daten',
    );
    const errors: string[] = [];
    const keys = new Set<string>(ortsteile.keys());
    for (let i = 0; i < 1000; i++) {
      const text = f.r() < 0.3 ? f.text(40) : f.mutate(valid, 1 + f.int(4));
      const r = attempt(() => parseAddressFile(text, keys, undefined));
      if (r instanceof Error) errors.push(`${JSON.stringify(text)}: ${r.message}`);
      else if (r.file)
        for (const byKey of Object.values(r.file.strassen))
          for (const k of Object.keys(byKey)) if (!keys.has(k)) errors.push(`accepted Ortsteil ${k}`);
    }
    const index = buildAddressIndex({ strassen: { Hafenstraße: { '212': ['106', '106a'] } } });
    for (let i = 0; i < 2000; i++) {
      const q = f.r() < 0.5 ? f.mutate('Hafenstr 106a', 3) : f.text(20);
      const r = attempt(() => searchAddress(index, q));
      if (r instanceof Error) errors.push(`${JSON.stringify(q)}: ${r.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('1,000 damaged position files: no exception, every accepted point in a known Ortsteil and inside the bounds', () => {
    const f = fuzzer('adresspunkte');
    const valid = writeAddressPoints(
      ['212', '212', '215'],
      [
        [8.5761, 53.5302],
        [8.5772, 53.531],
        [8.6021, 53.5205],
      ],
      'eigene-daten',
    );
    const bounds = [8.45, 53.47, 8.65, 53.61] as const;
    const keys = new Set<string>(ortsteile.keys());
    const errors: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const text = f.r() < 0.3 ? f.text(40) : f.mutate(valid, 1 + f.int(4));
      const r = attempt(() => parseAddressPoints(text, ortsteile, undefined, bounds));
      if (r instanceof Error) errors.push(`${JSON.stringify(text)}: ${r.message}`);
      else
        for (const p of r.points ?? [])
          if (!keys.has(p.key) || p.lon < 8.4 || p.lon > 8.7 || p.lat < 53.44 || p.lat > 53.64)
            errors.push(`accepted ${JSON.stringify(p)} from ${text}`);
    }
    expect(errors).toEqual([]);
  });
});
