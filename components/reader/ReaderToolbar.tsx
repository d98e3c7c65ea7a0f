'use client';

import { type ReactNode, useId } from 'react';
import { useT } from '@/lib/i18n/client';
import { layouts, scripts, studyModes, toneStyles } from '@/lib/reader-settings/settings';
import { useReaderSettings } from './settings/context';

interface OptionSelectProps<T extends string> {
  label: string;
  values: readonly T[];
  value: T;
  labelOf: (value: T) => string;
  onChange: (value: T) => void;
  disabled?: boolean;
}

function OptionSelect<T extends string>({
  label,
  values,
  value,
  labelOf,
  onChange,
  disabled,
}: OptionSelectProps<T>) {
  const id = useId();
  return (
    <span className="reader-options__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => {
          const chosen = values.find((v) => v === event.target.value);
          if (chosen) onChange(chosen);
        }}
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {labelOf(v)}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * The reader's options: layout, characters, pinyin and tones, study mode, and whatever the
 * page adds (read-aloud controls) as children. Every change applies at once, is remembered
 * for later visits, and is written into the page's address.
 */
export function ReaderToolbar({ children }: { children?: ReactNode }) {
  const { settings, update, reveal, concealAll } = useReaderSettings();
  const { t } = useT('learner');
  const id = useId();
  const revealAll = () =>
    reveal([...document.querySelectorAll<HTMLElement>('.parallel [data-pair]')].map((p) => p.id));

  return (
    <section className="reader-options" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="reader-options__title">
        {t('options.label')}
      </h2>
      <div className="reader-options__row">
        <OptionSelect
          label={t('options.layout')}
          values={layouts}
          value={settings.layout}
          labelOf={(v) => t(`options.layouts.${v}`)}
          onChange={(v) => update({ layout: v })}
        />
        <OptionSelect
          label={t('options.characters')}
          values={scripts}
          value={settings.script}
          labelOf={(v) => t(`options.scripts.${v}`)}
          onChange={(v) => update({ script: v })}
        />
        <label className="reader-options__check">
          <input
            type="checkbox"
            checked={settings.pinyin}
            onChange={(e) => update({ pinyin: e.target.checked })}
          />
          <span>{t('options.pinyin')}</span>
        </label>
        <OptionSelect
          label={t('options.tones')}
          values={toneStyles}
          value={settings.tones}
          labelOf={(v) => t(`options.toneStyles.${v}`)}
          onChange={(v) => update({ tones: v })}
          disabled={!settings.pinyin}
        />
        <label className="reader-options__check">
          <input
            type="checkbox"
            checked={settings.toneColors}
            onChange={(e) => update({ toneColors: e.target.checked })}
          />
          <span>{t('options.toneColors')}</span>
        </label>
        <OptionSelect
          label={t('options.study')}
          values={studyModes}
          value={settings.study}
          labelOf={(v) => t(`options.studyModes.${v}`)}
          onChange={(v) => update({ study: v })}
        />
        {settings.study !== 'off' && (
          <span className="reader-options__buttons">
            <button type="button" onClick={revealAll}>
              {t('options.revealAll')}
            </button>
            <button type="button" onClick={concealAll}>
              {t('options.hideAgain')}
            </button>
          </span>
        )}
      </div>
      {children && <div className="reader-options__row">{children}</div>}
      <p className="reader-options__hint">{t('options.shareHint')}</p>
    </section>
  );
}
