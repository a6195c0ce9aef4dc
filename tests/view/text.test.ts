import { describe, expect, it } from 'vitest';
import type { IndicatorId } from '../../src/domain/ids.ts';
import { indicatorWithYear, yearText } from '../../src/view/text.ts';
import { loadMessages, translator } from '../../src/i18n/translate.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';

const { model } = shippedModel();
const ind = (id: string) => model.indicators.get(id as IndicatorId)!;

describe('the year after an indicator name', () => {
  it('follows the name directly, unless the name ends in a year itself', async () => {
    await loadMessages('en');
    const de = translator('de');
    const en = translator('en');
    expect(indicatorWithYear(ind('anteil_65_plus'), 2024, 'de', de)).toBe('Anteil ab 65 Jahren 2024');
    expect(indicatorWithYear(ind('versorgungsverlust'), 2024, 'de', de)).toBe(
      'Versorgungsverlust seit 2015 bis 2024',
    );
    expect(indicatorWithYear(ind('versorgungsverlust'), 2022, 'en', en)).toBe(
      'Loss of local supply since 2015 up to 2022',
    );
    // In the message templates that take {indicator} and {year} apart.
    expect(yearText(ind('anteil_65_plus'), 2030, 'de', de)).toBe('2030');
    expect(yearText(ind('versorgungsverlust'), 2030, 'de', de)).toBe('bis 2030');
  });
});
