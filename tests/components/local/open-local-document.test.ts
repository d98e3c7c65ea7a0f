import { describe, expect, it } from 'vitest';
import { openLocalDocument } from '@/components/local/open-local-document';
import { serializeDocument } from '@/lib/content/serialize';

const yaml = serializeDocument({
  slug: 'my-text',
  title: { zh: '题', en: 'Title' },
  byline: [],
  source: { name: { zh: '用户提供', en: 'User-supplied' }, url: 'https://example.org/' },
  date: '2026-12-05',
  speakers: {},
  pairs: [
    {
      id: 'p1',
      kind: 'paragraph',
      notes: [],
      zh: '今天天气很好。我们去公园吧。',
      en: 'The weather is nice today.',
      links: ['1,2:1'],
      confidence: [0.79],
    },
  ],
  furniture: [],
});

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
