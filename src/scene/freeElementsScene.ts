// Free elements as scene nodes, one per element, drawn above the laid-out page in list order.
import type { Theme } from '@/model/types';
import type { ConnectorGeometry, ElementGeometry } from '@/layout/freeElements';
import type { Box } from '@/layout/geometry';
import type { Primitive, SceneNode } from './primitives';
import { lineSegments, sceneNode, textPrimitives } from './sceneNodes';
import { getEllipseSegments } from '@/layout/pathShapes';
import { isPictureHref } from './pictureHref';
import type { EditField } from './editFields';

const ellipseIn = ({ x, y, w, h }: Box) => getEllipseSegments(x + w / 2, y + h / 2, w / 2, h / 2);

function connectorPrimitives(g: ConnectorGeometry, theme: Theme): Primitive[] {
  const colour = g.element.colour ?? theme.text;
  return [
    { kind: 'path', segments: g.line, stroke: colour, strokeWidth: g.strokeWidth },
    ...g.heads.map((segments): Primitive => ({ kind: 'path', segments, fill: colour })),
    // The label sits on a patch of the page's colour, so the line does not run through its words.
    ...(g.label && g.labelBox
      ? [
          { kind: 'rect', ...g.labelBox, fill: theme.background, radius: g.labelBox.h / 4 } as Primitive,
          ...textPrimitives(g.label, colour),
        ]
      : []),
  ];
}

function elementPrimitives(g: ElementGeometry, theme: Theme, scale: number): Primitive[] {
  const { element, box } = g;
  switch (element.kind) {
    case 'text':
      return 'text' in g ? textPrimitives(g.text, element.colour ?? theme.text) : [];
    case 'shape': {
      const stroke = element.stroke ?? (element.shape === 'line' ? theme.text : undefined);
      const strokeWidth = (element.strokeWidth ?? (element.shape === 'line' ? 2 : 1)) * scale;
      const fill = element.shape === 'line' ? undefined : element.fill;
      if (element.shape === 'line')
        return [
          { kind: 'path', segments: lineSegments(box.x, box.y, box.x + box.w, box.y + box.h), stroke, strokeWidth },
        ];
      if (element.shape === 'ellipse') return [{ kind: 'path', segments: ellipseIn(box), fill, stroke, strokeWidth }];
      return [
        {
          kind: 'rect',
          ...box,
          fill,
          stroke,
          strokeWidth,
          radius: element.shape === 'roundedRect' ? Math.min(box.w, box.h) * 0.2 : undefined,
        },
      ];
    }
    case 'image':
      return isPictureHref(element.src) ? [{ kind: 'image', ...box, href: element.src }] : [];
    case 'icon':
      return 'icon' in g && g.icon
        ? [
            {
              kind: 'path',
              segments: g.icon.segments,
              stroke: element.colour ?? theme.accent,
              strokeWidth: g.icon.strokeWidth,
            },
          ]
        : [];
    case 'figure':
      return 'value' in g ? [...textPrimitives(g.value, theme.text), ...textPrimitives(g.label, theme.mutedText)] : [];
    case 'arrow':
      return 'line' in g ? connectorPrimitives(g, theme) : [];
  }
}

/** One scene node per free element, with ref { kind: 'element', id }. */
export function buildFreeElementNodes(geometry: readonly ElementGeometry[], theme: Theme, scale: number): SceneNode[] {
  return geometry.map((g) => {
    const node = sceneNode({ kind: 'element', id: g.element.id }, g.box, elementPrimitives(g, theme, scale));
    if (!('line' in g)) return node;
    const attached = { from: g.element.from.attach, to: g.element.to.attach };
    return { ...node, connector: { from: g.from, to: g.to, route: g.line, attached } };
  });
}

/** The free texts and connector labels that can be edited in place. */
export function getFreeElementFields(geometry: readonly ElementGeometry[], scale: number): EditField[] {
  return geometry.flatMap((g): EditField[] => {
    const ref = { kind: 'element' as const, id: g.element.id };
    if (g.element.kind === 'text') return [{ ref, field: 'text', box: g.box, size: g.element.size }];
    if ('line' in g) {
      const size = 9 * scale;
      return [
        {
          ref,
          field: 'label',
          box: g.labelBox ?? { x: g.middle.x - 40 * scale, y: g.middle.y - size, w: 80 * scale, h: 2 * size },
          size,
        },
      ];
    }
    return [];
  });
}
