/**
 * The head of a long content file: the file with only its first `count` pairs, and how many
 * pairs it has, found in the text without parsing it (a 15 MB import is a 35 MB file, whose
 * parse and validation took seconds before its first screenful could be shown). Reads the
 * block style that `npm run align`, the import and the editor write (lib/content/serialize.ts):
 * a top-level `pairs:` whose items start with `- ` at one indentation; anything else gives
 * undefined (the whole is then parsed first). The head is a content file of its own, to be
 * validated as any; it says nothing of the pairs after it.
 *
 * @example yamlHead(yaml, 100) // { head: 'slug: …\npairs:\n  - id: p1 …', total: 53322 }
 */
export function yamlHead(yaml: string, count: number): { head: string; total: number } | undefined {
  const key = yaml.startsWith('pairs:') ? 0 : yaml.indexOf('\npairs:') + 1;
  if (key <= 0 && !yaml.startsWith('pairs:')) return undefined;
  const list = yaml.indexOf('\n', key) + 1;
  if (list <= 0) return undefined;
  const item = /^( *)- /.exec(yaml.slice(list, list + 200));
  if (!item) return undefined;
  const marker = `\n${item[1]}- `;
  // The list ends at the next line that starts at the left margin (a key, not a comment).
  const after = /\n[^\s#-]/g;
  after.lastIndex = list;
  const end = after.exec(yaml)?.index ?? yaml.length;
  let total = 1;
  let cut: number | undefined;
  for (
    let at = yaml.indexOf(marker, list);
    at !== -1 && at < end;
    at = yaml.indexOf(marker, at + 1)
  ) {
    total++;
    if (total === count + 1) cut = at;
  }
  // `total` counted the first item, which has no newline before it within the list.
  if (cut === undefined) return undefined;
  return { head: `${yaml.slice(0, cut)}${yaml.slice(end)}`, total };
}
