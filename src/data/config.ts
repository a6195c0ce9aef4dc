import { packageFolder } from './location.ts';

/**
 * `public/config.json`, the deployment's settings: `paket`, the folder of the data package (see
 * location.ts; default the site's root), and an optional online raster basemap (e.g. basemap.de's
 * WMTS), off by default. A malformed entry is ignored with a message naming the
 * file and field; the app keeps its offline background.
 */
export interface MapConfig {
  basemap: { tiles: string[]; attribution: string } | null;
  /** `barrierefreiheit.kontakt`: where feedback on accessibility goes (an e-mail address). */
  feedback: string | null;
  problem: string | null;
}

export const NO_CONFIG: MapConfig = { basemap: null, feedback: null, problem: null };

// No characters that would change a mailto: link (?, &, #, %) or a header.
const EMAIL = /^[^\s@<>()",;:?&#%/\\]+@[^\s@<>()",;:?&#%/\\]+\.[A-Za-z]{2,}$/;

/** `barrierefreiheit: {"kontakt": "barrierefreiheit@…"}`: the statement's feedback address. */
function parseFeedback(json: unknown): { feedback: string | null; problem: string | null } {
  const a = (json as { barrierefreiheit?: unknown } | null)?.barrierefreiheit;
  if (a === undefined || a === null) return { feedback: null, problem: null };
  const kontakt = (a as { kontakt?: unknown }).kontakt;
  if (kontakt === undefined || kontakt === null) return { feedback: null, problem: null };
  if (typeof kontakt === 'string' && kontakt.length <= 254 && EMAIL.test(kontakt.trim()))
    return { feedback: kontakt.trim(), problem: null };
  return {
    feedback: null,
    problem: `config.json, Feld barrierefreiheit.kontakt: „${String(kontakt).slice(0, 80)}“ ist keine E-Mail-Adresse – die Erklärung zur Barrierefreiheit bietet eine Nachricht ohne Empfänger an`,
  };
}

export function parseConfig(json: unknown): MapConfig {
  const { feedback, problem: feedbackProblem } = parseFeedback(json);
  const map = parseMap(json);
  return { ...map, feedback, problem: [map.problem, feedbackProblem].filter(Boolean).join('; ') || null };
}

function parseMap(json: unknown): Omit<MapConfig, 'feedback'> {
  const paket = (json as { paket?: unknown } | null)?.paket;
  if (packageFolder(paket) === null)
    return {
      basemap: null,
      problem: `config.json, Feld paket: „${String(paket)}“ ist kein Ordner der Website (z. B. "pakete/meine-kommune"; ohne .. und ohne https://) – das Paket der Website wird verwendet`,
    };
  const b = (json as { hintergrundkarte?: unknown } | null)?.hintergrundkarte;
  if (b === undefined || b === null) return { basemap: null, problem: null };
  const { tiles, attribution } = b as { tiles?: unknown; attribution?: unknown };
  if (
    Array.isArray(tiles) &&
    tiles.length > 0 &&
    tiles.every((t) => typeof t === 'string' && /^https:\/\//.test(t)) &&
    typeof attribution === 'string'
  )
    return { basemap: { tiles: tiles as string[], attribution }, problem: null };
  return {
    basemap: null,
    problem:
      'config.json, Feld hintergrundkarte: erwartet {"tiles": ["https://…/{z}/{y}/{x}.png"], "attribution": "…"}',
  };
}
