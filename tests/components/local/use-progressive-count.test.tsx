// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE } from '@/components/layout/InBlocks';
import { useProgressiveCount } from '@/components/local/use-progressive-count';

describe('useProgressiveCount', () => {
  it('shows a short list whole at once', () => {
    const { result } = renderHook(() => useProgressiveCount(12));
    expect(result.current).toBe(12);
  });

  it('shows a long list a screenful first, then grows to all of it in a few renders', async () => {
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const shown = useProgressiveCount(5000);
      seen.push(shown);
      return shown;
    });
    expect(result.current).toBe(2 * BLOCK_SIZE);
    await waitFor(() => expect(result.current).toBe(5000));
    // Whole blocks (InBlocks draws only the new ones), and few renders (each restyles the text).
    expect(new Set(seen).size).toBeLessThanOrEqual(5);
    expect(seen.filter((n) => n < 5000).every((n) => n % BLOCK_SIZE === 0)).toBe(true);
  });

  it('from a smaller first render, goes to a whole block, then grows as usual', async () => {
    const seen: number[] = [];
    const { result, rerender } = renderHook(
      ({ total }) => {
        const shown = useProgressiveCount(total, 20);
        seen.push(shown);
        return shown;
      },
      { initialProps: { total: 0 } },
    );
    rerender({ total: 2 * BLOCK_SIZE });
    await waitFor(() => expect(result.current).toBe(2 * BLOCK_SIZE));
    // No render adds more than a block: the first 20, the rest of the first block, the second.
    expect([...new Set(seen)]).toEqual([0, 20, BLOCK_SIZE, 2 * BLOCK_SIZE]);
  });

  it('shows everything once the list arrives after loading (it starts at 0)', async () => {
    const { result, rerender } = renderHook(({ total }) => useProgressiveCount(total), {
      initialProps: { total: 0 },
    });
    expect(result.current).toBe(0);
    rerender({ total: 3 });
    await waitFor(() => expect(result.current).toBe(3));
  });
});
