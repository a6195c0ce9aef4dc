/**
 * The map's look as one object: the normal theme and, later, the big-screen theme of the
 * presentation mode are two values of this type, not two copies of the style.
 */
export interface MapTheme {
  background: string;
  water: string;
  areaOutline: string;
  areaOutlineWidth: number;
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
  noData: '#f2f2f2',
  port: '#dfe3e6',
  facilityOpen: '#7a1f3d',
  facilityOpenText: '#ffffff',
  facilityClosedStroke: '#4a4a4a',
  facilityClosedFill: '#ffffff',
  facilityRadius: 9,
  facilityTextSize: 11,
};
