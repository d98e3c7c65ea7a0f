import { toMarked } from '../chinese/tones';
import type { WordToSave } from '../vocabulary/types';
import type { CedictEntry, DictionaryWord } from './types';

/** Which characters a reader reads: the popup shows that form of each headword first. */
export type Script = 'simplified' | 'traditional';

/** A piece of a sense: English text, or a Chinese word CC-CEDICT refers to. */
export type SensePart =
  | { kind: 'text'; text: string }
  | { kind: 'chinese'; hanzi: string; pinyin?: string };

/**
 * CC-CEDICT's references in its senses: `說|说[shuo1]` (traditional|simplified[pinyin]),
 * `皮革的[pi2 ge2 de5]`, a bare word (`variant of 吉`), or bare pinyin (`Taiwan pr. [zhuo2]`).
 * See the CC-CEDICT wiki, "Syntax": https://cc-cedict.org/wiki/syntax
 */
const REFERENCE =
  /([\p{Script=Han}〇]+)(?:\|([\p{Script=Han}〇]+))?(?:\[([A-Za-z:1-5 ,·]+)\])?|\[([A-Za-z:1-5 ]*[1-5])\]/gu;

/**
 * A sense cut into English text and Chinese references, the references in the reader's
 * script and their pinyin with tone marks, so a popup can mark the Chinese with its `lang`.
 *
 * @example senseParts('variant of 說|说[shuo1]', 'simplified')
 * // [{ kind: 'text', text: 'variant of ' }, { kind: 'chinese', hanzi: '说', pinyin: 'shuō' }]
 * @example senseParts('a move in chess (Taiwan pr. [zhuo2])', 'simplified')
 * // [{ kind: 'text', text: 'a move in chess (Taiwan pr. [zhuó])' }]
 */
export function senseParts(sense: string, script: Script): SensePart[] {
  const parts: SensePart[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last?.kind === 'text') last.text += text;
    else parts.push({ kind: 'text', text });
  };
  let at = 0;
  for (const match of sense.matchAll(REFERENCE)) {
    const [whole, first, second, pinyin, barePinyin] = match;
    pushText(sense.slice(at, match.index));
    at = match.index + whole.length;
    if (barePinyin !== undefined) {
      pushText(`[${toMarked(barePinyin)}]`);
      continue;
    }
    // `traditional|simplified`, or one form where both are the same.
    const hanzi = second !== undefined && script === 'simplified' ? second : (first ?? '');
    parts.push(
      pinyin ? { kind: 'chinese', hanzi, pinyin: toMarked(pinyin) } : { kind: 'chinese', hanzi },
    );
  }
  pushText(sense.slice(at));
  return parts;
}

/**
 * A sense as plain text (for saving): references as `说[shuō]`.
 *
 * @example senseText('variant of 說|说[shuo1]', 'simplified') // 'variant of 说[shuō]'
 */
export function senseText(sense: string, script: Script): string {
  return senseParts(sense, script)
    .map((part) =>
      part.kind === 'text' ? part.text : `${part.hanzi}${part.pinyin ? `[${part.pinyin}]` : ''}`,
    )
    .join('');
}

/**
 * The two forms of a headword, the reader's script first; one when they are the same.
 *
 * @example headwordForms({ simplified: '银行', traditional: '銀行' }, 'traditional') // ['銀行', '银行']
 * @example headwordForms({ simplified: '算力', traditional: '算力' }, 'simplified') // ['算力']
 */
export function headwordForms(
  word: { simplified: string; traditional: string },
  script: Script,
): [string] | [string, string] {
  if (word.simplified === word.traditional) return [word.simplified];
  return script === 'traditional'
    ? [word.traditional, word.simplified]
    : [word.simplified, word.traditional];
}

/**
 * A CC-CEDICT entry's pinyin with tone marks (`yin2 hang2` → `yín háng`).
 *
 * @example entryPinyin({ pinyin: 'lu:4 shi1' }) // 'lǜ shī'
 */
export function entryPinyin(entry: Pick<CedictEntry, 'pinyin'>): string {
  return toMarked(entry.pinyin);
}

/**
 * A dictionary word as the vocabulary keeps it: simplified senses as plain text (CC-CEDICT's
 * measure words as a last sense, `CL:家[jiā],个[gè]`, as CC-CEDICT writes them), or a
 * glossary term's renderings and definition.
 *
 * @example wordToSave({ source: 'cedict', entry: yinhang }, context).senses // ['bank', 'CL:家[jiā],个[gè]']
 */
export function wordToSave(word: DictionaryWord, context: WordToSave['context']): WordToSave {
  if (word.source === 'glossary') {
    const { simplified, traditional, pinyin, en, definition } = word.entry;
    return {
      simplified,
      traditional,
      pinyin,
      senses: [en.join('; '), definition],
      source: 'glossary',
      context,
    };
  }
  const { simplified, traditional, senses, classifiers } = word.entry;
  const measureWords = classifiers.map((ref) => senseText(ref, 'simplified')).join(',');
  return {
    simplified,
    traditional,
    pinyin: entryPinyin(word.entry),
    senses: [
      ...senses.map((sense) => senseText(sense, 'simplified')),
      ...(measureWords ? [`CL:${measureWords}`] : []),
    ],
    source: 'cedict',
    context,
  };
}
