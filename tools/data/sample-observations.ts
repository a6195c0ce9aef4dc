import type { AreaOut, ObsOut } from './facts.ts';
import { BAND_MIDPOINTS, BANDS, CITY_BAND_SHARES, PROFILES, WOMEN_SHARE } from './profiles.ts';
import { roundToTotal, seededRandom } from './random.ts';

export const YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
export const FORECAST = [2030, 2035];

const find = (facts: ObsOut[], gebiet: string, indikator: string, jahr: number) =>
  facts.find((o) => o.gebiet === gebiet && o.indikator === indikator && o.jahr === jahr)?.wert;

/** Age-band shares of an Ortsteil in a year: the city profile shifted by its age index and by ageing over time. */
function bandShares(alter: number, year: number, wobble: number): number[] {
  const dt = Math.min(year, 2035) - 2018;
  const f = [
    1 - 0.27 * alter,
    1 - 0.27 * alter,
    (1 - 0.27 * alter) * (1 - 0.004 * dt),
    1 - 0.1 * alter,
    1 + 0.02 * wobble,
    (1 + 0.38 * alter) * (1 + 0.008 * dt),
    (1 + 0.5 * alter) * (1 + 0.012 * dt),
  ];
  const raw = CITY_BAND_SHARES.map((s, i) => s * f[i]!);
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => r / sum);
}

/**
 * Sample values for every Ortsteil and year, consistent with the real anchors in `facts`:
 * 2018 population exact, the 2014 populations of Schiffdorferdamm and Surheide, Geestemünde's
 * population 2017/2019 and its under-18 counts 2017–2019, the 2018 foreign-national shares of
 * Lehe and Surheide. Bands sum to the population; shares stay in [0, 1].
 */
export function generateObservations(areas: AreaOut[], facts: ObsOut[]): ObsOut[] {
  const rnd = seededRandom('bremerhaven-zwk');
  const ortsteile = areas.filter((a) => a.ebene === 'ortsteil').map((a) => a.schluessel);
  const out: ObsOut[] = [];
  const years = [...YEARS, ...FORECAST];
  const src = (y: number) => (y > 2024 ? 'beispiel-prognose' : 'beispiel-generator');
  const push = (gebiet: string, indikator: string, jahr: number, wert: number, quelle = src(jahr)) =>
    out.push({ gebiet, indikator, jahr, wert, quelle, prognose: jahr > 2024 ? 1 : 0 });

  // Population: smooth trend through the anchors.
  const pop = new Map<string, Map<number, number>>();
  for (const o of ortsteile) {
    const p = PROFILES[o]!;
    const e18 = find(facts, o, 'einwohner', 2018)!;
    const e14 = find(facts, o, 'einwohner', 2014);
    const gBefore = e14 ? (e18 / e14) ** (1 / 4) - 1 : p.wachstum + (rnd() - 0.5) * 0.004;
    const series = new Map<number, number>();
    for (const y of years) {
      let v: number;
      if (y <= 2018) v = e18 / (1 + gBefore) ** (2018 - y);
      else if (y <= 2024) v = e18 * (1 + p.wachstum) ** (y - 2018);
      else {
        const e24 = e18 * (1 + p.wachstum) ** 6;
        v =
          e24 *
          (1 + p.wachstum / 2) ** (Math.min(y, 2030) - 2024) *
          (1 + p.wachstum / 3) ** Math.max(0, y - 2030);
      }
      series.set(y, v);
    }
    pop.set(o, series);
  }
  // Geestemünde: the Magistrat's 2017 and 2019 totals scale its Ortsteile before and after 2018.
  const gm = ortsteile.filter((o) => o.startsWith('21'));
  for (const [anchorYear, side] of [
    [2017, (y: number) => y <= 2017],
    [2019, (y: number) => y >= 2019],
  ] as const) {
    const target = find(facts, '21', 'einwohner', anchorYear)!;
    const sum = gm.reduce((s, o) => s + pop.get(o)!.get(anchorYear)!, 0);
    for (const o of gm)
      for (const y of years) if (side(y)) pop.get(o)!.set(y, pop.get(o)!.get(y)! * (target / sum));
  }
  const popInt = new Map<string, Map<number, number>>(ortsteile.map((o) => [o, new Map()]));
  for (const y of years) {
    // Integers that keep each anchored Stadtteil total exact.
    for (const st of new Set(ortsteile.map((o) => o.slice(0, 2)))) {
      const os = ortsteile.filter((o) => o.startsWith(st));
      const vals = os.map((o) => pop.get(o)!.get(y)!);
      const anchored = find(facts, st, 'einwohner', y);
      const ints = roundToTotal(vals, anchored ?? Math.round(vals.reduce((a, b) => a + b, 0)));
      os.forEach((o, i) => popInt.get(o)!.set(y, y === 2018 ? find(facts, o, 'einwohner', 2018)! : ints[i]!));
    }
  }

  // Age bands by sex; Geestemünde's under-18 totals 2017–2019 anchored.
  const wobble = new Map(ortsteile.map((o) => [o, rnd() * 2 - 1]));
  for (const y of years) {
    const bands = new Map<string, number[]>();
    for (const o of ortsteile) {
      const e = popInt.get(o)!.get(y)!;
      bands.set(
        o,
        bandShares(PROFILES[o]!.alter, y, wobble.get(o)!).map((s) => s * e),
      );
    }
    const u18Anchor = find(facts, '21', 'einwohner_unter_18', y);
    if (u18Anchor !== undefined) {
      const u = gm.reduce((s, o) => s + bands.get(o)![0]! + bands.get(o)![1]!, 0);
      const k = u18Anchor / u;
      for (const o of gm) {
        const b = bands.get(o)!;
        const e = popInt.get(o)!.get(y)!;
        const young = b[0]! + b[1]!;
        const adultScale = (e - k * young) / (e - young);
        bands.set(
          o,
          b.map((v, i) => (i < 2 ? v * k : v * adultScale)),
        );
      }
    }
    const ints = new Map<string, number[]>();
    for (const o of ortsteile) ints.set(o, roundToTotal(bands.get(o)!, popInt.get(o)!.get(y)!));
    if (u18Anchor !== undefined) {
      // Rounding can leave the anchored total off by one or two: settle it in the largest Ortsteil.
      const diff = u18Anchor - gm.reduce((s, o) => s + ints.get(o)![0]! + ints.get(o)![1]!, 0);
      const big = gm.reduce((a, b) => (popInt.get(a)!.get(y)! >= popInt.get(b)!.get(y)! ? a : b));
      const b = ints.get(big)!;
      b[1]! += diff;
      b[4]! -= diff;
    }
    for (const o of ortsteile) {
      const b = ints.get(o)!;
      b.forEach((n, i) => {
        const w = Math.round(n * WOMEN_SHARE[i]!);
        push(o, `einwohner_w_${BANDS[i]}`, y, w);
        push(o, `einwohner_m_${BANDS[i]}`, y, n - w);
      });
      const e = popInt.get(o)!.get(y)!;
      if (find(facts, o, 'einwohner', y) === undefined) push(o, 'einwohner', y, e);
      if (e > 0) {
        const mean = b.reduce((s, n, i) => s + n * BAND_MIDPOINTS[i]!, 0) / e;
        push(o, 'durchschnittsalter', y, Math.round(mean * 10) / 10);
      }
    }
  }
  // Foreign nationals and migration background; Lehe and Surheide 2018 anchored at Stadtteil level.
  const lehe = ortsteile.filter((o) => o.startsWith('13'));
  const leheTarget = find(facts, '13', 'anteil_auslaender', 2018)!;
  const leheRaw = lehe.reduce((s, o) => s + PROFILES[o]!.auslaender * popInt.get(o)!.get(2018)!, 0);
  const leheE = lehe.reduce((s, o) => s + popInt.get(o)!.get(2018)!, 0);
  const leheK = (leheTarget * leheE) / leheRaw;
  for (const y of years) {
    const trend = 1 + 0.045 * (Math.min(y, 2024) - 2018) + (0.02 * Math.max(0, y - 2024)) / 5;
    const shares = new Map(
      ortsteile.map((o) => [
        o,
        Math.min(0.6, PROFILES[o]!.auslaender * (o.startsWith('13') ? leheK : 1) * trend),
      ]),
    );
    const counts = new Map(ortsteile.map((o) => [o, Math.round(shares.get(o)! * popInt.get(o)!.get(y)!)]));
    if (y === 2018) {
      const ints = roundToTotal(
        lehe.map((o) => shares.get(o)! * popInt.get(o)!.get(y)!),
        Math.round(leheTarget * leheE),
      );
      lehe.forEach((o, i) => counts.set(o, ints[i]!));
    }
    for (const o of ortsteile) {
      const e = popInt.get(o)!.get(y)!;
      push(o, 'auslaender', y, counts.get(o)!);
      push(
        o,
        'migrationshintergrund',
        y,
        Math.min(e, Math.round(e * Math.min(0.8, shares.get(o)! * 1.75 + 0.04))),
      );
    }
  }
  // Area: 2018 is sourced; the other years carry it over, marked as an approximation.
  for (const o of ortsteile)
    for (const y of years)
      if (y !== 2018)
        push(o, 'flaeche_km2', y, find(facts, o, 'flaeche_km2', 2018)!, 'naeherung-flaeche-2018');
  return out;
}
