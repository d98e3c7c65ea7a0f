import { describe, expect, it } from 'vitest';
import { checkPunctuation, findUnpairedMarks } from '@/lib/qa/punctuation';

const problems = (text: string) => findUnpairedMarks(text).map((p) => `${p.mark} ${p.what}`);

describe('findUnpairedMarks', () => {
  it('finds the reversed quotes of the interview’s source (”全球化“)', () => {
    expect(problems('从“出海”进化为”全球化“,既分散了单一市场风险')).toEqual([
      '” closes nothing',
      '“ is never closed',
    ]);
  });

  it('finds a bracket the English never closes, and one it closes twice', () => {
    expect(problems('Photo: VCG (Visual China Group.')).toEqual(['( is never closed']);
    expect(problems('the YC incubator) and OpenAI')).toEqual([') closes nothing']);
  });

  it('finds brackets crossed with quotes', () => {
    expect(problems('“(a”)')).toEqual(['( is never closed', ') closes nothing']);
  });

  it('finds an odd number of straight double quotes', () => {
    expect(problems('He said "it was stunning.')).toEqual(['" has no partner (odd count)']);
    expect(problems('He said "it was stunning."')).toEqual([]);
  });

  it('accepts balanced marks of both widths, mixed, and nested', () => {
    expect(problems('《人民日报》「他说『好』」【注】(A100) （英伟达)')).toEqual([]);
    expect(problems('“He said ‘it was stunning.’”')).toEqual([]);
  });

  it('takes ’ as an apostrophe unless a ‘ is open', () => {
    expect(problems('APUS’s founder doesn’t mind the companies’ plans')).toEqual([]);
    expect(problems('the word ‘scenario is everywhere')).toEqual(['‘ is never closed']);
  });

  it('accepts list markers: 1) 2), a), （1）', () => {
    expect(problems('first, 1) data; 2) scenarios; a) b)')).toEqual([]);
    expect(problems('一是数据,二)场景')).toEqual([]);
  });
});

describe('checkPunctuation', () => {
  it('reports each side with the marks and where they are', () => {
    const flags = checkPunctuation({
      id: 'p7',
      zh: '从“出海”进化为”全球化“',
      en: 'from “going overseas” to “globalization”',
    });
    expect(flags.map((f) => [f.side, f.severity, f.message])).toEqual([
      [
        'zh',
        'warning',
        'In the Chinese: ” closes nothing (…从“出海”进化为”全球化“…); “ is never closed (…”进化为”全球化“…)',
      ],
    ]);
    expect(flags[0]?.evidence.map((s) => [s.start, s.text])).toEqual([
      [8, '”'],
      [12, '“'],
    ]);
  });

  it('lets a quotation run over paragraphs: opened in each, closed in the last', () => {
    const first = { id: 'p1', zh: '“第一段。', en: '“First paragraph.' };
    const second = { id: 'p2', zh: '“第二段。”', en: '“Second paragraph.”' };
    expect(checkPunctuation(first, second)).toEqual([]);
    expect(checkPunctuation(first).map((f) => f.side)).toEqual(['zh', 'en']);
  });
});
