/**
 * The map's look as one object: the normal theme and, later, the big-screen theme of the
 * presentation mode are two values of this type, not two copies of the style.
 */
export interface MapTheme {
  background: string;
  water: string;
  areaOutline: string;
  areaOutlineWidth: number;
  /** A dark line under the light outline, so borders read against light and dark fills alike. */
  areaCasing: string | null;
  areaCasingWidth: number;
  cityOutline: string;
  cityOutlineWidth: number;
  hoverColour: string;
  hoverWidth: number;
  selectedColour: string;
  selectedWidth: number;
  /** Light inner line inside the selection outline, so it reads on dark fills too. */
  selectedInner: string;
  highlightColour: string;
  highlightWidth: number;
  dimmedOpacity: number;
  labelColour: string;
  labelHalo: string;
  labelSize: number;
  labelHaloWidth: number;
  /** Labels carry each area's value under its name (the label source's `wert` property). */
  labelValues: boolean;
  noData: string;
  port: string;
  /** Facilities: open ones filled, closed ones hollow with their closing year (not colour alone). */
  facilityOpen: string;
  facilityOpenText: string;
  facilityClosedStroke: string;
  facilityClosedFill: string;
  facilityRadius: number;
  facilityTextSize: number;
}

export const NORMAL_THEME: MapTheme = {
  background: '#e9eef2',
  water: '#d4e4ef',
  areaOutline: '#ffffff',
  areaOutlineWidth: 1,
  areaCasing: null,
  areaCasingWidth: 0,
  cityOutline: '#3d4750',
  cityOutlineWidth: 1.5,
  hoverColour: '#1f2933',
  hoverWidth: 3,
  selectedColour: '#000000',
  selectedWidth: 5,
  selectedInner: '#ffffff',
  highlightColour: '#b3008f',
  highlightWidth: 3,
  dimmedOpacity: 0.25,
  labelColour: '#111111',
  labelHalo: 'rgba(255,255,255,0.92)',
  labelSize: 12,
  labelHaloWidth: 1.6,
  labelValues: false,
  noData: '#f2f2f2',
  port: '#dfe3e6',
  facilityOpen: '#7a1f3d',
  facilityOpenText: '#ffffff',
  facilityClosedStroke: '#4a4a4a',
  facilityClosedFill: '#ffffff',
  facilityRadius: 9,
  facilityTextSize: 11,
};

/**
 * The big-screen theme of the presentation mode, derived from a base theme: thick dark-cased
 * outlines that hold ≥ 3:1 against every fill, black selection and spotlight lines, labels with
 * values at about twice the size, and a stronger dimming. `scale` is the screen width over 1920 px
 * (2 on a 4K screen at 100 %), so lines and type keep their proportion on larger screens.
 */
export function bigScreenTheme(base: MapTheme, scale: number): MapTheme {
  const s = (n: number) => Math.round(n * scale * 10) / 10;
  return {
    ...base,
    background: '#dfe5ea',
    areaOutline: '#ffffff',
    areaOutlineWidth: s(2),
    areaCasing: '#1a1a1a',
    areaCasingWidth: s(4.5),
    cityOutline: '#000000',
    cityOutlineWidth: s(4),
    selectedColour: '#000000',
    selectedWidth: s(9),
    selectedInner: '#ffffff',
    highlightColour: '#000000',
    highlightWidth: s(7),
    dimmedOpacity: 0.18,
    labelColour: '#000000',
    labelHalo: '#ffffff',
    labelSize: s(19),
    labelHaloWidth: s(2.4),
    labelValues: true,
  };
}
