// The steps as text the importer reads back to the same steps: "Trinn N: title", prefixed lines for
// the subtitle, vision and commitments, "###" for a service section, "-" for services (two spaces
// more for nested ones) and Markdown links. The outline view edits this text.
import type { ChildItem, Language, Step, TrappDocument } from '../types';

const words: Record<Language, { subtitle: string; vision: string; commitments: string }> = {
  nb: { subtitle: 'Undertittel', vision: 'Visjon', commitments: 'Forpliktelser' },
  nn: { subtitle: 'Undertittel', vision: 'Visjon', commitments: 'Forpliktingar' },
};

/** Text on one line: a line break inside a title or a service would start a new line of the outline. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/** The item's text with its links written as Markdown, each on the first place its text stands. */
function writeItem(item: ChildItem): string {
  let text = oneLine(item.text);
  for (const link of item.links ?? []) {
    const at = text.indexOf(link.text);
    if (at >= 0 && link.href)
      text = `${text.slice(0, at)}[${link.text}](${link.href})${text.slice(at + link.text.length)}`;
  }
  return text;
}

function writeStep(step: Step, number: number, language: Language): string[] {
  const w = words[language];
  const lines = [`Trinn ${number}: ${oneLine(step.title)}`];
  if (step.subtitle) lines.push(`${w.subtitle}: ${oneLine(step.subtitle)}`);
  if (step.vision) lines.push(`${w.vision}: ${oneLine(step.vision)}`);
  const lists = [
    ...(step.commitments.heading || step.commitments.items.length
      ? [{ heading: `${w.commitments}: ${oneLine(step.commitments.heading)}`.trimEnd(), items: step.commitments.items }]
      : []),
    ...step.sections.map((section) => ({
      heading: section.heading ? `### ${oneLine(section.heading)}` : '',
      items: section.items,
    })),
  ];
  for (const { heading, items } of lists) {
    if (heading) lines.push(heading);
    for (const item of items) {
      if (item.text.trim()) lines.push(`- ${writeItem(item)}`);
      for (const child of item.items ?? []) if (child.text.trim()) lines.push(`  - ${writeItem(child)}`);
    }
  }
  return lines;
}

export function writeOutline(doc: TrappDocument): string {
  return doc.steps.map((step, i) => writeStep(step, i + 1, doc.meta.language).join('\n')).join('\n\n') + '\n';
}
