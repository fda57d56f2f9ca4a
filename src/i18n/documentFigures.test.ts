import { describe, expect, it } from 'vitest';
import { layoutStepPage } from '@/layout/stepPage';
import { createBlankDocument } from '@/model/defaults';
import type { Figure } from '@/model/types';
import { getNodeSceneContext } from '../../export/nodeContext';
import { formatDocumentFigure } from './documentFigures';

const recipients: Figure = { id: 'figure-1', kind: 'recipients', value: 1234, unit: '', series: '2024' };

describe('figures drawn in the document', () => {
  it('take the built-in names from the document’s language, and a user’s label as written', () => {
    expect(formatDocumentFigure(recipients, 'nb')).toEqual({ label: 'Mottakere 2024', value: '1\u00a0234' });
    expect(formatDocumentFigure(recipients, 'nn').label).toBe('Mottakarar 2024');
    expect(formatDocumentFigure({ ...recipients, label: 'Brukarar' }, 'nb').label).toBe('Brukarar 2024');
  });

  it('are named in nynorsk on a nynorsk step page, from the context every renderer uses', () => {
    const doc = createBlankDocument({ steps: 2, language: 'nn' });
    const step = { ...doc.steps[0], figures: [recipients] };
    const { measurer, formatFigure } = getNodeSceneContext();
    const sheet = layoutStepPage({ ...doc, steps: [step, doc.steps[1]] }, step.id, measurer, formatFigure).sheets[0];
    expect(sheet.figures!.cells[0].label.lines.map((l) => l.text).join(' ')).toBe('Mottakarar 2024');
  });
});
