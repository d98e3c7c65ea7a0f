import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { alignSentences } from '@/lib/align/align-sentences';
import { compileLexicon } from '@/lib/align/anchors';
import { formatLink, parseLink } from '@/lib/align/links';
import { glossaryOf, type Library, loadLibrary } from '@/lib/content/load';
import { UNCERTAIN_BELOW } from '@/lib/review/needs-review';

/**
 * Scores the sentence aligner against the hand-checked gold links of the whole interview
 * (tests/fixtures/align/…gold.yaml) and prints precision, recall and F1 of links: a
 * predicted link counts only if it equals a gold link exactly (strict, as in Vecalign's
 * score.py, Thompson & Koehn 2019).
 */
const root = path.resolve(import.meta.dirname, '../../..');
const gold = parse(
  readFileSync(path.join(root, 'tests/fixtures/align/apus-li-tao-interview.gold.yaml'), 'utf8'),
) as Record<string, string[]>;

let library: Library;
beforeAll(async () => {
  library = await loadLibrary(path.join(root, 'content'), { root });
});

describe('alignSentences on the interview', () => {
  it('matches the gold links (strict precision, recall, F1)', () => {
    const doc = library.documents.find((d) => d.slug === 'apus-li-tao-interview');
    const lexicon = compileLexicon(
      glossaryOf(library, 'apus-li-tao-interview').map((e) => ({ zh: e.term, en: e.en })),
    );
    let predicted = 0;
    let expected = 0;
    let correct = 0;
    const wrong: string[] = [];
    const uncertain: string[] = [];
    for (const pair of doc?.pairs ?? []) {
      const goldLinks = (gold[pair.id] ?? []).map((l) => {
        const link = parseLink(l);
        if (!link) throw new Error(`bad gold link ${l} in ${pair.id}`);
        return formatLink(link);
      });
      const result = alignSentences(pair.zh, pair.en, { lexicon });
      const got = result.links.map(formatLink);
      predicted += got.length;
      expected += goldLinks.length;
      const hits = got.filter((l) => goldLinks.includes(l)).length;
      result.links.forEach((link, i) => {
        if (link.confidence < UNCERTAIN_BELOW)
          uncertain.push(`${pair.id} ${got[i]} ${link.confidence.toFixed(2)}`);
      });
      correct += hits;
      if (hits !== got.length || hits !== goldLinks.length) {
        wrong.push(
          `${pair.id}: got ${got.join(' ')} (${result.links.map((l) => l.confidence.toFixed(2)).join(' ')}, ${result.method}), gold ${goldLinks.join(' ')}`,
        );
      }
    }
    const precision = correct / predicted;
    const recall = correct / expected;
    const f1 = (2 * precision * recall) / (precision + recall);
    console.log(
      `sentence links vs gold: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (${correct}/${predicted} predicted, ${expected} gold)`,
    );
    if (wrong.length > 0) console.log(`pairs that differ:\n  ${wrong.join('\n  ')}`);
    console.log(
      `links below ${UNCERTAIN_BELOW} confidence: ${uncertain.length ? uncertain.join(', ') : 'none'}`,
    );
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
});
