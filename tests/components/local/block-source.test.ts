import { describe, expect, it } from 'vitest';
import { blockSource } from '@/components/local/block-source';
import { WINDOW_BLOCK } from '@/components/local/view-blocks';

const pair = (n: number, links = 1) => ({ id: `p${n}`, links: Array.from({ length: links }) });

describe('blockSource', () => {
  it('asks for each block once, keeps what comes and tells its listeners', () => {
    const asked: number[] = [];
    const source = blockSource(3 * WINDOW_BLOCK, (start) => asked.push(start));
    let told = 0;
    source.subscribe(() => told++);
    source.request(1);
    source.request(1);
    source.request(-1);
    source.request(3);
    expect(asked).toEqual([WINDOW_BLOCK]);
    const version = source.version();
    source.receive({
      type: 'block',
      block: { view: 'reader', start: WINDOW_BLOCK, pairs: [pair(51, 4)], maxLinks: 4 },
    });
    expect(source.get(1)).toEqual([pair(51, 4)]);
    expect(source.version()).not.toBe(version);
    expect(source.maxLinks()).toBe(4);
    expect(told).toBe(1);
    source.request(1);
    expect(asked).toHaveLength(1);
  });

  it('holds the whole blocks of the first screenful, and asks for the rest', () => {
    const asked: number[] = [];
    const seed = Array.from({ length: WINDOW_BLOCK + 10 }, (_, i) => pair(i + 1, 2));
    const source = blockSource(5 * WINDOW_BLOCK, (start) => asked.push(start), seed);
    expect(source.get(0)).toHaveLength(WINDOW_BLOCK);
    expect(source.get(1)).toBeUndefined();
    source.request(0);
    source.request(1);
    expect(asked).toEqual([WINDOW_BLOCK]);
    expect(source.maxLinks()).toBe(2);
  });
});
