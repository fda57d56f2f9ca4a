// Step pages of unshaped trapps: whose trapp they are from, type sized to the content, items whole.
import { describe, expect, it } from 'vitest';
import { getNodeSceneContext } from '../../export/nodeContext';
import { createThreeSteps, createTwelveLongServices } from '../../tests/unit/fixtures/unshapedTrapps';
import { layoutStepPage } from './stepPage';

const { measurer, formatFigure } = getNodeSceneContext();
const text = (block?: { lines: { text: string }[] }) => block?.lines.map((l) => l.text).join(' ');

describe('a step page', () => {
  it('names the municipality (as written) and the document’s title on every sheet', () => {
    const doc = createThreeSteps();
    const step = doc.steps[0];
    // Enough items for more than one sheet.
    const items = Array.from({ length: 160 }, (_, i) => ({
      id: `many-${i}`,
      text: `Tjeneste nummer ${i + 1} med en lang forklaring som går over flere linjer i spalten`,
    }));
    const long = {
      ...doc,
      steps: [{ ...step, sections: [{ id: 'many', heading: 'Tjenester', items }] }, ...doc.steps.slice(1)],
    };
    const { sheets } = layoutStepPage(long, step.id, measurer, formatFigure);
    expect(sheets.length).toBeGreaterThan(1);
    for (const sheet of sheets) {
      expect(text(sheet.running)).toBe('Nordland fylkeskommune · Tre trinn');
      // It stands at the foot, under everything else.
      const lowest = Math.max(...sheet.blocks.map((b) => b.text.box.y + b.text.box.h));
      expect(sheet.running!.box.y).toBeGreaterThan(lowest);
      expect(sheet.running!.box.y + sheet.running!.box.h).toBeLessThanOrEqual(sheet.height);
    }
  });

  it('sets two services large, one under the other, not at body size across the top', () => {
    const doc = createThreeSteps();
    const [sheet] = layoutStepPage(doc, doc.steps[0].id, measurer, formatFigure).sheets;
    const items = sheet.blocks.filter((b) => b.kind === 'item');
    expect(items.map((b) => text(b.text))).toEqual(['Ivaretar egenomsorg hjemme', 'Frivillige tilbud']);
    expect(Math.min(...items.map((b) => b.text.size))).toBeGreaterThanOrEqual(18);
    expect(new Set(items.map((b) => b.text.box.x)).size).toBe(1);
  });

  it('stands four long services in at most two balanced columns, none split between columns', () => {
    const doc = createTwelveLongServices();
    const step = doc.steps[0];
    const [sheet] = layoutStepPage(doc, step.id, measurer, formatFigure).sheets;
    const items = sheet.blocks.filter((b) => b.kind === 'item');
    // One block per item: an item is never broken across columns.
    expect(items.map((b) => b.itemId)).toEqual(step.sections[0].items.map((i) => i.id));
    const columns = [...new Set(items.map((b) => Math.round(b.text.box.x)))];
    expect(columns.length).toBeLessThanOrEqual(2);
    const bottoms = columns.map((x) =>
      Math.max(...sheet.blocks.filter((b) => Math.round(b.text.box.x) === x).map((b) => b.text.box.y + b.text.box.h)),
    );
    // Balanced: the columns end within two lines of each other.
    expect(Math.abs(bottoms[0] - (bottoms[1] ?? bottoms[0]))).toBeLessThanOrEqual(2 * items[0].text.size * 1.3 + 0.01);
    expect(items[0].text.size).toBeGreaterThanOrEqual(14);
  });
});
