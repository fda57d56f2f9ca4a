import type { Box } from '@/layout/geometry';
import type { StepGeometry } from '@/layout/staircase';
import type { Corners, StepBody } from '@/layout/stepShape';
import type { Primitive } from './primitives';
import { textPrimitives } from './sceneNodes';
import { round } from '@/model/round';

/** A step of the staircase in its theme's shape: the body first, then number, title and subtitle (or services) on it. */
export function getStepPrimitives(step: StepGeometry): Primitive[] {
  return [
    ...getStepBodyPrimitives({ x: step.x, y: step.y, w: step.w, h: step.h }, step.fill, step.body),
    ...textPrimitives(step.numberText, step.numberColour ?? step.textColour),
    ...textPrimitives(step.title, step.textColour),
    ...textPrimitives(step.subtitle, step.textColour),
    ...textPrimitives(step.services, step.textColour),
  ];
}

/** The drawn body of a step in its shape, on the overview and in a step page's header alike. */
export function getStepBodyPrimitives(box: Box, fill: string, body: StepBody = { shape: 'block', radius: 0 }): Primitive[] {
  switch (body.shape) {
    case 'arrow':
      return [{ kind: 'path', d: body.path, fill }];
    case 'card': {
      const r = body.radius;
      return [
        { kind: 'rect', ...box, fill: body.surface, radius: r },
        { kind: 'path', d: getRoundedRectPath(body.tile, body.tileCorners), fill },
        // The outline goes over the tile's edge so card and tile read as one shape.
        { kind: 'rect', ...box, stroke: fill, strokeWidth: body.outline, radius: r },
      ];
    }
    default:
      return [{ kind: 'rect', ...box, fill, radius: body.radius }];
  }
}

/** A rectangle with its own radius at each corner: top-left, top-right, bottom-right, bottom-left. */
export function getRoundedRectPath(box: Box, [tl, tr, br, bl]: Corners): string {
  const { x, y, w, h } = box;
  const arc = (r: number, ex: number, ey: number) => (r > 0 ? `A${round(r)} ${round(r)} 0 0 1 ${round(ex)} ${round(ey)}` : '');
  return [
    `M${round(x + tl)} ${round(y)}`,
    `H${round(x + w - tr)}`,
    arc(tr, x + w, y + tr),
    `V${round(y + h - br)}`,
    arc(br, x + w - br, y + h),
    `H${round(x + bl)}`,
    arc(bl, x, y + h - bl),
    `V${round(y + tl)}`,
    arc(tl, x + tl, y),
    'Z',
  ].join('');
}
