import { describe, expect, it } from 'vitest';
import { describeCommandCases, useCase } from '../../tests/unit/fixtures/commandCases';
import { createBlankDocument, createStep } from './defaults';
import { Editor } from './editor';
import * as outlineCommands from './outlineCommands';
import type { TrappDocument } from './types';

const { replaceSteps } = outlineCommands;

/** Four steps, a band over steps 2-4, a step page each and a figure on step 1. */
function makeDocument(): TrappDocument {
  const doc = createBlankDocument({ steps: 4, language: 'nb' });
  const steps = doc.steps.map((step, i) => ({
    ...step,
    id: `s${i + 1}`,
    figures: i === 0 ? [{ id: 'f1', kind: 'recipients' as const, value: 12, unit: '', series: '2025' }] : [],
  }));
  return {
    ...doc,
    steps,
    bands: [{ id: 'b1', label: 'Vedtak', firstStep: 's2', lastStep: 's4' }],
    pages: [
      ...doc.pages,
      ...steps.map((step) => ({ id: `p-${step.id}`, kind: 'step' as const, stepId: step.id, elements: [] })),
    ],
  };
}

const imported = (titles: string[]) =>
  titles.map((title) =>
    createStep({
      title,
      subtitle: `${title} for alle`,
      sections: [{ id: `sec-${title}`, heading: '', items: [{ id: `i-${title}`, text: `${title}tjeneste` }] }],
    }),
  );

describeCommandCases(
  'outline commands',
  outlineCommands,
  {
    replaceSteps: useCase(replaceSteps)({
      args: () => ({ steps: imported(['Lokalsamfunn', 'Hjemme', 'Bolig']) }),
      check: (after) => {
        expect(after.steps.map((s) => [s.id, s.title, s.subtitle, s.sections[0].items[0].text])).toEqual([
          ['s1', 'Lokalsamfunn', 'Lokalsamfunn for alle', 'Lokalsamfunntjeneste'],
          ['s2', 'Hjemme', 'Hjemme for alle', 'Hjemmetjeneste'],
          ['s3', 'Bolig', 'Bolig for alle', 'Boligtjeneste'],
        ]);
        // The fourth step went: its page too, and the band now ends at the last step left.
        expect(after.pages.filter((p) => p.kind === 'step').map((p) => p.stepId)).toEqual(['s1', 's2', 's3']);
        expect(after.bands).toEqual([{ id: 'b1', label: 'Vedtak', firstStep: 's2', lastStep: 's3' }]);
        expect(after.steps[0].figures.map((f) => f.value)).toEqual([12]);
      },
    }),
  },
  makeDocument,
);

describe('replaceSteps', () => {
  it('gives added steps pages when the document has step pages, and is one undo step', () => {
    const editor = new Editor(makeDocument());
    const before = editor.document;
    editor.run(replaceSteps, { steps: imported(['A', 'B', 'C', 'D', 'E', 'F']) });
    expect(editor.document.steps.map((s) => s.title)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(editor.document.pages.filter((p) => p.kind === 'step').map((p) => p.stepId)).toEqual(
      editor.document.steps.map((s) => s.id),
    );
    expect(editor.document.bands[0]).toMatchObject({ firstStep: 's2', lastStep: 's4' });
    expect(editor.getHistory().map((e) => e.label)).toEqual([{ key: 'history.replaceSteps', params: { count: 6 } }]);
    editor.undo();
    expect(editor.document).toEqual(before);
  });

  it("keeps each position's callout and footnote when the steps come from the outline view, and only then", () => {
    const doc = makeDocument();
    doc.steps[1] = { ...doc.steps[1], callout: 'Er hjemmet ditt klart?', footnote: '* Vedtak' };
    const steps = imported(['A', 'B']);
    const fromImport = new Editor(doc);
    fromImport.run(replaceSteps, { steps });
    expect([fromImport.document.steps[1].callout, fromImport.document.steps[1].footnote]).toEqual([
      undefined,
      undefined,
    ]);
    const fromOutline = new Editor(doc);
    fromOutline.run(replaceSteps, { steps, fromOutline: true });
    expect([
      fromOutline.document.steps[1].title,
      fromOutline.document.steps[1].callout,
      fromOutline.document.steps[1].footnote,
    ]).toEqual(['B', 'Er hjemmet ditt klart?', '* Vedtak']);
    expect(fromOutline.getHistory()[0].label.key).toBe('history.replaceSteps.outline');
  });
});
