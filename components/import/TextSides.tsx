'use client';

import { type DragEvent, memo, type RefObject } from 'react';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import { type HeldText, pastedLongText } from './held-texts';

export type Side = 'zh' | 'en';
export type Texts = Record<Side, string>;

export interface TextSidesProps {
  /** The two boxes; the workbench reads and sets their values through these. */
  refs: Record<Side, RefObject<HTMLTextAreaElement | null>>;
  onOpenFile: (side: Side, file: File | undefined) => void;
  /** Called as the user types in a side (not when a value is set from a file). */
  onInput: (side: Side) => void;
  /** Texts too long for their box, held aside (held-texts.ts), shown as a note instead. */
  held: Record<Side, HeldText | null>;
  /** A paste too long for the box: the box's value as the paste would leave it. */
  onLongPaste: (side: Side, text: string) => void;
  /** The held text is dropped: the box is back, empty. */
  onClear: (side: Side) => void;
}

/**
 * The two text boxes with their file inputs, uncontrolled: a 15 MB text is never copied into
 * React state, and nothing the workbench renders (progress, the preview) touches them, so
 * typing and aligning stay fast however long the texts are (issue 14).
 */
export const TextSides = memo(function TextSides({
  refs,
  onOpenFile,
  onInput,
  held,
  onLongPaste,
  onClear,
}: TextSidesProps) {
  const { t } = useT('import');
  return (
    <div className="import__texts">
      {(['zh', 'en'] as const).map((side) => (
        // biome-ignore lint/a11y/noStaticElementInteractions: a target for dropped files only; the file input inside it is the way by keyboard
        <div
          key={side}
          className="import__side"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e: DragEvent) => {
            e.preventDefault();
            onOpenFile(side, e.dataTransfer.files[0]);
          }}
        >
          <label htmlFor={`import-${side}`}>{t(side === 'zh' ? 'zhLabel' : 'enLabel')}</label>
          <textarea
            id={`import-${side}`}
            ref={refs[side]}
            lang={contentLang[side]}
            rows={12}
            defaultValue=""
            hidden={held[side] !== null}
            onInput={() => onInput(side)}
            onPaste={(e) => {
              const text = pastedLongText(e);
              if (text !== undefined) onLongPaste(side, text);
            }}
          />
          {held[side] && (
            <p role="status" className="import__held">
              {t('long.held', { side: t(`side.${side}`), size: held[side].mb })}{' '}
              <button type="button" onClick={() => onClear(side)}>
                {t('long.clear')}
              </button>
            </p>
          )}
          <label className="import__file">
            {t('openFile', { side: t(`side.${side}`) })}{' '}
            <input
              type="file"
              accept=".txt,.md,.docx,.tmx,.xlf,.xliff,.csv,.tsv,text/plain,text/markdown"
              onChange={(e) => {
                onOpenFile(side, e.target.files?.[0]);
                // The same file may be opened again (after fixing it, say).
                e.target.value = '';
              }}
            />
          </label>
        </div>
      ))}
    </div>
  );
});
