import { sceneExtras } from '@/scene/sceneExtras';
import { describe, expect, it } from 'vitest';
import { getKeyServices } from '@/layout/stepTexts';
import { buildOverview } from '@/scene/buildScene';
import { getNodeMeasurer } from '../../export/nodeFonts';
import { loadTemplates } from '../../export/testing/templates';
import { setLayout } from './commands';
import { defaultLayout } from './defaults';
import { Editor } from './editor';
import { getArrangement, getDetail, getDetailChange, getShowFigures, getStepHeights } from './layoutOptions';
import { layoutSchema } from './schema';

const measurer = getNodeMeasurer();
const alver = loadTemplates().find((t) => t.id === 'alver')!.document;
const lillesand = loadTemplates().find((t) => t.id === 'lillesand')!.document;

describe('the layout variants', () => {
  it('default to the version 1 picture for a file without them', () => {
    expect(layoutSchema.parse(defaultLayout)).toEqual(defaultLayout);
    expect([
      getArrangement(defaultLayout),
      getStepHeights(defaultLayout),
      getDetail(defaultLayout),
      getShowFigures(defaultLayout),
    ]).toEqual(['staircase', 'rising', 'subtitles', true]);
    expect(getDetail({ ...defaultLayout, showSubtitles: false })).toBe('titles');
  });

  it('refuse values a file must not carry', () => {
    expect(layoutSchema.safeParse({ ...defaultLayout, arrangement: 'grid' }).success).toBe(false);
    expect(layoutSchema.safeParse({ ...defaultLayout, detail: 'everything' }).success).toBe(false);
  });

  it('keep showSubtitles in step with the detail level, for readers of version 1 files', () => {
    expect(getDetailChange('titles')).toEqual({ detail: 'titles', showSubtitles: false });
    expect(getDetailChange('services')).toEqual({ detail: 'services', showSubtitles: false });
    expect(getDetailChange('subtitles')).toEqual({ detail: 'subtitles', showSubtitles: true });
  });

  it('each change the overview in one undo step: the list hides tracks and charts, no figures hides the figure bars', () => {
    const editor = new Editor(alver);
    const before = buildOverview(editor.document, measurer, sceneExtras).layout;
    expect(before.tracks.length).toBeGreaterThan(0);
    expect(before.figureBars.length).toBeGreaterThan(0);

    editor.run(setLayout, { arrangement: 'list' });
    const list = buildOverview(editor.document, measurer, sceneExtras).layout;
    expect(list.tracks).toEqual([]);
    expect(list.figureBars).toEqual([]);
    expect(list.axis).toBeUndefined();
    // The highest step is the top row.
    expect(list.steps.at(-1)!.y).toBeLessThan(list.steps[0].y);

    editor.run(setLayout, { arrangement: 'staircase', showFigures: false });
    const noFigures = buildOverview(editor.document, measurer, sceneExtras).layout;
    expect(noFigures.figureBars).toEqual([]);
    expect(noFigures.tracks.length).toBe(before.tracks.length);

    editor.undo();
    expect(editor.document.layout).toEqual({ ...alver.layout, arrangement: 'list' });
    editor.undo();
    expect(editor.document).toEqual(alver);
    editor.redo();
    expect(getArrangement(editor.document.layout)).toBe('list');
  });

  it('show a step’s first services instead of its subtitle at the services level', () => {
    const editor = new Editor(lillesand);
    editor.run(setLayout, getDetailChange('services'));
    const steps = buildOverview(editor.document, measurer, sceneExtras).layout.steps;
    expect(steps.every((s) => !s.subtitle)).toBe(true);
    expect(steps.filter((s) => s.services).map((s) => s.stepId)).toEqual(lillesand.steps.map((s) => s.id));
    const first = getKeyServices(lillesand.steps[0]);
    expect(first).toHaveLength(3);
    expect(steps[0].services!.lines.map((l) => l.text).join(' ')).toContain(first[0].split(' ')[0]);
  });
});
