import { manifestFiles, PACKAGE_FILES, type PackageTexts } from '../src/data/package.ts';

/**
 * The shipped package's files as the bench pages read them: the site's copy beside dist/bench
 * (`data/`, `geo/`), each file by the path its manifest names.
 */
export async function benchPackageTexts(): Promise<PackageTexts> {
  const url = (path: string) =>
    path.startsWith('public/') ? `../${path.slice('public/'.length)}` : `./${path}`;
  const manifest = await (await fetch(url(PACKAGE_FILES.paket))).text();
  return Object.fromEntries(
    await Promise.all(
      Object.entries(manifestFiles(manifest)).map(
        async ([k, path]) => [k, await (await fetch(url(path))).text()] as const,
      ),
    ),
  ) as PackageTexts;
}
