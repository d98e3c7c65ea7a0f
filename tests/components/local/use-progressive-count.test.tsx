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

  it('shows a long list a screenful first, then grows a block at a time to all of it', async () => {
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const shown = useProgressiveCount(2000);
      seen.push(shown);
      return shown;
    });
    expect(result.current).toBe(2 * BLOCK_SIZE);
    await waitFor(() => expect(result.current).toBe(2000));
    // No render adds more than one block (InBlocks draws one block per task).
    const steps = seen.slice(1).map((n, i) => n - (seen[i] ?? 0));
    expect(Math.max(...steps)).toBeLessThanOrEqual(BLOCK_SIZE);
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
