import { ViewportPortal } from '@xyflow/react';
import type { SnapLine } from './snap';

/** The helper lines of a snapped drag, drawn in page coordinates above the page. */
export function SnapLines({ lines }: { lines: readonly SnapLine[] }) {
  if (lines.length === 0) return null;
  return (
    <ViewportPortal>
      <svg
        className="snap-lines"
        aria-hidden="true"
        style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible', zIndex: 4000, pointerEvents: 'none' }}
        width={1}
        height={1}
      >
        {lines.map((line, i) =>
          line.axis === 'x' ? (
            <line key={i} x1={line.at} x2={line.at} y1={line.from - 8} y2={line.to + 8} />
          ) : (
            <line key={i} x1={line.from - 8} x2={line.to + 8} y1={line.at} y2={line.at} />
          ),
        )}
      </svg>
    </ViewportPortal>
  );
}
