'use client';

import { type Ref, useId } from 'react';
import { LanguageSwitcher } from '@/components/layout/LanguageSwitcher';
import {
  layouts,
  markLevels,
  type ReaderSettings,
  scripts,
  studyModes,
  toneStyles,
} from '@/lib/reader-settings/settings';
import { useReaderSettings } from '../settings/context';
import type { ToolbarLabels } from './labels';

interface ChoiceProps<T extends string> {
  legend: string;
  name: string;
  values: readonly T[];
  value: T;
  labelOf: (value: T) => string;
  onChange: (value: T) => void;
}

/** One setting with a few values: a group of radio buttons (arrow keys move within it). */
function Choice<T extends string>({
  legend,
  name,
  values,
  value,
  labelOf,
  onChange,
}: ChoiceProps<T>) {
  return (
    <fieldset className="options-sheet__group">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="options-sheet__choice">
          <input
            type="radio"
            name={name}
            value={v}
            checked={v === value}
            onChange={() => onChange(v)}
          />
          <span>{labelOf(v)}</span>
        </label>
      ))}
    </fieldset>
  );
}

interface FlagProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

function Flag({ label, checked, disabled, onChange }: FlagProps) {
  return (
    <label className="options-sheet__flag">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

interface PickProps<T extends string> {
  label: string;
  values: readonly T[];
  value: T;
  labelOf: (value: T) => string;
  onChange: (value: T) => void;
}

/** One setting with many values: a drop-down list (a row of radios would not fit a phone). */
function Pick<T extends string>({ label, values, value, labelOf, onChange }: PickProps<T>) {
  return (
    <label className="options-sheet__pick">
      <span>{label}</span>
      <select
        value={value}
        onChange={(event) => {
          const chosen = values.find((v) => v === event.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {labelOf(v)}
          </option>
        ))}
      </select>
    </label>
  );
}

const PINYIN = ['off', ...toneStyles] as const;
type PinyinChoice = (typeof PINYIN)[number];
const pinyinOf = (s: ReaderSettings): PinyinChoice => (s.pinyin ? s.tones : 'off');

export interface OptionsSheetProps {
  ref: Ref<HTMLDialogElement>;
  labels: ToolbarLabels;
}

/**
 * The reading options in a modal sheet (`<dialog>`: focus stays inside, Escape closes it, the
 * page behind is inert). Every change applies at once, behind the sheet, is remembered for
 * later visits and written into the page's address. A bottom sheet on a phone, a panel on a
 * wider screen.
 */
export function OptionsSheet({ ref, labels }: OptionsSheetProps) {
  const { settings, update } = useReaderSettings();
  const id = useId();
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard closes a dialog with Escape or its Close button; the click is the backdrop's
    <dialog
      ref={ref}
      className="options-sheet"
      aria-labelledby={`${id}-title`}
      // A click on the backdrop (outside the sheet's box) closes it, as on a phone's sheet.
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
    >
      <div className="options-sheet__body">
        <div className="options-sheet__head">
          <h2 id={`${id}-title`}>{labels.optionsTitle}</h2>
          {/* The interface language stays in reach in the sheet's sticky head, wherever the
              reader is in the text (the site header has scrolled away). */}
          <p className="options-sheet__language">
            <span className="visually-hidden">{labels.interfaceLanguage}</span>
            <LanguageSwitcher {...labels.switcher} />
          </p>
          <form method="dialog">
            <button type="submit" className="options-sheet__close">
              {labels.close}
            </button>
          </form>
        </div>
        <Choice
          legend={labels.layout}
          name={`${id}-layout`}
          values={layouts}
          value={settings.layout}
          labelOf={(v) => labels.layouts[v]}
          onChange={(layout) => update({ layout })}
        />
        <Choice
          legend={labels.characters}
          name={`${id}-script`}
          values={scripts}
          value={settings.script}
          labelOf={(v) => labels.scripts[v]}
          onChange={(script) => update({ script })}
        />
        <Choice
          legend={labels.pinyin}
          name={`${id}-pinyin`}
          values={PINYIN}
          value={pinyinOf(settings)}
          labelOf={(v) => (v === 'off' ? labels.pinyinOff : labels.toneStyles[v])}
          onChange={(v) => update(v === 'off' ? { pinyin: false } : { pinyin: true, tones: v })}
        />
        <Flag
          label={labels.toneColors}
          checked={settings.toneColors}
          disabled={!settings.pinyin}
          onChange={(toneColors) => update({ toneColors })}
        />
        <Flag
          label={labels.sandhi}
          checked={settings.sandhi}
          disabled={!settings.pinyin}
          onChange={(sandhi) => update({ sandhi })}
        />
        <Choice
          legend={labels.studyMode}
          name={`${id}-study`}
          values={studyModes}
          value={settings.study}
          labelOf={(v) => labels.studyModes[v]}
          onChange={(study) => update({ study })}
        />
        <Pick
          label={labels.above}
          values={markLevels}
          value={settings.above}
          labelOf={(v) => labels.aboveLevels[v]}
          onChange={(above) => update({ above })}
        />
        <Flag
          label={labels.wordColors}
          checked={settings.wordColors}
          onChange={(wordColors) => update({ wordColors })}
        />
        <Flag
          label={labels.uncertain}
          checked={settings.uncertain}
          onChange={(uncertain) => update({ uncertain })}
        />
        <p className="options-sheet__hint">{labels.shareHint}</p>
        <p className="options-sheet__hint options-sheet__keys">{labels.keys}</p>
      </div>
    </dialog>
  );
}
