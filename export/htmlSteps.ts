// The step content of the web page: headings and lists in step order, links only to safe addresses.
import type { Item, Step, TrappDocument } from '@/model/types';
import type { SceneContext } from '@/scene/buildScene';
import { readableOn } from '@/layout/colour';
import { getStepFill } from '@/layout/stepColours';
import { getCardSurface, getStepTitleColour } from '@/layout/stepShape';
import { getStepShape } from '@/model/themes';
import { isSafeHref } from '@/model/links';
import { escapeXml as escape } from './svg';

/** The page's own words, in the document's language (a template keeps the language it was published in). */
export const pageWords = {
  nb: {
    step: 'Trinn',
    steps: 'Trinnene',
    back: 'Tilbake til trappa',
    figures: 'Tall',
    overview: 'Trappa som figur. Velg et trinn for å lese om det.',
  },
  nn: {
    step: 'Trinn',
    steps: 'Trinna',
    back: 'Tilbake til trappa',
    figures: 'Tal',
    overview: 'Trappa som figur. Vel eit trinn for å lese om det.',
  },
} as const;

export const getStepAnchor = (index: number) => `trinn-${index + 1}`;

/** Item text with each of its links made a link where the address is safe; the rest stays text. */
export function renderItemText(item: Pick<Item, 'text' | 'links'>): string {
  let html = '';
  let at = 0;
  for (const link of item.links ?? []) {
    const start = item.text.indexOf(link.text, at);
    const href = link.href;
    if (start < 0 || !isSafeHref(href)) continue;
    html += escape(item.text.slice(at, start)) + `<a href="${escape(href)}">${escape(link.text)}</a>`;
    at = start + link.text.length;
  }
  return html + escape(item.text.slice(at));
}

function renderItems(items: readonly Item[]): string {
  if (items.length === 0) return '';
  const li = items.map(
    (item) => `<li>${renderItemText(item)}${item.items?.length ? renderItems(item.items) : ''}</li>`,
  );
  return `<ul>${li.join('')}</ul>`;
}

function paragraph(className: string, text: string | undefined): string {
  return text?.trim() ? `<p class="${className}">${escape(text)}</p>` : '';
}

/**
 * The step's head in the theme's step shape, as on the step pages of the PDF: number, title and
 * subtitle on the step's colour (a block, a pill, an arrow along the reading direction), or on a
 * pale card outlined in it with the number on a tile of it.
 */
function renderStepHead(doc: TrappDocument, step: Step, index: number): string {
  const words = pageWords[doc.meta.language];
  const id = getStepAnchor(index);
  const shape = getStepShape(doc.theme);
  const fill = getStepFill(doc, index);
  const card = shape === 'card';
  const colours = [
    ['--step-colour', fill],
    ['--step-surface', card ? getCardSurface(fill, doc.theme.background) : fill],
    ['--step-text', getStepTitleColour(doc, index)],
    ['--step-number', card ? readableOn(fill, doc.theme.text) : getStepTitleColour(doc, index)],
  ];
  const classes = [
    'step-head',
    `shape-${shape}`,
    ...(shape === 'arrow' && doc.layout.direction === 'left' ? ['leftward'] : []),
  ];
  return [
    `<div class="${classes.join(' ')}" style="${colours.map(([name, value]) => `${name}:${escape(value)}`).join(';')}">`,
    `<h2 id="${id}-title"><span class="number">${words.step} ${index + 1}</span> ${escape(step.title)}</h2>`,
    paragraph('subtitle', step.subtitle),
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

export function renderStepSection(doc: TrappDocument, step: Step, index: number, context: SceneContext): string {
  const words = pageWords[doc.meta.language];
  const id = getStepAnchor(index);
  const figures = step.figures.map((f) => context.formatFigure(f));
  const parts = [
    renderStepHead(doc, step, index),
    paragraph('vision', step.vision),
    paragraph('callout', step.callout),
    figures.length
      ? `<dl class="figures" aria-label="${words.figures}">${figures.map((f) => `<div><dt>${escape(f.label)}</dt><dd>${escape(f.value)}</dd></div>`).join('')}</dl>`
      : '',
    step.commitments.items.length
      ? `${step.commitments.heading.trim() ? `<h3>${escape(step.commitments.heading)}</h3>` : ''}${renderItems(step.commitments.items)}`
      : '',
    ...step.sections.map(
      (section) =>
        `${section.heading.trim() ? `<h3>${escape(section.heading)}</h3>` : ''}${renderItems(section.items)}`,
    ),
    paragraph('footnote', step.footnote),
    `<p class="back"><a href="#trappa">${words.back}</a></p>`,
  ];
  return `<section id="${id}" class="step" aria-labelledby="${id}-title">\n${parts.filter(Boolean).join('\n')}\n</section>`;
}
