import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '@/model/defaults';
import type { TrappDocument } from '@/model/types';
import type { Detail } from '@/model/layoutOptions';
import { getNodeMeasurer } from '../../export/nodeFonts';
import type { Overflow } from './geometry';
import { fitStepDetail, getReadableMinimum } from './stepTexts';

const measurer = getNodeMeasurer();
const services = ['Helsestasjon', 'Skolehelsetjeneste', 'Frisklivssentral', 'Fysioterapi', 'Ergoterapi'];

function documentIn(language: TrappDocument['meta']['language'], detail: Detail = 'services'): TrappDocument {
  const doc = createBlankDocument({ steps: 1, language: 'nb' });
  const [step] = doc.steps;
  const section = { id: 'section', heading: 'Tenester', items: services.map((text, i) => ({ id: `item-${i}`, text })) };
  return {
    ...doc,
    meta: { ...doc.meta, language },
    layout: { ...doc.layout, detail },
    steps: [{ ...step, sections: [section] }],
  };
}

/** What the overview reports of a step that leaves out `texts`: they are on no page, as the document has no step pages. */
const leftOut = (doc: TrappDocument, texts: string[]) => [
  { kind: 'step', id: doc.steps[0].id, field: 'servicesNotShown', texts },
];

/** The key services of the one step in a box `lines` lines of the readable size high, on A3 (scale 1). */
function fitIn(doc: TrappDocument, lines: number, width = 300, joined = false) {
  const floor = getReadableMinimum(1);
  const overflows: Overflow[] = [];
  const fitted = fitStepDetail(
    measurer,
    doc,
    doc.steps[0],
    'services',
    { size: 11, minSize: 7, maxWidth: width, maxHeight: lines * floor * 1.15 + 0.01 },
    1,
    overflows,
    joined,
  );
  return { fitted, overflows, text: fitted?.lines.join('\n').replace(/\u00a0/g, ' ') };
}

describe('key services under a step title', () => {
  it('are 7 pt on A4 at the least, and as much larger as the page is', () => {
    expect(getReadableMinimum(210 / 297)).toBeCloseTo(7, 5);
    expect(getReadableMinimum(1)).toBeCloseTo(9.9, 1);
    expect(getReadableMinimum(2)).toBeCloseTo(19.8, 1);
  });

  it('show the first three and say how many more the step has', () => {
    const doc = documentIn('nb');
    const { text, overflows } = fitIn(doc, 4);
    expect(text).toBe('• Helsestasjon\n• Skolehelsetjeneste\n• Frisklivssentral\n+ 2 til');
    expect(overflows).toEqual(leftOut(doc, services.slice(3)));
  });

  it('never leave services out without "+ N til", even where three lines fit', () => {
    expect(fitIn(documentIn('nb'), 3).text).toBe('• Helsestasjon\n• Skolehelsetjeneste\n+ 3 til');
  });

  it.each([
    ['nb', '• Helsestasjon\n+ 4 til'],
    ['nn', '• Helsestasjon\n+ 4 til'],
  ] as const)(
    'in %s show fewer, and say how many more the step has, rather than shrink below the readable size',
    (language, text) => {
      const doc = documentIn(language);
      const { fitted, overflows } = fitIn(doc, 2.5);
      expect(fitted!.lines.join('\n').replace(/\u00a0/g, ' ')).toBe(text);
      expect(fitted!.size).toBeGreaterThanOrEqual(getReadableMinimum(1));
      expect(overflows).toEqual(leftOut(doc, services.slice(1)));
    },
  );

  it('at the automatic level show every service that fits, not only three', () => {
    const doc = documentIn('nb', 'auto');
    expect(fitIn(doc, 5).text).toBe(services.map((s) => `• ${s}`).join('\n'));
    expect(fitIn(doc, 5).overflows).toEqual([]);
    expect(fitIn(doc, 4.5).text).toBe('• Helsestasjon\n• Skolehelsetjeneste\n• Frisklivssentral\n+ 2 til');
  });

  it('at the automatic level say how many there are where not one fits whole, and name them', () => {
    const doc = documentIn('nb', 'auto');
    const { text, overflows } = fitIn(doc, 1, 60);
    expect(text).toBe('+ 5 til');
    expect(overflows).toEqual(leftOut(doc, services));
  });

  it('are on the step page only when the step has one', () => {
    const doc = documentIn('nb');
    const withPage = {
      ...doc,
      pages: [...doc.pages, { id: 'page-step', kind: 'step' as const, stepId: doc.steps[0].id, elements: [] }],
    };
    expect(fitIn(withPage, 4).overflows).toEqual([
      { kind: 'step', id: doc.steps[0].id, field: 'servicesOnStepPage', texts: services.slice(3) },
    ]);
  });

  it('go on one line with middle dots in the list', () => {
    expect(fitIn(documentIn('nb'), 1, 200, true).text).toBe('Helsestasjon · Skolehelsetjeneste · + 3 til');
  });

  it('keep "+ N til" under a first service cut short where two lines fit, or after it on one line', () => {
    const doc = documentIn('nb');
    const long = {
      ...doc,
      steps: [
        {
          ...doc.steps[0],
          sections: [
            {
              ...doc.steps[0].sections[0],
              items: [
                { id: 'long', text: 'Helsestasjon og skolehelsetjeneste for barn og unge' },
                ...doc.steps[0].sections[0].items,
              ],
            },
          ],
        },
      ],
    };
    const two = fitIn(long, 2, 150);
    expect(two.text).toMatch(/^• Helsestasjon og \S.*…\n\+ 5 til$/);
    expect(two.overflows).toEqual(leftOut(long, services));
    expect(fitIn(long, 1, 220).text).toMatch(/^• Helsestasjon og \S.*… {2}\+ 5 til$/);
  });

  it('say only "+ N til" where not even a useful part of the first fits, and are reported as cut only where no line fits', () => {
    const doc = documentIn('nb');
    const cut = fitIn(doc, 1, 45);
    expect(cut.text).toBe('+ 5 til');
    expect(cut.overflows).toEqual(leftOut(doc, services));
    const none = fitIn(doc, 0.5);
    expect(none.fitted).toBeUndefined();
    expect(none.overflows).toEqual([
      ...leftOut(doc, services),
      { kind: 'step', id: doc.steps[0].id, field: 'services' },
    ]);
  });
});
