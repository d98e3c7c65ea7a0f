'use client';

import { Trans } from 'react-i18next';
import { useT } from '@/lib/i18n/client';

export interface UnreadableProps {
  /** Whose words: the reader's and the review's (`local`) or the editor's (`edit`). */
  ns: 'local' | 'edit';
  /** Why, as the parser, the store or the opening worker says it: in English. */
  message: string;
}

/**
 * Why a saved text cannot be opened: the interface's sentence, then the reason in English in a
 * `lang="en"` span (in the Chinese interface it sat untagged inside Chinese text). The reason
 * goes in as a node, never through the translation string, so no text in it is read as markup.
 *
 * @example <Unreadable ns="local" message="line 3: bad indentation" />
 */
export function Unreadable({ ns, message }: UnreadableProps) {
  const { t } = useT(ns);
  return (
    <p role="status">
      <Trans t={t} i18nKey="invalid" components={{ why: <span lang="en">{message}</span> }} />
    </p>
  );
}
