import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe on the page as it is now (or the parts `include` selects) and expects no violations. On failure the assertion's
 * diff lists each rule with its help text and the elements it flags (CSS selectors), and the
 * full axe result is attached to the test report.
 */
export async function expectNoAxeViolations(
  page: Page,
  testInfo: TestInfo,
  options: { include?: readonly string[] } = {},
) {
  // Only violations are read: `resultTypes` spares axe collecting every node of every passed
  // rule (most of its time on a page of a few thousand elements). Legacy mode runs `axe.run` in
  // the page itself: the default (`runPartial`, then `finishRun` in a blank page the builder
  // opens) serialises every rule's partial result, passes included, out of the page and into
  // another, which took 2–3 times as long as the audit (the reader: 20–24 s → 6–11 s whole,
  // 4–7 s → 1.7–2 s for two pairs, at load 12). What legacy mode gives up, cross-origin
  // frames, this site has none of.
  let builder = new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true);
  for (const selector of options.include ?? []) builder = builder.include(selector);
  const results = await builder.analyze();
  const violations = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  if (violations.length > 0) {
    await testInfo.attach('axe-violations.json', {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
    console.log(`axe on ${page.url()}:\n${JSON.stringify(violations, null, 2)}`);
  }
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}
