import type { BrowserContext, Page } from 'playwright-core';

/** The Datenwerkstatt's source form filled in as a planner does (tests and bench). */
export async function fillProvenance(
  page: Page,
  q: { titel: string; herausgeber: string; stichtag: string; lizenz: string; status?: string },
): Promise<void> {
  await page.getByLabel('Titel der Quelle').fill(q.titel);
  await page.getByLabel('Herausgeber').fill(q.herausgeber);
  await page.getByLabel('Stichtag').fill(q.stichtag);
  await page.getByLabel('Lizenz').fill(q.lizenz);
  await page.getByLabel('Status').selectOption(q.status ?? 'amtlich');
}

/** A new page on the Datenwerkstatt, ready for files. */
export async function openWorkshop(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}?ansicht=daten`);
  await page.getByRole('heading', { level: 2, name: 'Datenwerkstatt' }).waitFor({ timeout: 60_000 });
  return page;
}
