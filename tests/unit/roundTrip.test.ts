// Property: whatever the commands make of a document, saving and opening it gives it back
// unchanged, and its undo history survives autosave's storing (compacted, cloned) and still undoes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '@/model/command';
import * as commands from '@/model/commands';
import { createBlankDocument, createStep } from '@/model/defaults';
import { Editor } from '@/model/editor';
import { setItemLink } from '@/model/itemCommands';
import { loadDocument, saveDocument } from '@/model/load';
import { addPage, movePage, removePage, setStepPage, setStepPages } from '@/model/pageCommands';
import { pageSizes } from '@/model/schema';
import type { TrappDocument } from '@/model/types';
import { toStoredHistory } from '@/storage/history';

/** A command with arguments chosen against the document it will run on (ids are picked by index). */
type Step = { name: string; make: (doc: TrappDocument) => [Command<any>, unknown] };
const step = (name: string, arb: fc.Arbitrary<(doc: TrappDocument) => [Command<any>, unknown]>) =>
  arb.map((make) => ({ name, make }) as Step);

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '<script>alert(1)</script>', 'Æ Ø Å – “sitat”', '\u0000\u200b\ud800'),
);
const colour = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
const pick = <T>(list: readonly T[], i: number) => list[i % Math.max(1, list.length)];
const stepId = (doc: TrappDocument, i: number) => pick(doc.steps, i)?.id ?? 'missing';
const ratio = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));

const {
  addBand,
  addStep,
  moveStep,
  removeBand,
  removeStep,
  setAxisText,
  setBandLabel,
  setBandRange,
  setLayout,
  setMetaText,
  setPage,
  setStepText,
  setTheme,
} = commands;

const anyStep: fc.Arbitrary<Step> = fc.oneof(
  step(
    'setStepText',
    fc
      .tuple(fc.nat(), fc.constantFrom('title', 'subtitle', 'vision', 'callout', 'footnote'), text)
      .map(([i, field, value]) => (d) => [setStepText, { stepId: stepId(d, i), field, value }]),
  ),
  step(
    'setMetaText',
    fc
      .tuple(fc.constantFrom('municipality', 'title', 'intro', 'footnote'), text)
      .map(([field, value]) => () => [setMetaText, { field, value }]),
  ),
  step(
    'addStep',
    fc
      .tuple(fc.nat(70), text, fc.boolean())
      .map(([index, title, withPage]) => () => [addStep, { index, step: createStep({ title }), withPage }]),
  ),
  step(
    'removeStep',
    fc.nat().map((i) => (d) => [removeStep, { stepId: stepId(d, i) }]),
  ),
  step(
    'moveStep',
    fc.tuple(fc.nat(), fc.nat(70)).map(([i, toIndex]) => (d) => [moveStep, { stepId: stepId(d, i), toIndex }]),
  ),
  step(
    'addBand',
    fc.tuple(fc.nat(), fc.nat(), text, fc.option(colour, { nil: undefined })).map(([a, b, label, c]) => (d) => [
      addBand,
      {
        band: {
          id: `band-${a}-${b}-${d.bands.length}`,
          label,
          firstStep: stepId(d, a),
          lastStep: stepId(d, b),
          ...(c ? { colour: c } : {}),
        },
      },
    ]),
  ),
  step(
    'removeBand',
    fc.nat().map((i) => (d) => [removeBand, { bandId: pick(d.bands, i)?.id ?? 'none' }]),
  ),
  step(
    'setBandLabel',
    fc
      .tuple(fc.nat(), text)
      .map(([i, label]) => (d) => [setBandLabel, { bandId: pick(d.bands, i)?.id ?? 'none', label }]),
  ),
  step(
    'setBandRange',
    fc
      .tuple(fc.nat(), fc.nat(), fc.nat())
      .map(([i, a, b]) => (d) => [
        setBandRange,
        { bandId: pick(d.bands, i)?.id ?? 'none', firstStep: stepId(d, a), lastStep: stepId(d, b) },
      ]),
  ),
  step(
    'setLayout',
    fc
      .record(
        {
          direction: fc.constantFrom('right', 'left'),
          showBands: fc.boolean(),
          stepWidth: ratio(0.2, 0.9),
          stepGap: ratio(0, 1),
        },
        { requiredKeys: [] },
      )
      .map((changes) => () => [setLayout, changes]),
  ),
  step(
    'setTheme',
    fc
      .record({
        name: text,
        background: colour,
        text: colour,
        mutedText: colour,
        stepColours: fc.array(colour, { minLength: 2, maxLength: 6 }),
        bandColours: fc.array(colour, { minLength: 1, maxLength: 4 }),
        accent: colour,
        headingFont: text,
        bodyFont: text,
        cornerRadius: fc.integer({ min: 0, max: 40 }),
      })
      .map((theme) => () => [setTheme, { theme }]),
  ),
  step(
    'setPage',
    fc
      .tuple(fc.constantFrom(...pageSizes), fc.constantFrom('portrait', 'landscape'))
      .map(([size, orientation]) => () => [setPage, { size, orientation }]),
  ),
  step(
    'setAxisText',
    fc
      .tuple(fc.constantFrom('label', 'start', 'end'), text)
      .map(([field, value]) => () => [setAxisText, { field, value }]),
  ),
  step(
    'addPage',
    fc.nat(10).map((index) => () => [addPage, { index }]),
  ),
  step(
    'removePage',
    fc.nat().map((i) => (d) => [removePage, { pageId: pick(d.pages, i)?.id ?? 'none' }]),
  ),
  step(
    'movePage',
    fc
      .tuple(fc.nat(), fc.nat(10))
      .map(([i, toIndex]) => (d) => [movePage, { pageId: pick(d.pages, i)?.id ?? 'none', toIndex }]),
  ),
  step(
    'setStepPages',
    fc.boolean().map((enabled) => () => [setStepPages, { enabled }]),
  ),
  step(
    'setStepPage',
    fc.tuple(fc.nat(), fc.boolean()).map(([i, enabled]) => (d) => [setStepPage, { stepId: stepId(d, i), enabled }]),
  ),
  step(
    'setItemLink',
    fc
      .tuple(
        fc.nat(),
        fc.constantFrom(
          'https://www.alver.kommune.no/helse',
          'javascript:alert(1)',
          '',
          'mailto:post@alver.kommune.no',
          null,
        ),
      )
      .map(([i, href]) => (d) => {
        const items = d.steps.flatMap((s) => s.sections.flatMap((sec) => sec.items));
        const item = pick(items, i);
        return [setItemLink, { itemId: item?.id ?? 'none', text: item?.text.slice(0, 5) || 'lenke', href }];
      }),
  ),
);

// Some documents start near the 60-step limit, so adding steps runs into it.
const stepCount = fc.oneof(fc.integer({ min: 1, max: 13 }), fc.integer({ min: 55, max: 60 }));
const startDocument = fc.tuple(stepCount, fc.constantFrom('nb', 'nn')).map(([count, language]) => {
  const doc = createBlankDocument({ steps: Math.min(count, 30), language });
  const steps = [
    ...doc.steps,
    ...Array.from({ length: count - doc.steps.length }, (_, i) =>
      createStep({ id: `extra-${i}`, title: `Trinn ${31 + i}` }),
    ),
  ];
  // Items to link: every step gets one section with an item.
  return {
    ...doc,
    steps: steps.map((s, i) => ({
      ...s,
      sections: [{ id: `sec-${i}`, heading: 'Tjenester', items: [{ id: `item-${i}`, text: `Tilbud ${i + 1}` }] }],
    })),
  };
});

function runAll(start: TrappDocument, steps: Step[]): Editor {
  const editor = new Editor(start);
  steps.forEach((s, i) => {
    const [command, args] = s.make(editor.document);
    editor.run(command, args, i % 3 === 0 ? { gesture: 'step:typing' } : {});
  });
  return editor;
}

describe('documents made by the commands', () => {
  it('round-trip through saveDocument and loadDocument unchanged', () => {
    fc.assert(
      fc.property(startDocument, fc.array(anyStep, { maxLength: 40 }), (start, steps) => {
        const doc = runAll(start, steps).document;
        const saved = saveDocument(doc);
        const loaded = loadDocument(saved);
        expect(loaded).toEqual({ ok: true, document: doc });
        expect(loaded.ok && saveDocument(loaded.document)).toBe(saved);
      }),
      { numRuns: 300 },
    );
  });

  it('keep an undo history that survives storing and undoes back to the start', () => {
    fc.assert(
      fc.property(startDocument, fc.array(anyStep, { maxLength: 30 }), fc.nat(10), (start, steps, undos) => {
        const original = runAll(start, steps);
        for (let i = 0; i < undos; i++) original.undo();
        const stored = structuredClone(toStoredHistory(original.getHistorySnapshot()));
        const reopened = new Editor(start);
        reopened.replace(original.document, stored);
        while (reopened.undo());
        expect(reopened.document).toEqual(start);
        while (reopened.redo());
        const end = runAll(start, []);
        while (original.redo());
        end.replace(original.document);
        expect(reopened.document).toEqual(end.document);
      }),
      { numRuns: 150 },
    );
  });
});
