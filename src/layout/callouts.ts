import type { TrappDocument } from '@/model/types';
import type { TextMeasurer } from './fonts';
import type { Box, Overflow } from './geometry';
import type { StepGeometry } from './staircase';
import { placeText, type TextBlock } from './textBlock';
import { fitText } from './wrap';

export type CalloutGeometry = { stepId: string; box: Box; text: TextBlock };

/** A step's callout goes in the free space beside its block, on the side the staircase has not reached yet. */
export function layoutCallouts(
  measurer: TextMeasurer,
  doc: TrappDocument,
  steps: StepGeometry[],
  area: { left: number; right: number; rightward: boolean },
  scale: number,
  overflows: Overflow[],
): CalloutGeometry[] {
  return doc.steps.flatMap((step, index) => {
    // The overview shows the callout's first paragraph (its headline); the step page shows all of it.
    const headline = step.callout?.trim().split(/\n\s*\n/)[0] ?? '';
    if (!headline) return [];
    const block = steps[index];
    const gap = 12 * scale;
    const x = area.rightward ? block.x + block.w + gap : area.left;
    const w = Math.min(220 * scale, area.rightward ? area.right - x : block.x - gap - area.left);
    if (w < 80 * scale) {
      overflows.push({ kind: 'callout', id: step.id, field: 'callout' });
      return [];
    }
    const fitted = fitText(measurer, headline, {
      face: { family: doc.theme.headingFont, weight: 600 },
      size: 11 * scale,
      minSize: 7 * scale,
      lineHeight: 1.2,
      maxWidth: w - 10 * scale,
      maxHeight: block.h * 1.6,
    });
    if (fitted.overflow) overflows.push({ kind: 'callout', id: step.id, field: 'callout' });
    const box = {
      x: area.rightward ? x : block.x - gap - w,
      y: block.y + block.h / 2 - fitted.height / 2,
      w,
      h: fitted.height,
    };
    return [{ stepId: step.id, box, text: placeText(measurer, fitted, box.x + 10 * scale, box.y) }];
  });
}
