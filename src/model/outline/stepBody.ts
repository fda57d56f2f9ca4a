// The lines between two step markers into the step's fields: a describing sentence becomes the
// subtitle, "Visjon: …" the vision, "<Kommune> kommune …:" over a list the commitments, headings
// (and short lines over a list, not sentences) service sections, and list entries their services, nested one level.
import { createStep } from '../defaults';
import { newId } from '../ids';
import type { ChildItem, Item, Section, Step } from '../types';
import type { OutlineLine } from './outline';

/** What a describing line under a step's title becomes. */
export type DescribingLine = 'subtitle' | 'service';

const visionPrefix = /^(visjon|visjonen)\s*:\s*/i;
/** The outline view writes these (writeOutline); a person may too. */
const subtitlePrefix = /^undertittel\s*:\s*/i;
const commitmentsPrefix = /^(forpliktelser|forpliktingar)\s*:\s*/i;
const commitmentsHeading = /\b(kommunes?|herad|heradet|bydel(en)?|vi)\b[^.]*:$/i;
/** Longer than this, a describing line is a vision rather than a subtitle. */
const MAX_SUBTITLE = 160;

const toItem = (line: OutlineLine): ChildItem => ({
  id: newId('item'),
  text: line.text,
  ...(line.links ? { links: line.links } : {}),
});
const append = (before: string, text: string) => (before ? `${before} ${text}` : text);

export function buildStep(title: string, body: readonly OutlineLine[], describingLine: DescribingLine): Step {
  const step = createStep({ title });
  let list: Item[] | undefined;
  const startSection = (heading: string) => {
    const section: Section = { id: newId('section'), heading, items: [] };
    step.sections.push(section);
    list = section.items;
  };
  // A step's first line, without a full stop but longer than a section heading ("Tilbud som er åpne for
  // alle" over a list, not "Møteplasser"), describes the step.
  const isDescribing = (text: string, i: number) =>
    i === 0 && describingLine === 'subtitle' && !text.endsWith(':') && text.split(/\s+/).length > 4;
  body.forEach((line, i) => {
    const next = body[i + 1];
    if (line.kind === 'item') {
      if (!list) startSection('');
      const target = list!;
      const parent = target.at(-1);
      if (line.level > 0 && parent) parent.items = [...(parent.items ?? []), toItem(line)];
      else target.push(toItem(line));
      return;
    }
    const text = line.text;
    if (visionPrefix.test(text)) step.vision = append(step.vision, text.replace(visionPrefix, ''));
    else if (subtitlePrefix.test(text)) step.subtitle = append(step.subtitle, text.replace(subtitlePrefix, ''));
    else if (commitmentsPrefix.test(text)) {
      step.commitments.heading = text.replace(commitmentsPrefix, '');
      list = step.commitments.items;
    } else if (
      next?.kind === 'item' &&
      step.commitments.heading === '' &&
      step.commitments.items.length === 0 &&
      commitmentsHeading.test(text)
    ) {
      step.commitments.heading = text;
      list = step.commitments.items;
    } else if (line.kind === 'heading') startSection(text);
    else if (next?.kind === 'item' && !/[.!?]$/.test(text) && !isDescribing(text, i))
      startSection(text.replace(/:$/, ''));
    else if (list || describingLine === 'service') {
      if (!list) startSection('');
      list!.push(toItem(line));
    } else if (step.subtitle === '' && step.vision === '' && text.length <= MAX_SUBTITLE) step.subtitle = text;
    else step.vision = append(step.vision, text);
  });
  // A section heading with nothing under it is a line of text the user still has: keep it as a service.
  step.sections = step.sections.map((section) =>
    section.items.length === 0 && section.heading
      ? { ...section, heading: '', items: [{ id: newId('item'), text: section.heading }] }
      : section,
  );
  return step;
}

/** Every service of a step, nested ones included. */
export const countServices = (step: Step): number =>
  [step.commitments.items, ...step.sections.map((s) => s.items)]
    .flat()
    .reduce((n, item) => n + 1 + (item.items?.length ?? 0), 0);
