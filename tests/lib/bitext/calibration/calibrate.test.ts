import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignDocument } from '@/lib/bitext/align-document';
import { CONFIDENCE_MAPS, calibrateConfidence } from '@/lib/bitext/calibration/calibrate';
import { devDocument, seededRandom } from '@/lib/bitext/calibration/dev-documents';
import { labelLinks } from '@/lib/bitext/calibration/link-labels';
import { documentLinks } from '@/lib/bitext/document-links';
import type { AlignmentLexicon } from '@/lib/bitext/lexicon';
import { loadLexiconFile } from '@/lib/bitext/lexicon-file';

const root = path.resolve(import.meta.dirname, '../../../..');

describe('calibrateConfidence', () => {
  it('ships a fitted map for each entry point, non-decreasing within [0, 1]', () => {
    for (const map of Object.values(CONFIDENCE_MAPS)) {
      expect(map.x.length).toBeGreaterThan(2);
      for (let k = 1; k < map.y.length; k++)
        expect(map.y[k]).toBeGreaterThanOrEqual(map.y[k - 1] ?? 0);
    }
    // The surest links are right almost always, and the unsure ones more often than their
    // posterior says (the model was under-confident there).
    expect(calibrateConfidence(1)).toBeGreaterThan(0.99);
    expect(calibrateConfidence(0.5)).toBeGreaterThan(0.5);
  });
});

/**
 * Issue 12: 24 Genesis verses whose links all match the gold, half of them shown as uncertain.
 * The verses are KJV and the Chinese Union Version (public domain), from the shared data.
 */
describe('the 24 Genesis verses of issue 12', () => {
  let lexicon: AlignmentLexicon;
  beforeAll(() => {
    lexicon = loadLexiconFile(path.join(root, 'lib/bitext/data/cedict-lexicon.json'));
  });
  const units = readFileSync(path.join(root, 'tests/fixtures/align/genesis-1-1-24.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const row: { zh: string; en: string } = JSON.parse(line);
      return { zh: row.zh, en: row.en };
    });

  for (const layout of ['lines', 'paragraphs', 'run-together', 'mixed'] as const) {
    it(`links every verse right and marks fewer than one link in ten uncertain (${layout})`, () => {
      const doc = devDocument('genesis', units, layout, seededRandom(1));
      const links = documentLinks(alignDocument(doc.zh, doc.en, { lexicon }));
      expect(labelLinks(links, doc.gold).every(Boolean)).toBe(true);
      expect(links.filter((l) => l.low).length).toBeLessThan(links.length / 10);
    });
  }
});
