import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/lib/content/schema';
import { checkTermConsistency, sameChoice } from '@/lib/qa/term-consistency';
import { checkTermsRendered } from '@/lib/qa/term-missing';
import { compileGlossary, findTermUses } from '@/lib/qa/term-uses';

const entry = (term: string, en: string[]): GlossaryEntry => ({
  term,
  pinyin: 'x',
  en,
  definition: 'd',
  note: 'n',
});

const glossary = compileGlossary([
  entry('算力', ['computing power']),
  entry('大模型', ['large models', 'large model']),
  entry('模型', ['model']),
  entry('出海', ['going overseas']),
  entry('海外', ['overseas']),
  entry('落地', ['deployment', 'implementation']),
  entry('商业化', ['commercialization', 'commercial']),
  entry('中模型', ['mid-sized', 'mid-sized model']),
]);

describe('findTermUses', () => {
  it('matches as the reader does: longest term, renderings competing, any case, plurals', () => {
    const uses = findTermUses(
      { id: 'p1', zh: '大模型要算力', en: 'Large Models need computing powers' },
      glossary,
    );
    expect(uses.map((u) => [u.entry, u.en.map((r) => r.rendering)])).toEqual([
      [1, [0]],
      [0, [0]],
    ]);
  });
});

describe('checkTermsRendered', () => {
  it('flags a term translated with an unregistered word (算力 → compute)', () => {
    const flags = checkTermsRendered(
      { id: 'p31', zh: '现阶段算力的问题怎么解决?', en: 'How can the compute problem be solved?' },
      glossary,
    );
    expect(flags.map((f) => [f.severity, f.message])).toEqual([
      [
        'warning',
        '算力 is in the Chinese, but none of its renderings (“computing power”) is in the English',
      ],
    ]);
    expect(flags[0]?.evidence).toEqual([{ side: 'zh', start: 3, end: 5, text: '算力' }]);
  });

  it('does not let one English phrase serve two terms (出海 and 海外 ↔ only “going overseas”)', () => {
    const flags = checkTermsRendered(
      { id: 'p5', zh: '出海企业在海外', en: 'companies going overseas' },
      glossary,
    );
    expect(flags.map((f) => f.message)).toEqual([
      '海外 is in the Chinese, but none of its renderings (“overseas”) is in the English',
    ]);
  });

  it('accepts any registered rendering, in any case or number', () => {
    expect(
      checkTermsRendered(
        { id: 'p1', zh: '大模型的落地', en: 'Implementing LARGE MODELS' },
        glossary,
      ),
    ).toHaveLength(1); // "Implementing" is not "implementation": 落地 is flagged
    expect(
      checkTermsRendered(
        { id: 'p1', zh: '大模型的落地', en: 'the implementation of large models' },
        glossary,
      ),
    ).toEqual([]);
  });
});

describe('sameChoice', () => {
  it.each([
    ['large models', 'large model', true],
    ['commercial', 'commercialization', true],
    ['mid-sized', 'mid-sized model', true],
    ['globalization', 'global', true],
    ['China', 'Chinese', true],
    ['China', 'domestic', false],
    ['deployment', 'implementation', false],
    ['AI', 'artificial intelligence', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(sameChoice(a, b)).toBe(expected);
  });
});

describe('checkTermConsistency', () => {
  it('flags the pairs that render a term unlike most others (落地: deployment ×2, implementation ×1)', () => {
    const pairs = [
      { id: 'p1', zh: '技术落地', en: 'the deployment of technology' },
      { id: 'p2', zh: '项目落地', en: 'project deployment' },
      { id: 'p3', zh: '人工智能落地', en: 'the implementation of AI' },
    ];
    const flags = checkTermConsistency(pairs, glossary);
    expect(flags.map((f) => [f.pairId, f.severity, f.message, f.relatedPairs])).toEqual([
      [
        'p3',
        'info',
        '落地 is rendered “implementation” here, but “deployment” in p1, p2',
        ['p1', 'p2'],
      ],
    ]);
    expect(flags[0]?.evidence.map((s) => s.text)).toEqual(['implementation']);
  });

  it('takes inflections and shortenings of one rendering as one choice', () => {
    const pairs = [
      { id: 'p1', zh: '大模型', en: 'large models' },
      { id: 'p2', zh: '一个大模型', en: 'a large model' },
      { id: 'p3', zh: '商业化', en: 'commercialization' },
      { id: 'p4', zh: '商业化的方式', en: 'commercial methods' },
      { id: 'p5', zh: '中模型和小模型', en: 'mid-sized and small models' },
      { id: 'p6', zh: '基于中模型', en: 'on a mid-sized model' },
    ];
    expect(checkTermConsistency(pairs, glossary)).toEqual([]);
  });

  it('takes two renderings inside one pair as a gloss, not an inconsistency', () => {
    const credit = compileGlossary([entry('视觉中国', ['VCG', 'Visual China Group'])]);
    const pairs = [{ id: 'fig1', zh: '图源:视觉中国', en: 'Photo: VCG (Visual China Group)' }];
    expect(checkTermConsistency(pairs, credit)).toEqual([]);
  });

  it('flags one rendering used for two different terms, in every pair concerned', () => {
    const shared = compileGlossary([
      entry('出海', ['going global']),
      entry('全球化', ['globalization', 'going global']),
    ]);
    const pairs = [
      { id: 'p4', zh: '从出海到全球化', en: 'from going global to globalization' },
      { id: 'p7', zh: '全球化的战略', en: 'a strategy of going global' },
    ];
    const flags = checkTermConsistency(pairs, shared).filter((f) => f.severity === 'warning');
    expect(flags.map((f) => [f.pairId, f.message])).toEqual([
      [
        'p4',
        '“going global” renders 出海 here, but also 全球化 in p7: the English no longer tells the terms apart',
      ],
      [
        'p7',
        '“going global” renders 全球化 here, but also 出海 in p4: the English no longer tells the terms apart',
      ],
    ]);
  });
});
