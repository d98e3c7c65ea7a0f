import type { ReactNode } from 'react';

/**
 * A QA message with every pair it names ("… but “she” in p83") as a link to that pair. Only
 * ids of pairs of this document become links; the rest stays text.
 *
 * @example <PairLinkedMessage message="… in p5, p9" pairIds={new Set(['p5', 'p9'])} />
 */
export function PairLinkedMessage({
  message,
  pairIds,
}: {
  message: string;
  pairIds: ReadonlySet<string>;
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of message.matchAll(
    /(?<![\p{L}\d-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\p{L}\d-])/gu,
  )) {
    if (!/\d/u.test(m[0]) || !pairIds.has(m[0])) continue;
    parts.push(message.slice(at, m.index));
    parts.push(
      <a key={m.index} href={`#${m[0]}`}>
        {m[0]}
      </a>,
    );
    at = m.index + m[0].length;
  }
  parts.push(message.slice(at));
  return <>{parts}</>;
}
