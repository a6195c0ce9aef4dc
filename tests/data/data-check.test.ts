import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackage } from '../../src/data/checks/index.ts';
import { formatIssue } from '../../src/data/issues.ts';
import {
  PACKAGE_FILES,
  parsePackage,
  type PackageFileKey,
  type PackageTexts,
} from '../../src/data/package.ts';
import { shippedTexts } from '../../tools/fixtures/shipped.ts';

const root = resolve(import.meta.dirname, '../..');
const shipped = shippedTexts();

const run = (texts: PackageTexts) => {
  const { pkg, issues } = parsePackage(texts);
  return [...issues, ...checkPackage(pkg)].map(formatIssue);
};

interface Fixture {
  datei: PackageFileKey;
  ersetzen?: [string, string][];
  anhaengen?: string;
  ring_oeffnen?: string;
  /** Write the file in this encoding instead of UTF-8 (as Excel's plain "CSV" does). */
  kodierung?: 'windows-1252';
  /** Nest a property this deep (a crafted file). */
  tief?: number;
  /** Pad the file to this many bytes. */
  vergroessern?: number;
  erwartet: string;
}

/** Windows-1252 bytes of a text (the Latin-1 range covers German letters). */
const windows1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

/** Apply a broken fixture: a small, deliberate defect in one file of the shipped package. */
function applyFixture(f: Fixture): PackageTexts {
  let text = shipped[f.datei] ?? '';
  for (const [from, to] of f.ersetzen ?? []) {
    expect(text.includes(from), `fixture pattern not found: ${from}`).toBe(true);
    text = text.replace(from, to);
  }
  if (f.anhaengen) text += f.anhaengen;
  if (f.ring_oeffnen) {
    const json = JSON.parse(text);
    const feat = json.features.find(
      (x: { properties: { schluessel: string } }) => x.properties.schluessel === f.ring_oeffnen,
    );
    const ring =
      feat.geometry.type === 'Polygon' ? feat.geometry.coordinates[0] : feat.geometry.coordinates[0][0];
    ring.pop();
    text = JSON.stringify(json);
  }
  if (f.tief) text = text.replace(/\}\s*$/, `, "x": ${'['.repeat(f.tief)}${']'.repeat(f.tief)}}`);
  if (f.vergroessern) text += '\n'.repeat(f.vergroessern - text.length);
  return { ...shipped, [f.datei]: f.kodierung ? windows1252(text) : text };
}

describe('data:check', () => {
  it('accepts the shipped package', () => {
    expect(run(shipped)).toEqual([]);
  });

  it('accepts every file as UTF-8 bytes with a byte-order mark, as Excel and editors write them', () => {
    const enc = new TextEncoder();
    const withBom = Object.fromEntries(
      Object.entries(shipped).map(([k, t]) => [k, enc.encode(`\uFEFF${t}`)]),
    ) as PackageTexts;
    expect(run(withBom)).toEqual([]);
  });

  const dir = join(root, 'tests/fixtures/broken');
  for (const name of readdirSync(dir).sort()) {
    const fixture = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Fixture;
    it(`rejects ${name} naming file, row and field`, () => {
      const messages = run(applyFixture(fixture));
      expect(
        messages.some((m) => m.includes(fixture.erwartet)),
        messages.slice(0, 5).join('\n'),
      ).toBe(true);
    });
  }

  it('exits non-zero from the command line with a precise message', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'qe-check-'));
    cpSync(join(root, 'data'), join(tmp, 'data'), { recursive: true });
    cpSync(join(root, 'public/geo'), join(tmp, 'public/geo'), { recursive: true });
    const obs = join(tmp, PACKAGE_FILES.beobachtungen);
    writeFileSync(
      obs,
      readFileSync(obs, 'utf8').replace(
        '13,anteil_auslaender,2018,0.206,',
        '13,anteil_auslaender,2018,1.206,',
      ),
    );
    let out = '';
    let code = 0;
    try {
      execFileSync(
        process.execPath,
        ['--import', 'tsx', join(root, 'tools/data-check/cli.ts'), '--root', tmp],
        { stdio: 'pipe' },
      );
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      code = err.status;
      out = err.stderr.toString();
    }
    expect(code).toBe(1);
    expect(out).toMatch(
      /data\/beobachtungen\.csv, Zeile \d+, Feld wert: Anteil 1\.206 liegt nicht in \[0, 1\]/,
    );
  });
});
