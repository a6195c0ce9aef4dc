// @vitest-environment jsdom
import { territoryTexts } from '../../src/view/territory.ts';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/data/schemas.ts';
import { NewIndicatorForm } from '../../src/features/workshop/NewIndicatorForm.tsx';
import { I18nProvider } from '../../src/i18n/context.tsx';
import { loadWorkshopMessages } from '../../src/i18n/translate.ts';
import { shippedModel } from '../../tools/fixtures/shipped.ts';

afterEach(cleanup);
beforeAll(() => loadWorkshopMessages());
const { model } = shippedModel();

let latest: Indicator[] = [];
function Form() {
  const [created, setCreated] = useState<Indicator[]>([]);
  const change = (next: Indicator[]) => {
    latest = next;
    setCreated(next);
  };
  return (
    <I18nProvider lang="de" territory={territoryTexts(model, 'de')}>
      <NewIndicatorForm model={model} created={created} onChange={change} />
    </I18nProvider>
  );
}

describe('Neue Kennzahl anlegen', () => {
  it('names what is missing at its field, then creates the entry by keyboard', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByText('Neue Kennzahl anlegen'));
    await user.click(screen.getByRole('button', { name: 'Kennzahl anlegen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte ergänzen: 2 Angaben');
    const de = screen.getByLabelText('Name (deutsch)');
    expect(de).toHaveAttribute('aria-invalid', 'true');
    expect(de).toHaveAccessibleDescription('Name (deutsch) fehlt');
    await user.type(de, 'SGB-II-Quote');
    await user.type(screen.getByLabelText('Name (englisch)'), 'Benefit rate');
    expect(screen.getByText('sgb_ii_quote')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Handlungsfeld'), 'teilhabe');
    await user.selectOptions(screen.getByLabelText('Bewertung'), 'hoeher_schlechter');
    expect(screen.getByLabelText('Zusammenfassung für Stadtteile und Stadt')).toHaveValue('mittel');
    expect(screen.getByLabelText('Gewicht')).toHaveValue('einwohner');
    await user.type(screen.getByLabelText(/Kleinzahlregel/), '500');
    await user.click(screen.getByRole('button', { name: 'Kennzahl anlegen' }));
    expect(latest).toEqual([
      expect.objectContaining({
        id: 'sgb_ii_quote',
        label_en: 'Benefit rate',
        gruppe: 'teilhabe',
        polaritaet: 'hoeher_schlechter',
        aggregation: { art: 'mittel', gewicht: 'einwohner' },
        kleinzahl: { min_gewicht: 500 },
      }),
    ]);
    expect(screen.getByTestId('ws-neue-kennzahlen')).toHaveTextContent(
      'SGB-II-Quote (sgb_ii_quote, Anteil (%), gewichtetes Mittel)',
    );
    // The same name again is refused; removal is one click.
    await user.type(screen.getByLabelText('Name (deutsch)'), 'SGB-II-Quote');
    await user.click(screen.getByRole('button', { name: 'Kennzahl anlegen' }));
    expect(screen.getByLabelText('Name (deutsch)')).toHaveAccessibleDescription(
      'Eine Kennzahl „sgb_ii_quote“ gibt es schon',
    );
    await user.click(screen.getByRole('button', { name: 'Kennzahl „SGB-II-Quote“ entfernen' }));
    expect(latest).toEqual([]);
  });

  it('a count is summed; a ratio asks for numerator and denominator among the counts', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByText('Neue Kennzahl anlegen'));
    await user.selectOptions(screen.getByLabelText('Einheit'), 'personen');
    expect(screen.getByLabelText('Zusammenfassung für Stadtteile und Stadt')).toHaveValue('summe');
    await user.selectOptions(screen.getByLabelText('Einheit'), 'je_1000');
    await user.selectOptions(
      screen.getByLabelText('Zusammenfassung für Stadtteile und Stadt'),
      'verhaeltnis',
    );
    await user.type(screen.getByLabelText('Name (deutsch)'), 'Geburten je 1000');
    await user.type(screen.getByLabelText('Name (englisch)'), 'Births per 1000');
    await user.click(screen.getByRole('button', { name: 'Kennzahl anlegen' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    const numerators = [...screen.getByLabelText<HTMLSelectElement>('Zähler').options].map((o) => o.value);
    expect(numerators).toContain('einwohner_80_plus');
    expect(numerators).not.toContain('anteil_65_plus');
    await user.selectOptions(screen.getByLabelText('Zähler'), 'einwohner_unter_6');
    await user.click(screen.getByRole('button', { name: 'Kennzahl anlegen' }));
    expect(latest[0]?.aggregation).toEqual({
      art: 'verhaeltnis',
      zaehler: 'einwohner_unter_6',
      nenner: 'einwohner',
      faktor: 1000,
    });
  });
});
