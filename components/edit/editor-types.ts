import type { PointerEvent } from 'react';
import type { QaFlagRef } from '@/lib/content/schema';
import type { Side } from '@/lib/edit/operations';

/** A unit (sentence, or a stanza's line) of a pair, as the editor focuses or drags it. */
export interface SentenceFocus {
  pairId: string;
  side: Side;
  index: number;
}

/**
 * What a row can ask of the editor. Each returns whether the change was made (it may be
 * refused, or the browser may not store it; the editor then says why).
 */
export interface RowActions {
  focus(at: SentenceFocus): void;
  confirm(pairId: string, confirmed: boolean): Promise<boolean>;
  merge(pairId: string): Promise<boolean>;
  split(pairId: string, zhSentence: number, enSentence: number): Promise<boolean>;
  editText(pairId: string, changes: { side: Side; text: string }[]): Promise<boolean>;
  setEditing(pairId: string | null): void;
  acknowledge(flag: QaFlagRef, reason: string): Promise<boolean>;
  unacknowledge(flag: QaFlagRef): Promise<boolean>;
  startDrag(event: PointerEvent<HTMLElement>, from: SentenceFocus): void;
}
