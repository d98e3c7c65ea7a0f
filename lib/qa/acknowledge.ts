import type { QaAcknowledgement, QaFlagRef } from '../content/schema';
import type { QaFlag } from './types';

/**
 * Acknowledged flags: a reviewer sets a flag aside as "not an error" with a reason, and the
 * document keeps it (`qa.acknowledged`). A flag is named by its pair, its kind and the text it
 * is about (its evidence), so that the acknowledgement survives edits elsewhere and lapses
 * when the text it excused changes.
 */

/** Longest evidence text kept in a reference (a whole paragraph is not a name for a flag). */
const MAX_TEXT = 120;

/**
 * What names a flag in an acknowledgement.
 *
 * @example flagRef({ pairId: 'p4', kind: 'number-mismatch', evidence: [{ text: '三四' }], … })
 * // { pair: 'p4', kind: 'number-mismatch', text: '三四' }
 */
export function flagRef(flag: QaFlag): QaFlagRef {
  const texts = [...new Set(flag.evidence.map((e) => e.text.trim()).filter(Boolean))];
  const text = [...texts.join(' · ')].slice(0, MAX_TEXT).join('');
  return { pair: flag.pairId, kind: flag.kind, ...(text !== '' && { text }) };
}

const sameRef = (a: QaFlagRef, b: QaFlagRef) =>
  a.pair === b.pair && a.kind === b.kind && a.text === b.text;

/**
 * The flags with the reason of their acknowledgement, where there is one.
 *
 * @example markAcknowledged(flags, doc.qa?.acknowledged ?? []).filter((f) => f.acknowledged)
 */
export function markAcknowledged(
  flags: readonly QaFlag[],
  acknowledged: readonly QaAcknowledgement[],
): QaFlag[] {
  if (acknowledged.length === 0) return [...flags];
  return flags.map((flag) => {
    const ref = flagRef(flag);
    const ack = acknowledged.find((a) => sameRef(a, ref));
    return ack ? { ...flag, acknowledged: ack.reason } : flag;
  });
}

/**
 * Acknowledgements that excuse no flag any more (the text changed, or the check no longer
 * finds it): listed so that a reviewer can drop them.
 */
export function staleAcknowledgements(
  flags: readonly QaFlag[],
  acknowledged: readonly QaAcknowledgement[],
): QaAcknowledgement[] {
  const refs = flags.map(flagRef);
  return acknowledged.filter((a) => !refs.some((r) => sameRef(a, r)));
}
