import Link from 'next/link';
import type { Bilingual } from '@/lib/content/schema';
import { contentLang } from '@/lib/i18n/settings';

export interface DocumentCardTitleProps {
  href: string;
  title: Bilingual;
}

/** A document's two titles as one link, for the bundled and the saved documents alike. */
export function DocumentCardTitle({ href, title }: DocumentCardTitleProps) {
  return (
    <h3 className="document-card__title">
      <Link href={href}>
        <span lang={contentLang.zh} className="document-card__zh">
          {title.zh}
        </span>
        <span lang={contentLang.en} className="document-card__en">
          {title.en}
        </span>
      </Link>
    </h3>
  );
}
