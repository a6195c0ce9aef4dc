import { describe, expect, it } from 'vitest';
import { minZoomFor } from '../../src/map/session.ts';

describe('minZoomFor', () => {
  it('lets a city stop at its region and a country zoom out until all of it shows', () => {
    expect(minZoomFor([8.48, 53.46, 8.68, 53.62])).toBe(8); // Bremerhaven
    expect(minZoomFor([11.5, 53.6, 12.7, 54.4])).toBe(7); // Landkreis Rostock
    expect(minZoomFor([5.87, 47.27, 15.04, 55.06])).toBe(4); // Germany
    expect(minZoomFor([-180, -85, 180, 85])).toBe(0);
  });
});
