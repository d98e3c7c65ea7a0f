'use client';

import { useId } from 'react';
import { useT } from '@/lib/i18n/client';
import type { VocabularyOrder, VocabularySource } from '@/lib/vocabulary/sort';
import { vocabularyOrders } from '@/lib/vocabulary/sort';
import styles from './vocabulary.module.css';

export interface VocabularyControlsProps {
  order: VocabularyOrder;
  onOrder: (order: VocabularyOrder) => void;
  sources: readonly VocabularySource[];
  /** Document shown, or '' for all. */
  documentId: string;
  onDocument: (documentId: string) => void;
  total: number;
}

const isOrder = (value: string): value is VocabularyOrder =>
  (vocabularyOrders as readonly string[]).includes(value);

/** Sort order and the document filter: two labelled selects, applied as soon as they change. */
export function VocabularyControls(props: VocabularyControlsProps) {
  const { t, lng } = useT('vocabulary');
  const id = useId();
  const titleOf = (source: VocabularySource) => source.title[lng];
  return (
    <fieldset className={styles.controls}>
      <legend className="visually-hidden">{t('controls.label')}</legend>
      <span className={styles.control}>
        <label htmlFor={`${id}-order`}>{t('controls.sort')}</label>
        <select
          id={`${id}-order`}
          value={props.order}
          onChange={(event) => isOrder(event.target.value) && props.onOrder(event.target.value)}
        >
          {vocabularyOrders.map((order) => (
            <option key={order} value={order}>
              {t(`order.${order}`)}
            </option>
          ))}
        </select>
      </span>
      <span className={styles.control}>
        <label htmlFor={`${id}-document`}>{t('controls.document')}</label>
        <select
          id={`${id}-document`}
          value={props.documentId}
          onChange={(event) => props.onDocument(event.target.value)}
        >
          <option value="">{t('controls.allDocuments', { count: props.total })}</option>
          {props.sources.map((source) => (
            <option key={source.documentId} value={source.documentId}>
              {t('controls.documentOption', { title: titleOf(source), count: source.count })}
            </option>
          ))}
        </select>
      </span>
    </fieldset>
  );
}
