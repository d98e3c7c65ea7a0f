import { describe, expect, it } from 'vitest';
import { documentUserWords } from '@/lib/segment/document';

const doc = {
  speakers: { '36kr': { zh: '36氪', en: '36Kr' }, 'li-tao': { zh: '李涛', en: 'Li Tao' } },
  byline: [{ role: 'author' as const, zh: '周鑫雨', en: 'Zhou Xinyu' }],
  source: { name: { zh: '《新青年》6卷4号', en: 'New Youth' }, url: 'https://example.org' },
};

describe('documentUserWords', () => {
  it('gives the glossary terms, then the names of speakers, byline and source, each once', () => {
    expect(documentUserWords(doc, [{ term: '大模型' }, { term: '李涛' }])).toEqual([
      '大模型',
      '李涛',
      '36氪',
      '周鑫雨',
    ]);
  });

  it('leaves out a name with punctuation or spaces, which is a title, not a word', () => {
    expect(documentUserWords(doc, [])).not.toContain('《新青年》6卷4号');
  });
});
