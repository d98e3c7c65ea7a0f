'use client';

import { memo, useState } from 'react';
import type { EditorPair } from '@/lib/edit/editor-view';
import type { Side } from '@/lib/edit/operations';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import type { RowActions, SentenceFocus } from './editor-types';
import { FlagList } from './FlagList';
import { LinkLines } from './LinkLines';

export interface EditorRowProps {
  pair: EditorPair;
  isFirst: boolean;
  isLast: boolean;
  /** The focused sentence, when it is in this row. */
  focus: SentenceFocus | null;
  /** Whether this row's first Chinese unit is the editor's tab stop (nothing focused yet). */
  entry: boolean;
  /** Whether this row is where a dragged sentence would land. */
  dropTarget: boolean;
  /** Whether the row's texts are open for editing. */
  editing: boolean;
  pairIds: ReadonlySet<string>;
  actions: RowActions;
}

/**
 * One pair as one compact row: its Chinese and English units (sentences, or a stanza's lines),
 * lines between linked units with the link's confidence, the pair's flags, and small actions.
 * Units are focusable (one tab stop for the whole editor, see DocumentEditor) and draggable by
 * their handle onto the pair above or below. Text is rendered as text, never as HTML.
 */
export const EditorRow = memo(function EditorRow({
  pair,
  isFirst,
  isLast,
  focus,
  entry,
  dropTarget,
  editing,
  pairIds,
  actions,
}: EditorRowProps) {
  const { t } = useT('edit');
  const [splitting, setSplitting] = useState(false);
  const [splitAt, setSplitAt] = useState({ zh: 1, en: 1 });

  const unit = (side: Side, text: string, index: number) => {
    const link = pair.links[pair.linkOf[side][index] ?? -1];
    const n = (pair.linkOf[side][index] ?? 0) + 1;
    const focused = focus?.side === side && focus.index === index;
    const movable = pair[side].length > 1 && (!isFirst || !isLast);
    const percent = Math.round((link?.confidence ?? 1) * 100);
    const described =
      pair.method === 'manual'
        ? t('pair.manual')
        : pair.method === 'paragraph'
          ? t('pair.paragraph')
          : link?.uncertain
            ? t('pair.linkUncertain', { n, percent })
            : t('pair.linkConfidence', { n, percent });
    return (
      <li
        key={index}
        className="ed-unit"
        data-side={side}
        data-index={index}
        data-link={n}
        data-uncertain={link?.uncertain ? '' : undefined}
        data-focused={focused ? '' : undefined}
        tabIndex={focused || (entry && side === 'zh' && index === 0) ? 0 : -1}
        onFocus={() => actions.focus({ pairId: pair.id, side, index })}
      >
        {movable && (
          <span
            className="ed-unit__handle"
            aria-hidden="true"
            title={t('pair.drag')}
            onPointerDown={(event) => actions.startDrag(event, { pairId: pair.id, side, index })}
          >
            ⠿
          </span>
        )}
        <span className="ed-unit__text">{text}</span>
        <sup className="ed-unit__link">
          <span aria-hidden="true">{n}</span>
          <span className="visually-hidden">{described}</span>
        </sup>
      </li>
    );
  };

  return (
    <li
      id={pair.id}
      className="ed-row"
      data-row=""
      data-kind={pair.kind}
      data-attention={pair.needsAttention ? '' : undefined}
      data-confirmed={pair.confirmed ? '' : undefined}
      data-drop={dropTarget ? '' : undefined}
      aria-labelledby={`${pair.id}-label`}
    >
      <div className="ed-row__meta">
        <a id={`${pair.id}-label`} href={`#${pair.id}`} className="ed-row__id">
          {pair.id}
        </a>
        <label className="ed-row__confirm">
          <input
            type="checkbox"
            checked={pair.confirmed}
            onChange={(e) => actions.confirm(pair.id, e.target.checked)}
          />
          <span>{t('pair.confirm')}</span>
        </label>
      </div>
      {editing ? (
        <TextForm pair={pair} actions={actions} />
      ) : (
        <>
          <ol
            className="ed-row__side ed-row__zh"
            lang={contentLang.zh}
            aria-label={t('pair.zh', { id: pair.id })}
          >
            {pair.zh.map((text, i) => unit('zh', text, i))}
          </ol>
          <LinkLines pair={pair} />
          <ol
            className="ed-row__side ed-row__en"
            lang={contentLang.en}
            aria-label={t('pair.en', { id: pair.id })}
          >
            {pair.en.map((text, i) => unit('en', text, i))}
          </ol>
        </>
      )}
      <div className="ed-row__actions">
        {!editing && (
          <>
            <button type="button" onClick={() => actions.setEditing(pair.id)}>
              {t('pair.edit')}
            </button>
            {!isLast && (
              <button type="button" onClick={() => actions.merge(pair.id)}>
                {t('pair.mergeNext')}
              </button>
            )}
            {(pair.zh.length > 1 || pair.en.length > 1) && (
              <button
                type="button"
                aria-expanded={splitting}
                onClick={() => setSplitting(!splitting)}
              >
                {t('pair.split')}
              </button>
            )}
          </>
        )}
      </div>
      {splitting && !editing && (
        <div className="ed-row__split">
          {(['zh', 'en'] as const).map((side) => (
            <label key={side}>
              {t(side === 'zh' ? 'pair.splitZh' : 'pair.splitEn')}{' '}
              <select
                value={splitAt[side]}
                onChange={(e) => setSplitAt({ ...splitAt, [side]: Number(e.target.value) })}
              >
                {pair[side].slice(1).map((_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: split points are positions
                  <option key={i} value={i + 1}>
                    {i + 2}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button
            type="button"
            onClick={async () => {
              if (await actions.split(pair.id, splitAt.zh, splitAt.en)) setSplitting(false);
            }}
          >
            {t('pair.splitHere')}
          </button>
        </div>
      )}
      {pair.flags.length > 0 && (
        <FlagList pairId={pair.id} flags={pair.flags} pairIds={pairIds} actions={actions} />
      )}
    </li>
  );
});

/** The two texts of a pair in text areas; Done applies both (one undo step each), Escape or Cancel leaves. */
function TextForm({ pair, actions }: { pair: EditorPair; actions: RowActions }) {
  const { t } = useT('edit');
  const [draft, setDraft] = useState({ zh: pair.zh.join(''), en: pair.en.join('') });
  const done = async () => {
    const changed = (['zh', 'en'] as const).filter((s) => draft[s] !== pair[s].join(''));
    if (
      await actions.editText(
        pair.id,
        changed.map((side) => ({ side, text: draft[side] })),
      )
    )
      actions.setEditing(null);
  };
  return (
    <div className="ed-row__editing">
      {(['zh', 'en'] as const).map((side) => (
        <label key={side}>
          <span className="visually-hidden">{t(`pair.${side}Text`, { id: pair.id })}</span>
          <textarea
            lang={contentLang[side]}
            value={draft[side]}
            rows={4}
            onChange={(e) => setDraft({ ...draft, [side]: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Escape') actions.setEditing(null);
            }}
          />
        </label>
      ))}
      <div className="ed-row__form-actions">
        <button type="button" onClick={done}>
          {t('pair.done')}
        </button>
        <button type="button" onClick={() => actions.setEditing(null)}>
          {t('pair.cancel')}
        </button>
      </div>
    </div>
  );
}
