// The contrast check over a whole document, every page and sheet, with a one-click fix per failure.
// The export preflight calls `checkDocumentContrast`; the theme panel and status bar show its result.
import { getNearestPassingColour, getTextContrasts, type TextContrast } from '@/scene/contrast';
import type { ContrastFix, ThemeColourField } from '@/model/themeCommands';
import type { TrappDocument } from '@/model/types';
import { buildPage, getPages, type SceneContext } from './buildScene';

export type ContrastIssue = TextContrast & { pageId: string; sheet: number; fix?: ContrastFix };

const themeColourFields: readonly ThemeColourField[] = ['text', 'mutedText', 'accent'];
const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

/** Every text of every page that fails WCAG 2.1 AA, in page order. */
export function checkDocumentContrast(doc: TrappDocument, context: SceneContext): ContrastIssue[] {
  const all: (TextContrast & { pageId: string; sheet: number })[] = [];
  for (const page of getPages(doc)) {
    buildPage(doc, page, context).sheets.forEach((scene, sheet) => {
      for (const contrast of getTextContrasts(scene, context.measurer))
        all.push({ ...contrast, pageId: page.id, sheet });
    });
  }
  return all.filter((t) => t.ratio < t.required).map((issue) => ({ ...issue, fix: getContrastFix(doc, issue, all) }));
}

/**
 * The nearest change that makes the text pass: a step's own text colour or fill when the step
 * overrides it, else the theme colour the text is drawn in. The new colour is lightened or darkened
 * just enough to pass wherever it is used for text, so one click fixes every failure it causes.
 */
export function getContrastFix(
  doc: TrappDocument,
  issue: TextContrast,
  all: readonly TextContrast[],
): ContrastFix | undefined {
  const step = issue.ref.kind === 'step' ? doc.steps.find((s) => s.id === issue.ref.id) : undefined;
  const onStep = all.filter((t) => t.ref.kind === 'step' && t.ref.id === step?.id);
  if (step?.style?.textColour && same(step.style.textColour, issue.colour)) {
    const colour = getPassingColour(
      issue.colour,
      onStep.filter((t) => same(t.colour, issue.colour)),
    );
    return colour ? { target: 'step', stepId: step.id, field: 'textColour', colour } : undefined;
  }
  const fill = step?.style?.fill;
  if (step && fill && issue.backgrounds.some((bg) => same(fill, bg))) {
    // The fill must pass against every text drawn on it.
    const onFill = onStep.filter((t) => t.backgrounds.some((bg) => same(fill, bg)));
    const colour = getPassingColour(
      fill,
      onFill.map((t) => ({ backgrounds: [t.colour], required: t.required })),
    );
    return colour ? { target: 'step', stepId: step.id, field: 'fill', colour } : undefined;
  }
  const field = themeColourFields.find((f) => same(doc.theme[f], issue.colour));
  if (!field) return undefined;
  const colour =
    getPassingColour(
      issue.colour,
      all.filter((t) => same(t.colour, issue.colour)),
    ) ?? getPassingColour(issue.colour, [issue]);
  return colour ? { target: 'theme', field, colour } : undefined;
}

/** The colour nearest to `colour` that passes against all the uses' backgrounds at the strictest of their levels. */
function getPassingColour(
  colour: string,
  uses: readonly Pick<TextContrast, 'backgrounds' | 'required'>[],
): string | undefined {
  const backgrounds = [...new Set(uses.flatMap((t) => t.backgrounds))];
  return getNearestPassingColour(colour, backgrounds, Math.max(...uses.map((t) => t.required)));
}
