// The export preflight names the services an overview leaves out, so none vanish unsaid.
import { describe, expect, it } from 'vitest';
import { getDetailChange } from '@/model/layoutOptions';
import { createSevenStepServices, createTwelveLongServices } from '../tests/unit/fixtures/unshapedTrapps';
import { getNodeSceneContext } from './nodeContext';
import { runPreflight } from './preflight';

const context = getNodeSceneContext();
const a3 = {
  format: 'pdf',
  pages: 'overview',
  paper: { size: 'A3', orientation: 'landscape' },
  relayout: true,
} as const;

describe('preflight of the services the overview leaves out', () => {
  it('names, per step, the services on its step page only', () => {
    const doc = createTwelveLongServices();
    const issues = runPreflight(doc, context, a3).filter((issue) => issue.kind === 'leftOut');
    expect(issues.map((issue) => issue.ref.id)).toEqual(doc.steps.map((step) => step.id));
    const last = doc.steps.at(-1)!.sections[0].items.map((item) => item.text);
    expect(issues.at(-1)).toMatchObject({ kind: 'leftOut', field: 'servicesOnStepPage', texts: last.slice(1) });
  });

  it('finds nothing where every service is drawn, and names what the manual key-services level leaves out', () => {
    const doc = createSevenStepServices();
    expect(runPreflight(doc, context, a3).filter((issue) => issue.kind === 'leftOut')).toEqual([]);
    const manual = { ...doc, layout: { ...doc.layout, ...getDetailChange('services') } };
    const named = runPreflight(manual, context, a3).flatMap((issue) => (issue.kind === 'leftOut' ? issue.texts : []));
    // Steps 2 and 5 have four services each: three lines fit, so two are shown with "+ 2 til" and the other two named.
    expect(named).toEqual(['Helsestasjon', 'Seniorsenter', 'Avlastning', 'Rehabilitering']);
  });
});
