'use client';

import { useT } from '@/lib/i18n/client';

/**
 * Says that a long own text shows its first screenful while the rest is opened (the worker
 * sends it first: components/local/local-document.worker.ts); nothing once it is all there.
 *
 * @example <PartialNote shown={100} total={state.total} />
 */
export function PartialNote({ shown, total }: { shown: number; total: number | undefined }) {
  const { t, lng } = useT('local');
  if (total === undefined) return null;
  return (
    <p role="status" className="local-partial">
      {t('partial', { shown: shown.toLocaleString(lng), total: total.toLocaleString(lng) })}
    </p>
  );
}
