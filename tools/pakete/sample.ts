import { multiContains, type MultiPolygon, type Position } from '../../src/data/import/geo/polygon.ts';
import { bbox } from '../../src/domain/geo/bbox.ts';
import { SPECS } from '../data/facilities.ts';
import { BANDS } from '../data/profiles.ts';
import { roundToTotal, seededRandom } from '../data/random.ts';
import { FORECAST, YEARS } from '../data/sample-observations.ts';

/**
 * Seeded sample values for a package's finest areas, shared by the packages under pakete/ that
 * have no real small-area figures: population per year from a 2018 value and a growth rate, age
 * bands by sex, mean age, foreign nationals and migration background, area. Every value is a
 * `beispiel` (forecast years `beispiel-prognose`); in 2018 the population adds up to `total18`
 * and, where given, the women to `women18` — the real totals the samples must respect.
 */
export interface SampleArea {
  key: string;
  pop18: number;
  areaKm2: number;
  /** −1 young … +1 old (shifts the age bands). */
  alter: number;
  /** Yearly population change after 2018 (and before it, backwards). */
  wachstum: number;
  /** Share of foreign nationals in 2018. */
  auslaender: number;
}

export interface SampleObservation {
  gebiet: string;
  indikator: string;
  jahr: number;
  wert: number;
  quelle: string;
  prognose: number;
}

/** Assumed share of women per age band (more women among the old). */
const WOMEN = [0.487, 0.486, 0.46, 0.48, 0.497, 0.53, 0.64];
const MIDPOINTS = [3, 12, 24, 37.5, 55, 72.5, 87];

export function sampleObservations(o: {
  areas: readonly SampleArea[];
  total18: number;
  women18?: number;
  /** The territory's age-band shares (assumed), bands as in tools/data/profiles.ts. */
  bands: readonly number[];
  /** The source id of the areas. */
  areaSource: string;
}) {
  const years = [...YEARS, ...FORECAST];
  const obs: SampleObservation[] = [];
  const src = (y: number) => (y > 2024 ? 'beispiel-prognose' : 'beispiel-generator');
  const push = (gebiet: string, indikator: string, jahr: number, wert: number, quelle = src(jahr)) =>
    obs.push({ gebiet, indikator, jahr, wert, quelle, prognose: jahr > 2024 ? 1 : 0 });
  const popYear = new Map<number, Map<string, number>>();
  for (const y of years) {
    const raw = o.areas.map((a) => a.pop18 * (1 + a.wachstum) ** (Math.min(y, 2035) - 2018));
    const ints = y === 2018 ? roundToTotal(raw, o.total18) : raw.map((v) => Math.round(v));
    popYear.set(y, new Map(o.areas.map((a, i) => [a.key, ints[i]!] as const)));
  }
  for (const y of years) {
    const pops = popYear.get(y)!;
    const cells: { k: string; band: number; n: number }[] = [];
    for (const a of o.areas) {
      const dt = Math.min(y, 2035) - 2018;
      const f = [
        1 - 0.3 * a.alter,
        1 - 0.3 * a.alter,
        (1 - 0.3 * a.alter) * (1 - 0.006 * dt),
        1 - 0.1 * a.alter,
        1,
        (1 + 0.35 * a.alter) * (1 + 0.01 * dt),
        (1 + 0.45 * a.alter) * (1 + 0.015 * dt),
      ];
      const raw = o.bands.map((s, i) => s * f[i]!);
      const sum = raw.reduce((x, z) => x + z, 0);
      const e = pops.get(a.key)!;
      roundToTotal(
        raw.map((r) => (r / sum) * e),
        e,
      ).forEach((n, band) => cells.push({ k: a.key, band, n }));
    }
    // Women per area and band; in 2018 they add up to the real total of women, where given.
    const wRaw = cells.map((c) => c.n * WOMEN[c.band]!);
    const wSum = wRaw.reduce((a, b) => a + b, 0);
    const w =
      y === 2018 && o.women18 !== undefined
        ? roundToTotal(
            wRaw.map((v) => (v * o.women18!) / wSum),
            o.women18,
          )
        : wRaw.map((v) => Math.round(v));
    cells.forEach((c, i) => {
      const women = Math.min(c.n, w[i]!);
      push(c.k, `einwohner_w_${BANDS[c.band]}`, y, women);
      push(c.k, `einwohner_m_${BANDS[c.band]}`, y, c.n - women);
    });
    for (const a of o.areas) {
      const e = pops.get(a.key)!;
      push(a.key, 'einwohner', y, e);
      const mine = cells.filter((c) => c.k === a.key);
      const mean = mine.reduce((s, c) => s + c.n * MIDPOINTS[c.band]!, 0) / e;
      push(a.key, 'durchschnittsalter', y, Math.round(mean * 10) / 10);
      const share =
        a.auslaender * (1 + 0.07 * (Math.min(y, 2024) - 2018) + (0.02 * Math.max(0, y - 2024)) / 5);
      push(a.key, 'auslaender', y, Math.round(e * share));
      push(a.key, 'migrationshintergrund', y, Math.min(e, Math.round(e * (share * 1.6 + 0.012))));
      push(a.key, 'flaeche_km2', y, a.areaKm2, o.areaSource);
    }
  }
  return { obs, push, popYear };
}

/** Observations in the package's order: by key length (level), key, indicator and year. */
export const sortObservations = (obs: SampleObservation[]) =>
  obs.sort(
    (a, b) =>
      a.gebiet.length - b.gebiet.length ||
      a.gebiet.localeCompare(b.gebiet) ||
      a.indikator.localeCompare(b.indikator) ||
      a.jahr - b.jahr,
  );

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * Seeded sample facilities (tools/data/facilities.ts's categories and rates), each at a random
 * point inside its area, `lage: beispiel`. `rate` scales the facilities per resident, `closing`
 * the closures (a village loses more than a town).
 */
export function sampleFacilities(
  seed: string,
  areas: readonly {
    key: string;
    name: string;
    shape: MultiPolygon;
    pop: number;
    rate: number;
    closing: number;
  }[],
): unknown[] {
  const rnd = seededRandom(seed);
  const pointIn = (mp: MultiPolygon): Position => {
    const [x0, y0, x1, y1] = bbox([{ type: 'MultiPolygon', coordinates: mp }]);
    for (;;) {
      const p: Position = [round6(x0 + rnd() * (x1 - x0)), round6(y0 + rnd() * (y1 - y0))];
      if (multiContains(mp, p)) return p;
    }
  };
  const out: unknown[] = [];
  let n = 0;
  for (const a of areas)
    for (const s of SPECS) {
      const count = Math.floor(((s.je10000 * a.pop) / 10000) * a.rate + rnd());
      for (let i = 0; i < count; i++) {
        const closes = rnd() < s.schliessung * 10 * a.closing;
        const opens = rnd() < s.eroeffnung * 10;
        const opened = opens ? 2015 + Math.floor(rnd() * 9) : null;
        const closed = closes ? 2015 + Math.floor(rnd() * 10) : null;
        out.push({
          type: 'Feature',
          id: `b${++n}`,
          geometry: { type: 'Point', coordinates: pointIn(a.shape) },
          properties: {
            kategorie: s.kategorie,
            name: `${s.name} ${a.name} ${i + 1} (Beispiel)`,
            // Opened after it closed would be a contradiction: such a place only closed.
            eroeffnet: opened !== null && closed !== null && closed < opened ? null : opened,
            geschlossen: closed,
            quelle: 'beispiel-generator',
            lage: 'beispiel',
          },
        });
      }
    }
  return out;
}
