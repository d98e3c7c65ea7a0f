// @vitest-environment jsdom
import path from 'node:path';
import fc from 'fast-check';
import { useState } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  ParallelTextContent,
  type ParallelTextViewProps,
} from '@/components/reader/ParallelTextView';
import { escapeHtml, renderStaticMarkup } from '@/components/reader/static-markup';
import { traditionalPerCodePoint } from '@/lib/chinese/annotate';
import { glossaryOf, loadLibrary } from '@/lib/content/load';
import { buildReaderView } from '@/lib/reader/build-reader-view';

const root = path.resolve(import.meta.dirname, '../../..');
const library = await loadLibrary(path.join(root, 'content'), { root });

function readerProps(slug: string, lng: 'en' | 'zh'): ParallelTextViewProps {
  const doc = library.documents.find((d) => d.slug === slug);
  if (!doc) throw new Error(`no document ${slug}`);
  const view = buildReaderView(doc, glossaryOf(library, slug), {
    traditional: (text) => traditionalPerCodePoint(text).join(''),
  });
  return {
    lng,
    view,
    label: 'Aligned text',
    hint: 'Tab into the text',
    columns: { zh: '中文', en: 'English' },
    uncertainDescription: 'An uncertain link',
    glossaryLabels: {
      lang: lng,
      pinyin: 'Pinyin',
      rendering: 'Rendering',
      definition: 'Definition',
      note: 'Note',
    },
    labels: {
      caption: 'Caption',
      translatorNote: 'Translator’s note',
      pairLink: 'Link to this pair',
      paragraphFallback: 'Linked as a whole paragraph',
      uncertain: (percent) => `uncertain link · ${percent}%`,
    },
  };
}

/**
 * Any text, with markup characters often, less the two an HTML parser itself rewrites
 * (U+0000 and CR, which content never holds: lib/content rejects control characters).
 */
const htmlText = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom('<', '>', '&', '"', "'", '/', '=', ';', '#'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
  })
  .map((s) => s.replace(/[\0\r]/g, ''));

function WithState() {
  const [state] = useState('x');
  return <p>{state}</p>;
}

/** Text nodes and attributes as a browser parses them, to compare with what went in. */
function parse(html: string) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('renderStaticMarkup', () => {
  it.each(
    library.documents.flatMap((doc) => [
      [doc.slug, 'en'],
      [doc.slug, 'zh'],
    ]) as [string, 'en' | 'zh'][],
  )('writes the reader text of %s (%s) exactly as React does', (slug, lng) => {
    const element = <ParallelTextContent {...readerProps(slug, lng)} />;
    expect(renderStaticMarkup(element)).toBe(renderToStaticMarkup(element));
  });

  it('writes any text and attribute value as React does, never as markup', () => {
    fc.assert(
      fc.property(htmlText, htmlText, (text, value) => {
        const element = (
          <p className="sent" data-note={value} title={value} hidden>
            <span lang="zh-Hans">{text}</span>
            {value}
          </p>
        );
        const html = renderStaticMarkup(element);
        expect(html).toBe(renderToStaticMarkup(element));
        const parsed = parse(html);
        const p = parsed.firstElementChild;
        expect(parsed.children).toHaveLength(1);
        expect(p?.children).toHaveLength(1);
        expect(p?.firstElementChild?.textContent).toBe(text);
        expect(p?.getAttribute('data-note')).toBe(value);
        expect(p?.hasAttribute('hidden')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('escapes the five characters HTML gives a meaning to', () => {
    expect(escapeHtml(`<b title="x">'&'</b>`)).toBe(
      '&lt;b title=&quot;x&quot;&gt;&#x27;&amp;&#x27;&lt;/b&gt;',
    );
  });

  it('refuses what is not static markup', () => {
    expect(() => renderStaticMarkup(<button type="button" onClick={() => {}} />)).toThrow(
      /onClick/,
    );
    expect(() => renderStaticMarkup(<style>{'a{}</style><script>'}</style>)).toThrow(/style/);
    // Hooks need React's renderer: a component with one fails instead of rendering half.
    expect(() => renderStaticMarkup(<WithState />)).toThrow();
    expect(() =>
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the case refused
      renderStaticMarkup(<div dangerouslySetInnerHTML={{ __html: '<b>x</b>' }} />),
    ).toThrow(/dangerouslySetInnerHTML/);
  });
});
