import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { loadDocument } from '@/model/load';
import { createBlankDocument } from '@/model/defaults';
import type { TrappDocument } from '@/model/types';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { layoutStepPage, type StepSheet } from './stepPage';
import { createFigureFormatter } from '@/model/numbers';

const measurer = getNodeMeasurer();
const formatFigure = createFigureFormatter((figure) => figure.label ?? figure.kind);
const templates = readdirSync('templates')
  .filter((file) => file.endsWith('.trapp.json'))
  .map((file) => {
    const result = loadDocument(readFileSync(`templates/${file}`, 'utf8'));
    if (!result.ok) throw new Error(`${file} does not load`);
    return [file, result.document] as const;
  });

function textBlocks(sheet: StepSheet) {
  return [
    sheet.header.number,
    sheet.header.title,
    sheet.header.subtitle,
    sheet.lead,
    sheet.callout?.text,
    sheet.footnote,
    ...sheet.blocks.flatMap((b) => [b.text, b.bullet]),
    ...(sheet.figures?.cells.flatMap((c) => [c.label, c.value]) ?? []),
  ].filter((b) => b !== undefined);
}

/** Every line lies inside the sheet, measured with the same fonts. */
function expectInsideSheet(sheet: StepSheet) {
  for (const block of textBlocks(sheet)) {
    for (const line of block.lines) {
      const width = measurer.width(line.text, block.face, block.size);
      const left = block.anchor === 'start' ? line.x : block.anchor === 'middle' ? line.x - width / 2 : line.x - width;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + width).toBeLessThanOrEqual(sheet.width + 0.01);
      expect(line.y - block.size).toBeGreaterThanOrEqual(0);
      expect(line.y + block.size * 0.3).toBeLessThanOrEqual(sheet.height + 0.01);
    }
  }
}

function everyItemText(doc: TrappDocument, stepIndex: number): string[] {
  const step = doc.steps[stepIndex];
  const items = [...step.commitments.items, ...step.sections.flatMap((s) => s.items)];
  return items.flatMap((item) => [item.text, ...(item.items ?? []).map((child) => child.text)]).filter((t) => t.trim());
}

describe.each(templates)('%s step pages', (_, doc) => {
  test.each(doc.steps.map((step, i) => [i + 1, step.id, i] as const))(
    'step %i: nothing clipped, every item drawn whole',
    (_, stepId, index) => {
      const layout = layoutStepPage(doc, stepId, measurer, formatFigure);
      expect(layout.overflows.filter((o) => o.field !== 'pageContinues')).toEqual([]);
      layout.sheets.forEach(expectInsideSheet);
      // Compared without white space: a word broken after a slash continues on the next line with no space.
      const squeeze = (text: string) => text.replace(/\s+/g, '');
      const drawn = layout.sheets
        .map((sheet) => sheet.blocks.map((b) => squeeze(b.text.lines.map((l) => l.text).join(''))).join('|'))
        .join('|');
      for (const text of everyItemText(doc, index)) expect(drawn).toContain(squeeze(text));
    },
  );
});

test('a step with more services than a sheet holds continues on further sheets instead of clipping', () => {
  const doc = createBlankDocument({ steps: 3, language: 'nb', size: 'A4', orientation: 'portrait' });
  const items = Array.from({ length: 260 }, (_, i) => ({
    id: `i${i}`,
    text: `Tjeneste nummer ${i + 1} med en beskrivelse som går over flere ord`,
  }));
  const long = {
    ...doc,
    steps: doc.steps.map((s, i) => (i === 1 ? { ...s, sections: [{ id: 's', heading: 'Tjenester', items }] } : s)),
  };
  const layout = layoutStepPage(long, long.steps[1].id, measurer, formatFigure);
  expect(layout.sheets.length).toBeGreaterThan(1);
  expect(layout.overflows).toContainEqual({ kind: 'step', id: long.steps[1].id, field: 'pageContinues' });
  layout.sheets.forEach(expectInsideSheet);
  const drawnItems = layout.sheets.flatMap((s) => s.blocks.filter((b) => b.kind === 'item'));
  expect(new Set(drawnItems.map((b) => b.itemId)).size).toBe(260);
});

test('short content gets larger type than long content, and columns are evened out', () => {
  const doc = createBlankDocument({ steps: 2, language: 'nb' });
  const withItems = (count: number) => ({
    ...doc,
    steps: doc.steps.map((s, i) =>
      i === 0
        ? {
            ...s,
            sections: [
              {
                id: 's',
                heading: 'Tilbud',
                items: Array.from({ length: count }, (_, k) => ({ id: `i${k}`, text: `Tilbud ${k + 1}` })),
              },
            ],
          }
        : s,
    ),
  });
  const itemSize = (count: number) => {
    const d = withItems(count);
    return layoutStepPage(d, d.steps[0].id, measurer, formatFigure).sheets[0].blocks.find((b) => b.kind === 'item')!
      .text.size;
  };
  expect(itemSize(8)).toBeGreaterThan(itemSize(200));
  const d = withItems(40);
  const blocks = layoutStepPage(d, d.steps[0].id, measurer, formatFigure).sheets[0].blocks;
  const columns = new Map<number, number>();
  for (const b of blocks) columns.set(Math.round(b.text.box.x), (columns.get(Math.round(b.text.box.x)) ?? 0) + 1);
  const counts = [...columns.values()].filter((n) => n > 2);
  expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(3);
});

describe.each(['block', 'rounded', 'arrow', 'card'] as const)('a step page in the %s shape', (shape) => {
  const [, source] = templates.find(([file]) => file.startsWith('lillesand'))!;
  const doc: TrappDocument = {
    ...source,
    theme: { ...source.theme, stepShape: shape, headingWeight: 600, cornerRadius: 10 },
  };
  const { header, blocks } = layoutStepPage(doc, doc.steps[4].id, measurer, formatFigure).sheets[0];

  test('draws its header in the step’s shape, with number and texts inside it, in the theme’s heading weight', () => {
    expect(header.body?.shape).toBe(shape === 'block' ? undefined : shape);
    const room = header.body?.shape === 'arrow' ? { ...header.box, w: header.box.w - header.body.depth } : header.box;
    for (const block of [header.title, header.subtitle!])
      expect(block.box.x + block.box.w).toBeLessThanOrEqual(room.x + room.w);
    const numberRoom = header.body?.shape === 'card' ? header.body.tile : header.box;
    expect(header.number.box.x).toBeGreaterThanOrEqual(numberRoom.x);
    expect(header.number.box.x + header.number.box.w).toBeLessThanOrEqual(numberRoom.x + numberRoom.w);
    expect(header.title.box.y).toBeGreaterThanOrEqual(header.box.y);
    expect(header.subtitle!.box.y + header.subtitle!.box.h).toBeLessThanOrEqual(header.box.y + header.box.h);
    expect([
      header.number.face.weight,
      header.title.face.weight,
      blocks.find((b) => b.kind === 'heading')!.text.face.weight,
    ]).toEqual([600, 600, 600]);
    // The content starts under the header wherever the shape puts it.
    expect(Math.min(...blocks.map((b) => b.text.box.y))).toBeGreaterThan(header.box.y + header.box.h);
  });
});
