import { describe, expect, it } from 'vitest';
import { isParagraphMode, splitParagraphs } from '@/lib/bitext/paragraphs';

describe('splitParagraphs', () => {
  it('reads one paragraph a line, or blank-line blocks with wrapped lines joined', () => {
    expect(splitParagraphs('One.\nTwo.\r\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
    expect(splitParagraphs('One line,\nwrapped.\n\nTwo,\nalso wrapped.')).toEqual([
      'One line, wrapped.',
      'Two, also wrapped.',
    ]);
    expect(splitParagraphs('第一段\n接着写。\n\n第二段\n也是。')).toEqual([
      '第一段接着写。',
      '第二段也是。',
    ]);
  });

  it('follows an explicit mode and drops empty paragraphs', () => {
    expect(splitParagraphs('a\nb\n\nc', 'lines')).toEqual(['a', 'b', 'c']);
    expect(splitParagraphs('a\nb\n\nc', 'blank-lines')).toEqual(['a b', 'c']);
    expect(splitParagraphs('\n\n  \n')).toEqual([]);
    expect(isParagraphMode('lines')).toBe(true);
    expect(isParagraphMode('words')).toBe(false);
  });
});
