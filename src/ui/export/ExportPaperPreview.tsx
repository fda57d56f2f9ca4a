import type { ReactNode } from 'react';
import type { Placement } from '../../../export/placement';

/** The paper with the scene where the export puts it; bleed shaded, the trim edge and crop marks drawn. */
export function ExportPaperPreview({
  placement: p,
  background,
  children,
}: {
  placement: Placement;
  background: string;
  children: ReactNode;
}) {
  const pct = (v: number, of: number) => `${(v / of) * 100}%`;
  return (
    // No taller than about half the window, so a portrait sheet leaves room for the preflight list below.
    <div
      className="paper"
      style={{
        aspectRatio: `${p.mediaWidth} / ${p.mediaHeight}`,
        width: `min(100%, calc(55vh * ${p.mediaWidth / p.mediaHeight}))`,
        margin: '0 auto',
      }}
    >
      <svg className="paper-marks" viewBox={`0 0 ${p.mediaWidth} ${p.mediaHeight}`} aria-hidden="true">
        <rect x={p.bleed.x} y={p.bleed.y} width={p.bleed.w} height={p.bleed.h} fill={background} />
        {p.cropMarks.map(([x1, y1, x2, y2], i) => (
          <line key={i} x1={x1} y1={y1} x2={x2} y2={y2} stroke="#000" strokeWidth={Math.max(0.5, p.mediaWidth / 600)} />
        ))}
      </svg>
      <div
        className="paper-scene"
        style={{
          left: pct(p.dx, p.mediaWidth),
          top: pct(p.dy, p.mediaHeight),
          width: pct(p.trim.w - 2 * (p.dx - p.trim.x), p.mediaWidth),
          height: pct(p.trim.h - 2 * (p.dy - p.trim.y), p.mediaHeight),
        }}
      >
        {children}
      </div>
      {p.mediaWidth !== p.trim.w && (
        <div
          className="paper-trim"
          style={{
            left: pct(p.trim.x, p.mediaWidth),
            top: pct(p.trim.y, p.mediaHeight),
            width: pct(p.trim.w, p.mediaWidth),
            height: pct(p.trim.h, p.mediaHeight),
          }}
        />
      )}
    </div>
  );
}
