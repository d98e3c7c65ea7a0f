import { type QaFlag, type QaPair, quote, type Side } from './types';

/**
 * Consistency both ways, as Xbench checks a translation memory: one Chinese segment translated
 * differently in two places, and one English segment standing for two different Chinese ones.
 * Segments are compared after trimming and collapsing white space. Either may be deliberate
 * (a refrain varied on purpose): `warning`, for the reviewer to confirm or acknowledge.
 */

const normal = (text: string) => text.trim().replace(/\s+/gu, ' ');

/**
 * Other pairs named in a flag's message and `relatedPairs`; the rest are counted ("and 1,294
 * more"). A line said hundreds of times in a book ("“Yes.”") named every other place in every
 * flag: the review's flags grew with the square of the repeats (a 15 MB import, gigabytes of
 * messages, and a link per name on the page).
 */
export const NAMED_PAIRS = 5;

/** A pair with its two sides normalised once. */
interface Normal {
  pair: QaPair;
  zh: string;
  en: string;
}

/** Pairs grouped by the normalised text of one side, only groups whose other side varies. */
function variedGroups(pairs: readonly Normal[], by: Side): Normal[][] {
  const other: Side = by === 'zh' ? 'en' : 'zh';
  const groups = new Map<string, Normal[]>();
  for (const pair of pairs) {
    const key = pair[by];
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(pair);
    else groups.set(key, [pair]);
  }
  return [...groups.values()].filter((group) => group.some((p) => p[other] !== group[0]?.[other]));
}

/**
 * The pairs of `group` whose `other` side is not `variant`: the first NAMED_PAIRS in order,
 * and how many there are. Walks past the variant's own pairs once: linear in the group.
 */
function othersOf(group: readonly Normal[], other: Side, variant: string, count: number) {
  const named: Normal[] = [];
  for (const p of group) {
    if (named.length === NAMED_PAIRS) break;
    if (p[other] !== variant) named.push(p);
  }
  return { named, total: group.length - count };
}

/**
 * @example checkConsistency([{ id: 'p1', zh: '好。', en: 'Good.' }, { id: 'p5', zh: '好。', en: 'Fine.' }])
 * // [{ kind: 'inconsistent-translation', pairId: 'p1', message: 'The same Chinese “好。” is translated differently in p5: “Fine.”', relatedPairs: ['p5'] }, …]
 */
export function checkConsistency(pairs: readonly QaPair[]): QaFlag[] {
  const flags: QaFlag[] = [];
  const normals = pairs.map((pair) => ({ pair, zh: normal(pair.zh), en: normal(pair.en) }));
  for (const by of ['zh', 'en'] as const) {
    const other: Side = by === 'zh' ? 'en' : 'zh';
    const [same, varies] =
      by === 'zh' ? ['Chinese', 'translated'] : ['English', 'the translation of'];
    for (const group of variedGroups(normals, by)) {
      // The other pairs depend only on the pair's own variant of the other side: one message
      // per variant, shared by its pairs.
      const counts = new Map<string, number>();
      for (const p of group) counts.set(p[other], (counts.get(p[other]) ?? 0) + 1);
      const said = new Map<string, { message: string; relatedPairs: string[] }>();
      for (const { pair, ...text } of group) {
        const variant = text[other];
        let found = said.get(variant);
        if (!found) {
          const { named, total } = othersOf(group, other, variant, counts.get(variant) ?? 0);
          const more = total - named.length;
          const list =
            named.map((p) => `${p.pair.id}: ${quote(p[other], 40)}`).join('; ') +
            (more > 0 ? `; and ${more.toLocaleString('en')} more` : '');
          found = {
            message:
              by === 'zh'
                ? `The same ${same} ${quote(text.zh, 40)} is ${varies} differently in ${list}`
                : `The same ${same} ${quote(text.en, 40)} is ${varies} different Chinese in ${list}`,
            relatedPairs: named.map((p) => p.pair.id),
          };
          said.set(variant, found);
        }
        flags.push({
          kind: by === 'zh' ? 'inconsistent-translation' : 'inconsistent-source',
          severity: 'warning',
          pairId: pair.id,
          side: other,
          message: found.message,
          evidence: [],
          relatedPairs: [...found.relatedPairs],
        });
      }
    }
  }
  return flags;
}
