/**
 * One HTTP byte range (`Range: bytes=a-b`, `bytes=a-`, `bytes=-n`) of a file of `size` bytes, as
 * inclusive offsets; null: no or an unusable header (answer the whole file); 'unsatisfiable': 416.
 * Vector tiles (PMTiles) are read this way; several ranges in one header are not needed by any
 * reader here and are answered with the whole file.
 */
export function byteRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec((header ?? '').trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start: number;
  let end: number;
  if (m[1] === '') {
    const n = Number(m[2]);
    if (n === 0) return 'unsatisfiable';
    start = Math.max(0, size - n);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}
