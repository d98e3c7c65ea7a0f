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
      '7: pair "p1" › zh: must be a single paragraph (no line breaks; only a stanza keeps its lines)',
    ]);
  });

  it('keeps the lines of a stanza and wants as many English lines as Chinese', () => {
    const stanza = `${head}pairs:\n  - id: p1\n    kind: stanza\n    zh: |-\n      轻轻的我走了，\n      正如我轻轻的来；\n`;
    const ok = `${stanza}    en: |-\n      Softly I go,\n      as softly as I came;\n`;
    expect(parseDocumentFile(ok, 'd.yaml').pairs[0]?.en).toBe('Softly I go,\nas softly as I came;');
    const short = `${stanza}    en: |-\n      Softly I go, as softly as I came;\n`;
    expect(issuesOf(() => parseDocumentFile(short, 'd.yaml'))).toEqual([
      '11: pair "p1" › en: has 1 line(s) but the Chinese stanza has 2: translate it line by line',
    ]);
  });

  it('refuses a date that names no real month or day', () => {
    const dated = (date: string) =>
      `${head.replace('"2023"', `"${date}"`)}pairs:\n  - id: p1\n    zh: 好。\n    en: Good.\n`;
    for (const date of ['2023-13-45', '2023-00', '2023-02-29', '2024-04-31'])
      expect(
        issuesOf(() => parseDocumentFile(dated(date), 'd.yaml')),
        date,
      ).toEqual(['4: date: is not a real date (check the month and the day)']);
    expect(parseDocumentFile(dated('2024-02-29'), 'd.yaml').date).toBe('2024-02-29');
  });

  it('compares the Chinese with the source text the document names', () => {
    const text = `${head.replace('url: "https://e.com"', 'url: "https://e.com", file: x.zh.txt')}byline: [{role: author, zh: 作者, en: Author}]\npairs:\n  - id: p1\n    zh: 第一段。\n    en: One.\n  - id: p2\n    zh: 第二段！\n    en: Two.\n`;
    const source = '标题\n作者\n\n第一段。\n\n第二段。\n\n一九二二年。\n';
    const sources = { read: () => source, shown: (name: string) => `content/sources/${name}` };
    expect(issuesOf(() => parseDocumentFile(text, 'd.yaml', { sources }))).toEqual([
      '11: pair "p2" › zh: is not the source\'s block at content/sources/x.zh.txt:6: differs at character 4: the file has "第二段！", the source "第二段。"',
      '7: pairs: the block at content/sources/x.zh.txt:8 has no pair (every block of the source needs one)',
    ]);
    const missing = { read: () => undefined, shown: sources.shown };
    expect(issuesOf(() => parseDocumentFile(text, 'd.yaml', { sources: missing }))).toEqual([
      '3: source › file: content/sources/x.zh.txt cannot be read (keep the source text there)',
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

describe('a pair’s kept confidence', () => {
  const file = (extra: string) => `slug: tiny
title: { zh: 标题, en: Title }
source: { name: { zh: 来源, en: Source }, url: https://example.org/ }
date: "2024"
pairs:
  - id: p1
    zh: 好。对。
    en: Good. Right.
${extra}`;

  it('reads links kept from an import, one confidence per link', () => {
    const doc = parseDocumentFile(
      file('    links: ["1:1", "2:2"]\n    confidence: [0.99, 0.62]\n'),
      'tiny.yaml',
    );
    expect(doc.pairs[0]?.confidence).toEqual([0.99, 0.62]);
  });

  it('names the pair when the count or the range is wrong, or there are no links', () => {
    expect(() =>
      parseDocumentFile(file('    links: ["1:1", "2:2"]\n    confidence: [0.99]\n'), 'tiny.yaml'),
    ).toThrow(/tiny.yaml:10: pair "p1" › confidence: has 1 value\(s\) for 2 link\(s\)/);
    expect(() =>
      parseDocumentFile(
        file('    links: ["1:1", "2:2"]\n    confidence: [0.9, 1.5]\n'),
        'tiny.yaml',
      ),
    ).toThrow(/confidence.*between 0 and 1/);
    expect(() => parseDocumentFile(file('    confidence: [0.9]\n'), 'tiny.yaml')).toThrow(
      /pair "p1" › confidence: gives the confidence of links, but the pair has no links/,
    );
  });
});
