'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import type { EditorPair } from '@/lib/edit/editor-view';

interface Line {
  y1: number;
  y2: number;
  uncertain: boolean;
  label: string;
}

/** The middle, in the row's coordinates, of a side's units `indices`. */
function middle(
  row: HTMLElement,
  side: 'zh' | 'en',
  indices: readonly number[],
): number | undefined {
  const top = row.getBoundingClientRect().top;
  const boxes = indices.flatMap((i) => {
    const el = row.querySelector(`.ed-unit[data-side="${side}"][data-index="${i}"]`);
    return el ? [el.getBoundingClientRect()] : [];
  });
  const first = boxes[0];
  const last = boxes.at(-1);
  if (!first || !last) return undefined;
  return (first.top + last.bottom) / 2 - top;
}

/**
 * Lines between linked units, drawn in the gutter between the Chinese and the English: solid
 * for a sure link, dashed for an uncertain one, each with its confidence. Measured from the
 * laid-out units, and measured again whenever the row changes size. Decoration only (the
 * units say their link and confidence to a screen reader); hidden on a narrow screen, where
 * the sides stack.
 */
export function LinkLines({ pair }: { pair: EditorPair }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [lines, setLines] = useState<Line[]>([]);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    // The row, found from the drawing (a child's layout effect runs before its parent's ref is set).
    const svg = svgRef.current;
    const element = svg?.closest<HTMLElement>('.ed-row');
    if (!svg || !element) return;
    const measure = () => {
      const svgTop = svg
        ? svg.getBoundingClientRect().top - element.getBoundingClientRect().top
        : 0;
      setHeight(svg?.getBoundingClientRect().height ?? 0);
      setLines(
        pair.links.flatMap((link) => {
          const y1 = middle(element, 'zh', link.zh);
          const y2 = middle(element, 'en', link.en);
          if (y1 === undefined || y2 === undefined) return [];
          return [
            {
              y1: y1 - svgTop,
              y2: y2 - svgTop,
              uncertain: link.uncertain,
              label: pair.method === 'manual' ? '' : `${Math.round(link.confidence * 100)}`,
            },
          ];
        }),
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [pair]);
  return (
    <svg
      className="ed-row__lines"
      aria-hidden="true"
      viewBox={`0 0 48 ${Math.max(height, 1)}`}
      preserveAspectRatio="none"
    >
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one line per link, in order
        <g key={i} className={line.uncertain ? 'ed-line ed-line--uncertain' : 'ed-line'}>
          <line x1={2} y1={line.y1} x2={46} y2={line.y2} />
          {line.label && (
            <text x={24} y={(line.y1 + line.y2) / 2 - 2} textAnchor="middle">
              {line.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
