/**
 * Keyboard navigation between areas on the map: an arrow key moves to the nearest area whose
 * label point lies in that direction (within a 75° cone), preferring areas straight ahead.
 */
export type Direction = 'links' | 'rechts' | 'hoch' | 'runter';
export interface Anchor<K> {
  key: K;
  lon: number;
  lat: number;
}

const DIR: Record<Direction, [number, number]> = {
  links: [-1, 0],
  rechts: [1, 0],
  hoch: [0, 1],
  runter: [0, -1],
};

export function neighbourInDirection<K>(
  anchors: readonly Anchor<K>[],
  from: K,
  dir: Direction,
): K | undefined {
  const a = anchors.find((p) => p.key === from);
  if (!a) return anchors[0]?.key;
  const k = Math.cos((a.lat * Math.PI) / 180);
  const [ux, uy] = DIR[dir];
  let best: K | undefined;
  let bestScore = Infinity;
  for (const b of anchors) {
    if (b.key === from) continue;
    const dx = (b.lon - a.lon) * k;
    const dy = b.lat - a.lat;
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const cos = (dx * ux + dy * uy) / dist;
    const angle = Math.acos(Math.max(-1, Math.min(1, cos)));
    if (angle > (75 * Math.PI) / 180) continue;
    const score = dist * (1 + 2 * angle);
    if (score < bestScore) {
      bestScore = score;
      best = b.key;
    }
  }
  return best;
}
