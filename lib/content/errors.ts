/** One thing wrong with a content file, located as precisely as the parser allows. */
export interface ContentIssue {
  /** Path of the file, relative to the project root (for example `content/glossary/kong-yiji.yaml`). */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** The item concerned, in the file's own terms (for example `pair "p4" › en`). */
  where?: string;
  message: string;
}

/**
 * @example formatIssue({ file: 'content/glossary/x.yaml', line: 12, where: 'entry "算力" › pinyin', message: 'is missing' })
 * // 'content/glossary/x.yaml:12: entry "算力" › pinyin: is missing'
 */
export function formatIssue(issue: ContentIssue): string {
  const location = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return issue.where
    ? `${location}: ${issue.where}: ${issue.message}`
    : `${location}: ${issue.message}`;
}

/** Thrown when content cannot be used; carries every issue found, not just the first. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid content (${count}):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}
