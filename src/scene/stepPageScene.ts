import type { TrappDocument } from '@/model/types';
import type { StepSheet } from '@/layout/stepPage';
import { textPrimitives } from './overviewScene';
import type { Primitive, Scene, SceneNode, SceneRef } from './primitives';
import type { TextBlock } from '@/layout/textBlock';
import { getStepBodyPrimitives } from './stepScene';
import { lineSegments } from './sceneNodes';
import { getLineWidth } from '@/model/themes';

/** One sheet of a step page as a scene; node ids carry the sheet number so sheets can sit side by side. */
export function buildStepSheetScene(doc: TrappDocument, stepId: string, sheet: StepSheet, sheetIndex: number): Scene {
  const theme = doc.theme;
  const s = sheet.scale;
  const { header } = sheet;
  const nodes: SceneNode[] = [];
  const id = (name: string) => `${name}:${stepId}:${sheetIndex}`;
  const textNode = (name: string, ref: SceneRef, block: TextBlock, colour: string): SceneNode => ({
    id: id(name),
    ref,
    ...block.box,
    primitives: textPrimitives(block, colour),
  });
  nodes.push({
    id: id('stepHeader'),
    ref: { kind: 'step', id: stepId },
    ...header.box,
    primitives: [
      ...(header.body
        ? getStepBodyPrimitives(header.box, header.fill, header.body)
        : [{ kind: 'rect' as const, ...header.box, fill: header.fill }]),
      ...textPrimitives(header.number, header.numberColour ?? header.textColour),
      ...textPrimitives(header.title, header.textColour),
      ...textPrimitives(header.subtitle, header.textColour),
    ],
  });
  if (sheet.figures) {
    const primitives: Primitive[] = sheet.figures.cells.flatMap((cell) => [
      ...textPrimitives(cell.value, sheet.ink),
      ...textPrimitives(cell.label, theme.mutedText),
    ]);
    nodes.push({ id: id('figures'), ref: { kind: 'step', id: stepId }, ...sheet.figures.box, primitives });
  }
  if (sheet.lead) nodes.push(textNode('vision', { kind: 'step', id: stepId }, sheet.lead, theme.text));
  if (sheet.callout) {
    const { box, text } = sheet.callout;
    nodes.push({
      id: id('callout'),
      ref: { kind: 'callout', id: stepId },
      ...box,
      primitives: [
        {
          kind: 'path',
          segments: lineSegments(box.x + 2 * s, box.y, box.x + 2 * s, box.y + box.h),
          stroke: theme.accent,
          strokeWidth: 2.5 * s * getLineWidth(theme),
        },
        ...textPrimitives(text, theme.text),
      ],
    });
  }
  const content: Primitive[] = [];
  for (const block of sheet.blocks) {
    const colour = block.kind === 'heading' ? sheet.ink : theme.text;
    content.push(...textPrimitives(block.bullet, sheet.ink), ...textPrimitives(block.text, colour));
    for (const link of block.links) {
      if (link.href) content.push({ kind: 'link', ...block.text.box, href: link.href });
    }
  }
  if (content.length > 0) {
    const boxes = sheet.blocks.map((b) => b.text.box);
    const x = Math.min(...boxes.map((b) => b.x)) - 12 * s;
    const y = Math.min(...boxes.map((b) => b.y));
    const w = Math.max(...boxes.map((b) => b.x + b.w)) - x;
    const h = Math.max(...boxes.map((b) => b.y + b.h)) - y;
    nodes.push({ id: id('services'), ref: { kind: 'step', id: stepId }, x, y, w, h, primitives: content });
  }
  if (sheet.footnote) nodes.push(textNode('footnote', { kind: 'step', id: stepId }, sheet.footnote, theme.mutedText));
  if (sheet.running) nodes.push(textNode('running', { kind: 'header', id: 'header' }, sheet.running, theme.mutedText));
  return { width: sheet.width, height: sheet.height, background: theme.background, nodes };
}
