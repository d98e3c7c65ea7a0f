// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProgressiveCount } from '@/components/local/use-progressive-count';

describe('useProgressiveCount', () => {
  it('shows a short list whole at once', () => {
    const { result } = renderHook(() => useProgressiveCount(12));
    expect(result.current).toBe(12);
  });

  it('shows a long list a screenful first, then grows to all of it', async () => {
    const { result } = renderHook(() => useProgressiveCount(5000));
    expect(result.current).toBe(60);
    await waitFor(() => expect(result.current).toBe(5000));
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
