'use client';

import { useId, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { CharacterStrokes } from './CharacterStrokes';
import styles from './characters.module.css';

export interface CharacterPracticeProps {
  word: string;
}

/**
 * A "Stroke order" button that shows the word's characters (`CharacterStrokes`) below it: no
 * stroke code or data is loaded before it is pressed.
 */
export function CharacterPractice({ word }: CharacterPracticeProps) {
  const { t } = useT('characters');
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className={styles.practice}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-strokes`}
        onClick={() => setOpen(!open)}
      >
        {open ? t('close') : t('open')}
      </button>
      <div id={`${id}-strokes`} hidden={!open}>
        {open && <CharacterStrokes word={word} />}
      </div>
    </div>
  );
}
