import type { Translate } from '@/lib/i18n/templates';
import { coveragePercent, type LevelFigure, levelName } from '@/lib/library/level';
import type { LevelKey } from './words';

export interface LevelBadgeProps {
  level: LevelFigure | undefined;
  t: Translate<LevelKey>;
}

/** "HSK 6 · 91%": a text's level and its coverage, marked when estimated from characters. */
export function LevelBadge({ level, t }: LevelBadgeProps) {
  if (!level) return <span className="level-badge level-badge--none">{t('levelUnknown')}</span>;
  const values = { level: levelName(level.level), coverage: coveragePercent(level.coverage) };
  return (
    <>
      <span className={`level-badge level-badge--${level.level}`} data-level={level.level}>
        {t(level.reached ? 'levelValue' : 'levelNotReached', values)}
      </span>
      {level.method === 'characters' && (
        <span className="level-badge__method"> ({t('levelByCharacters')})</span>
      )}
    </>
  );
}
