import { describe, expect, it } from 'vitest';
import { insidePolygon, labelPoint } from '../../../src/domain/geo/label.ts';
import { neighbourInDirection } from '../../../src/domain/geo/navigation.ts';

describe('labelPoint', () => {
  it('lies inside a concave (U-shaped) polygon, not at its centroid', () => {
    const u = [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ];
    const [x, y] = labelPoint({ type: 'Polygon', coordinates: u });
    expect(insidePolygon(x, y, u)).toBe(true);
  });
  it('uses the largest part of a multipolygon', () => {
    const small = [
      [
        [10, 10],
        [10.1, 10],
        [10.1, 10.1],
        [10, 10],
      ],
    ];
    const big = [
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ];
    const [x, y] = labelPoint({ type: 'MultiPolygon', coordinates: [small, big] });
    expect(x).toBeCloseTo(1, 1);
    expect(y).toBeCloseTo(1, 1);
  });
});

describe('neighbourInDirection', () => {
  // A plus shape around C.
  const anchors = [
    { key: 'C', lon: 8.5, lat: 53.5 },
    { key: 'N', lon: 8.5, lat: 53.52 },
    { key: 'S', lon: 8.5, lat: 53.48 },
    { key: 'E', lon: 8.53, lat: 53.5 },
    { key: 'W', lon: 8.47, lat: 53.5 },
    { key: 'NE-far', lon: 8.6, lat: 53.6 },
  ];
  it('moves to the area in the arrow direction', () => {
    expect(neighbourInDirection(anchors, 'C', 'hoch')).toBe('N');
    expect(neighbourInDirection(anchors, 'C', 'runter')).toBe('S');
    expect(neighbourInDirection(anchors, 'C', 'rechts')).toBe('E');
    expect(neighbourInDirection(anchors, 'C', 'links')).toBe('W');
  });
  it('returns nothing at the edge and the first area from an unknown start', () => {
    expect(neighbourInDirection(anchors, 'W', 'links')).toBeUndefined();
    expect(neighbourInDirection(anchors, 'X', 'links')).toBe('C');
  });
});
