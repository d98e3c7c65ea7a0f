/**
 * Copies hanzi-writer-data's stroke files into public/data/hanzi/, named by code point
 * (`597d.json` for 好), so that the app serves them itself (lib/characters/data.ts). Run before
 * every build (`prebuild`, `prebuild:static`, `predev`); skips the copy when the folder already
 * holds this version of the data. The folder is not in git: the package is the source.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { hanziDataFile } from '../lib/characters/data';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('hanzi-writer-data/package.json'));
const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
const target = path.resolve(import.meta.dirname, '../public/data/hanzi');
const stamp = path.join(target, 'VERSION');

if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === version) {
  console.log(`hanzi-writer-data ${version}: public/data/hanzi is up to date`);
} else {
  // Copied into a fresh folder and renamed into place, so that an interrupted copy never
  // leaves a folder that claims to be complete.
  const temporary = `${target}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  let count = 0;
  for (const file of readdirSync(packageDir)) {
    const char = file.replace(/\.json$/, '');
    if (!file.endsWith('.json') || [...char].length !== 1) continue; // package.json and the like
    copyFileSync(path.join(packageDir, file), path.join(temporary, hanziDataFile(char)));
    count++;
  }
  writeFileSync(path.join(temporary, 'VERSION'), `${version}\n`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  renameSync(temporary, target);
  console.log(`hanzi-writer-data ${version}: ${count} characters copied to public/data/hanzi`);
}
