import { describe, expect, it } from 'vitest';
import { openInSteps, openLocalDocument } from '@/components/local/open-local-document';
import { parseDocumentFile } from '@/lib/content/parse';
import { serializeDocument } from '@/lib/content/serialize';
import { ownText } from '../../lib/local-library/own-text';

const yaml = serializeDocument(
  ownText([
    {
      id: 'p1',
      kind: 'paragraph',
      notes: [],
      zh: '今天天气很好。我们去公园吧。',
      en: 'The weather is nice today.',
      links: ['1,2:1'],
      confidence: [0.79],
    },
  ]),
);

describe('openLocalDocument', () => {
  it('validates the file and builds the view asked for', () => {
    const reader = openLocalDocument({ yaml, file: 'local-1.yaml', view: 'reader' });
    expect(reader.type === 'ready' && reader.reader?.pairs[0]?.links[0]?.uncertain).toBe(true);
    const review = openLocalDocument({ yaml, file: 'local-1.yaml', view: 'review' });
    expect(review.type === 'ready' && review.review?.uncertainLinks).toBe(1);
    const none = openLocalDocument({ yaml, file: 'local-1.yaml', view: 'none' });
    expect(none.type === 'ready' && none.reader === undefined && none.review === undefined).toBe(
      true,
    );
  });

  it('names the file and the problem of a file that is not valid', () => {
    const result = openLocalDocument({ yaml: 'slug: [', file: 'local-1.yaml', view: 'reader' });
    expect(result.type).toBe('invalid');
    expect(result.type === 'invalid' && result.message).toMatch(/local-1\.yaml/);
  });
});

describe('openInSteps', () => {
  const long = serializeDocument({
    ...parseDocumentFile(yaml, 'x.yaml'),
    pairs: Array.from({ length: 7 }, (_, i) => ({
      id: `p${i + 1}`,
      kind: 'paragraph' as const,
      notes: [],
      zh: `第${i + 1}段。`,
      en: `Paragraph ${i + 1}.`,
    })),
  });

  it.each(['reader', 'review'] as const)(
    'gives a long text’s first pairs with their %s view, then the whole',
    (view) => {
      const steps = [...openInSteps({ yaml: long, file: 'x.yaml', view }, 3)];
      expect(steps).toHaveLength(2);
      const [first, whole] = steps;
      expect(first?.type === 'ready' && first.total).toBe(7);
      expect(first?.type === 'ready' && first.doc.pairs.map((p) => p.id)).toEqual([
        'p1',
        'p2',
        'p3',
      ]);
      expect(first?.type === 'ready' && (first.reader ?? first.review)?.pairs).toHaveLength(3);
      expect(whole).toEqual(openLocalDocument({ yaml: long, file: 'x.yaml', view }));
    },
  );

  it('gives a short text, or an invalid one, in one step', () => {
    expect([...openInSteps({ yaml, file: 'x.yaml', view: 'reader' }, 3)]).toHaveLength(1);
    const [invalid, ...rest] = openInSteps({ yaml: 'slug: [', file: 'x.yaml', view: 'reader' });
    expect(invalid?.type).toBe('invalid');
    expect(rest).toEqual([]);
  });
});
