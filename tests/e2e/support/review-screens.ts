// Reading the review screens and their files in e2e specs: client-side navigation (a reload
// would forget the unlocked key), the tables under each question, downloads and CSV.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a workspace screen from the navigation and waits for its heading. */
export async function openScreen(page: Page, item: string, heading = item): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Coordinator' })
    .getByRole('link', { name: item, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
}

/** Waits until the review data has loaded (the status panel says so and offers Refresh). */
export async function dataLoaded(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeVisible({ timeout: 20_000 });
}

/** The question's result section on a form screen. */
export function question(page: Page, label: string): Locator {
  return page.locator('section.question-result').filter({
    has: page.getByRole('heading', { name: label, exact: true }),
  });
}

/** Rows of a table as [header cell, first data cell] text pairs (body and foot). */
export async function tablePairs(table: Locator): Promise<Array<[string, string]>> {
  return table.locator('tbody tr, tfoot tr').evaluateAll((rows) =>
    rows.map((tr) => {
      const th = tr.querySelector('th')?.textContent?.trim() ?? '';
      const td = tr.querySelector('td')?.textContent?.trim() ?? '';
      return [th, td] as [string, string];
    }),
  );
}

/** Every (question, answer, count) a form screen shows in its tables. */
export async function screenCounts(page: Page): Promise<Array<[string, string, string]>> {
  const out: Array<[string, string, string]> = [];
  const sections = page.locator('section.question-result');
  for (const section of await sections.all()) {
    const label = (await section.locator('h2, h3, h4, h5').first().textContent())?.trim() ?? '';
    const table = section.locator('table.data-table');
    if ((await table.count()) === 0) continue;
    for (const [answer, count] of await tablePairs(table)) out.push([label, answer, count]);
  }
  return out;
}

/** Clicks `button` and returns the downloaded file's name and text. */
export async function download(
  page: Page,
  button: Locator,
): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** RFC 4180 CSV (quoted fields, CRLF, optional BOM) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * Nothing a written answer contained ran or became an element: no flag set by a payload, no
 * dialog, no <img src=x>, no inline script, no element with an on… handler attribute.
 */
export async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  const found = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss ?? null,
    injected: document.querySelectorAll('img[src="x"], [onerror], [onload]').length,
    inlineScripts: [...document.querySelectorAll('script')].filter((s) =>
      (s.textContent ?? '').includes('__xss'),
    ).length,
  }));
  expect(found).toEqual({ flag: null, injected: 0, inlineScripts: 0 });
  expect(dialogs).toEqual([]);
}
