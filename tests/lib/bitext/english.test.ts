import { describe, expect, it } from 'vitest';
import { englishStems, englishWords, isStopword, stemEnglish } from '@/lib/bitext/english';

describe('stemEnglish', () => {
  it('meets inflected forms with their base form', () => {
    for (const [a, b] of [
      ['created', 'create'],
      ['creates', 'creating'],
      ['cities', 'city'],
      ['stopped', 'stop'],
      ['boxes', 'box'],
      ['said', 'say'],
      ['children', 'child'],
    ]) {
      expect(stemEnglish(a ?? '')).toBe(stemEnglish(b ?? ''));
    }
  });

  it('leaves short words and -ss, -us, -is endings alone', () => {
    expect(stemEnglish('bus')).toBe('bus');
    expect(stemEnglish('glass')).toBe('glass');
    expect(stemEnglish('this')).toBe('this');
    expect(stemEnglish('red')).toBe('red');
  });
});

describe('englishWords', () => {
  it('keeps content words, lower-cased, without stopwords or contractions', () => {
    expect(englishWords("Tom doesn't like the cities.")).toEqual(['tom', 'like', 'cities']);
    expect(englishWords('And God said unto Moses')).toEqual(['god', 'said', 'moses']);
  });

  it('reads curly apostrophes and gives nothing for empty or non-Latin text', () => {
    expect(englishWords('It’s Mary’s book')).toEqual(['mary', 'book']);
    expect(englishWords('')).toEqual([]);
    expect(englishWords('你好，世界')).toEqual([]);
  });

  it('stems what it keeps', () => {
    expect(englishStems('God created the heavens')).toEqual(['god', 'creat', 'heaven']);
    expect(isStopword('thee')).toBe(true);
  });
});
