import { describe, expect, it } from 'vitest';
import { dataPackagePlugin } from '../../tools/build/package.ts';

describe('the built page starts what the first map waits for', () => {
  const html = '<html><head><title>x</title></head><body></body></html>';
  const plugin = dataPackagePlugin('.') as unknown as { transformIndexHtml(h: string): string };
  const out = plugin.transformIndexHtml(html);
  it('preloads config.json as the app fetches it (cors, same-origin credentials)', () => {
    expect(out).toContain('<link rel="preload" href="./config.json" as="fetch" crossorigin="anonymous" />');
  });
  it('preloads no package file: config.json may name another folder', () => {
    expect(out).not.toMatch(/rel="preload" href="\.\/(data|geo)\//);
    expect(out).toContain('<title>Quartiersexplorer Bremerhaven</title>');
  });
});
