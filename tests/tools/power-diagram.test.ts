import { describe, expect, it } from 'vitest';
import { fitPowerDiagram } from '../../tools/geo/fit.ts';
import { planarArea, type MultiPolygon, type Ring } from '../../src/data/import/geo/polygon.ts';
import { powerCells } from '../../tools/geo/power-diagram.ts';

const square = (s: number): Ring => [
  [0, 0],
  [s, 0],
  [s, s],
  [0, s],
  [0, 0],
];

describe('power diagram', () => {
  it('splits a square halfway between two equal sites and moves the border with the weights', () => {
    const equal = powerCells(
      [
        { p: [250, 500], w: 0 },
        { p: [750, 500], w: 0 },
      ],
      square(1000),
      [0, 0],
    );
    expect(planarArea([[equal[0]!]])).toBeCloseTo(500_000);
    // w₁ − w₂ = 100,000 m² moves the bisector by Δw / 2d = 100 m towards site 2.
    const shifted = powerCells(
      [
        { p: [250, 500], w: 100_000 },
        { p: [750, 500], w: 0 },
      ],
      square(1000),
      [0, 0],
    );
    expect(planarArea([[shifted[0]!]])).toBeCloseTo(600_000);
  });

  it('fits group areas to their targets and keeps anchored sites in their own part', () => {
    const region: MultiPolygon = [[square(1000)]];
    const res = fitPowerDiagram({
      region,
      sites: [
        { p: [200, 500], group: 'a', anchored: true },
        { p: [400, 500], group: 'b', anchored: true },
        { p: [800, 500], group: 'c', anchored: false },
      ],
      targets: new Map([
        ['a', 1],
        ['b', 1],
        ['c', 2],
      ]),
    });
    expect(planarArea(res.parts.get('a')!)).toBeCloseTo(250_000, -3);
    expect(planarArea(res.parts.get('c')!)).toBeCloseTo(500_000, -3);
    for (const e of res.relativeErrors.values()) expect(Math.abs(e)).toBeLessThan(0.001);
  });
});
