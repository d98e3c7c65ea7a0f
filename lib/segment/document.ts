import type { GlossaryEntry, ParallelDocument } from '../content/schema';

/** A name as a word: Chinese with letters or digits (36氪), no spaces or punctuation. */
const NAME = /^(?=.*\p{Script=Han})[\p{Script=Han}\p{L}\p{Nd}]{2,8}$/u;

/**
 * The words a document's segmentation keeps whole: the glossary's terms (so a term the
 * reader underlines is one word) and the names its own metadata gives (speakers, byline,
 * source: 李涛, 36氪), which no dictionary holds.
 *
 * @example documentUserWords(interview, glossary) // ['算力', '大模型', …, '36氪', '李涛', '周鑫雨', '苏建勋']
 */
export function documentUserWords(
  doc: Pick<ParallelDocument, 'speakers' | 'byline' | 'source'>,
  glossary: readonly Pick<GlossaryEntry, 'term'>[],
): string[] {
  const names = [
    ...Object.values(doc.speakers).map((speaker) => speaker.zh),
    ...doc.byline.map((credit) => credit.zh),
    doc.source.name.zh,
  ].filter((name) => NAME.test(name));
  return [...new Set([...glossary.map((entry) => entry.term), ...names])];
}
