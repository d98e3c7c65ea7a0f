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
 *   npm run bench:library -- --sizes 10,100,1000 --keep
 *
 * The machine is shared: CPU time (user + system, the build and all its workers) is the
 * steadier figure; wall time depends on the load, printed beside it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadLibrary } from '../lib/content/load';
import { pageWeight, routeBodySize, type Size } from './bench-library/build-output';
import { timeRouteWork } from './bench-library/route-work';
import { writeSyntheticLibrary } from './bench-library/synthetic-library';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    keep: { type: 'boolean', default: false },
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
  cpu: number;
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
    const read = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log += text;
      for (const [name, pattern] of PHASES) {
        if (!phases.has(name) && pattern.test(text))
          phases.set(name, (Date.now() - started) / 1000);
      }
      const total = /Generating static pages using \d+ workers? \(\d+\/(\d+)\)/.exec(text);
      if (total) pages = Number(total[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      if (code !== 0) {
        writeFileSync(path.join(scratch, `build-${documents}.log`), log);
        const tail = log.trim().split('\n').slice(-15).join('\n');
        return reject(
          new Error(`next build failed at ${documents} documents (log in ${scratch}):\n${tail}`),
        );
      }
      phases.set('end', (Date.now() - started) / 1000);
      const [wall = 0, user = 0, system = 0, rss = 0] =
        readFileSync(timing, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
      resolve({ documents, wall, cpu: user + system, maxRssMb: rss / 1024, phases, pages });
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

console.log(`scratch: ${scratch}`);
copyProject();
const runs: BuildRun[] = [];
console.log(
  '\n| documents | pages | build wall s | build CPU s | CPU s / document | compile + types s (wall) | page generation s (wall) | max RSS MB | load avg | /en HTML KB raw / gzip | /en JS KB raw / gzip (scripts) | /en CSS KB gzip | /en total gzip KB | search index KB raw / gzip |',
);
console.log(
  '| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
);
for (const count of sizes) {
  const contentDir = path.join(scratch, `content-${count}`);
  writeSyntheticLibrary(path.join(root, 'content'), contentDir, count);
  const load = loadavg()[0] ?? 0;
  const run = await build(contentDir, count);
  runs.push(run);
  const dist = path.join(project, '.next');
  const page = pageWeight(dist, 'en');
  const index = routeBodySize(dist, 'data/library-search.json');
  const total = page.html.gzip + page.js.gzip + page.css.gzip;
  const compile = (run.phases.get('collect') ?? 0) - (run.phases.get('compile') ?? 0);
  console.log(
    `| ${count} | ${run.pages} | ${run.wall.toFixed(0)} | ${run.cpu.toFixed(0)} | ${(run.cpu / count).toFixed(2)} | ${compile.toFixed(0)} | ${phase(run, 'generate', 'finalize')} | ${run.maxRssMb.toFixed(0)} | ${load.toFixed(1)}–${(loadavg()[0] ?? 0).toFixed(1)} | ${size(page.html)} | ${size(page.js)} (${page.scripts}) | ${kb(page.css.gzip)} | ${kb(total)} | ${size(index)} |`,
  );
}

// Linear growth: the CPU each further document costs, between consecutive sizes.
console.log(
  '\n| from → to documents | build CPU s per added document | page generation wall s per added document |',
);
console.log('| --- | --: | --: |');
for (let i = 1; i < runs.length; i++) {
  const [a, b] = [runs[i - 1], runs[i]];
  if (!a || !b) continue;
  const added = b.documents - a.documents;
  const gen = (run: BuildRun) =>
    (run.phases.get('finalize') ?? run.phases.get('end') ?? 0) - (run.phases.get('generate') ?? 0);
  console.log(
    `| ${a.documents} → ${b.documents} | ${((b.cpu - a.cpu) / added).toFixed(2)} | ${((gen(b) - gen(a)) / added).toFixed(2)} |`,
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
