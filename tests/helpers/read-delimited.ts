/**
 * A reader of delimited text for the tests (Vitest and Playwright), written independently of
 * the code under test, that does what the readers on the other side do: RFC 4180 for CSV, and
 * for Anki what Anki 2.1.55+ does (Rust's `csv` crate with the file's separator, `"` as quote
 * and `#` as comment character, after `#key:value` header lines). Quotes count only at the
 * start of a field; inside a quoted field `""` is a quote; a record ends at CRLF, LF or a lone
 * CR; with `comment`, a record starting with it is skipped, as are empty lines.
 */
export function readDelimited(text: string, separator: string, comment?: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  const atLineEnd = () => text[i] === '\n' || text[i] === '\r';
  const skipLineEnd = () => {
    i += text.startsWith('\r\n', i) ? 2 : 1;
  };
  while (i < text.length) {
    if (comment && text.startsWith(comment, i)) {
      while (i < text.length && !atLineEnd()) i++;
      skipLineEnd();
      continue;
    }
    if (comment && atLineEnd()) {
      skipLineEnd();
      continue;
    }
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unclosed quote');
          if (text[i] === '"' && text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else if (text[i] === '"') {
            i++;
            break;
          } else field += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== separator && !atLineEnd()) field += text[i++];
      }
      row.push(field);
      if (text[i] === separator) {
        i++;
        continue;
      }
      if (i < text.length && !atLineEnd()) throw new Error(`text after a closing quote at ${i}`);
      skipLineEnd();
      break;
    }
    rows.push(row);
  }
  return rows;
}

/** Anki's header: the `#key:value` lines at the top of a file, by key (as Anki 2.1.55+ reads them). */
export function ankiHeader(text: string): Map<string, string> {
  const header = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^#([^:]*):(.*)$/.exec(line);
    if (!match) break;
    header.set(match[1] ?? '', match[2] ?? '');
  }
  return header;
}
