import type { Box } from '@/layout/geometry';
import type { StepGeometry } from '@/layout/staircase';
import type { StepBody } from '@/layout/stepShape';
import type { Primitive } from './primitives';
import { textPrimitives } from './sceneNodes';
import { getCornerRectSegments } from '@/layout/pathShapes';

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
export function getStepBodyPrimitives(
  box: Box,
  fill: string,
  body: StepBody = { shape: 'block', radius: 0 },
): Primitive[] {
  switch (body.shape) {
    case 'arrow':
      return [{ kind: 'path', segments: body.path, fill }];
    case 'card': {
      const r = body.radius;
      return [
        { kind: 'rect', ...box, fill: body.surface, radius: r },
        {
          kind: 'path',
          segments: getCornerRectSegments(body.tile.x, body.tile.y, body.tile.w, body.tile.h, body.tileCorners),
          fill,
        },
        // The outline goes over the tile's edge so card and tile read as one shape.
        { kind: 'rect', ...box, stroke: fill, strokeWidth: body.outline, radius: r },
      ];
    }
    default:
      return [{ kind: 'rect', ...box, fill, radius: body.radius }];
  }
}
