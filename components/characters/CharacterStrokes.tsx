'use client';

import { strokeCharacters } from '@/lib/characters/data';
import { useT } from '@/lib/i18n/client';
import { CharacterPanel } from './CharacterPanel';
import styles from './characters.module.css';

export interface CharacterStrokesProps {
  word: string;
}

/**
 * Stroke order and a writing quiz for each Chinese character of a word. Mount it only when the
 * learner asks for it (the dictionary popup behind a button, `CharacterPractice` below): it
 * loads hanzi-writer and each character's strokes as it mounts.
 */
export function CharacterStrokes({ word }: CharacterStrokesProps) {
  const { t } = useT('characters');
  return (
    <div className={styles.strokes}>
      <div className={styles.panels}>
        {strokeCharacters(word).map((char) => (
          <CharacterPanel key={char} char={char} />
        ))}
      </div>
      <p className={styles.credit}>{t('credit')}</p>
    </div>
  );
}
