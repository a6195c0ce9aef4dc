import { describe, expect, it } from 'vitest';
import { COMMUNITY_LANGUAGES, type CommunityLanguage } from '../../src/domain/format.ts';
import { de } from '../../src/i18n/de.ts';
import { deViews } from '../../src/i18n/de.views.ts';
import { RESIDENT_KEYS, type CommunityPack } from '../../src/i18n/community/keys.ts';
import { ar } from '../../src/i18n/community/ar.ts';
import { bg } from '../../src/i18n/community/bg.ts';
import { tr } from '../../src/i18n/community/tr.ts';
import { uk } from '../../src/i18n/community/uk.ts';
import { loadMessages, translator } from '../../src/i18n/translate.ts';

const PACKS: Record<CommunityLanguage, CommunityPack> = { ar, bg, tr, uk };
const GERMAN = { ...de, ...deViews } as Record<string, string>;
/** The script a translated text must be written in, where it has words at all. */
const SCRIPT: Record<CommunityLanguage, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  bg: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  tr: /[a-zçğıöşü]/i,
};
/** Words that are the same in the translation, and rightly so. */
const SAME: Partial<Record<CommunityLanguage, string[]>> = { tr: ['nav.profil'] };
/** The territory's phrases (view/territory.ts) every text may use, whichever the language needs. */
const TERRITORY = new Set([
  'gebiet',
  'imGebiet',
  'desGebiets',
  'titel',
  'beispiel',
  'vorgabe',
  'folien',
  'ebene',
  'ebenen',
  'imEbene',
  'obereEbene',
  'obereEbenen',
  'gesamtArt',
]);
const all = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
/** The parameters the caller passes: those a translation must keep. */
const params = (s: string) => new Set(all(s).filter((p) => !TERRITORY.has(p)));
/** Letters outside parameters, names and the brand: what a translation has to translate. */
const words = (s: string) =>
  s
    .replace(/\{\w+\}/g, '')
    .replace(
      /Quartiersexplorer|Zukunftswerkstatt Kommunen|Leichte Sprache|Viridis|Ckmeans|Hauptstraße|Esc/g,
      '',
    )
    .replace(/[^\p{L}]+/gu, '');

describe.each(COMMUNITY_LANGUAGES)('the %s pack', (lang) => {
  const pack = PACKS[lang];
  it('has exactly the resident keys, each a German key', () => {
    expect(Object.keys(pack).sort()).toEqual([...RESIDENT_KEYS].sort());
    for (const key of RESIDENT_KEYS) expect(GERMAN[key], key).toBeDefined();
  });
  it('keeps every parameter of the German text and adds none', () => {
    for (const key of RESIDENT_KEYS) {
      const text = pack[key];
      const german = params(GERMAN[key]!);
      for (const form of typeof text === 'string' ? [text] : Object.values(text))
        for (const p of all(form))
          expect(TERRITORY.has(p) || german.has(p), `${lang} ${key}: {${p}}`).toBe(true);
      if (typeof text === 'string') expect(params(text), `${lang} ${key}`).toEqual(german);
      // A plural form may spell its number out ("منطقة واحدة"), but brings no other parameter.
    }
  });
  it('translates: written in its script, and no text left as the German one', () => {
    for (const key of RESIDENT_KEYS) {
      const forms = typeof pack[key] === 'string' ? [pack[key]] : Object.values(pack[key]);
      for (const text of forms) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        if (words(GERMAN[key]!) === '' || SAME[lang]?.includes(key)) continue;
        expect(text, `${lang} ${key}`).not.toBe(GERMAN[key]);
        expect(SCRIPT[lang].test(words(text)), `${lang} ${key}: ${text}`).toBe(true);
      }
    }
  });
  it('says that it is a translation and the German text is authoritative', async () => {
    await loadMessages(lang);
    const t = translator(lang);
    expect(t('lang.translated')).not.toBe(de['lang.translated']);
    expect(t('lang.translated').length).toBeGreaterThan(40);
  });
});

describe('plural forms from Intl.PluralRules', () => {
  it('picks the Ukrainian and Arabic forms by the count', async () => {
    await Promise.all([loadMessages('uk'), loadMessages('ar'), loadMessages('tr')]);
    const t = translator('uk');
    expect([1, 2, 5, 21, 24].map((count) => t('legend.count', { count }))).toEqual([
      '1 територія',
      '2 території',
      '5 територій',
      '21 територія',
      '24 території',
    ]);
    const a = translator('ar');
    expect(a('legend.count', { count: 2 })).toBe('منطقتان');
    expect(a('legend.count', { count: 3 })).toBe('3 مناطق');
    expect(a('legend.count', { count: 11 })).toBe('11 منطقة');
    expect(translator('tr')('profile.hits', { count: 3 })).toBe('3 sonuç');
  });
  it('falls back to German for a key a pack does not have', async () => {
    await loadMessages('tr');
    expect(translator('tr')('scatter.xAxis')).toBe('Waagerechte Achse (x)');
  });
});
