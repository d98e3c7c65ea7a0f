/**
 * `npx tsx scripts/bench-align-cases.ts [case…] [--scale] [--repeat N] [--options '{…}']`: runs
 * the sentence aligner (lib/bitext, alignSegments on exactly the given lines) on every case in
 * ../shared/data/align/cases/ and prints, per case, strict and lax precision, recall and F1 (as
 * defined in ../shared/data/align/README.md), seconds and peak memory, next to the baselines
 * in cases/baselines.md. With `--scale`, two runs for size: 10,825 × 10,825 lines (Pentateuch
 * verses, Tatoeba, Genesis again) through alignSegments, and the Pentateuch as a book of 187
 * chapter paragraphs through alignDocument.
 *
 * Each run is a child process of its own, so that its peak memory (the process's maximum
 * resident set, which a sampling timer cannot see while synchronous code runs) is its own.
 * Seconds are wall-clock from loading the lexicon to the last link; CPU seconds beside them
 * are less disturbed by other work on a shared machine. `--options` passes JSON options to
 * alignSegments (tuning runs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { alignDocument } from '../lib/bitext/align-document';
import { alignSegments, type BitextLink } from '../lib/bitext/align-segments';
import { type GoldBead, parseGold, scoreAlignment } from '../lib/bitext/evaluate';
import { loadLexiconFile } from '../lib/bitext/lexicon-file';

const DATA = path.resolve('../shared/data/align');
const CASES = path.join(DATA, 'cases');

interface Run {
  name: string;
  size: string;
  scores?: ReturnType<typeof scoreAlignment>;
  loadSeconds: number;
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  /** Peak resident memory above what the process held before aligning (lexicon loaded). */
  alignMb: number;
  note: string;
}

const readLines = (file: string) => {
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
};

const readJsonl = (file: string): Record<string, unknown>[] =>
  readLines(file).map((line) => {
    const row: unknown = JSON.parse(line);
    if (row === null || typeof row !== 'object') throw new Error(`${file}: not an object a line`);
    return { ...row };
  });

const text = (row: Record<string, unknown>, key: string) => {
  const value = row[key];
  if (typeof value !== 'string') throw new Error(`missing "${key}" in ${JSON.stringify(row)}`);
  return value;
};

/** Times `align` from loading the lexicon on, and measures the process's peak memory. */
function measure(
  name: string,
  size: string,
  align: (lexicon: ReturnType<typeof loadLexiconFile>) => { scores?: Run['scores']; note: string },
): Run {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const lexicon = loadLexiconFile();
  const loaded = performance.now();
  const rssBefore = process.memoryUsage().rss;
  const { scores, note } = align(lexicon);
  const used = process.cpuUsage(cpu);
  const end = performance.now();
  const peak = process.resourceUsage().maxRSS * 1024;
  return {
    name,
    size,
    scores,
    loadSeconds: (loaded - start) / 1000,
    seconds: (end - start) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakMb: peak / 2 ** 20,
    alignMb: Math.max(0, peak - rssBefore) / 2 ** 20,
    note,
  };
}

/** How often links below and above the low-confidence mark are exactly a gold bead. */
function calibration(links: readonly BitextLink[], gold: readonly GoldBead[]): string {
  const keys = new Set(gold.map((g) => `${g.zh.join(',')}:${g.en.join(',')}`));
  const exact = (list: readonly BitextLink[]) =>
    list.filter((l) => keys.has(`${l.zh.join(',')}:${l.en.join(',')}`)).length /
    Math.max(1, list.length);
  const low = links.filter((l) => l.low);
  const high = links.filter((l) => !l.low);
  return `${((100 * low.length) / Math.max(1, links.length)).toFixed(1)}% of links low-confidence; exactly gold: ${(100 * exact(low)).toFixed(0)}% of those, ${(100 * exact(high)).toFixed(0)}% of the others (before verse merging)`;
}

function runCase(name: string, options: object): Run {
  const dir = path.join(CASES, name);
  const zh = readLines(path.join(dir, 'zh.txt'));
  const en = readLines(path.join(dir, 'en.txt'));
  const gold = parseGold(readFileSync(path.join(dir, 'gold.align'), 'utf8'));
  return measure(name, `${zh.length} x ${en.length}`, (lexicon) => {
    const { links } = alignSegments(zh, en, { ...options, lexicon });
    return { scores: scoreAlignment(links, gold), note: calibration(links, gold) };
  });
}

function runScale(name: string): Run {
  const bible = readJsonl(path.join(DATA, 'bible-dev.jsonl'));
  if (name === 'scale-10k-lines') {
    const tatoeba = readJsonl(path.join(DATA, 'tatoeba-dev.jsonl'));
    const rows = [...bible, ...tatoeba, ...bible.slice(0, 2500)];
    const zh = rows.map((r) => text(r, 'zh'));
    const en = rows.map((r) => text(r, 'en'));
    return measure(name, `${zh.length} x ${en.length}`, (lexicon) => {
      const { links, cells } = alignSegments(zh, en, { lexicon });
      return { note: `${links.length} links, ${cells} lattice cells at most` };
    });
  }
  // The Pentateuch as a book: one paragraph a chapter, verses run together.
  const chapters = new Map<string, { zh: string; en: string[] }>();
  for (const row of bible) {
    const chapter = text(row, 'id').split(':').slice(0, 2).join(':');
    const entry = chapters.get(chapter) ?? { zh: '', en: [] };
    entry.zh += text(row, 'zh');
    entry.en.push(text(row, 'en'));
    chapters.set(chapter, entry);
  }
  const zh = [...chapters.values()].map((c) => c.zh).join('\n\n');
  const en = [...chapters.values()].map((c) => c.en.join(' ')).join('\n\n');
  return measure(name, `${chapters.size} x ${chapters.size} paragraphs`, (lexicon) => {
    const doc = alignDocument(zh, en, { lexicon });
    const links = doc.groups.flatMap((g) => g.links);
    const sentences = (side: string[][]) => side.reduce((n, p) => n + p.length, 0);
    return {
      note: `${sentences(doc.zh)} x ${sentences(doc.en)} sentences, ${doc.groups.length} paragraph groups, ${links.length} links (${links.filter((l) => l.low).length} low-confidence)`,
    };
  });
}

/** Baseline rows of cases/baselines.md: case → aligner, strict F1, lax F1, seconds. */
function baselines(): Map<string, string[][]> {
  const rows = new Map<string, string[][]>();
  const file = path.join(CASES, 'baselines.md');
  if (!existsSync(file)) return rows;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [, name, , aligner, strict, lax, seconds] = line.split('|').map((c) => c.trim());
    if (!name || !aligner || !strict || !lax || !seconds || name === 'case' || name.startsWith('-'))
      continue;
    rows.set(name, [...(rows.get(name) ?? []), [aligner, strict, lax, seconds]]);
  }
  return rows;
}

const args = process.argv.slice(2);
const optionsAt = args.indexOf('--options');
const options: unknown = optionsAt >= 0 ? JSON.parse(args[optionsAt + 1] ?? '{}') : {};
const childAt = args.indexOf('--run');

if (childAt >= 0) {
  // Child: one run, its result as JSON on stdout.
  const name = args[childAt + 1] ?? '';
  const run = name.startsWith('scale-')
    ? runScale(name)
    : runCase(name, typeof options === 'object' && options !== null ? options : {});
  process.stdout.write(JSON.stringify(run));
} else if (!existsSync(CASES)) {
  console.log(`No alignment cases at ${CASES}: nothing to benchmark (the shared data is absent).`);
} else {
  const repeatAt = args.indexOf('--repeat');
  const isValueOf = (at: number, i: number) => at >= 0 && i === at + 1;
  const wanted = args.filter(
    (a, i) => !a.startsWith('--') && !isValueOf(optionsAt, i) && !isValueOf(repeatAt, i),
  );
  const names = readdirSync(CASES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (wanted.length === 0 || wanted.includes(d.name)))
    .map((d) => d.name)
    .sort();
  if (args.includes('--scale')) names.push('scale-10k-lines', 'scale-pentateuch-book');
  const base = baselines();
  const f = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(3));
  console.log(
    '| case | size | aligner | strict P | strict R | strict F1 | lax P | lax R | lax F1 | seconds | CPU s | peak MB (aligning) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  // With --repeat N, each run is repeated and its median time shown: the machine is shared.
  const repeat = Math.max(1, Number(args[args.indexOf('--repeat') + 1] ?? 1) || 1);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  for (const name of names) {
    const runs: Run[] = [];
    for (let i = 0; i < repeat; i++) {
      const child = spawnSync(
        process.execPath,
        [...process.execArgv, process.argv[1] ?? '', '--run', name, ...args],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      );
      if (child.status !== 0) {
        console.error(`${name}: failed\n${child.stderr}`);
        process.exitCode = 1;
        break;
      }
      runs.push(JSON.parse(child.stdout));
    }
    const first = runs[0];
    if (!first) continue;
    const r: Run = {
      ...first,
      seconds: median(runs.map((x) => x.seconds)),
      cpuSeconds: median(runs.map((x) => x.cpuSeconds)),
      peakMb: Math.max(...runs.map((x) => x.peakMb)),
      alignMb: Math.max(...runs.map((x) => x.alignMb)),
    };
    const s = r.scores;
    console.log(
      `| ${name} | ${r.size} | duizhao bitext | ${f(s?.strict.precision)} | ${f(s?.strict.recall)} | ${s ? `**${f(s.strict.f1)}**` : '–'} | ${f(s?.lax.precision)} | ${f(s?.lax.recall)} | ${f(s?.lax.f1)} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${r.peakMb.toFixed(0)} (+${r.alignMb.toFixed(0)}) |`,
    );
    for (const [aligner, strict, lax, seconds] of base.get(name) ?? []) {
      console.log(
        `| ${name} | ${r.size} | ${aligner} | | | ${strict} | | | ${lax} | ${seconds} | | |`,
      );
    }
    console.error(`${name}: lexicon loaded in ${r.loadSeconds.toFixed(2)} s; ${r.note}`);
  }
}
