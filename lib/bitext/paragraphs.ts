/**
 * Paragraphs of a plain-text (or Markdown) file. Two conventions are common: a blank line
 * between paragraphs, with lines inside a paragraph possibly wrapped (English hard-wrapped at
 * 72 columns, Markdown); or one paragraph a line. A text with blank lines whose blocks mostly
 * run over several lines is read the first way, anything else the second.
 */

export const PARAGRAPH_MODES = ['auto', 'blank-lines', 'lines'] as const;
export type ParagraphMode = (typeof PARAGRAPH_MODES)[number];

/**
 * Whether a string (a command-line value, say) names a paragraph mode.
 *
 * @example isParagraphMode('lines') // true
 */
export function isParagraphMode(value: string): value is ParagraphMode {
  return (PARAGRAPH_MODES as readonly string[]).includes(value);
}

/**
 * Line breaks of any platform become "\n"; a byte-order mark goes.
 *
 * @example normalizeNewlines('a\r\nb') // 'a\nb'
 */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?|\u2028|\u2029/g, '\n');
}

/**
 * Joins the lines of one wrapped paragraph: with a space in English, directly between
 * Chinese characters (a wrapped Chinese line has no space to restore).
 */
function joinWrapped(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const cjkJoin =
      /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u.test(out) &&
      /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(line);
    out = out === '' ? line : cjkJoin ? out + line : `${out} ${line}`;
  }
  return out;
}

/**
 * Splits text into paragraphs, trimmed and never empty, in order.
 *
 * @example splitParagraphs('第一段。\n\n第二段。') // ['第一段。', '第二段。']
 * @example splitParagraphs('One line,\nwrapped.\n\nTwo.') // ['One line, wrapped.', 'Two.']
 * @example splitParagraphs('One.\nTwo.') // ['One.', 'Two.']
 */
export function splitParagraphs(text: string, mode: ParagraphMode = 'auto'): string[] {
  const normal = normalizeNewlines(text);
  const blocks = normal.split(/\n[ \t\u3000]*\n/).filter((b) => b.trim() !== '');
  const wrapped = blocks.filter((b) => b.trim().includes('\n')).length;
  const byBlankLines =
    mode === 'blank-lines' ||
    (mode === 'auto' && blocks.length > 1 && wrapped * 2 >= blocks.length);
  if (byBlankLines) return blocks.map((b) => joinWrapped(b.split('\n'))).filter((p) => p !== '');
  return normal
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
