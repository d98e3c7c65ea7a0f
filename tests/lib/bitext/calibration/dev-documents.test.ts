import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/align/split-sentences';
import { devDocument, perturb, seededRandom } from '@/lib/bitext/calibration/dev-documents';
import { DEV_LAYOUTS } from '@/lib/bitext/calibration/dev-sets';
import { splitParagraphs } from '@/lib/bitext/paragraphs';

/** Sentences as alignDocument counts them (alignSegments: the lines themselves). */
function sentenceCount(text: string, side: 'zh' | 'en', segments: boolean): number {
  if (segments) return text === '' ? 0 : text.split('\n').length;
  return splitParagraphs(text).reduce((n, p) => n + splitSentences(p, side).length, 0);
}

describe('devDocument', () => {
  const unit = fc.record({
    zh: fc.constantFrom('神说要有光。', '就有了光。', '地是空虚混沌。渊面黑暗。', '好', ''),
    en: fc.constantFrom(
      'And God said.',
      'Let there be light.',
      'It was good. And so on.',
      'ok',
      '',
    ),
  });

  it('gives gold beads that cover every sentence once, in order, in every layout (property)', () => {
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...DEV_LAYOUTS),
        fc.integer(),
        (units, layout, seed) => {
          const random = seededRandom(seed);
          const doc = devDocument('t', perturb(units, random), layout, random);
          for (const side of ['zh', 'en'] as const) {
            const covered = doc.gold.flatMap((b) => b[side]);
            const count = sentenceCount(doc[side], side, layout === 'segments');
            expect(covered).toEqual(Array.from({ length: count }, (_, i) => i));
          }
        },
      ),
    );
  });

  it('lays the same units out one a line, in paragraphs, or run together', () => {
    const units = [
      { zh: '起初神创造天地。', en: 'In the beginning God created the heaven and the earth.' },
      { zh: '地是空虚混沌。渊面黑暗。', en: 'And the earth was without form, and void.' },
    ];
    expect(devDocument('g', units, 'lines', seededRandom(1)).zh).toBe(
      '起初神创造天地。\n地是空虚混沌。渊面黑暗。',
    );
    const together = devDocument('g', units, 'run-together', seededRandom(1));
    expect(together.en).toBe(
      'In the beginning God created the heaven and the earth. And the earth was without form, and void.',
    );
    expect(together.gold).toEqual([
      { zh: [0], en: [0] },
      { zh: [1, 2], en: [1] },
    ]);
  });
});
