/** Seeded PRNG (mulberry32) so the sample generator is byte-for-byte reproducible. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Round non-negative reals to integers whose sum is exactly `total` (largest-remainder method). */
export function roundToTotal(values: readonly number[], total: number): number[] {
  const floors = values.map(Math.floor);
  let rest = total - floors.reduce((a, b) => a + b, 0);
  const order = values
    .map((v, i) => [v - Math.floor(v), i] as const)
    .sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  const out = [...floors];
  for (let k = 0; rest !== 0 && order.length > 0; k = (k + 1) % order.length) {
    const i = order[k]![1];
    if (rest > 0) {
      out[i]! += 1;
      rest--;
    } else if (out[i]! > 0) {
      out[i]! -= 1;
      rest++;
    }
  }
  return out;
}
