import { checkPackage } from './checks.ts';
import { formatIssue } from './issues.ts';
import { parsePackage, type DataPackage, type PackageTexts } from './package.ts';

export interface Validated {
  pkg: DataPackage;
  /** Every problem found, as "datei, ort, Feld x: meldung". */
  messages: string[];
}

/** Parse every file through its schema and run the cross-file checks (as `npm run data:check` does). */
export function validatePackage(texts: PackageTexts): Validated {
  const { pkg, issues } = parsePackage(texts);
  return { pkg, messages: [...issues, ...checkPackage(pkg)].map(formatIssue) };
}
