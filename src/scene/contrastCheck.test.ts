import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@/layout/colour';
import { Editor } from '@/model/editor';
import { applyContrastFix, setStepStyle, setThemeFields } from '@/model/themeCommands';
import { builtInThemes } from '@/model/themes';
import type { TrappDocument } from '@/model/types';
import { getNodeSceneContext } from '../../export/nodeContext';
import { loadTemplates } from '../../export/testing/templates';
import { buildPage, getPages } from './buildScene';
import { checkDocumentContrast, getContrastFix } from './contrastCheck';

const context = getNodeSceneContext();
const templates = loadTemplates();
const ostreToten = templates.find((t) => t.id === 'ostre-toten')!.document;

describe.each(templates.map((t) => [t.id, t.document] as const))('the %s template', (_, document) => {
  it.each(builtInThemes.map((b) => [b.id, b.theme] as const))(
    'in the %s theme passes WCAG AA everywhere and fits every text',
    (_, theme) => {
      const doc: TrappDocument = { ...document, theme };
      expect(
        checkDocumentContrast(doc, context).map(
          (i) => `${i.nodeId} "${i.text}" ${i.colour} on ${i.backgrounds[0]}: ${i.ratio.toFixed(2)}`,
        ),
      ).toEqual([]);
      // A long step page continuing on a second sheet is expected; any other overflow is a fault.
      const overflows = getPages(doc).flatMap((page) => buildPage(doc, page, context).overflows);
      expect(overflows.filter((o) => o.field !== 'pageContinues')).toEqual([]);
    },
  );
});

describe('a failure and its one-click fix', () => {
  it('fixes a theme colour where it is used as text on every background, in one undo step', () => {
    const editor = new Editor(ostreToten);
    editor.run(setThemeFields, { mutedText: '#b0b8bf' });
    const issues = checkDocumentContrast(editor.document, context);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.colour === '#b0b8bf' && i.ratio < i.required)).toBe(true);
    const fix = issues[0].fix!;
    expect(fix).toMatchObject({ target: 'theme', field: 'mutedText' });
    expect(contrastRatio(fix.colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    editor.run(applyContrastFix, fix);
    expect(checkDocumentContrast(editor.document, context)).toEqual([]);
    editor.undo();
    expect(editor.document.theme.mutedText).toBe('#b0b8bf');
  });

  it('fixes a step’s own text colour, leaving the theme alone', () => {
    const editor = new Editor(ostreToten);
    const stepId = ostreToten.steps[0].id;
    editor.run(setStepStyle, { stepId, style: { textColour: '#c8d8e0' } });
    const issues = checkDocumentContrast(editor.document, context);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.ref.id === stepId)).toBe(true);
    expect(issues[0].fix).toMatchObject({ target: 'step', stepId, field: 'textColour' });
    editor.run(applyContrastFix, issues[0].fix!);
    expect(checkDocumentContrast(editor.document, context)).toEqual([]);
    expect(editor.document.theme).toEqual(ostreToten.theme);
  });

  it('fixes a step’s own fill when a text on it is drawn in a colour the step does not override', () => {
    const stepId = ostreToten.steps[2].id;
    const doc: TrappDocument = {
      ...ostreToten,
      steps: ostreToten.steps.map((s) => (s.id === stepId ? { ...s, style: { fill: '#5a7a8a' } } : s)),
    };
    const issue = {
      nodeId: `step:${stepId}`,
      ref: { kind: 'step' as const, id: stepId },
      text: 'Tittel',
      colour: '#1b2a35',
      backgrounds: ['#5a7a8a'],
      ratio: 3.2,
      required: 4.5,
    };
    const fix = getContrastFix(doc, issue, [issue])!;
    expect(fix).toMatchObject({ target: 'step', stepId, field: 'fill' });
    expect(contrastRatio(fix.colour, '#1b2a35')).toBeGreaterThanOrEqual(4.5);
  });

  it('offers no fix for a colour neither the theme nor the step sets', () => {
    const issue = {
      nodeId: 'header:header',
      ref: { kind: 'header' as const, id: 'header' },
      text: 'x',
      colour: '#aaaaaa',
      backgrounds: ['#ffffff'],
      ratio: 2.3,
      required: 4.5,
    };
    expect(getContrastFix(ostreToten, issue, [issue])).toBeUndefined();
  });
});
