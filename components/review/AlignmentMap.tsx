import type { ReviewPair } from '@/lib/review/build-review-view';
import { InBlocks } from '../layout/InBlocks';
import {
  MAP_BOX,
  MARK_LINKS_UP_TO,
  type MapPicture,
  mapAxes,
  mapPicture,
  mapScale,
  markStyle,
} from './map-paths';

export interface AlignmentMapLabels {
  heading: string;
  description: string;
  zhAxis: string;
  enAxis: string;
  mark: (pair: ReviewPair) => string;
  legendOk: string;
  legendUncertain: string;
  severity: Record<'error' | 'warning' | 'info', string>;
  /** Said under a map drawn as a picture: how many flagged marks are links, of how many. */
  picture: (linked: number, flagged: number) => string;
}

export interface AlignmentMapProps {
  pairs: readonly ReviewPair[];
  /** How many marks to draw yet (a long own text comes in blocks); all if unset. */
  shown?: number;
  /** English characters per Chinese character: the line a well-aligned pair sits near. */
  ratio: number;
  labels: AlignmentMapLabels;
  /**
   * The picture, made already (a windowed own text's, in the worker that checks it); `pairs`
   * are then not read.
   */
  picture?: MapPicture;
}

const { width: WIDTH, height: HEIGHT, radius: RADIUS } = MAP_BOX;
const COLOURS = { error: '#b3261e', warning: '#c25e00', info: '#1a5fb4', none: '#3f7d3a' } as const;

/**
 * A picture of the whole document: one mark per pair at (Chinese length, English length),
 * coloured by its worst QA flag and hollow when a link is uncertain, with the document's own
 * length ratio as a line. Pairs whose translation drifts (something dropped, added or linked
 * to the wrong paragraph) stand away from the line. Each mark links to its pair; past
 * MARK_LINKS_UP_TO pairs (a book) the marks are drawn as a picture, one path per look
 * (map-paths.ts), and only the first FLAGGED_LINKS flagged pairs' marks are links (the Flagged
 * filter lists them all).
 */
export function AlignmentMap(props: AlignmentMapProps) {
  const { pairs, shown, ratio, labels } = props;
  const picture =
    props.picture ?? (pairs.length > MARK_LINKS_UP_TO ? mapPicture(pairs) : undefined);
  const { maxZh, maxEn } = picture ?? mapAxes(pairs);
  const { x, y } = mapScale(maxZh, maxEn);
  const lineEnd = Math.min(maxZh, maxEn / ratio);
  const mark = (pair: ReviewPair) => {
    const { worst, hollow } = markStyle(pair);
    const colour = COLOURS[worst];
    return (
      <a key={pair.id} href={`#${pair.id}`} aria-label={labels.mark(pair)} className="map__mark">
        <circle
          cx={x(pair.zhLength)}
          cy={y(pair.enLength)}
          r={RADIUS}
          fill={hollow ? '#fff' : colour}
          stroke={colour}
          strokeWidth={hollow ? 3 : 1}
        />
      </a>
    );
  };
  return (
    <figure className="map">
      <figcaption>
        <h2 id="map-heading">{labels.heading}</h2>
        <p className="map__description">{labels.description}</p>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="map__svg">
        <title>{labels.heading}</title>
        <line x1={x(0)} y1={y(0)} x2={x(maxZh)} y2={y(0)} className="map__axis" />
        <line x1={x(0)} y1={y(0)} x2={x(0)} y2={y(maxEn)} className="map__axis" />
        <line x1={x(0)} y1={y(0)} x2={x(lineEnd)} y2={y(lineEnd * ratio)} className="map__ratio" />
        <text x={x(maxZh)} y={HEIGHT - 8} textAnchor="end" className="map__label">
          {labels.zhAxis} (0–{maxZh})
        </text>
        <text
          x={12}
          y={y(maxEn)}
          transform={`rotate(-90 12 ${y(maxEn)})`}
          textAnchor="end"
          className="map__label"
        >
          {labels.enAxis} (0–{maxEn})
        </text>
        {picture ? (
          <>
            <g className="map__picture">
              {picture.paths.map((path) => (
                <path
                  key={`${path.worst} ${path.hollow}`}
                  d={path.d}
                  fill={path.hollow ? '#fff' : COLOURS[path.worst]}
                  stroke={COLOURS[path.worst]}
                  strokeWidth={path.hollow ? 3 : 1}
                />
              ))}
            </g>
            {picture.linked.map(mark)}
          </>
        ) : (
          <InBlocks
            items={pairs}
            count={shown}
            keyOf={(pair) => pair.id}
            version={[maxZh, maxEn, labels]}
            render={mark}
          />
        )}
      </svg>
      {picture && (
        <p className="map__description">{labels.picture(picture.linked.length, picture.flagged)}</p>
      )}
      <ul className="map__legend">
        {(['error', 'warning', 'info'] as const).map((s) => (
          <li key={s}>
            <span className="map__swatch" style={{ background: COLOURS[s] }} aria-hidden="true" />{' '}
            {labels.severity[s]}
          </li>
        ))}
        <li>
          <span className="map__swatch" style={{ background: COLOURS.none }} aria-hidden="true" />{' '}
          {labels.legendOk}
        </li>
        <li>
          <span className="map__swatch map__swatch--hollow" aria-hidden="true" />{' '}
          {labels.legendUncertain}
        </li>
      </ul>
    </figure>
  );
}
