import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CharacterDataError,
  characterDataSchema,
  hanziDataFile,
  loadCharacterData,
  strokeCharacters,
  strokeRanges,
} from '@/lib/characters/data';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('hanzi-writer-data/package.json'));
const hao = JSON.parse(readFileSync(path.join(packageDir, '好.json'), 'utf8'));

describe('hanziDataFile', () => {
  it('names a file by code point, astral characters included', () => {
    expect(hanziDataFile('好')).toBe('597d.json');
    expect(hanziDataFile('𠮷')).toBe('20bb7.json');
  });
});

describe('strokeCharacters', () => {
  it('keeps the Han characters of a word, each once, in order', () => {
    expect(strokeCharacters('看一看')).toEqual(['看', '一']);
    expect(strokeCharacters('AI芯片，')).toEqual(['芯', '片']);
    expect(strokeCharacters('')).toEqual([]);
  });
});

describe('strokeRanges', () => {
  it('reads 0-based stroke indices as 1-based runs', () => {
    expect(strokeRanges([0, 1, 2])).toEqual(['1–3']);
    expect(strokeRanges([5, 0, 1, 2, 7, 8])).toEqual(['1–3', '6', '8–9']);
    expect(strokeRanges([3])).toEqual(['4']);
    expect(strokeRanges([])).toEqual([]);
  });
});

describe('loadCharacterData', () => {
  const serving = (body: unknown, status = 200) =>
    (async (url: string | URL | Request) => {
      served.push(String(url));
      return new Response(JSON.stringify(body), { status });
    }) as typeof fetch;
  const served: string[] = [];

  it('fetches the character’s own file and checks it is stroke data', async () => {
    const data = await loadCharacterData('好', serving(hao));
    expect(served.at(-1)).toBe('/data/hanzi/597d.json');
    expect(data.strokes).toHaveLength(6);
    expect(data.radStrokes).toEqual([0, 1, 2]);
  });

  it('says which character and what went wrong', async () => {
    await expect(loadCharacterData('好', serving({}, 404))).rejects.toThrow(/好: .* answered 404/);
    await expect(loadCharacterData('好', serving({ strokes: [] }))).rejects.toThrow(
      CharacterDataError,
    );
  });

  it('accepts every file of the package', () => {
    const files = ['一.json', '我.json', '龍.json'];
    for (const file of files) {
      const data = JSON.parse(readFileSync(path.join(packageDir, file), 'utf8'));
      expect(characterDataSchema.safeParse(data).success, file).toBe(true);
    }
  });
});
