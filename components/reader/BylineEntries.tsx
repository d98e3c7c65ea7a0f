import type { ParallelDocument } from '@/lib/content/schema';
import { contentLang } from '@/lib/i18n/settings';

export interface BylineEntriesProps {
  byline: ParallelDocument['byline'];
  /** The role's label in the interface language ("Text" in a masthead, "Author" in credits). */
  roleLabel: (role: ParallelDocument['byline'][number]['role']) => string;
}

/**
 * A document's byline as description-list entries, each name in Chinese with its romanisation:
 * for the reader's masthead and the About page's credits (both put them in their own `<dl>`).
 */
export function BylineEntries({ byline, roleLabel }: BylineEntriesProps) {
  return byline.map((credit) => (
    <div key={`${credit.role}-${credit.en}`}>
      <dt>{roleLabel(credit.role)}</dt>
      <dd>
        <span lang={contentLang.zh}>{credit.zh}</span>{' '}
        <span lang={contentLang.en}>({credit.en})</span>
      </dd>
    </div>
  ));
}
