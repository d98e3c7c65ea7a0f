import { describe, expect, it } from 'vitest';
import { checkSegments } from '@/lib/qa/segments';

const check = (zh: string, en: string) =>
  checkSegments({ id: 'p1', zh, en }).map((f) => [f.kind, f.severity, f.side, f.message]);

describe('checkSegments', () => {
  it('flags an empty or blank side as an error', () => {
    expect(check('这是一个还有待证明的事。', '   ')).toEqual([
      ['empty-segment', 'error', 'en', 'The English is empty (white space only)'],
    ]);
    expect(check('', 'That still remains to be proven.')).toEqual([
      ['empty-segment', 'error', 'zh', 'The Chinese is empty'],
    ]);
  });

  it('flags the Chinese copied into the English, or English that is mostly Chinese', () => {
    expect(check('这是一个还有待证明的事。', '这是一个还有待证明的事。')).toEqual([
      ['untranslated', 'error', 'en', 'The English is still Chinese: “这是一个还有待证明的事。”'],
    ]);
    expect(check('这是一个还有待证明的事。', 'That 还有待证明的事。')[0]?.[1]).toBe('error');
  });

  it('flags a Chinese word left in the English as a warning, with where it is', () => {
    const [flag] = checkSegments({
      id: 'p4',
      zh: '彼时,APUS已完成了战略更迭。',
      en: '彼时, APUS had completed its strategic shift.',
    });
    expect(flag?.severity).toBe('warning');
    expect(flag?.message).toBe('The English still has Chinese: “彼时”');
    expect(flag?.evidence).toEqual([{ side: 'en', start: 0, end: 2, text: '彼时' }]);
  });

  it('flags a Chinese side without Chinese (columns swapped)', () => {
    expect(check('That still remains to be proven.', '这是一个还有待证明的事。')).toEqual([
      ['untranslated', 'error', 'en', 'The English is still Chinese: “这是一个还有待证明的事。”'],
      [
        'untranslated',
        'warning',
        'zh',
        'The Chinese has no Chinese characters: “That still remains to be proven.”',
      ],
    ]);
  });

  it('accepts a translation, including one that quotes astral characters and Latin names', () => {
    expect(check('APUS创始人李涛。', 'APUS founder Li Tao.')).toEqual([]);
    expect(check('𠮷野家', 'Yoshinoya 😀')).toEqual([]);
  });
});
