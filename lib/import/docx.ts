import mammoth from 'mammoth';
import type { TextImport } from './types';

/**
 * mammoth's browser build reads an ArrayBuffer, its Node build a Buffer (tests, scripts): the
 * bundler picks the browser build for the page and the worker, where there is no Buffer.
 */
function mammothInput(bytes: ArrayBuffer): { arrayBuffer: ArrayBuffer } | { buffer: Buffer } {
  const NodeBuffer = globalThis.Buffer;
  return NodeBuffer === undefined ? { arrayBuffer: bytes } : { buffer: NodeBuffer.from(bytes) };
}

/**
 * A Word file (.docx) as plain text, one paragraph after another with a blank line between, by
 * mammoth (which reads the document's paragraphs and leaves out formatting, images, comments).
 *
 * @example (await docxText(bytes, 'chapter-zh.docx')).text // '第一段。\n\n第二段。'
 */
export async function docxText(bytes: ArrayBuffer, file: string): Promise<TextImport> {
  try {
    const result = await mammoth.extractRawText(mammothInput(bytes));
    const paragraphs = result.value
      .split(/\n+/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    return {
      kind: 'text',
      text: paragraphs.join('\n\n'),
      problems: paragraphs.length === 0 ? [{ file, message: 'holds no text' }] : [],
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: 'text',
      text: '',
      problems: [{ file, message: `cannot be read as a Word file (.docx): ${reason}` }],
    };
  }
}
