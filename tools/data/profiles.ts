/**
 * Assumed character of each Ortsteil for the sample generator — documented assumptions, not data.
 * alter: −1 young … +1 old (shifts the age bands); auslaender: share of foreign nationals 2018 before
 * the Stadtteil anchors are applied; wachstum: yearly population change after 2018.
 * Anchors from sources: Surheide old ("fast doppelt so viele ab 65 wie bis 18", buten un binnen 2019),
 * Goethestraße young and very diverse (ca. 50 % foreign nationals, strongest growth since 2011),
 * Speckenbüttel few foreign nationals (2 % in 2008), Geestendorf 23.83 % (30.06.2018), Eckernfeld
 * "familienfreundlichster Ortsteil" (2011), Grünhöfe with Rückbau since 2006.
 */
export interface Profile {
  alter: number;
  auslaender: number;
  wachstum: number;
}

export const PROFILES: Record<string, Profile> = {
  '111': { alter: 0.5, auslaender: 0.06, wachstum: -0.005 },
  '121': { alter: 0.3, auslaender: 0.12, wachstum: -0.003 },
  '122': { alter: 0.4, auslaender: 0.07, wachstum: 0 },
  '123': { alter: 0, auslaender: 0.22, wachstum: 0.003 },
  '131': { alter: 0.5, auslaender: 0.05, wachstum: 0 },
  '132': { alter: -0.2, auslaender: 0.1, wachstum: 0.004 },
  '133': { alter: 0.1, auslaender: 0.17, wachstum: 0.002 },
  '134': { alter: -0.9, auslaender: 0.42, wachstum: 0.02 },
  '135': { alter: -0.4, auslaender: 0.27, wachstum: 0.006 },
  '136': { alter: 0.1, auslaender: 0.14, wachstum: 0 },
  '137': { alter: 0.3, auslaender: 0.06, wachstum: -0.004 },
  '141': { alter: -0.2, auslaender: 0.22, wachstum: 0.006 },
  '142': { alter: -0.3, auslaender: 0.26, wachstum: 0.005 },
  '211': { alter: -0.1, auslaender: 0.21, wachstum: 0.002 },
  '212': { alter: -0.3, auslaender: 0.2383, wachstum: 0.003 },
  '213': { alter: 0, auslaender: 0.2, wachstum: 0 },
  '214': { alter: 0.4, auslaender: 0.09, wachstum: -0.002 },
  '215': { alter: 0.35, auslaender: 0.19, wachstum: -0.004 },
  '221': { alter: 0.3, auslaender: 0.06, wachstum: 0.008 },
  '231': { alter: 0.55, auslaender: 0.0495, wachstum: -0.003 },
  '241': { alter: 0, auslaender: 0.13, wachstum: 0 },
  '242': { alter: 0.2, auslaender: 0.1, wachstum: -0.002 },
  '251': { alter: -0.2, auslaender: 0.15, wachstum: -0.01 },
  '252': { alter: 0, auslaender: 0, wachstum: 0 },
};

/** Age bands of the catalogue with the city's assumed 2018 shares and the share of women in each. */
export const BANDS = ['0_5', '6_17', '18_29', '30_44', '45_64', '65_79', '80_plus'] as const;
export const CITY_BAND_SHARES = [0.058, 0.105, 0.15, 0.18, 0.275, 0.15, 0.082];
export const WOMEN_SHARE = [0.487, 0.487, 0.48, 0.49, 0.5, 0.53, 0.63];
/** Band midpoints for the average age (80+ taken as 86). */
export const BAND_MIDPOINTS = [3, 12, 24, 37.5, 55, 72, 86];
