import { type QaFlag, type QaPair, quote, type Side } from './types';

/**
 * Consistency both ways, as Xbench checks a translation memory: one Chinese segment translated
 * differently in two places, and one English segment standing for two different Chinese ones.
 * Segments are compared after trimming and collapsing white space. Either may be deliberate
 * (a refrain varied on purpose): `warning`, for the reviewer to confirm or acknowledge.
 */

const normal = (text: string) => text.trim().replace(/\s+/gu, ' ');

/** Pairs grouped by the normalised text of one side, only groups whose other side varies. */
function variedGroups(pairs: readonly QaPair[], by: Side): QaPair[][] {
  const other: Side = by === 'zh' ? 'en' : 'zh';
  const groups = new Map<string, QaPair[]>();
  for (const pair of pairs) {
    const key = normal(pair[by]);
    if (key === '') continue;
    groups.set(key, [...(groups.get(key) ?? []), pair]);
  }
  return [...groups.values()].filter(
    (group) => new Set(group.map((p) => normal(p[other]))).size > 1,
  );
}

/**
 * @example checkConsistency([{ id: 'p1', zh: '好。', en: 'Good.' }, { id: 'p5', zh: '好。', en: 'Fine.' }])
 * // [{ kind: 'inconsistent-translation', pairId: 'p1', message: 'The same Chinese “好。” is translated differently in p5: “Fine.”', relatedPairs: ['p5'] }, …]
 */
export function checkConsistency(pairs: readonly QaPair[]): QaFlag[] {
  const flags: QaFlag[] = [];
  for (const by of ['zh', 'en'] as const) {
    const other: Side = by === 'zh' ? 'en' : 'zh';
    const [same, varies] =
      by === 'zh' ? ['Chinese', 'translated'] : ['English', 'the translation of'];
    for (const group of variedGroups(pairs, by)) {
      for (const pair of group) {
        const others = group.filter(
          (p) => p.id !== pair.id && normal(p[other]) !== normal(pair[other]),
        );
        const list = others.map((p) => `${p.id}: ${quote(normal(p[other]), 40)}`).join('; ');
        flags.push({
          kind: by === 'zh' ? 'inconsistent-translation' : 'inconsistent-source',
          severity: 'warning',
          pairId: pair.id,
          side: other,
          message:
            by === 'zh'
              ? `The same ${same} ${quote(normal(pair.zh), 40)} is ${varies} differently in ${list}`
              : `The same ${same} ${quote(normal(pair.en), 40)} is ${varies} different Chinese in ${list}`,
          evidence: [],
          relatedPairs: others.map((p) => p.id),
        });
      }
    }
  }
  return flags;
}
