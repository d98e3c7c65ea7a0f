'use client';

import { useT } from '@/lib/i18n/client';
import type { LanguageVariant, LanguageVariants } from '@/lib/import/types';
import styles from './import.module.css';

/** The Chinese and the English variant read from a file. */
export interface ChosenVariants {
  zh: string;
  en: string;
}

export interface TmxVariantsProps {
  file: string;
  variants: LanguageVariants;
  chosen: ChosenVariants;
  /**
   * The texts were edited after the file was read: reading another variant would replace the
   * edits, so the choice is closed (the file can be opened again).
   */
  locked: boolean;
  onChoose: (wanted: ChosenVariants) => void;
}

/** A language's name in the interface language ("Chinese (Taiwan)", "中文（台湾）"), if known. */
function languageName(code: string, lng: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([lng], { type: 'language' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    // Not a well-formed BCP 47 tag (files write "zh_TW" and worse): the tag alone says it.
    return undefined;
  }
}

/**
 * The choice of the Chinese and the English variant of a TMX that holds several (zh-CN and
 * zh-TW, en-US and en-GB), each with its tag, its name and how many units hold it, the one read
 * selected. Choosing another reads the file again with it (lib/import/tmx.ts); the details
 * typed stay. Shown only when there is a choice to make.
 */
export function TmxVariants({ file, variants, chosen, locked, onChoose }: TmxVariantsProps) {
  const { t, lng } = useT('import');
  if (variants.zh.length < 2 && variants.en.length < 2) return null;
  const label = (variant: LanguageVariant) => {
    const name = languageName(variant.code, lng);
    return name
      ? t('variants.option', { code: variant.code, name, count: variant.units })
      : t('variants.optionTag', { code: variant.code, count: variant.units });
  };
  const select = (side: 'zh' | 'en') => (
    <p className={styles.field}>
      <label htmlFor={`import-variant-${side}`}>{t(`variants.${side}`)}</label>
      <select
        id={`import-variant-${side}`}
        value={chosen[side]}
        disabled={locked || variants[side].length < 2}
        aria-describedby="import-variants-hint"
        onChange={(event) => onChoose({ ...chosen, [side]: event.target.value })}
      >
        {variants[side].map((variant) => (
          <option key={variant.code} value={variant.code}>
            {label(variant)}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <fieldset className={styles.details}>
      <legend>{t('variants.legend', { file })}</legend>
      <p id="import-variants-hint" className={styles.hint}>
        {t(locked ? 'variants.locked' : 'variants.hint')}
      </p>
      <div className={styles.fields}>
        {select('zh')}
        {select('en')}
      </div>
    </fieldset>
  );
}
