/** Shared by the community packs: a radius as the labels write it, and the app's added source. */
export const dist = (r: number) => (r === 1000 ? '1 km' : `${r} m`);
/** data/supplyCatalogue.ts COVERAGE_ADDRESS_SOURCE_ID (the i18n layer does not import data). */
export const COVERAGE_ADDRESS_SOURCE = 'berechnung-erreichbarkeit-adressen';
