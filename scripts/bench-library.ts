/**
 * `npm run bench:library`: can a library of 1,000 documents build and serve? Builds synthetic
 * libraries (copies of the bundled documents with their own slugs and titles:
 * scripts/bench-library/synthetic-library.ts) of 10, 100 and 1,000 documents, each with a real
 * `next build` in a scratch copy of the project (/tmp; node_modules hard-linked) that reads its
 * content from DUIZHAO_CONTENT_DIR, so that neither content/ nor .next/ here is touched. Prints,
 * per size: wall and CPU time of the build and of its phases, time per document, pages built,
 * the library page's HTML and first-load JS and CSS (gzip), and the search index; then each
 * per-document route's own work per document, measured in this process, to show what dominates.
 * Asserts nothing: timings belong in benchmarks.
 *
 *   nice -n 19 npm run bench:library -- --sizes 10,100,300 --keep
 *   npm run bench:library -- --index-only --sizes 10,100,1000 --key-bits 4,8 --key-shards 1,8,60
 *
 * `--page .next` builds nothing: it weighs the library pages of a build already made (the
 * bundled library, `npm run build`), as the table below does for each synthetic one.
 *
 * `--index-only` builds only the search index (no `next build`: seconds, not hours, at 1,000
 * documents) and prints its sizes and what a first search downloads, without the search key
 * and with it, for each shard size, key size and number of shards per key file.
 *
 * The machine is shared: CPU time (user + system of the build and of every process it starts,
 * followed in /proc: scripts/bench-library/process-cpu.ts) is the steadier figure; wall time
 * depends on the load, printed beside it (`uptime` before and after each build).
 */
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadLibrary } from '../lib/content/load';
import { pageTotal, pageWeight, type Size } from './bench-library/build-output';
import { benchIndexOnly } from './bench-library/index-only';
import { watchTreeCpu } from './bench-library/process-cpu';
import { timeRouteWork } from './bench-library/route-work';
import { builtIndex, indexFigures } from './bench-library/search-figures';
import { writeSyntheticLibrary } from './bench-library/synthetic-library';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    keep: { type: 'boolean', default: false },
    'index-only': { type: 'boolean', default: false },
    page: { type: 'string' },
    'shard-kb': { type: 'string', default: '256' },
    'key-bits': { type: 'string', default: '8' },
    'key-shards': { type: 'string', default: '8' },
  },
});
const sizes = (values.sizes ?? '')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const root = process.cwd();
const scratch = mkdtempSync(path.join(tmpdir(), 'duizhao-bench-'));
const project = path.join(scratch, 'project');

/**
 * The app's own files (tracked and new, not ignored), without its content, tests and scripts:
 * `next build` type-checks every file it finds, and scripts import from e2e/ and tests/.
 */
function copyProject() {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && !/^(content|tests|e2e|scripts)\//.test(file));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(project, file));
  }
  // Hard links: seconds instead of copying 700 MB; the build writes nothing into node_modules.
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(project, 'node_modules')]);
}

interface BuildRun {
  documents: number;
  wall: number;
  /**
   * CPU seconds of the build and every process it started (those `/usr/bin/time` saw reaped
   * and those orphaned), and as sampled from /proc (process-cpu.ts).
   */
  cpu: number;
  cpuReaped: number;
  cpuSampled: number;
  processes: number;
  maxRssMb: number;
  /** Seconds from the start at which each phase began. */
  phases: Map<string, number>;
  pages: number;
}

const PHASES: [string, RegExp][] = [
  ['compile', /Creating an optimized production build/],
  ['typecheck', /Running TypeScript/],
  ['collect', /Collecting page data/],
  ['generate', /Generating static pages using/],
  ['finalize', /Finalizing page optimization|Collecting build traces/],
];

/** Runs `next build` in the scratch project on a content folder; resolves with its figures. */
function build(contentDir: string, documents: number): Promise<BuildRun> {
  rmSync(path.join(project, '.next'), { recursive: true, force: true });
  const timing = path.join(scratch, 'time.txt');
  const started = Date.now();
  const phases = new Map<string, number>();
  let pages = 0;
  let log = '';
  // Written as it comes, so that a build stopped for lack of time still says how far it got.
  const logFile = path.join(scratch, `build-${documents}.log`);
  console.log(`${documents} documents: next build's output in ${logFile}`);
  return new Promise((resolve, reject) => {
    const child = spawn(
      '/usr/bin/time',
      [
        '-f',
        '%e %U %S %M',
        '-o',
        timing,
        process.execPath,
        'node_modules/next/dist/bin/next',
        'build',
      ],
      {
        cwd: project,
        env: { ...process.env, DUIZHAO_CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    if (child.pid === undefined) return reject(new Error('next build did not start'));
    const treeCpu = watchTreeCpu(child.pid);
    const read = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log += text;
      appendFileSync(logFile, `[${((Date.now() - started) / 1000).toFixed(0)} s] ${text}`);
      for (const [name, pattern] of PHASES) {
        if (!phases.has(name) && pattern.test(text))
          phases.set(name, (Date.now() - started) / 1000);
      }
      const total = /Generating static pages using \d+ workers? \(\d+\/(\d+)\)/.exec(text);
      if (total) pages = Number(total[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', async (code) => {
      const { sampled, orphaned, processes } = await treeCpu.stop();
      if (code !== 0) {
        const tail = log.trim().split('\n').slice(-15).join('\n');
        return reject(
          new Error(`next build failed at ${documents} documents (log in ${scratch}):\n${tail}`),
        );
      }
      phases.set('end', (Date.now() - started) / 1000);
      const [wall = 0, user = 0, system = 0, rss = 0] =
        readFileSync(timing, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
      const cpuReaped = user + system;
      resolve({
        documents,
        wall,
        cpu: cpuReaped + orphaned,
        cpuReaped,
        cpuSampled: sampled,
        processes,
        maxRssMb: rss / 1024,
        phases,
        pages,
      });
    });
  });
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const size = (s: Size | undefined) => (s ? `${kb(s.raw)} / ${kb(s.gzip)}` : '–');
const phase = (run: BuildRun, name: string, next: string) => {
  const from = run.phases.get(name);
  const to = run.phases.get(next);
  return from === undefined || to === undefined ? '–' : (to - from).toFixed(0);
};

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const loadAverage = () => /load average: ([\d.]+)/.exec(uptime())?.[1] ?? '?';

if (values.page !== undefined) {
  const distDir = values.page;
  console.log(
    '| page | HTML KB raw / gzip | JS KB raw / gzip (scripts) | CSS KB gzip | total KB gzip (HTML + JS + CSS) |',
  );
  console.log('| --- | --: | --: | --: | --: |');
  for (const name of ['en', 'zh', 'en/library/story', 'zh/library/hsk-6']) {
    const page = pageWeight(distDir, name);
    console.log(
      `| /${name} | ${size(page.html)} | ${size(page.js)} (${page.scripts}) | ${kb(page.css.gzip)} | ${pageTotal(page)} |`,
    );
  }
  rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
}
console.log(`scratch: ${scratch}`);
if (values['index-only']) {
  const list = (text: string | undefined) =>
    (text ?? '')
      .split(',')
      .map(Number)
      .filter((n) => n > 0);
  await benchIndexOnly(
    root,
    scratch,
    sizes,
    list(values['shard-kb']),
    list(values['key-bits']),
    list(values['key-shards']),
  );
  rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
}
copyProject();
const runs: BuildRun[] = [];
console.log(
  '\n| documents | pages | build wall s | build CPU s (reaped + orphaned) | CPU s reaped only (/usr/bin/time) | CPU s sampled (processes) | wall s / document | CPU s / document | CPU s / page | compile + types s (wall) | page generation s (wall) | max RSS MB | load avg (1 min, before–after) | /en HTML KB raw / gzip | /en JS KB raw / gzip (scripts) | /en CSS KB gzip | /en total gzip KB (bar: 150) | search index gzip KB: whole → head + key + shards × mean | first passage search (茴香豆) KB gzip (shards): without key → with key |',
);
console.log(
  '| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
);
for (const count of sizes) {
  const contentDir = path.join(scratch, `content-${count}`);
  writeSyntheticLibrary(path.join(root, 'content'), contentDir, count);
  const before = loadAverage();
  console.log(`${count} documents: building (${uptime()})`);
  const run = await build(contentDir, count);
  console.log(`${count} documents: built (${uptime()})`);
  runs.push(run);
  const dist = path.join(project, '.next');
  const page = pageWeight(dist, 'en');
  const index = builtIndex(dist);
  const figures = index && indexFigures(index);
  const passage = figures?.first.find((f) => f.label === 'rare passage zh');
  const compile = (run.phases.get('collect') ?? 0) - (run.phases.get('compile') ?? 0);
  const per = (value: number, n: number) => (value / n).toFixed(2);
  console.log(
    `| ${count} | ${run.pages} | ${run.wall.toFixed(0)} | ${run.cpu.toFixed(0)} | ${run.cpuReaped.toFixed(0)} | ${run.cpuSampled.toFixed(0)} (${run.processes}) | ${per(run.wall, count)} | ${per(run.cpu, count)} | ${per(run.cpu, run.pages)} | ${compile.toFixed(0)} | ${phase(run, 'generate', 'finalize')} | ${run.maxRssMb.toFixed(0)} | ${before}–${loadAverage()} | ${size(page.html)} | ${size(page.js)} (${page.scripts}) | ${kb(page.css.gzip)} | ${pageTotal(page)} | ${figures ? `${kb(figures.whole.gzip)} → ${kb(figures.head.gzip)} + ${kb(figures.key.gzip)} + ${figures.shards} × ${kb(figures.allShards.gzip / figures.shards)}` : '–'} | ${passage ? `${kb(passage.before.bytes.gzip)} (${passage.before.shards}) → ${kb(passage.after.bytes.gzip)} (${passage.after.shards})` : '–'} |`,
  );
}

// Linear growth: the CPU each further document costs, between consecutive sizes.
console.log(
  '\n| from → to documents | build CPU s per added document | build wall s per added document | page generation wall s per added document |',
);
console.log('| --- | --: | --: | --: |');
for (let i = 1; i < runs.length; i++) {
  const [a, b] = [runs[i - 1], runs[i]];
  if (!a || !b) continue;
  const added = b.documents - a.documents;
  const gen = (run: BuildRun) =>
    (run.phases.get('finalize') ?? run.phases.get('end') ?? 0) - (run.phases.get('generate') ?? 0);
  console.log(
    `| ${a.documents} → ${b.documents} | ${((b.cpu - a.cpu) / added).toFixed(2)} | ${((b.wall - a.wall) / added).toFixed(2)} | ${((gen(b) - gen(a)) / added).toFixed(2)} |`,
  );
}

// What each per-document route's own work costs (the bundled documents, in this process).
const library = await loadLibrary(path.join(root, 'content'));
const work = await timeRouteWork(library);
console.log(
  `\nPer-document route work (mean over the ${library.documents.length} bundled documents, ms; loaded once per process beforehand: CC-CEDICT ${work.cedictMs.toFixed(0)} ms, segmenter lexicon and HSK lists ${work.segmenterMs.toFixed(0)} ms):`,
);
console.log(
  '| reader (×2 languages) | review (×2) | dictionary file | reading data file | exports (5 files) | catalogue entry (level) |',
);
console.log('| --: | --: | --: | --: | --: | --: |');
const m = work.mean;
console.log(
  `| ${m.reader.toFixed(0)} | ${m.review.toFixed(0)} | ${m.dictionary.toFixed(0)} | ${m.reading.toFixed(0)} | ${m.exports.toFixed(0)} | ${m.catalogue.toFixed(0)} |`,
);

if (values.keep) console.log(`\nkept: ${scratch}`);
else rmSync(scratch, { recursive: true, force: true });
