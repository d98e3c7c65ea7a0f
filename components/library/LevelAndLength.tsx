import type { Translate } from '@/lib/i18n/templates';
import type { LevelFigure } from '@/lib/library/level';
import { readingMinutes } from '@/lib/library/reading-time';
import { LevelBadge } from './LevelBadge';
import type { LevelKey } from './words';

export interface LevelAndLengthProps {
  level: LevelFigure | undefined;
  characters: number;
  t: Translate<LevelKey>;
}

/**
 * A document's level and length as two terms of its card's description list (`<dl>`): the
 * bundled documents' cards and My library's share them.
 */
export function LevelAndLength({ level, characters, t }: LevelAndLengthProps) {
  const minutes = readingMinutes(characters);
  return (
    <>
      <div>
        <dt>{t('level')}</dt>
        <dd>
          <LevelBadge level={level} t={t} />
        </dd>
      </div>
      <div>
        <dt>{t('length')}</dt>
        <dd>
          {t('characters', { count: characters })}
          {minutes > 0 && ` · ${t('minutes', { count: minutes })}`}
        </dd>
      </div>
    </>
  );
}
