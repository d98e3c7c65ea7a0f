import type { ReviewPair } from '@/lib/review/build-review-view';
import { InBlocks } from '../layout/InBlocks';
import { FLAGGED_LINKS, MARK_LINKS_UP_TO, mapPaths, markStyle } from './map-paths';

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
}

const WIDTH = 480;
const HEIGHT = 320;
const PAD = { left: 56, right: 16, top: 16, bottom: 44 };
const RADIUS = 6;
const COLOURS = { error: '#b3261e', warning: '#c25e00', info: '#1a5fb4', none: '#3f7d3a' } as const;

/** Rounds an axis maximum up to a readable value (100, 150, 200, 300, 400, 500, 600, 800, …). */
function niceCeiling(value: number): number {
  const step = 10 ** Math.floor(Math.log10(Math.max(value, 1)));
  for (const m of [1, 1.5, 2, 3, 4, 5, 6, 8, 10]) if (value <= m * step) return m * step;
  return 10 * step;
}

/**
 * A picture of the whole document: one mark per pair at (Chinese length, English length),
 * coloured by its worst QA flag and hollow when a link is uncertain, with the document's own
 * length ratio as a line. Pairs whose translation drifts (something dropped, added or linked
 * to the wrong paragraph) stand away from the line. Each mark links to its pair; past
 * MARK_LINKS_UP_TO pairs (a book) the marks are drawn as a picture, one path per look
 * (map-paths.ts), and only the first FLAGGED_LINKS flagged pairs' marks are links (the Flagged
 * filter lists them all).
 */
export function AlignmentMap({ pairs, shown, ratio, labels }: AlignmentMapProps) {
  // (A loop, not Math.max(...): tens of thousands of arguments overflow the stack.)
  const maxZh = niceCeiling(pairs.reduce((m, p) => Math.max(m, p.zhLength), 1));
  const maxEn = niceCeiling(pairs.reduce((m, p) => Math.max(m, p.enLength), 1));
  const x = (zh: number) => PAD.left + (zh / maxZh) * (WIDTH - PAD.left - PAD.right);
  const y = (en: number) => HEIGHT - PAD.bottom - (en / maxEn) * (HEIGHT - PAD.top - PAD.bottom);
  const lineEnd = Math.min(maxZh, maxEn / ratio);
  const picture = pairs.length > MARK_LINKS_UP_TO;
  const flagged = picture ? pairs.filter((p) => p.flagged) : [];
  const linked = flagged.slice(0, FLAGGED_LINKS);
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
              {mapPaths(pairs, (p) => [x(p.zhLength), y(p.enLength)], RADIUS).map((path) => (
                <path
                  key={`${path.worst} ${path.hollow}`}
                  d={path.d}
                  fill={path.hollow ? '#fff' : COLOURS[path.worst]}
                  stroke={COLOURS[path.worst]}
                  strokeWidth={path.hollow ? 3 : 1}
                />
              ))}
            </g>
            {linked.map(mark)}
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
        <p className="map__description">{labels.picture(linked.length, flagged.length)}</p>
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
