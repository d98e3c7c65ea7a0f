/**
 * `npm run bench:segment [-- --jieba <dir>]`: the word segmenter against the hand-checked gold
 * (tests/fixtures/segment/), word-level precision, recall and F1, for all tokens and for
 * Chinese words only; its speed on the bundled documents and the nine texts of
 * ../shared/texts; and, with `--jieba <dir>` (a folder whose node_modules holds jieba-wasm
 * and/or @node-rs/jieba, installed there by hand: neither is a dependency), the same figures
 * for jieba with the glossary's terms cut out first, as ours are.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { glossaryOf, loadLibrary } from '../lib/content/load';
import { createMatcher } from '../lib/glossary/find-occurrences';
import { documentUserWords } from '../lib/segment/document';
import { isChineseWord, parseGoldSegmentation, scoreSegmentation } from '../lib/segment/evaluate';
import { loadSegmenter } from '../lib/segment/load';

const GOLD = 'tests/fixtures/segment/apus-li-tao-interview.p1-p10.gold.txt';
const TEXTS = path.resolve('../shared/texts');

const library = await loadLibrary(path.resolve('content'));
const doc = library.documents.find((d) => d.slug === 'apus-li-tao-interview');
if (!doc) throw new Error('content: apus-li-tao-interview is missing');
const gold = parseGoldSegmentation(readFileSync(GOLD, 'utf8'));
const texts = [...gold.keys()].map((id) => doc.pairs.find((p) => p.id === id)?.zh ?? '');
const userWords = documentUserWords(doc, glossaryOf(library, doc.slug));

function report(name: string, cut: (text: string) => string[]) {
  const predicted = texts.map(cut);
  const f = (x: number) => x.toFixed(3);
  const all = scoreSegmentation(predicted, [...gold.values()]);
  const zh = scoreSegmentation(predicted, [...gold.values()], isChineseWord);
  // Glossary terms are cut out before any segmenter runs: leaving them out of the score shows
  // what the segmenters themselves do.
  const terms = new Set(userWords);
  const own = scoreSegmentation(
    predicted,
    [...gold.values()],
    (w) => isChineseWord(w) && !terms.has(w),
  );
  console.log(
    `| ${name} | ${f(all.precision)} | ${f(all.recall)} | ${f(all.f1)} | ${f(zh.precision)} | ${f(zh.recall)} | ${f(zh.f1)} | ${f(own.f1)} |`,
  );
}

/** Cuts the user words out first, as our segmenter does, and `cut`s the rest. */
function withUserWords(cut: (text: string) => string[]) {
  const matcher = createMatcher(userWords);
  return (text: string) => {
    const out: string[] = [];
    let done = 0;
    for (const found of matcher.find(text)) {
      if (found.start > done) out.push(...cut(text.slice(done, found.start)));
      out.push(text.slice(found.start, found.end));
      done = found.end;
    }
    if (done < text.length) out.push(...cut(text.slice(done)));
    return out;
  };
}

let started = performance.now();
const segmenter = loadSegmenter(userWords);
const loadMs = performance.now() - started;

console.log(`gold: ${GOLD}, ${gold.size} paragraphs\n`);
console.log(
  '| segmenter | P (all) | R (all) | F1 (all) | P (Chinese) | R (Chinese) | F1 (Chinese) | F1 (Chinese, user words left out) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
report('CC-CEDICT + HSK ranks (ours)', (text) => segmenter.segment(text).map((t) => t.text));

const jiebaDir = process.argv.indexOf('--jieba');
if (jiebaDir > 0) {
  const require = createRequire(path.resolve(process.argv[jiebaDir + 1] ?? '.', 'package.json'));
  const call = (fn: unknown, ...args: unknown[]): string[] => {
    const result: unknown = typeof fn === 'function' ? fn(...args) : [];
    return Array.isArray(result) ? result.map(String) : [];
  };
  try {
    const wasm: unknown = require('jieba-wasm');
    const cut = typeof wasm === 'object' && wasm !== null ? Reflect.get(wasm, 'cut') : undefined;
    report(
      'jieba-wasm 2.4.0, HMM',
      withUserWords((t) => call(cut, t, true)),
    );
    report(
      'jieba-wasm 2.4.0, no HMM',
      withUserWords((t) => call(cut, t, false)),
    );
  } catch (error) {
    console.log(`(jieba-wasm not found: ${String(error).split('\n')[0]})`);
  }
}

// Speed: every bundled document and the nine texts, segmented paragraph by paragraph.
const corpus = library.documents.flatMap((d) => d.pairs.map((p) => p.zh));
if (existsSync(TEXTS)) {
  for (const name of readdirSync(TEXTS).filter((n) => n.endsWith('.zh.txt'))) {
    corpus.push(...readFileSync(path.join(TEXTS, name), 'utf8').split('\n'));
  }
}
const chars = corpus.reduce((sum, text) => sum + text.length, 0);
for (const text of corpus) segmenter.segment(text); // warm up: the figures are steady state
started = performance.now();
let tokens = 0;
for (let round = 0; round < 5; round++) {
  for (const text of corpus) tokens += segmenter.segment(text).length;
}
const ms = (performance.now() - started) / 5;
console.log(
  `\nload (lexicon + HSK lists): ${loadMs.toFixed(0)} ms; segmenting ${chars} characters (${tokens / 5} tokens): ${ms.toFixed(0)} ms a round, ${((chars / ms) * 1000).toFixed(0)} characters/s`,
);
