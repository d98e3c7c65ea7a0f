import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from '@/lib/content/parse';
import type { ParallelDocument } from '@/lib/content/schema';
import { serializeDocument } from '@/lib/content/serialize';
import { pairsFromUnits } from '@/lib/import/from-units';
import { readImportFile } from '@/lib/import/read-file';
import { formatProblem, type ImportResult } from '@/lib/import/types';

const dir = path.resolve(import.meta.dirname, '../../fixtures/import');
const read = (name: string, wanted = {}) => {
  const bytes = readFileSync(path.join(dir, name));
  return readImportFile(
    name,
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    wanted,
  );
};
const segments = (result: ImportResult) =>
  result.kind === 'bilingual' ? result.units.map((u) => u.segments) : [];
const messages = (result: ImportResult) => result.problems.map(formatProblem);

/** The units as a content file, saved and read back: it must pass the validator. */
function roundTrip(result: ImportResult): ParallelDocument {
  if (result.kind !== 'bilingual') throw new Error('not bilingual');
  const doc: ParallelDocument = {
    slug: 'imported',
    title: { zh: '标题', en: 'Title' },
    byline: [],
    source: { name: { zh: '来源', en: 'Source' }, url: 'https://example.org/' },
    date: '2024',
    speakers: {},
    pairs: pairsFromUnits(result.units),
    furniture: [],
  };
  return parseDocumentFile(serializeDocument(doc), 'imported.yaml');
}

describe('readImportFile', () => {
  it('reads a TMX as Trados writes it: zh-CN over zh-TW, inline codes left out', async () => {
    const result = await read('genesis-trados.tmx');
    expect(result.kind).toBe('bilingual');
    if (result.kind !== 'bilingual') return;
    expect(result.languages).toEqual({ zh: 'zh-CN', en: 'en-US', others: ['zh-TW'] });
    expect(result.units).toHaveLength(5);
    expect(segments(result)[2]).toEqual([
      {
        zh: '神说，要有光，就有了光。',
        en: 'And God said, Let there be light: and there was light.',
      },
    ]);
    expect(result.units[1]?.place).toBe('tu 2 (tuid 2)');
    expect(result.problems).toEqual([]);
    const doc = roundTrip(result);
    expect(doc.pairs[1]?.links).toEqual(['1,2:1', '3:2']);
    expect(doc.pairs[0]?.confidence).toEqual([1]);
  });

  it('reads the traditional variant when asked', async () => {
    const result = await read('genesis-trados.tmx', { zh: 'zh-TW' });
    expect(result.kind === 'bilingual' && result.units.map((u) => u.segments[0]?.zh)).toEqual([
      '地是空虛混沌。淵面黑暗。神的靈運行在水面上。',
    ]);
    expect(messages(result)[0]).toBe(
      'genesis-trados.tmx, tu 1 (tuid 1): has no zh-TW text: left out',
    );
  });

  it('lists every variant with its units, and reads the ones chosen', async () => {
    const preferred = await read('museum-variants.tmx');
    expect(preferred.kind === 'bilingual' && preferred.variants).toEqual({
      zh: [
        { code: 'zh-CN', units: 5 },
        { code: 'zh-TW', units: 4 },
      ],
      en: [
        { code: 'en-US', units: 5 },
        { code: 'en-GB', units: 4 },
      ],
    });
    expect(segments(preferred)[1]).toEqual([
      { zh: '请在服务台领取彩色导览图。', en: 'Pick up a color map at the information center.' },
    ]);
    const chosen = await read('museum-variants.tmx', { zh: 'zh-TW', en: 'en-GB' });
    expect(chosen.kind === 'bilingual' && chosen.languages).toEqual({
      zh: 'zh-TW',
      en: 'en-GB',
      others: ['zh-CN', 'en-US'],
    });
    expect(segments(chosen).map((s) => s[0])).toEqual([
      { zh: '歡迎參觀本館。', en: 'Welcome to the museum.' },
      { zh: '請在服務台領取彩色導覽圖。', en: 'Pick up a colour map at the information centre.' },
      { zh: '展廳內禁止使用閃光燈。', en: 'Do not use a flash in the galleries.' },
      { zh: '咖啡廳位於一樓。', en: 'The café is on the ground floor.' },
    ]);
    // The same variants listed whatever was chosen: the choice can be changed back.
    expect(chosen.kind === 'bilingual' && chosen.variants).toEqual(
      preferred.kind === 'bilingual' && preferred.variants,
    );
    expect(messages(chosen)).toEqual(['museum-variants.tmx, tu 5: has no zh-TW text: left out']);
  });

  it('reads XLIFF 1.2 with its segments (Okapi), and 2.0 with ignorable whitespace', async () => {
    const v1 = await read('genesis-okapi.xlf');
    expect(v1.kind === 'bilingual' && v1.format).toBe('xliff-1.2');
    expect(segments(v1)[0]).toEqual([
      { zh: '起初神创造天地。', en: 'In the beginning God created the heaven and the earth. ' },
      { zh: '地是空虚混沌。', en: 'And the earth was without form, and void.' },
    ]);
    expect(segments(v1)[2]?.[0]?.zh).toBe('“神看光是好的”，就把光暗分开了。');
    const v2 = await read('genesis-2.0.xlf');
    expect(v2.kind === 'bilingual' && v2.languages).toEqual({
      zh: 'zh-CN',
      en: 'en-GB',
      others: [],
    });
    expect(segments(v2)[0]?.map((s) => s.zh)).toEqual([
      '起初神创造天地。 ',
      '地是空虚混沌。渊面黑暗。',
    ]);
    expect(segments(v2)[1]?.[0]?.en).toBe('And God said, Let there be light: and there was light.');
    for (const result of [v1, v2]) expect(roundTrip(result).pairs.length).toBe(3);
  });

  it('reads a CSV as Excel saves it (BOM, CRLF, quotes, a line break in a cell) and a TSV', async () => {
    const csv = await read('genesis-excel.csv');
    expect(csv.problems).toEqual([]);
    expect(segments(csv).map((s) => s[0]?.zh)).toEqual([
      '起初神创造天地。',
      '地是空虚混沌。渊面黑暗。',
      '神说，“要有光”，就有了光。',
      '神看光是好的，\r\n就把光暗分开了。',
    ]);
    expect(segments(csv)[2]?.[0]?.en).toBe(
      'And God said, "Let there be light": and there was light.',
    );
    expect(roundTrip(csv).pairs[3]?.zh).toBe('神看光是好的，  就把光暗分开了。');
    const tsv = await read('genesis.tsv');
    expect(segments(tsv)).toHaveLength(2);
  });

  it('reads a Word file per side as paragraphs', async () => {
    const zh = await read('genesis-1-zh.docx');
    expect(zh.kind === 'text' && zh.text.split('\n\n')).toEqual([
      '创世记 第一章',
      '起初神创造天地。',
      '地是空虚混沌。渊面黑暗。神的灵运行在水面上。',
      '神说，要有光，就有了光。',
      '神看光是好的，就把光暗分开了。',
      '神称光为昼，称暗为夜。有晚上，有早晨，这是头一日。',
    ]);
    const en = await read('genesis-1-en.docx');
    expect(en.kind === 'text' && en.text.startsWith('Genesis, Chapter 1\n\nIn the beginning')).toBe(
      true,
    );
  });

  it('names the file, the place and the problem of a bad file', async () => {
    expect(messages(await read('broken.tmx'))).toEqual([
      "broken.tmx, line 6: is not well-formed XML (Expected closing tag 'seg' (opened in line 6, col 29) instead of closing tag 'tuv'.)",
    ]);
    expect(messages(await read('french.tmx'))).toEqual([
      'french.tmx: needs a Chinese and an English variant (languages found: en-US, fr-FR)',
    ]);
    expect(messages(await read('one-column.csv'))).toEqual([
      'one-column.csv: needs two columns, Chinese and English (found one)',
    ]);
    expect(messages(await read('utf16.csv'))).toEqual([
      'utf16.csv: is UTF-16 text; save it as UTF-8 and open it again',
    ]);
    expect(messages(await read('not-word.docx'))[0]).toMatch(
      /^not-word\.docx: cannot be read as a Word file \(\.docx\)/,
    );
  });
});
