import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COMMUNITY_LANGUAGES, type CommunityLanguage } from '../../src/domain/format.ts';
import { de } from '../../src/i18n/de.ts';
import { deViews } from '../../src/i18n/de.views.ts';
import { mapIdle } from '../../tools/browser/launch.ts';
import { arabicFontLoaded, axeViolations } from './app-page.ts';
import { appInBrowser, SHOTS } from './session.ts';

/**
 * The community languages as a resident meets them: the profile and finder on a phone and a
 * laptop, the map's legend and tooltip, the page right to left in Arabic — and no German left
 * where a translation belongs (German only inside a part marked lang="de").
 */
const app = appInBrowser();

const catalogue = JSON.parse(readFileSync('data/indikatoren.json', 'utf8')) as {
  indikatoren: Record<string, string>[];
};
/**
 * What betrays an untranslated text: the German messages' fixed parts (split at their
 * parameters, at least two words) and the German labels of indicators that have a translation.
 */
const GERMAN_FRAGMENTS = [
  ...Object.values({ ...de, ...deViews } as Record<string, string>).flatMap((text) =>
    text
      .split(/\{\w+\}/)
      .map((s) =>
        s
          .trim()
          .replace(/^[–:,.;()]+|[–:,.;()]+$/g, '')
          .trim(),
      )
      // "Leichte Sprache" is the name of a kind of German, said so in every language.
      .filter((s) => s.split(/\s+/).length >= 2 && /\p{L}{4}/u.test(s) && s !== 'Leichte Sprache'),
  ),
  ...catalogue.indikatoren.filter((i) => i.label_tr).map((i) => i.label_de!),
];

/** The visible text of the page outside parts marked German. */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[lang="de"], script, style, [aria-hidden="true"]')) continue;
      if (!el.checkVisibility()) continue;
      out.push(n.textContent ?? '');
    }
    // Labels a screen reader speaks count too.
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]'))
      if (!el.closest('[lang="de"]'))
        out.push(['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? '').join(' '));
    return out.join('\n');
  });
}
async function untranslated(page: Page): Promise<string[]> {
  const text = await visibleText(page);
  return [...new Set(GERMAN_FRAGMENTS.filter((f) => text.includes(f)))];
}

type Reader = CommunityLanguage | 'en';
const READERS: readonly Reader[] = [...COMMUNITY_LANGUAGES, 'en'];
const STATUS: Record<Reader, string> = {
  en: 'sample value',
  ar: 'قيمة تجريبية',
  bg: 'примерна стойност',
  tr: 'örnek değer',
  uk: 'прикладове значення',
};
const FINDER: Record<Reader, string> = {
  en: 'Find my quartier',
  ar: 'ابحث عن حيّك',
  bg: 'Намери моя квартал',
  tr: 'Mahallemi bul',
  uk: 'Знайти мій квартал',
};

describe('the resident’s profile in Arabic, Bulgarian, Turkish, Ukrainian and English', () => {
  it.each(READERS)(
    '%s: lang and dir, a translation note, figures with status and sources, axe clean at 390 and 1366 px, no overflow at 320 px with 200 % text',
    async (lang) => {
      const { page } = app;
      for (const width of [390, 1366]) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(`${app.base}?ansicht=profil&gebiet=212&sprache=${lang}`);
        await page.getByRole('heading', { level: 2, name: 'Geestendorf' }).waitFor();
        await page.locator('.figure-sentence').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        if (lang !== 'en')
          await expect.poll(() => page.getByTestId('uebersetzung').textContent()).toBeTruthy();
        // Every figure with its value, its status in the language and its source.
        const figures = page.locator('.profile-figures');
        expect(await figures.locator('.figure-value').count()).toBeGreaterThanOrEqual(6);
        expect(await figures.locator('.figure-meta').first().textContent()).toContain(STATUS[lang]);
        const sentences = (await figures.locator('.figure-sentence').allTextContents()).join(' ');
        expect(sentences).toContain('Geestendorf');
        expect(await untranslated(page)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        if (lang === 'ar') {
          // The bundled Arabic face is in use, loaded with the language (offline, no CDN).
          await page.evaluate(() => document.fonts.ready);
          // The face's stylesheet arrives with the language, just after the text: wait for it.
          await expect.poll(() => page.evaluate(arabicFontLoaded), { timeout: 15_000 }).toBe(true);
          // Mirrored: the language menu sits at the header's left end.
          const menu = await page.locator('.lang-menu').boundingBox();
          const brand = await page.locator('.brand').boundingBox();
          if (width > 1000) expect(menu!.x).toBeLessThan(brand!.x);
        }
        await page.screenshot({ path: `${SHOTS}/profil-${lang}-${width}.png` });
      }
      await page.setViewportSize({ width: 320, height: 700 });
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
      ).toBeLessThanOrEqual(0);
      await page.evaluate(() => (document.documentElement.style.fontSize = ''));
    },
  );

  it.each(READERS)('%s: the finder searches, in the language; axe clean at 390 and 1366 px', async (lang) => {
    const { page } = app;
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(`${app.base}?ansicht=profil&sprache=${lang}`);
      await page.getByRole('heading', { name: FINDER[lang] }).waitFor();
      const search = page.getByRole('combobox').or(page.getByRole('searchbox')).first();
      await search.fill('geestend');
      await page
        .getByRole('link', { name: /Geestendorf/ })
        .first()
        .waitFor();
      expect(await untranslated(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});

describe('the map in a community language', () => {
  it('shows legend, tooltip and table in Arabic, right to left, the map itself unmirrored', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${app.base}?sprache=ar&indikator=anteil_65_plus`);
    await page.getByTestId('tabelle').waitFor();
    await mapIdle(page);
    const legend = page.locator('.legend').first();
    expect(await legend.textContent()).toContain('نسبة من 65 سنة فأكثر');
    // Keyboard: focus the map, move to an area — the tooltip speaks Arabic.
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('.tooltip').textContent(), { timeout: 5000 })
      .toMatch(/\p{Script=Arabic}/u);
    expect(await untranslated(page)).toEqual([]);
    // West stays west: Weddewarden (north-west) is drawn left of Surheide (south-east).
    const [west, east] = await page.evaluate(() => {
      const map = (window as unknown as { __qxMap: { project(c: [number, number]): { x: number } } }).__qxMap;
      return [map.project([8.57, 53.6]).x, map.project([8.63, 53.5]).x];
    });
    expect(west).toBeLessThan(east);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/karte-ar-1366.png` });
  });

  it('marks the staff’s views German (lang="de") with a note in the reader’s language', async () => {
    const { page } = app;
    for (const [view, lang, note] of [
      ['vergleich', 'tr', 'Bu görünüm yalnızca Almanca olarak mevcuttur.'],
      ['sitzung', 'uk', 'Цей розділ доступний лише німецькою мовою.'],
      ['daten', 'ar', 'هذا العرض متاح باللغة الألمانية فقط.'],
    ] as const) {
      await page.goto(`${app.base}?ansicht=${view}&sprache=${lang}`);
      await expect.poll(() => page.getByTestId('uebersetzung').textContent()).toContain(note);
      await page.locator('.german-only h2, .german-only h1').first().waitFor();
      expect(await untranslated(page)).toEqual([]);
    }
  });
});

const VIEWS = [
  'karte',
  'vergleich',
  'profil',
  'streuung',
  'praesentation',
  'daten',
  'sitzung',
  'barrierefreiheit',
  'einbetten',
] as const;
describe('every view in every language: no German left outside a part marked German', () => {
  it.each(READERS.flatMap((lang) => VIEWS.map((view) => [lang, view] as const)))(
    '%s %s',
    async (lang, view) => {
      const { page } = app;
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(`${app.base}?ansicht=${view}&sprache=${lang}&gebiet=212`);
      await page.locator('main h2, main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await untranslated(page)).toEqual([]);
    },
  );
});

describe('German readers download no other language', () => {
  it('loads neither a language pack nor the Arabic or Cyrillic fonts', async () => {
    const { page } = app;
    const urls: string[] = [];
    const listen = (r: { url(): string }) => urls.push(r.url());
    page.on('request', listen);
    await page.goto(`${app.base}?ansicht=profil&gebiet=212`);
    await page.locator('.figure-sentence').first().waitFor();
    await page.goto(`${app.base}?indikator=anteil_65_plus`);
    await mapIdle(page);
    page.off('request', listen);
    const names = urls.map((u) => new URL(u).pathname.split('/').pop() ?? '');
    expect(names.filter((n) => /^(ar|bg|tr|uk|en|leicht)-[\w-]+\.js$|arabic|cyrillic/.test(n))).toEqual([]);
  });
});
