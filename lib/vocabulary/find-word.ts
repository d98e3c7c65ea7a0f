/** A sentence split around a word: the text before it, the form found, the text after it. */
export interface WordInSentence {
  before: string;
  form: string;
  after: string;
}

/**
 * Where a saved word stands in its sentence: the first occurrence of its simplified form, or
 * else of its traditional form (a sentence saved from a text shown in traditional characters).
 * `undefined` when the sentence holds neither. The Anki cloze and the review card's blank
 * both blank this occurrence.
 *
 * @example findWord('这个行业变化很快。', '行业') // { before: '这个', form: '行业', after: '变化很快。' }
 * @example findWord('這個行業。', '行业', '行業') // { before: '這個', form: '行業', after: '。' }
 */
export function findWord(
  sentence: string,
  word: string,
  traditional = word,
): WordInSentence | undefined {
  for (const form of [word, traditional]) {
    const at = form === '' ? -1 : sentence.indexOf(form);
    if (at >= 0)
      return { before: sentence.slice(0, at), form, after: sentence.slice(at + form.length) };
  }
  return undefined;
}
