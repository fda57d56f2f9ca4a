import type { TrappDocument } from '@/model/types';
import { contrastRatio, gradientAt, readableOn } from './colour';

/** A step's colour: its own override, else its place on the theme's gradient from step 1 to the last. */
export function getStepFill(doc: TrappDocument, index: number): string {
  const step = doc.steps[index];
  const count = doc.steps.length;
  return step?.style?.fill ?? gradientAt(doc.theme.stepColours, count <= 1 ? 0 : index / (count - 1));
}

export function getStepTextColour(doc: TrappDocument, index: number): string {
  return doc.steps[index]?.style?.textColour ?? readableOn(getStepFill(doc, index), doc.theme.text);
}

/** The step's colour where it is used for text on the page background, if it reads well enough there. */
export function getStepInk(doc: TrappDocument, index: number): string {
  const fill = getStepFill(doc, index);
  return contrastRatio(fill, doc.theme.background) >= 4.5 ? fill : doc.theme.text;
}
