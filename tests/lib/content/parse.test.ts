import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { parseDocumentFile, parseGlossaryFile } from '@/lib/content/parse';

function issuesOf(run: () => unknown): string[] {
  try {
    run();
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.issues.map((i) => `${i.line}: ${i.where ?? ''}: ${i.message}`);
  }
}

describe('parseGlossaryFile', () => {
  it('rejects pinyin written with tone numbers', () => {
    const text =
      '- term: 算力\n  pinyin: suan4li4\n  en: [computing power]\n  definition: d\n  note: n\n';
    expect(issuesOf(() => parseGlossaryFile(text, 'g.yaml'))).toEqual([
      '2: entry "算力" › pinyin: must be pinyin with tone marks (letters only, no tone numbers)',
    ]);
  });

  it('rejects an entry without English renderings and reports a duplicate term', () => {
    const entry = '- term: 算力\n  pinyin: suànlì\n  en: []\n  definition: d\n  note: n\n';
    expect(issuesOf(() => parseGlossaryFile(entry, 'g.yaml'))).toEqual([
      '3: entry "算力" › en: needs at least one English rendering',
    ]);
    const ok = entry.replace('[]', '[compute]');
    expect(issuesOf(() => parseGlossaryFile(ok + ok, 'g.yaml'))).toEqual([
      '6: entry "算力": duplicate term: entry #1 already defines it',
    ]);
  });

  it('rejects a mistyped field name instead of ignoring it', () => {
    const text =
      '- term: 算力\n  pinyin: suànlì\n  en: [compute]\n  definition: d\n  note: n\n  nots: x\n';
    expect(issuesOf(() => parseGlossaryFile(text, 'g.yaml'))).toEqual([
      '1: entry "算力": Unrecognized key: "nots"',
    ]);
  });
});

describe('parseDocumentFile', () => {
  const head =
    'slug: x\ntitle: {zh: 标题, en: Title}\nsource: {name: {zh: 源, en: Src}, url: "https://e.com"}\ndate: "2023"\n';

  it('rejects a Chinese paragraph that contains a line break', () => {
    const text = `${head}pairs:\n  - id: p1\n    zh: |-\n      第一行\n      第二行\n    en: One.\n`;
    expect(issuesOf(() => parseDocumentFile(text, 'd.yaml'))).toEqual([
      '7: pair "p1" › zh: must be a single paragraph (no line breaks)',
    ]);
  });

  it('rejects a document with no pairs and a malformed date', () => {
    const text = `${head.replace('"2023"', '"March 2023"')}pairs: []\n`;
    expect(issuesOf(() => parseDocumentFile(text, 'd.yaml'))).toEqual([
      '4: date: must be YYYY, YYYY-MM or YYYY-MM-DD',
      '5: pairs: must hold at least one pair',
    ]);
  });

  it('checks manual sentence links against the sentences of the pair', () => {
    const pair = (links: string) =>
      `${head}pairs:\n  - id: p1\n    zh: 第一句。第二句。\n    en: One. Two.\n    links: ${links}\n`;
    expect(issuesOf(() => parseDocumentFile(pair('["1:1", "2:2"]'), 'd.yaml'))).toEqual([]);
    expect(issuesOf(() => parseDocumentFile(pair('["1:1"]'), 'd.yaml'))).toEqual([
      '9: pair "p1" › links: Chinese sentence 2 is in no link',
      '9: pair "p1" › links: English sentence 2 is in no link',
    ]);
    expect(issuesOf(() => parseDocumentFile(pair('["1:1", "2:3"]'), 'd.yaml'))).toEqual([
      '9: pair "p1" › links: English sentence 2 is in no link',
      '9: pair "p1" › links: English sentence 3 does not exist (the paragraph has 2)',
    ]);
    expect(issuesOf(() => parseDocumentFile(pair('["1-1", "2:2"]'), 'd.yaml'))).toEqual([
      '9: pair "p1" › links: "1-1" is not a link: write Chinese and English sentence numbers as "zh:en", e.g. "2:2,3"',
    ]);
  });

  it('rejects YAML duplicate keys, which would silently drop a translation', () => {
    const text = `${head}pairs:\n  - id: p1\n    zh: 一。\n    en: One.\n    en: Uno.\n`;
    const [issue] = issuesOf(() => parseDocumentFile(text, 'd.yaml'));
    expect(issue).toMatch(/^9: : invalid YAML: Map keys must be unique/);
  });
});
