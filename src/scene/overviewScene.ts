import type { TrappDocument } from '@/model/types';
import type { OverviewLayout } from '@/layout/overview';
import { buildStepChangeNodes } from './stepChangeScene';
import type { Scene, SceneNode } from './primitives';
import { arrowPrimitives, lineSegments, sceneNode as node, textPrimitives } from './sceneNodes';
import { getStepPrimitives } from './stepScene';
import { getLineWidth } from '@/model/themes';
import type { SceneExtras } from './sceneExtras';

export { textPrimitives } from './sceneNodes';

/** The drawing of the overview page: the one list of primitives every renderer draws. */
export function buildOverviewScene(doc: TrappDocument, layout: OverviewLayout, extras: SceneExtras | undefined): Scene {
  const theme = doc.theme;
  const s = layout.scale;
  // Rules and arrows follow the theme's line width; type and fills do not.
  const line = s * getLineWidth(theme);
  const nodes: SceneNode[] = [];

  for (const band of layout.bands) {
    // A band running on into a higher row of steps is drawn again there: one node, one selection.
    const parts = [band, ...(band.continued ?? [])];
    nodes.push(
      node(
        { kind: 'band', id: band.bandId },
        band.strip,
        parts.flatMap(({ strip, rule, label }) => [
          { kind: 'rect' as const, ...strip, fill: band.fill },
          {
            kind: 'path' as const,
            segments: lineSegments(rule.x, rule.y1, rule.x, rule.y2),
            stroke: theme.mutedText,
            strokeWidth: 1.2 * line,
          },
          ...textPrimitives(label, theme.mutedText),
        ]),
      ),
    );
  }

  const header = layout.header;
  nodes.push(
    node({ kind: 'header', id: 'header' }, header.box, [
      ...textPrimitives(header.municipality, theme.mutedText),
      ...textPrimitives(header.title, theme.text),
      ...textPrimitives(header.intro, theme.text),
    ]),
  );

  // The layout has charts and tracks only when it had the extras.
  if (layout.mastery) nodes.push(...extras!.buildMasteryNodes(layout.mastery, layout.steps, theme, s));
  else {
    for (const step of layout.steps) {
      nodes.push(node({ kind: 'step', id: step.stepId }, step, getStepPrimitives(step)));
    }
  }

  for (const callout of layout.callouts) {
    const { box } = callout;
    nodes.push(
      node({ kind: 'callout', id: callout.stepId }, box, [
        {
          kind: 'path',
          segments: lineSegments(box.x + 2 * s, box.y, box.x + 2 * s, box.y + box.h),
          stroke: theme.accent,
          strokeWidth: 2.5 * line,
        },
        ...textPrimitives(callout.text, theme.text),
      ]),
    );
  }

  if (layout.stepChanges) nodes.push(...buildStepChangeNodes(layout.stepChanges, theme));
  for (const chart of layout.figureBars) nodes.push(...extras!.buildFigureBarsNodes(chart, theme, s));
  for (const track of layout.tracks) nodes.push(...extras!.buildTrackNodes(track, theme, s));

  if (layout.axis) {
    const { from, to } = layout.axis;
    const head = 9 * s;
    const box = {
      x: Math.min(from.x, to.x),
      y: from.y - head,
      w: Math.abs(to.x - from.x),
      h: head * 2 + (layout.axis.label.box.h || 0) + 6 * s,
    };
    nodes.push(
      node({ kind: 'axis', id: 'axis' }, box, [
        ...arrowPrimitives(from, to, theme.accent, 2 * line, head),
        ...textPrimitives(layout.axis.label, theme.mutedText),
        ...textPrimitives(layout.axis.start, theme.mutedText),
        ...textPrimitives(layout.axis.end, theme.mutedText),
      ]),
    );
  }

  if (layout.footer)
    nodes.push(
      node({ kind: 'footer', id: 'footer' }, layout.footer.box, textPrimitives(layout.footer, theme.mutedText)),
    );

  return { width: layout.width, height: layout.height, background: theme.background, nodes };
}
