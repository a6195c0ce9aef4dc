/**
 * The bench's targets (issue 22) and the regression guard: every figure is printed beside its
 * target; the run fails (exit code 1) when a ratio — app against the MapLibre floor in the same
 * run, so a noisy machine cancels out — misses its target by more than 10 %, or when a count that
 * does not depend on the machine (geometry uploads, initial kilobytes) misses at all.
 */
export interface Target {
  name: string;
  value: number | undefined;
  target: number;
  /** ratio: gated with 10 % slack; exact: deterministic, gated as is; info: printed only. */
  kind: 'ratio' | 'exact' | 'info';
  unit: string;
}

export const SLACK = 1.1;

export function check(t: Target): 'erfüllt' | 'knapp verfehlt' | 'verfehlt' | 'nicht gemessen' {
  if (t.value === undefined || !Number.isFinite(t.value)) return 'nicht gemessen';
  if (t.value <= t.target) return 'erfüllt';
  if (t.kind === 'ratio' && t.value <= t.target * SLACK) return 'knapp verfehlt';
  return 'verfehlt';
}

/** Whether the run fails: a gated figure missed beyond its slack. */
export const fails = (targets: Target[]) => targets.some((t) => t.kind !== 'info' && check(t) === 'verfehlt');

const fmt = (t: Target) =>
  t.value === undefined
    ? '–'
    : `${t.value.toFixed(t.unit === '×' ? 2 : 0)}${t.unit === '×' ? '×' : ` ${t.unit}`}`;

export function report(targets: Target[]): string {
  return targets
    .map(
      (t) =>
        `${check(t) === 'erfüllt' ? '✓' : check(t) === 'nicht gemessen' ? '·' : '✗'} ${t.name}: ${fmt(t)} (Ziel ≤ ${t.target}${t.unit === '×' ? '×' : ` ${t.unit}`}${t.kind === 'info' ? ', nur angezeigt' : ''}) – ${check(t)}`,
    )
    .join('\n');
}
