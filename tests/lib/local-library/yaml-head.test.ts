import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstFromFile,
  openInSteps,
  openLocalDocument,
} from '@/components/local/open-local-document';
import { parseDocumentFile } from '@/lib/content/parse';
import type { ParallelDocument } from '@/lib/content/schema';
import { serializeDocument } from '@/lib/content/serialize';
import { yamlHead } from '@/lib/local-library/yaml-head';
import { numberedPairs, ownText } from './own-text';

const docOf = (count: number, extra: Partial<ParallelDocument> = {}): ParallelDocument =>
  ownText(
    // A stanza keeps its lines: one that looks like a new item of the list is not one.
    numberedPairs(count, (n) => ({
      kind: 'stanza',
      zh: `第${n}段。\n- 不是新的一项。`,
      en: `Stanza ${n},\n- not a new item.`,
    })),
    extra,
  );

describe('yamlHead', () => {
  it('cuts a file written by the app to its first pairs, and counts them all', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), (n, k) => {
        const doc = docOf(n, { furniture: [{ kind: 'other', zh: '完', reason: 'the end' }] });
        const cut = yamlHead(serializeDocument(doc), k);
        if (k >= n) {
          expect(cut).toBeUndefined();
          return;
        }
        expect(cut?.total).toBe(n);
        const head = parseDocumentFile(cut?.head ?? '', 'x.yaml');
        expect(head).toEqual({ ...doc, pairs: doc.pairs.slice(0, k) });
      }),
      { numRuns: 40 },
    );
  });

  it('gives nothing for a file not in that shape', () => {
    expect(yamlHead('slug: x\npairs: [{id: p1}, {id: p2}]\n', 1)).toBeUndefined();
    expect(yamlHead('slug: x\n', 1)).toBeUndefined();
  });
});

describe('openInSteps, windowable', () => {
  const file = 'x.yaml';
  // Long enough to be cut (over 256 K characters) and windowed (over 1,000 pairs).
  const yaml = serializeDocument(docOf(3500));

  it('shows the head first, then the whole without a view; the review’s first rows unchecked', () => {
    const [first, whole, ...rest] = openInSteps({ yaml, file, view: 'review' }, 100, true);
    expect(rest).toEqual([]);
    expect(first?.type === 'ready' && [first.total, first.doc.pairs.length]).toEqual([3500, 100]);
    expect(first?.type === 'ready' && first.review?.pairs.every((p) => p.flags.length === 0)).toBe(
      true,
    );
    expect(whole).toEqual({ type: 'ready', doc: parseDocumentFile(yaml, file), windowed: true });
  });

  it('says the whole is invalid after a valid head', () => {
    // Few long pairs: an invalid file is parsed again with every node's line (slow on many).
    const fat = docOf(300);
    const long = serializeDocument({
      ...fat,
      pairs: fat.pairs.map((p) => ({ ...p, zh: `${p.zh}${'长'.repeat(1000)}` })),
    });
    const broken = long.replace('id: p200\n', 'id: p199\n');
    const [first, whole] = openInSteps({ yaml: broken, file, view: 'reader' }, 100, true);
    expect(first?.type).toBe('ready');
    expect(whole).toEqual(openLocalDocument({ yaml: broken, file, view: 'reader' }));
    expect(whole?.type).toBe('invalid');
  });
});

describe('openInSteps, with the head shown from the library', () => {
  const file = 'x.yaml';
  const yaml = serializeDocument(docOf(3500));

  it('sends the whole alone: the first screenful the page has is the one firstFromFile made', () => {
    const cut = yamlHead(yaml, 100);
    const fromHead = cut && firstFromFile(cut.head, file, 'reader', 100, cut.total);
    const [first] = openInSteps({ yaml, file, view: 'reader' }, 100, true);
    expect(fromHead).toEqual(first);
    const steps = [...openInSteps({ yaml, file, view: 'reader' }, 100, true, true)];
    expect(steps).toEqual([{ type: 'ready', doc: parseDocumentFile(yaml, file), windowed: true }]);
  });
});
