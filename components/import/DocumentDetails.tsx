'use client';

import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import styles from './import.module.css';

/** What the user typed about the text; empty strings for fields left empty. */
export interface DetailsValue {
  titleZh: string;
  titleEn: string;
  sourceUrl: string;
}

export interface DocumentDetailsProps {
  value: DetailsValue;
  onChange: (value: DetailsValue) => void;
  /** The source URL was found not to be a web address: say so at the field. */
  urlInvalid: boolean;
}

/**
 * Optional titles and source URL of the text being imported. Left empty, each title is the
 * first line of its text (lib/bitext/metadata.ts); the URL, when given, must be an absolute
 * http(s) URL, which the field says in words when it is not (checked when aligning, and
 * before a download or a save, never on blur: a message appearing as the pointer goes down
 * on a button would move the button away from it).
 */
export function DocumentDetails({ value, onChange, urlInvalid }: DocumentDetailsProps) {
  const { t } = useT('import');
  const set = (key: keyof DetailsValue) => (event: { target: { value: string } }) =>
    onChange({ ...value, [key]: event.target.value });
  return (
    <fieldset className={styles.details}>
      <legend>{t('details.legend')}</legend>
      <p id="import-details-hint" className={styles.hint}>
        {t('details.hint')}
      </p>
      <div className={styles.fields}>
        <p className={styles.field}>
          <label htmlFor="import-title-zh">{t('details.titleZh')}</label>
          <input
            id="import-title-zh"
            lang={contentLang.zh}
            autoComplete="off"
            aria-describedby="import-details-hint"
            value={value.titleZh}
            onChange={set('titleZh')}
          />
        </p>
        <p className={styles.field}>
          <label htmlFor="import-title-en">{t('details.titleEn')}</label>
          <input
            id="import-title-en"
            lang={contentLang.en}
            autoComplete="off"
            aria-describedby="import-details-hint"
            value={value.titleEn}
            onChange={set('titleEn')}
          />
        </p>
        <p className={styles.field}>
          <label htmlFor="import-source-url">{t('details.sourceUrl')}</label>
          <input
            id="import-source-url"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            aria-invalid={urlInvalid || undefined}
            aria-describedby={
              urlInvalid ? 'import-source-problem import-source-hint' : 'import-source-hint'
            }
            value={value.sourceUrl}
            onChange={set('sourceUrl')}
          />
          <span id="import-source-hint" className={styles.hint}>
            {t('details.sourceHint')}
          </span>
          {urlInvalid && (
            <span id="import-source-problem" role="alert" className={styles.problem}>
              {t('problems.source-url')}
            </span>
          )}
        </p>
      </div>
    </fieldset>
  );
}
