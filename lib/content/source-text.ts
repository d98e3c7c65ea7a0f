import type { ParallelDocument } from './schema';

/**
 * A source text as the shared texts keep it (`content/sources/<slug>.zh.txt`): line 1 the
 * title, line 2 the author, a blank line, then blocks separated by blank lines: a paragraph,
 * a section numeral, a stanza's lines, the dateline.
 */
export interface SourceText {
  title: string;
  author: string;
  /** Each block's text (a stanza's lines joined by `\n`) and the 1-based line it starts on. */
  blocks: { text: string; line: number }[];
}

/**
 * Reads a source text. Line endings may be LF or CRLF; trailing blank lines are ignored.
 *
 * @example parseSourceText('匆匆\n朱自清\n\n燕子去了。\n\n一九二二年。\n').blocks
 * // [{ text: '燕子去了。', line: 4 }, { text: '一九二二年。', line: 6 }]
 */
export function parseSourceText(text: string): SourceText {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const blocks: SourceText['blocks'] = [];
  let current: string[] = [];
  let start = 0;
  lines.slice(3).forEach((line, i) => {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push({ text: current.join('\n'), line: start });
      current = [];
      return;
    }
    if (current.length === 0) start = i + 4;
    current.push(line);
  });
  if (current.length > 0) blocks.push({ text: current.join('\n'), line: start });
  return { title: lines[0] ?? '', author: lines[1] ?? '', blocks };
}

/** A difference between a document and its source. */
export interface SourceMismatch {
  /** Index of the pair concerned, if any. */
  pair?: number;
  /** Field of the document (`title › zh`, `zh`). */
  field: string;
  message: string;
}

/** Where two texts first differ, shown with a little context on both sides. */
function firstDifference(actual: string, expected: string): string {
  const a = [...actual];
  const e = [...expected];
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  const around = (chars: string[]) =>
    JSON.stringify(chars.slice(Math.max(0, i - 6), i + 10).join(''));
  return `differs at character ${i + 1}: the file has ${around(a)}, the source ${around(e)}`;
}

/**
 * Compares a document with its source text: the title, the author, and every pair's
 * Chinese with the source's blocks, one to one and in order (the Chinese must be the source,
 * verbatim and whole). `sourceName` names the source file in the messages.
 *
 * @example compareWithSource(doc, parseSourceText(text), 'content/sources/congcong.zh.txt') // [] when they agree
 */
export function compareWithSource(
  doc: ParallelDocument,
  source: SourceText,
  sourceName: string,
): SourceMismatch[] {
  const out: SourceMismatch[] = [];
  if (doc.title.zh !== source.title)
    out.push({
      field: 'title › zh',
      message: `is "${doc.title.zh}" but line 1 of ${sourceName} is "${source.title}"`,
    });
  const author = doc.byline.find((credit) => credit.role === 'author');
  if (author?.zh !== source.author)
    out.push({
      field: 'byline',
      message: `the author must be "${source.author}" (line 2 of ${sourceName})`,
    });
  doc.pairs.forEach((pair, index) => {
    const block = source.blocks[index];
    if (!block) {
      out.push({
        pair: index,
        field: 'zh',
        message: `has no counterpart in ${sourceName}, which ends after ${source.blocks.length} block(s)`,
      });
      return;
    }
    if (pair.zh !== block.text)
      out.push({
        pair: index,
        field: 'zh',
        message: `is not the source's block at ${sourceName}:${block.line}: ${firstDifference(pair.zh, block.text)}`,
      });
  });
  for (const block of source.blocks.slice(doc.pairs.length))
    out.push({
      field: 'pairs',
      message: `the block at ${sourceName}:${block.line} has no pair (every block of the source needs one)`,
    });
  return out;
}
