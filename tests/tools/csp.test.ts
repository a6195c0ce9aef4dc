import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, frameAncestors } from '../../tools/build/csp.ts';

describe('the Content-Security-Policy of the built app (tools/build/csp.ts)', () => {
  it('allows only the app itself: no inline script or style, no eval, no other host', () => {
    const p = contentSecurityPolicy([]);
    expect(p).toContain("script-src 'self';");
    expect(p).toContain("style-src 'self';");
    expect(p).toContain("connect-src 'self';");
    expect(p).toContain("worker-src 'self';");
    expect(p).toContain("object-src 'none'");
    expect(p).not.toMatch(/unsafe-|\*/);
  });

  it('adds the configured basemap host to connect-src and img-src, nothing else', () => {
    const p = contentSecurityPolicy([
      'https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/de_basemapde_web_raster_farbe/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png',
    ]);
    expect(p).toContain("connect-src 'self' https://sgx.geodatenzentrum.de;");
    expect(p).toContain("img-src 'self' data: blob: https://sgx.geodatenzentrum.de;");
    expect(p).toContain("script-src 'self';");
  });

  it('lets the configured https origins embed the app, and nothing that is not one', () => {
    expect(frameAncestors([])).toBe("frame-ancestors 'self'");
    expect(
      frameAncestors([
        'https://www.bremerhaven.de',
        'https://www.bremerhaven.de/',
        'https://karte.example:8443',
      ]),
    ).toBe("frame-ancestors 'self' https://www.bremerhaven.de https://karte.example:8443");
    for (const bad of [
      '*',
      'http://unsicher.example',
      'https://*.example',
      "https://a.example 'unsafe-inline'",
      'https://a.example/pfad',
      42,
    ])
      expect(frameAncestors([bad])).toBe("frame-ancestors 'self'");
  });
});
