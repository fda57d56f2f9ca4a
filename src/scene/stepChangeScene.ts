import type { MarkShape, StepChangeGeometry } from '@/layout/stepChange';
import type { Theme } from '@/model/types';
import type { Primitive, SceneNode } from './primitives';
import { sceneNode, textPrimitives } from './sceneNodes';

const shape = (mark: MarkShape | undefined): Primitive[] => (mark ? [{ kind: 'path', ...mark }] : []);

/** One node per marked step (marker, arrow, signed change), and one for the legend. */
export function buildStepChangeNodes(changes: StepChangeGeometry, theme: Theme): SceneNode[] {
  const nodes = changes.marks.map((mark) =>
    sceneNode({ kind: 'stepChange', id: mark.stepId }, mark.box, [
      ...shape(mark.marker),
      ...shape(mark.arrow),
      ...textPrimitives(mark.label, theme.text),
    ]),
  );
  const legend = changes.legend;
  if (legend)
    nodes.push(
      sceneNode(
        { kind: 'stepChange', id: 'legend' },
        legend.box,
        legend.entries.flatMap((entry) => [...shape(entry.shape), ...textPrimitives(entry.label, theme.text)]),
      ),
    );
  return nodes;
}
