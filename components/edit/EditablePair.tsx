'use client';

import { useId, useState } from 'react';
import { splitSentences } from '@/lib/align/split-sentences';
import type { AlignedPair } from '@/lib/content/schema';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';

type Side = 'zh' | 'en';

export interface PairActions {
  mergeNext(pairId: string): void;
  split(pairId: string, zhSentence: number, enSentence: number): void;
  move(pairId: string, side: Side, direction: 'previous' | 'next'): void;
  edit(pairId: string, side: Side, text: string): void;
  confirm(pairId: string, confirmed: boolean): void;
}

export interface EditablePairProps {
  pair: AlignedPair;
  isFirst: boolean;
  isLast: boolean;
  confirmed: boolean;
  actions: PairActions;
}

/** Split points offered: before sentence 2..n of a side (1-based, as shown). */
const splitPoints = (count: number) =>
  Array.from({ length: Math.max(0, count - 1) }, (_, i) => i + 1);

/**
 * One pair in the editor: its sentences numbered on each side, and the operations a reviewer
 * needs (merge with the next pair, split at sentence boundaries, move a sentence across the
 * pair boundary, edit the text, confirm). All text is rendered as text, never as HTML.
 */
export function EditablePair({ pair, isFirst, isLast, confirmed, actions }: EditablePairProps) {
  const { t } = useT('edit');
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ zh: pair.zh, en: pair.en });
  const sentences = { zh: splitSentences(pair.zh, 'zh'), en: splitSentences(pair.en, 'en') };
  const [splitAt, setSplitAt] = useState({ zh: 1, en: 1 });
  const canSplit = sentences.zh.length > 1 && sentences.en.length > 1;

  const finishEditing = () => {
    if (draft.zh !== pair.zh) actions.edit(pair.id, 'zh', draft.zh);
    if (draft.en !== pair.en) actions.edit(pair.id, 'en', draft.en);
    setEditing(false);
  };

  return (
    <article
      className="edit-pair"
      id={pair.id}
      data-confirmed={confirmed ? '' : undefined}
      aria-labelledby={`${id}-h`}
    >
      <header className="edit-pair__head">
        <h2 id={`${id}-h`}>{t('pair.label', { id: pair.id })}</h2>
        <label className="edit-pair__confirm">
          <input
            type="checkbox"
            checked={confirmed}
            onChange={(e) => actions.confirm(pair.id, e.target.checked)}
          />{' '}
          {t('pair.confirmed')}
        </label>
      </header>
      {editing ? (
        <div className="edit-pair__texts">
          <label>
            <span className="visually-hidden">{t('pair.zhText', { id: pair.id })}</span>
            <textarea
              lang={contentLang.zh}
              value={draft.zh}
              rows={4}
              onChange={(e) => setDraft({ ...draft, zh: e.target.value })}
            />
          </label>
          <label>
            <span className="visually-hidden">{t('pair.enText', { id: pair.id })}</span>
            <textarea
              lang={contentLang.en}
              value={draft.en}
              rows={4}
              onChange={(e) => setDraft({ ...draft, en: e.target.value })}
            />
          </label>
        </div>
      ) : (
        <div className="edit-pair__texts">
          {(['zh', 'en'] as const).map((side) => (
            <ol
              key={side}
              className="edit-pair__sentences"
              lang={contentLang[side]}
              aria-label={t(`pair.side.${side}`)}
            >
              {sentences[side].map((sentence, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: sentences are positions in the text
                <li key={i}>{sentence}</li>
              ))}
            </ol>
          ))}
        </div>
      )}
      <div className="edit-pair__actions">
        {editing ? (
          <button type="button" onClick={finishEditing}>
            {t('pair.done')}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => {
              setDraft({ zh: pair.zh, en: pair.en });
              setEditing(true);
            }}
          >
            {t('pair.edit')}
          </button>
        )}
        {!isLast && (
          <button type="button" onClick={() => actions.mergeNext(pair.id)}>
            {t('pair.mergeNext')}
          </button>
        )}
        {(['zh', 'en'] as const).map((side) => (
          <span key={side} className="edit-pair__moves">
            {!isFirst && sentences[side].length > 1 && (
              <button type="button" onClick={() => actions.move(pair.id, side, 'previous')}>
                {t('pair.moveFirstPrev', { side: t(`pair.side.${side}`) })}
              </button>
            )}
            {!isLast && sentences[side].length > 1 && (
              <button type="button" onClick={() => actions.move(pair.id, side, 'next')}>
                {t('pair.moveLastNext', { side: t(`pair.side.${side}`) })}
              </button>
            )}
          </span>
        ))}
        {canSplit && (
          <span className="edit-pair__split">
            <label>
              {t('pair.splitZh')}{' '}
              <select
                value={splitAt.zh}
                onChange={(e) => setSplitAt({ ...splitAt, zh: Number(e.target.value) })}
              >
                {splitPoints(sentences.zh.length).map((n) => (
                  <option key={n} value={n}>
                    {n + 1}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('pair.splitEn')}{' '}
              <select
                value={splitAt.en}
                onChange={(e) => setSplitAt({ ...splitAt, en: Number(e.target.value) })}
              >
                {splitPoints(sentences.en.length).map((n) => (
                  <option key={n} value={n}>
                    {n + 1}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              aria-label={t('pair.splitLabel', { zh: splitAt.zh + 1, en: splitAt.en + 1 })}
              onClick={() => actions.split(pair.id, splitAt.zh, splitAt.en)}
            >
              {t('pair.split')}
            </button>
          </span>
        )}
      </div>
    </article>
  );
}
