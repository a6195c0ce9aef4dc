import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { labelAnchors } from '../../src/data/anchors.ts';
import { buildModel } from '../../src/data/model.ts';
import { PACKAGE_FILES, parsePackage, type PackageFileKey } from '../../src/data/package.ts';
import { deriveCoverage, deriveSupply } from '../../src/data/supply.ts';

/** The shipped data package's files as text. */
export function shippedTexts(): Record<PackageFileKey, string> {
  const root = resolve(import.meta.dirname, '../..');
  return Object.fromEntries(
    Object.entries(PACKAGE_FILES).map(([k, rel]) => [k, readFileSync(join(root, rel), 'utf8')]),
  ) as Record<PackageFileKey, string>;
}

/** A package's files parsed, and as the app's model with supply and coverage. */
export function modelOf(texts: Record<PackageFileKey, string>) {
  const { pkg } = parsePackage(texts);
  const supply = deriveSupply(pkg);
  const coverage = deriveCoverage(pkg);
  const model = buildModel(pkg, {
    observations: [...supply.observations, ...coverage.observations],
    areaOf: supply.areaOf,
    anchors: labelAnchors(pkg),
  });
  return { texts, pkg, supply, coverage, model };
}

/** The shipped data package as text, parsed, and as the app's model with supply and coverage. */
export const shippedModel = () => modelOf(shippedTexts());
