/**
 * `npm run bench:align`: speed and memory of the sentence aligner. Prints figures; asserts
 * nothing (timings belong in benchmarks, not in tests).
 *
 * 1. A synthetic book: the interview's 38 paragraph pairs repeated, with their sentences
 *    rotated so that no two copies are the same, up to 2,000 pairs; aligned pair by pair, as
 *    the reader does. Run at 500, 1,000 and 2,000 pairs to show the time grows linearly.
 * 2. One long "paragraph" of up to 8,000 sentences a side, aligned as a whole: the banded
 *    dynamic program must stay linear in the number of sentences, where a full matrix would
 *    grow with its square.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { alignSentences } from '../lib/align/align-sentences';
import { compileLexicon } from '../lib/align/anchors';
import { splitSentences } from '../lib/align/split-sentences';
import { glossaryOf, loadLibrary } from '../lib/content/load';

const library = await loadLibrary(path.resolve('content'));
const { documents } = library;
const glossary = documents.flatMap((doc) => glossaryOf(library, doc.slug));
const pairs = documents.flatMap((doc) => doc.pairs);
const lexicon = compileLexicon(glossary.map((entry) => ({ zh: entry.term, en: entry.en })));

function rotate<T>(list: T[], by: number): T[] {
  const k = list.length === 0 ? 0 : by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

/** Pair i of the synthetic book: a source pair, its sentences rotated by how often it recurs. */
function syntheticPair(i: number) {
  const source = pairs[i % pairs.length];
  if (!source) throw new Error('no content');
  const turn = Math.floor(i / pairs.length);
  const zh = splitSentences(source.zh, 'zh');
  const en = splitSentences(source.en, 'en');
  // Rotating both sides alike keeps each pair a true translation when sentence counts match.
  return zh.length === en.length
    ? { zh: rotate(zh, turn).join(''), en: rotate(en, turn).join('') }
    : { zh: source.zh, en: source.en };
}

let peakRss = 0;
const sample = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 5);

function measure(run: () => number) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  peakRss = before;
  const start = performance.now();
  const sentences = run();
  const seconds = (performance.now() - start) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { sentences, seconds, peakMb: peakRss / 2 ** 20 };
}

console.log('Synthetic book, aligned pair by pair (glossary as lexicon):');
console.log('pairs   sentences   seconds   sentences/s   peak RSS');
for (const count of [500, 1000, 2000]) {
  const book = Array.from({ length: count }, (_, i) => syntheticPair(i));
  const r = measure(() => {
    let sentences = 0;
    for (const pair of book) {
      const result = alignSentences(pair.zh, pair.en, { lexicon });
      sentences += result.zh.length + result.en.length;
    }
    return sentences;
  });
  console.log(
    `${String(count).padEnd(8)}${String(r.sentences).padEnd(12)}${r.seconds.toFixed(2).padEnd(10)}${Math.round(
      r.sentences / r.seconds,
    )
      .toString()
      .padEnd(14)}${r.peakMb.toFixed(0)} MB`,
  );
}

console.log('\nOne long paragraph pair, aligned as a whole (banded dynamic program):');
console.log('sentences/side   seconds   µs per sentence   peak RSS');
for (const target of [1000, 2000, 4000, 8000]) {
  const zh: string[] = [];
  const en: string[] = [];
  // Whole pairs at a time, so that the two sides stay translations of each other.
  for (let i = 0; zh.length < target; i++) {
    const pair = pairs[i % pairs.length];
    if (!pair) break;
    zh.push(...splitSentences(pair.zh, 'zh'));
    en.push(...splitSentences(pair.en, 'en'));
  }
  const r = measure(() => {
    const result = alignSentences(zh.join(''), en.join(''), { lexicon });
    return result.zh.length + result.en.length;
  });
  console.log(
    `${`${zh.length} × ${en.length}`.padEnd(17)}${r.seconds.toFixed(2).padEnd(10)}${((r.seconds * 1e6) / r.sentences).toFixed(0).padEnd(18)}${r.peakMb.toFixed(0)} MB`,
  );
}
clearInterval(sample);
