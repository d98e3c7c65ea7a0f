import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

/**
 * Renders a tree of hook-free components to an HTML string, for markup that the browser
 * should only display: the reader's text goes into the page once, as `dangerouslySetInnerHTML`,
 * so React neither carries it as elements in the page's payload nor hydrates each of its
 * thousands of elements (the reader's controller works on the DOM, lib/reader/markup.ts).
 *
 * Why not `react-dom/server`: a Server Component cannot import it under Next.js (its React is
 * the react-server build). The output equals `renderToStaticMarkup`'s for the props the
 * reader's components use (tests/components/reader/static-markup.test.tsx checks both on the
 * real documents and on arbitrary text). Every text and attribute value is escaped: user text
 * is never interpreted as HTML. Anything it does not know (hooks, event handlers, refs,
 * promises, `dangerouslySetInnerHTML`) throws rather than rendering something else.
 *
 * @example renderStaticMarkup(<p className="x">a &lt; b</p>) // '<p class="x">a &lt; b</p>'
 */
export function renderStaticMarkup(node: ReactNode): string {
  return render(node);
}

/** Elements without content or an end tag (HTML Living Standard, § 13.1.2). */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** React's names for attributes whose HTML name differs (only those the markup may use). */
const ATTRIBUTE_NAMES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  tabIndex: 'tabindex',
};

/** HTML boolean attributes React writes as `name=""` when true and leaves out when false. */
const BOOLEAN = new Set(['hidden', 'inert', 'disabled', 'checked', 'open', 'readOnly']);

/** Escapes text and attribute values as React does (`&`, `<`, `>`, `"`, `'`). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};

function render(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return escapeHtml(node);
  if (typeof node === 'number' || typeof node === 'bigint') return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map(render).join('');
  if (isValidElement(node)) return renderElement(node);
  throw new Error(`renderStaticMarkup: cannot render ${Object.prototype.toString.call(node)}`);
}

function renderElement(element: ReactElement): string {
  const { type } = element;
  const props = element.props as Record<string, unknown> & { children?: ReactNode };
  if (type === Fragment) return render(props.children);
  if (typeof type === 'function') {
    const output: unknown = (type as (props: unknown) => unknown)(props);
    if (output instanceof Promise) throw new Error('renderStaticMarkup: async components');
    return render(output as ReactNode);
  }
  if (typeof type !== 'string' || !/^[a-z][a-z0-9-]*$/.test(type)) {
    throw new Error(`renderStaticMarkup: unsupported element type ${String(type)}`);
  }
  let attributes = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === undefined || value === null) continue;
    attributes += attribute(type, name, value);
  }
  if (VOID.has(type)) return `<${type}${attributes}/>`;
  return `<${type}${attributes}>${renderChildren(type, props.children)}</${type}>`;
}

/** `<style>` text is CSS, which HTML does not unescape: written raw, and never `</style`. */
function renderChildren(type: string, children: ReactNode): string {
  if (type !== 'style') return render(children);
  const css = [children].flat().join('');
  if (/<\/style/i.test(css)) throw new Error('renderStaticMarkup: "</style" inside a style');
  return css;
}

function attribute(type: string, name: string, value: unknown): string {
  if (/^on[A-Z]/.test(name) || ['ref', 'key', 'dangerouslySetInnerHTML', 'style'].includes(name)) {
    throw new Error(`renderStaticMarkup: <${type} ${name}> is not static markup`);
  }
  if (!/^[a-zA-Z][a-zA-Z0-9-]*$/.test(name)) {
    throw new Error(`renderStaticMarkup: attribute name ${JSON.stringify(name)}`);
  }
  const html = ATTRIBUTE_NAMES[name] ?? name.toLowerCase();
  if (BOOLEAN.has(name)) return value === true ? ` ${html}=""` : '';
  if (typeof value === 'boolean') {
    // React writes booleans of aria-* and data-* as text and drops them elsewhere.
    return /^(aria|data)-/.test(name) ? ` ${html}="${value}"` : '';
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new Error(`renderStaticMarkup: <${type} ${name}> is a ${typeof value}`);
  }
  return ` ${html}="${escapeHtml(String(value))}"`;
}
