import type { ParallelDocument } from '@/lib/content/schema';
import { getT } from '@/lib/i18n/server';
import { contentLang, type Locale } from '@/lib/i18n/settings';

export interface FurnitureNoteProps {
  lng: Locale;
  furniture: ParallelDocument['furniture'];
}

/**
 * Page furniture from the captured page (credits without their images, related links):
 * not article body, so not aligned, but kept visible in a closed disclosure so that nothing
 * from the source disappears silently.
 */
export async function FurnitureNote({ lng, furniture }: FurnitureNoteProps) {
  if (furniture.length === 0) return null;
  const { t } = await getT(lng, 'reader');
  return (
    <details className="furniture">
      <summary>{t('furniture.heading')}</summary>
      <p>{t('furniture.intro')}</p>
      <dl>
        {furniture.map((item) => (
          <div key={`${item.kind}-${item.zh.slice(0, 12)}`}>
            <dt>{t(`furniture.${item.kind}`)}</dt>
            <dd lang={contentLang.zh}>
              {item.zh.split('\n').map((line) => (
                <span key={line} className="furniture__line">
                  {line}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
