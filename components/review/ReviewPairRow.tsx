import { formatLink } from '@/lib/align/links';
import { contentLang } from '@/lib/i18n/settings';
import type { QaKind, QaSeverity } from '@/lib/qa/types';
import type { ReviewPair } from '@/lib/review/build-review-view';
import { PairBlock } from '../reader/PairBlock';
import { PairLinkedMessage } from './PairLinkedMessage';

export interface ReviewPairLabels {
  link: (n: number) => string;
  confidence: (percent: number) => string;
  manual: string;
  paragraph: string;
  noFlags: string;
  flags: string;
  severity: Record<QaSeverity, string>;
  kinds: Record<QaKind, string>;
  uncertain: (percent: number) => string;
  acknowledged: (reason: string) => string;
}

export interface ReviewPairRowProps {
  pair: ReviewPair;
  first: boolean;
  labels: ReviewPairLabels;
  /** Every pair id of the document: the pair references in messages become links. */
  pairIds: ReadonlySet<string>;
}

/** The sentence numbers of one link, as content files write them ("2:2,3"). */
function linkNotation(pair: ReviewPair, index: number): string {
  const side = (list: ReviewPair['zh']) => list.flatMap((s, i) => (s.link === index ? [i] : []));
  return formatLink({ zh: side(pair.zh), en: side(pair.en) });
}

/**
 * One pair as a reviewer needs it: both blocks with their sentence links (highlighted
 * together, as in the reader), each link's sentences and confidence, and the pair's flags.
 */
export function ReviewPairRow({ pair, first, labels, pairIds }: ReviewPairRowProps) {
  return (
    <article
      id={pair.id}
      className="review-pair pair"
      data-pair=""
      data-flagged={pair.flagged ? '' : undefined}
      data-uncertain={pair.uncertain ? '' : undefined}
      data-unconfirmed={pair.confirmed ? undefined : ''}
      data-acknowledged={pair.acknowledged ? '' : undefined}
      data-worst={pair.worst}
      aria-labelledby={`${pair.id}-heading`}
    >
      <h3 id={`${pair.id}-heading`} className="review-pair__id">
        <a href={`#${pair.id}`}>{pair.id}</a>
      </h3>
      {(['zh', 'en'] as const).map((side) => (
        <PairBlock
          key={side}
          side={side}
          sentences={pair[side]}
          links={pair.links}
          tabStop={first}
          uncertainLabel={labels.uncertain}
        />
      ))}
      <div className="review-pair__meta">
        <ol className="review-pair__links">
          {pair.links.map((link, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: links are a fixed list of this pair
            <li key={index} data-uncertain={link.uncertain ? '' : undefined}>
              {labels.link(index + 1)} <code>{linkNotation(pair, index)}</code> ·{' '}
              {pair.alignment === 'manual'
                ? labels.manual
                : pair.alignment === 'paragraph'
                  ? labels.paragraph
                  : labels.confidence(Math.round(link.confidence * 100))}
            </li>
          ))}
        </ol>
        {pair.flags.length === 0 ? (
          <p className="review-pair__ok">{labels.noFlags}</p>
        ) : (
          <ul className="review-pair__flags" aria-label={labels.flags}>
            {pair.flags.map((flag, index) => (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: flags are a fixed list of this pair
                key={index}
                data-severity={flag.severity}
                data-acknowledged={flag.acknowledged === undefined ? undefined : ''}
              >
                <span className="flag__severity">{labels.severity[flag.severity]}</span>{' '}
                <strong>{labels.kinds[flag.kind]}</strong>{' '}
                <span lang={contentLang.en} className="flag__message">
                  <PairLinkedMessage message={flag.message} pairIds={pairIds} />
                </span>
                {flag.acknowledged !== undefined && (
                  <>
                    {' '}
                    <em className="flag__reason">{labels.acknowledged(flag.acknowledged)}</em>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
