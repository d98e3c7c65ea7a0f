import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { parseTbx } from '../lib/termbase/tbx';
import { expectNoAxeViolations } from './axe';
import { SLUG, seedOwnText, test, tooltipOf, waitForHydration } from './fixtures';

/** A realistic TBX v3 export (memoQ-like) with terms of the seeded interview. */
const TBX = 'tests/fixtures/termbase/ai-terms.tbx';

// One journey through two pages (the termbase, an own text), axe and a download.
test.describe.configure({ timeout: 90_000 });

test('a termbase is imported, edited, applied to an own text and exported again', async ({
  page,
}, testInfo) => {
  await page.goto('/en/termbase');
  await seedOwnText(page, 'seeded', readFileSync(`content/documents/${SLUG}.yaml`, 'utf8'));
  await page.reload();
  await waitForHydration(page);
  const file = page.getByLabel('TBX or CSV file');

  // A broken file is named with the place and the problem; nothing is added.
  await file.setInputFiles({
    name: 'broken.tbx',
    mimeType: 'application/xml',
    buffer: Buffer.from('<tbx>\n<text>\n<body></text></tbx>'),
  });
  await expect(page.getByText('broken.tbx: no terms could be read.')).toBeVisible();
  await expect(page.getByText(/^broken\.tbx, line 3: is not well-formed XML/)).toBeVisible();

  await file.setInputFiles(TBX);
  await expect(page.getByText('ai-terms.tbx: 5 terms added, 0 updated.')).toBeVisible();
  const entries = page.locator('.termbase__entry');
  await expect(entries).toHaveCount(5);
  await expect(entries.filter({ hasText: '场景' })).toContainText('scenario; use case');

  // Edit an entry by keyboard: its form opens on the term, Enter saves.
  await page.getByRole('button', { name: 'Edit 创业者' }).click();
  const form = page.getByRole('form', { name: 'Edit 创业者' });
  await expect(form.getByLabel('Term (Chinese)')).toBeFocused();
  await form.getByLabel('Pinyin').fill('chuàngyèzhě');
  await form.getByLabel('Pinyin').press('Enter');
  await expect(form).toBeHidden();
  await expect(entries.filter({ hasText: '创业者' })).toContainText('chuàngyèzhě');
  await expectNoAxeViolations(page, testInfo);

  // Apply it to the own text.
  await page.getByLabel('The texts I choose').check();
  await expect(page.getByLabel('Li Tao interview')).toBeChecked();
  await expect(page.getByText('Saved. Open a text to see its terms.')).toBeVisible();

  // The export reads back with the edit.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as TBX' }).click();
  const exported = readFileSync((await (await download).path()) ?? '', 'utf8');
  const back = parseTbx(exported, 'termbase.tbx');
  expect(back.problems).toEqual([]);
  expect(back.entries.map((e) => e.term).sort()).toEqual(
    ['创业者', '场景', '护城河', '算法', '英伟达'].sort(),
  );
  expect(back.entries.find((e) => e.term === '创业者')?.pinyin).toBe('chuàngyèzhě');

  // The own text shows the terms with their tooltips and highlights their renderings.
  await page.goto('/en/local?id=seeded');
  // The text is shown first, then its terms (read from the termbase after the text).
  await expect(page.locator('.pair__zh').first()).toBeVisible();
  await waitForHydration(page);
  const term = page.locator('.pair__zh .term', { hasText: '场景' }).first();
  await expect(term).toBeVisible();
  const tip = await tooltipOf(term);
  await term.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('scenario; use case');
  await expect(tip).toContainText('A concrete setting in which a product or model is used');
  const key = await term.getAttribute('data-term');
  await expect(page.locator(`.pair__en .rendering[data-term="${key}"]`).first()).toBeVisible();

  // The review's term checks with the termbase: tests/components/termbase/LocalReview.test.tsx.
});
