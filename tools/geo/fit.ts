import { bbox } from '../../src/domain/geo/bbox.ts';
import { powerCells, type Site } from './power-diagram.ts';
import {
  intersection,
  multiContains,
  planarArea,
  ringCentroid,
  snap,
  union,
  type MultiPolygon,
  type Position,
  type Ring,
} from '../../src/data/import/geo/polygon.ts';

export interface FitSite {
  p: Position;
  group: string;
  /** A sourced point that must stay in its own group's cell; estimated seeds may be overrun. */
  anchored: boolean;
}

export interface FitOptions {
  region: MultiPolygon;
  sites: readonly FitSite[];
  /** Target area per group in m²; scaled so they sum to the region's area. */
  targets: ReadonlyMap<string, number>;
  maxIterations?: number;
  /** Stop when every group's relative area error is below this. */
  tolerance?: number;
  /** Hand pieces that hold none of their group's sites to the group of the nearest site. */
  reassignOrphans?: boolean;
}

export interface FitResult {
  parts: Map<string, MultiPolygon>;
  /** Sites that lay outside the region and were moved to the nearest point inside it. */
  moved: { group: string; from: Position; to: Position }[];
  relativeErrors: Map<string, number>;
  iterations: number;
}

function boundingBox(m: MultiPolygon, margin: number): Ring {
  const [x0, y0, x1, y1] = bbox([{ type: 'MultiPolygon', coordinates: m }]);
  return [
    [x0 - margin, y0 - margin],
    [x1 + margin, y0 - margin],
    [x1 + margin, y1 + margin],
    [x0 - margin, y1 + margin],
    [x0 - margin, y0 - margin],
  ];
}

const dist2 = (a: Position, b: Position) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;

/**
 * Assign the region to groups of sites by a power diagram whose weights are fitted so each group's
 * area meets its target. One weight per group; a pair of anchored sites from different groups is
 * kept apart (w_b − w_a ≤ 0.9·d²) so each stays inside its own cell — a sourced point never ends up
 * in a neighbour, while estimated seeds only steer the layout. Pieces that hold none of their group's sites (leaks around holes) go to the group
 * of the nearest site.
 */
export function fitPowerDiagram(opts: FitOptions): FitResult {
  const { region } = opts;
  const moved: FitResult['moved'] = [];
  const sites = opts.sites.map((s) => {
    if (multiContains(region, s.p)) return s;
    const to = nearestInside(region, s.p);
    moved.push({ group: s.group, from: s.p, to });
    return { ...s, p: to };
  });
  const groups = [...opts.targets.keys()];
  const regionArea = planarArea(region);
  const targetSum = [...opts.targets.values()].reduce((a, b) => a + b, 0);
  const target = new Map(groups.map((g) => [g, (opts.targets.get(g)! * regionArea) / targetSum]));
  const box = boundingBox(region, 5000);
  const origin = box[0]!;
  const weight = new Map(groups.map((g) => [g, 0]));
  const step = new Map(groups.map((g) => [g, 0.25]));
  const lastSign = new Map(groups.map((g) => [g, 0]));
  // For an anchored site a and any site b of another group, w_b − w_a ≤ 0.9·d² keeps a in its own cell.
  const minD2 = new Map<string, number>();
  // Squared distance from each group to the nearest site of another group: the scale of its weight steps.
  const scale = new Map(groups.map((g) => [g, Infinity]));
  for (const a of sites)
    for (const b of sites)
      if (a.group !== b.group) scale.set(a.group, Math.min(scale.get(a.group)!, dist2(a.p, b.p)));
  for (const a of sites)
    for (const b of sites) {
      if (a.group === b.group || !a.anchored) continue;
      const k = `${a.group}|${b.group}`;
      minD2.set(k, Math.min(minD2.get(k) ?? Infinity, dist2(a.p, b.p)));
    }

  const maxIterations = opts.maxIterations ?? 300;
  const tolerance = opts.tolerance ?? 0.001;
  let parts = new Map<string, MultiPolygon>();
  let errors = new Map<string, number>();
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    parts = partition(region, sites, weight, box, origin, opts.reassignOrphans ?? true);
    errors = new Map(
      groups.map((g) => [g, (planarArea(parts.get(g) ?? []) - target.get(g)!) / target.get(g)!]),
    );
    if (process.env.FITDEBUG && (iterations < 6 || iterations > 290))
      console.log(
        iterations,
        [...errors].map(([k, e]) => k + ':' + e.toFixed(2) + '/' + weight.get(k)!.toExponential(1)).join(' '),
      );
    if ([...errors.values()].every((e) => Math.abs(e) < tolerance)) break;
    for (const g of groups) {
      const e = errors.get(g)!;
      const sign = Math.sign(e);
      const s =
        sign !== 0 && sign === -lastSign.get(g)! ? step.get(g)! * 0.5 : Math.min(step.get(g)! * 1.15, 2);
      step.set(g, s);
      lastSign.set(g, sign);
      // A weight change Δw moves the group's bisectors by Δw / 2d: step by a fraction of d² so the
      // border moves in proportion to the error, whatever the size of the group.
      weight.set(g, weight.get(g)! - s * Math.max(-1, Math.min(1, e)) * scale.get(g)!);
    }
    enforceSeparation(groups, weight, minD2);
  }
  return { parts, moved, relativeErrors: errors, iterations };
}

/** The nearest point of a 25 m grid inside the region (seeds estimated outside their Stadtteil). */
function nearestInside(region: MultiPolygon, p: Position): Position {
  const grid = 25;
  let best: Position = p;
  let bestD = Infinity;
  for (let r = grid; r < 20_000 && bestD === Infinity; r += grid)
    for (let a = 0; a < 360; a += 5) {
      const q: Position = [
        p[0] + r * Math.cos((a * Math.PI) / 180),
        p[1] + r * Math.sin((a * Math.PI) / 180),
      ];
      if (multiContains(region, q)) {
        // One more grid step inwards so the seed does not sit on the border.
        const inner: Position = [
          p[0] + (r + grid) * Math.cos((a * Math.PI) / 180),
          p[1] + (r + grid) * Math.sin((a * Math.PI) / 180),
        ];
        const cand = multiContains(region, inner) ? inner : q;
        if (dist2(cand, p) < bestD) [best, bestD] = [cand, dist2(cand, p)];
      }
    }
  return best;
}

function enforceSeparation(groups: string[], weight: Map<string, number>, minD2: Map<string, number>) {
  for (let round = 0; round < 20; round++) {
    let changed = false;
    for (const a of groups)
      for (const b of groups) {
        const limit = 0.9 * (minD2.get(`${a}|${b}`) ?? Infinity);
        const excess = weight.get(b)! - weight.get(a)! - limit;
        if (excess > 0) {
          weight.set(b, weight.get(b)! - excess / 2);
          weight.set(a, weight.get(a)! + excess / 2);
          changed = true;
        }
      }
    if (!changed) return;
  }
}

function partition(
  region: MultiPolygon,
  sites: readonly FitSite[],
  weight: Map<string, number>,
  box: Ring,
  origin: Position,
  reassignOrphans: boolean,
): Map<string, MultiPolygon> {
  const powered: Site[] = sites.map((s) => ({ p: s.p, w: weight.get(s.group)! }));
  const cells = powerCells(powered, box, origin);
  const raw = new Map<string, MultiPolygon>();
  for (const g of new Set(sites.map((s) => s.group))) {
    const own = cells.filter((c, i) => sites[i]!.group === g && c.length > 3).map((c) => [c]);
    raw.set(g, own.length === 0 ? [] : intersection(snap(union(...own)), region));
  }
  const parts = new Map<string, MultiPolygon>([...raw.keys()].map((g) => [g, []]));
  for (const [g, m] of raw)
    for (const piece of m) {
      const holdsOwnSite =
        !reassignOrphans || sites.some((s) => s.group === g && multiContains([piece], s.p));
      let owner = g;
      if (!holdsOwnSite) {
        const c = ringCentroid(piece[0]!);
        let best = Infinity;
        for (const s of sites)
          if (s.group !== g && dist2(s.p, c) < best) [best, owner] = [dist2(s.p, c), s.group];
      }
      parts.get(owner)!.push(piece);
    }
  for (const [g, m] of parts) if (m.length > 1) parts.set(g, union(m));
  return parts;
}
