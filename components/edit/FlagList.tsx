'use client';

import { useId, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import { flagRef } from '@/lib/qa/acknowledge';
import type { QaFlag } from '@/lib/qa/types';
import { PairLinkedMessage } from '../review/PairLinkedMessage';
import type { RowActions } from './editor-types';

export interface FlagListProps {
  pairId: string;
  flags: readonly QaFlag[];
  pairIds: ReadonlySet<string>;
  actions: Pick<RowActions, 'acknowledge' | 'unacknowledge'>;
}

/** A pair's flags, each with "Not an error…" (a reason, then set aside) or "Count it again". */
export function FlagList({ pairId, flags, pairIds, actions }: FlagListProps) {
  const { t: tReview } = useT('review');
  return (
    <ul className="ed-flags" aria-label={tReview('pair.flags')} data-pair-flags={pairId}>
      {flags.map((flag, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: flags are a fixed list of this pair
        <FlagItem key={index} flag={flag} pairIds={pairIds} actions={actions} />
      ))}
    </ul>
  );
}

function FlagItem({
  flag,
  pairIds,
  actions,
}: {
  flag: QaFlag;
  pairIds: ReadonlySet<string>;
  actions: FlagListProps['actions'];
}) {
  const { t } = useT('edit');
  const { t: tReview } = useT('review');
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const id = useId();
  const acknowledged = flag.acknowledged !== undefined;
  return (
    <li data-severity={flag.severity} data-acknowledged={acknowledged ? '' : undefined}>
      <span className="ed-flags__severity">{tReview(`severityOne.${flag.severity}`)}</span>{' '}
      <strong>{tReview(`kinds.${flag.kind}`)}</strong>{' '}
      <span lang={contentLang.en}>
        <PairLinkedMessage message={flag.message} pairIds={pairIds} />
      </span>
      {acknowledged ? (
        <>
          {' '}
          <em className="ed-flags__reason">
            {t('flag.acknowledged', { reason: flag.acknowledged })}
          </em>{' '}
          <button type="button" onClick={() => actions.unacknowledge(flagRef(flag))}>
            {t('flag.withdraw')}
          </button>
        </>
      ) : asking ? (
        <form
          className="ed-flags__form"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await actions.acknowledge(flagRef(flag), reason)) setAsking(false);
          }}
        >
          <label htmlFor={id}>{t('flag.reason')}</label>
          <input
            id={id}
            value={reason}
            required
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setAsking(false);
            }}
          />
          <button type="submit">{t('flag.save')}</button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('pair.cancel')}
          </button>
        </form>
      ) : (
        <>
          {' '}
          <button type="button" onClick={() => setAsking(true)}>
            {t('flag.acknowledge')}
          </button>
        </>
      )}
    </li>
  );
}
