import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '@/model/defaults';
import type { TrappDocument } from '@/model/types';
import { contrastRatio } from '@/layout/colour';
import { getStepFill } from '@/layout/stepColours';
import { getCardSurface } from '@/layout/stepShape';
import { builtInThemes, getStepShape } from '@/model/themes';
import { renderHtml } from './html';
import { renderItemText } from './htmlSteps';
import { getNodeSceneContext } from './nodeContext';
import { readShippedFontBytes } from './nodeFonts';
import { getServiceItems, loadTemplates } from './testing/templates';

const context = getNodeSceneContext();
const fonts = readShippedFontBytes();
const html = (document: TrappDocument) => renderHtml({ document, context, fonts });
/** The text a reader gets from markup: tags dropped, entities decoded. */
const readText = (markup: string) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, n: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[n]!)
    .replace(/\s+/g, ' ');

describe.each(loadTemplates())('web page of the $id template', ({ document }) => {
  const page = html(document);

  it('has every step as a heading, in step order, linked from its step in the picture', () => {
    const headings = [...page.matchAll(/<h2 id="(trinn-\d+)-title">([\s\S]*?)<\/h2>/g)];
    expect(headings.map((h) => h[1])).toEqual(document.steps.map((_, i) => `trinn-${i + 1}`));
    document.steps.forEach((step, i) => {
      expect(readText(headings[i][2])).toContain(step.title);
      expect(page).toContain(`<a href="#trinn-${i + 1}" aria-label="`);
      expect(page).toContain(`<section id="trinn-${i + 1}"`);
    });
  });

  it('lists every service item, has no script and no external resource, and scales with its viewBox', () => {
    const text = readText(page);
    for (const item of getServiceItems(document)) expect(text).toContain(item.replace(/\s+/g, ' '));
    expect(page).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    expect(page).not.toMatch(/(src|href)="https?:/);
    expect(page).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 [\d.]+ [\d.]+" role="group"/);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain(`<html lang="${document.meta.language}">`);
  });
});

describe('step sections of the web page', () => {
  const ostreToten = loadTemplates().find((t) => t.id === 'ostre-toten')!.document;
  /** Each step head's classes and its colours, as the page gives them. */
  const heads = (page: string) =>
    [...page.matchAll(/<div class="(step-head[^"]*)" style="([^"]*)">/g)].map(([, classes, style]) => ({
      classes,
      colour: Object.fromEntries(style.split(';').map((d) => d.split(':'))) as Record<string, string>,
    }));

  it.each(builtInThemes.map((b) => [b.id, b.theme] as const))(
    'have the %s theme’s step shape and readable texts on it',
    (_, theme) => {
      const doc = { ...ostreToten, theme };
      const found = heads(html(doc));
      expect(found).toHaveLength(doc.steps.length);
      found.forEach(({ classes, colour }, i) => {
        expect(classes).toBe(`step-head shape-${getStepShape(theme)}`);
        expect(colour['--step-colour']).toBe(getStepFill(doc, i));
        expect(contrastRatio(colour['--step-text'], colour['--step-surface'])).toBeGreaterThanOrEqual(4.5);
        if (getStepShape(theme) === 'card')
          expect(contrastRatio(colour['--step-number'], colour['--step-colour'])).toBeGreaterThanOrEqual(4.5);
      });
    },
  );

  it('point the arrow along the reading direction, and set the theme’s fonts and text colour', () => {
    const arrows = {
      ...ostreToten,
      theme: { ...ostreToten.theme, stepShape: 'arrow' as const, headingFont: 'Source Serif 4', text: '#102030' },
    };
    expect(heads(html(arrows))[0].classes).toBe('step-head shape-arrow');
    const page = html({ ...arrows, layout: { ...arrows.layout, direction: 'left' } });
    expect(heads(page)[0].classes).toBe('step-head shape-arrow leftward');
    expect(page).toContain("--heading-font:'Source Serif 4'");
    expect(page).toContain('--ink:#102030');
  });

  it('cards have a pale surface in the step’s colour, with the number on its colour', () => {
    const cards = { ...ostreToten, theme: { ...ostreToten.theme, stepShape: 'card' as const } };
    const [first] = heads(html(cards));
    expect(first.colour['--step-surface']).toBe(getCardSurface(getStepFill(cards, 0), cards.theme.background));
    expect(first.colour['--step-surface']).not.toBe(first.colour['--step-colour']);
  });
});

describe('web page safety', () => {
  const doc = createBlankDocument({ steps: 2, language: 'nb' });
  doc.meta.title = '<script>alert("tittel")</script>';
  doc.steps[0].title = '<script>alert(1)</script> & <b>fet</b>';
  doc.steps[0].sections = [
    {
      id: 's',
      heading: '<img src=x onerror=alert(2)>',
      items: [{ id: 'i', text: 'Les mer her', links: [{ text: 'Les mer', href: 'javascript:alert(3)' }] }],
    },
  ];
  const page = html(doc);

  it('escapes every text: a script in a step title is text, not a script', () => {
    expect(page).not.toMatch(/<script|<img|<b>|javascript:/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;fet&lt;/b&gt;');
    expect(readText(page)).toContain('<script>alert(1)</script> & <b>fet</b>');
  });

  it.each([
    ['https://lillesand.kommune.no/tjenester', true],
    ['http://example.no', true],
    ['mailto:post@gausdal.kommune.no', true],
    ['tel:+4761220000', true],
    // Stored phone links have no spaces (checkHref takes them out when the user types one).
    ['tel:+47 61 22 00 00', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>', false],
    ['/relative/page', false],
    ['', false],
    ['https://x.no/"onmouseover="alert(1)', false],
  ])('a link to %s is kept: %s', (href, kept) => {
    const out = renderItemText({ text: 'Bibliotek og kultur', links: [{ text: 'Bibliotek', href }] });
    expect(out.startsWith('<a href=')).toBe(kept);
    expect(out).toContain('og kultur');
  });
});
