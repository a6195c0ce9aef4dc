import { checkPackage } from './checks/index.ts';
import { formatIssue } from './issues.ts';
import { labelAnchors } from './anchors.ts';
import { parsePackage, type DataPackage, type PackageTexts } from './package.ts';
import { deriveSupply, type SupplyResult } from './supply.ts';

export interface Validated {
  pkg: DataPackage;
  /** Every problem found, as "datei, ort, Feld x: meldung". */
  messages: string[];
  /** The supply indicators computed from the facilities and boundaries (see supply.ts). */
  supply: SupplyResult;
  /** Label anchors by area key, computed here so the main thread need not. */
  anchors: Record<string, [number, number]>;
}

/**
 * Parse every file through its schema and run the cross-file checks (as `npm run data:check` does),
 * then compute the supply indicators — all off the main thread when run in the worker.
 */
export function validatePackage(texts: PackageTexts): Validated {
  const { pkg, issues } = parsePackage(texts);
  const supply = deriveSupply(pkg);
  return {
    pkg,
    messages: [...issues, ...checkPackage(pkg)].map(formatIssue).concat(supply.messages),
    supply,
    anchors: labelAnchors(pkg),
  };
}
