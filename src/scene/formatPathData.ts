// The one place a path's segments become SVG path data: the SVG export, the canvas (which is SVG)
// and the icons in the palette write `d` through it; PDF and PNG draw the segments directly.
import type { Segment } from '@/layout/pathSegments';
import { round } from '@/model/round';

// Three decimals: a thousandth of a point is far below anything print or screen shows.
const n = (value: number) => round(value, 3);

export function formatPathData(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      if (s.op === 'Z') return 'Z';
      if (s.op === 'C') return `C${n(s.x1)} ${n(s.y1)} ${n(s.x2)} ${n(s.y2)} ${n(s.x)} ${n(s.y)}`;
      return `${s.op}${n(s.x)} ${n(s.y)}`;
    })
    .join('');
}
