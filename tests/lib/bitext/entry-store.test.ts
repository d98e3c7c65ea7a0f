import { describe, expect, it } from 'vitest';
import { storeFromLines } from '@/lib/bitext/entry-store';

const store = storeFromLines([
  '中\tmiddle',
  '中国\tchina',
  '中国人\tchinese',
  '中华人民共和国\tprc',
  '𠮷\tluck',
  '𠮷野家\tyoshinoya',
  '国\tcountry',
  '国\tnation state',
]);

/** Every headword found at each position of `text`, as "start:word". */
function scan(text: string): string[] {
  const found: string[] = [];
  for (let start = 0; start < text.length; start++) {
    store.wordsAt(text, start, Math.min(text.length, start + 8), (end) =>
      found.push(`${start}:${text.slice(start, end)}`),
    );
  }
  return found;
}

describe('storeFromLines', () => {
  it('looks up headwords of any length, the last line winning for a repeated one', () => {
    expect(store.get('中国')).toBe('china');
    expect(store.get('中华人民共和国')).toBe('prc');
    expect(store.get('𠮷野家')).toBe('yoshinoya');
    expect(store.get('国')).toBe('nation state');
    expect(store.get('中华')).toBeUndefined();
    expect(store.has('中国人')).toBe(true);
    expect(store.has('')).toBe(false);
    expect(store.size).toBe(7);
  });

  it('finds every headword starting at each position, shortest first, outside the BMP too', () => {
    expect(scan('中国人')).toEqual(['0:中', '0:中国', '0:中国人', '1:国']);
    expect(scan('中华人民共和国')).toEqual(['0:中', '0:中华人民共和国', '6:国']);
    expect(scan('𠮷野家')).toEqual(['0:𠮷', '0:𠮷野家']);
    expect(scan('')).toEqual([]);
  });

  it('names a line that is not "headword<TAB>words"', () => {
    expect(() => storeFromLines(['中\tmiddle', 'no tab'])).toThrow('entry 2');
    expect(() => storeFromLines([42])).toThrow('entry 1');
  });
});
