import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { layoutOverview } from '@/layout/overview';
import { describeCommandCases, useCase, type Case } from '../../tests/unit/fixtures/commandCases';
import { createTwelveLongServices } from '../../tests/unit/fixtures/unshapedTrapps';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { createBlankDocument } from './defaults';
import { Editor } from './editor';
import * as languageCommands from './languageCommands';
import { setDocumentLanguage } from './languageCommands';
import { loadTemplates } from '../../export/testing/templates';

const cases: Record<string, Case<unknown>> = {
  setDocumentLanguage: useCase(setDocumentLanguage)({
    args: () => ({ language: 'nn' }),
    check: (after, before) => {
      expect(after.meta.language).toBe('nn');
      // A blank document's placeholders follow; the rest of the document is as it was.
      expect(after.meta.municipality).toBe('Kommunenamn');
      expect(after.meta.title).toBe('Heilskapleg innsatstrapp');
      expect(after.steps).toEqual(before.steps);
    },
  }),
};

describeCommandCases('language commands', languageCommands, cases, () =>
  createBlankDocument({ steps: 4, language: 'nb' }),
);

describe('the document language', () => {
  it('keeps what the user wrote', () => {
    const alver = loadTemplates().find((t) => t.id === 'alver')!.document;
    const editor = new Editor(alver);
    editor.run(setDocumentLanguage, { language: 'nb' });
    expect(editor.document.meta).toEqual({ ...alver.meta, language: 'nb' });
  });

  it('is the language of the words the layout draws, changed at any time, with undo', () => {
    const measurer = getNodeMeasurer();
    const doc = createTwelveLongServices('nb');
    // A step marked to be strengthened draws the legend's words; the figure chart's name is the document's word too.
    const editor = new Editor({
      ...doc,
      steps: doc.steps.map((s, i) => (i === 0 ? { ...s, change: 'strengthen' as const } : s)),
    });
    const legend = () =>
      layoutOverview(editor.document, measurer, sceneExtras).stepChanges!.legend!.entries.map((e) =>
        e.label.lines.map((l) => l.text).join(' '),
      );
    expect(legend()).toEqual(['Skal styrkes']);
    editor.run(setDocumentLanguage, { language: 'nn' });
    expect(legend()).toEqual(['Skal styrkast']);
    expect(layoutOverview(editor.document, measurer, sceneExtras).steps[0].services!.lines.at(-1)!.text).toMatch(
      / {2}\+ 3 til$/,
    );
    editor.undo();
    expect(legend()).toEqual(['Skal styrkes']);
  });
});
