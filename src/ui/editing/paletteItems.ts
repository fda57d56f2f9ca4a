// What each palette tile puts on the page, and where: free elements centred on the drop point,
// a step into the staircase at the place it was dropped among the steps.
import { getPageScale, getPageSize } from '@/model/pageSize';
import { addBand, addStep } from '@/model/commands';
import { addChart } from '@/model/chartCommands';
import { createStep } from '@/model/defaults';
import type { Editor } from '@/model/editor';
import { addElement } from '@/model/elementCommands';
import { newId } from '@/model/ids';
import { addTrack } from '@/model/trackCommands';
import type { FreeElement, Page, TrappDocument } from '@/model/types';
import type { Scene, SceneRef } from '@/scene/primitives';
import type { Translate } from '@/i18n/translate';

export const paletteKinds = [
  'step',
  'band',
  'track',
  'chart',
  'text',
  'heading',
  'rect',
  'roundedRect',
  'ellipse',
  'arrow',
  'line',
  'image',
  'logo',
  'icon',
  'figure',
] as const;
export type PaletteKind = (typeof paletteKinds)[number];
/** Kinds that change the staircase itself and so belong on the overview only. */
const overviewOnly = new Set<PaletteKind>(['step', 'band', 'track', 'chart']);

/** Whether a tile's part can go on this page: steps, bands, tracks and charts belong to the overview. */
export const canPlaceOn = (kind: PaletteKind, page: Pick<Page, 'kind'>) =>
  !overviewOnly.has(kind) || page.kind === 'overview';

export const isPaletteKind = (value: string): value is PaletteKind =>
  (paletteKinds as readonly string[]).includes(value);

type Point = { x: number; y: number };
export type PlaceExtra = { icon?: string; image?: { src: string; width: number; height: number; alt: string } };
export type PlaceResult = { ok: true; ref: SceneRef } | { ok: false; message: 'palette.noSteps' | 'palette.notHere' };

/**
 * Where a step dropped at `point` goes among the steps: after every step whose column centre lies
 * before the point in the reading direction.
 */
function getStepDropIndex(doc: TrappDocument, sheet: Scene, point: Point): number {
  const centres = new Map(sheet.nodes.filter((n) => n.ref.kind === 'step').map((n) => [n.ref.id, n.x + n.w / 2]));
  const before = (x: number) => (doc.layout.direction === 'left' ? x > point.x : x < point.x);
  return doc.steps.filter((s) => centres.has(s.id) && before(centres.get(s.id)!)).length;
}

/** The step whose column is nearest to the point (for a band dropped on the staircase). */
function getNearestStep(doc: TrappDocument, sheet: Scene, point: Point): string | undefined {
  const steps = sheet.nodes.filter((n) => n.ref.kind === 'step');
  steps.sort((a, b) => Math.abs(a.x + a.w / 2 - point.x) - Math.abs(b.x + b.w / 2 - point.x));
  return steps[0]?.ref.id ?? doc.steps[0]?.id;
}

function createPaletteElement(
  kind: PaletteKind,
  at: Point,
  doc: TrappDocument,
  t: Translate,
  extra: PlaceExtra = {},
): FreeElement | undefined {
  const u = getPageScale(getPageSize(doc.page));
  const id = newId('element');
  const centred = (w: number, h: number) => ({ id, x: at.x - w / 2, y: at.y - h / 2, w, h });
  const theme = doc.theme;
  switch (kind) {
    case 'text':
      return { ...centred(180 * u, 44 * u), kind: 'text', text: t('element.newText'), size: 12 * u, bold: false };
    case 'heading':
      return { ...centred(300 * u, 50 * u), kind: 'text', text: t('element.newHeading'), size: 24 * u, bold: true };
    case 'rect':
    case 'roundedRect':
    case 'ellipse':
      return {
        ...centred(140 * u, 80 * u),
        kind: 'shape',
        shape: kind,
        fill: theme.stepColours[0],
        stroke: theme.accent,
        strokeWidth: 1,
      };
    case 'line':
      return { ...centred(160 * u, 1), kind: 'shape', shape: 'line', stroke: theme.text, strokeWidth: 2 };
    case 'arrow':
      return {
        id,
        kind: 'arrow',
        from: { x: at.x - 70 * u, y: at.y },
        to: { x: at.x + 70 * u, y: at.y },
        routing: 'straight',
      };
    case 'icon':
      return { ...centred(48 * u, 48 * u), kind: 'icon', icon: extra.icon ?? 'heart' };
    case 'image':
    case 'logo': {
      if (!extra.image) return undefined;
      const w = (kind === 'logo' ? 110 : 180) * u;
      const h = (w * extra.image.height) / Math.max(1, extra.image.width);
      return {
        ...centred(w, h),
        kind: 'image',
        src: extra.image.src,
        alt: extra.image.alt,
        ...(kind === 'logo' ? { logo: true } : {}),
      };
    }
    case 'figure': {
      const step = doc.steps[0];
      if (!step) return undefined;
      const figure = step.figures[0];
      return {
        ...centred(150 * u, 90 * u),
        kind: 'figure',
        stepId: step.id,
        figure: figure?.kind ?? 'recipients',
        series: figure?.series ?? '',
      };
    }
    default:
      return undefined;
  }
}

/** Runs the command a tile stands for; every tile is one undoable step. */
export function placeFromPalette(
  editor: Editor,
  page: Page,
  sheet: Scene,
  kind: PaletteKind,
  at: Point,
  t: Translate,
  extra: PlaceExtra = {},
): PlaceResult {
  const doc = editor.document;
  if (!canPlaceOn(kind, page)) return { ok: false, message: 'palette.notHere' };
  if (kind === 'step') {
    const step = createStep({ title: t('steps.newTitle') });
    editor.run(addStep, { index: getStepDropIndex(doc, sheet, at), step });
    return { ok: true, ref: { kind: 'step', id: step.id } };
  }
  if (kind === 'band') {
    const stepId = getNearestStep(doc, sheet, at);
    if (!stepId) return { ok: false, message: 'palette.noSteps' };
    const band = { id: newId('band'), label: t('element.newBand'), firstStep: stepId, lastStep: stepId };
    editor.run(addBand, { band });
    return { ok: true, ref: { kind: 'band', id: band.id } };
  }
  if (kind === 'track' || kind === 'chart') {
    if (doc.steps.length === 0) return { ok: false, message: 'palette.noSteps' };
    const [first, last] = [doc.steps[0].id, doc.steps[doc.steps.length - 1].id];
    if (kind === 'track') {
      const track = {
        id: newId('track'),
        title: t('element.newTrack'),
        position: 'below' as const,
        axis: { start: '', end: '' },
        rows: [{ id: newId('row'), label: t('element.newTrackRow') }],
        columns: [{ id: newId('column'), title: '', firstStep: first, lastStep: last, cells: {} }],
      };
      editor.run(addTrack, { track });
      return { ok: true, ref: { kind: 'track', id: track.id } };
    }
    const series = doc.steps.flatMap((s) => s.figures).find((f) => f.kind === 'recipients')?.series ?? '';
    const chart = {
      id: newId('chart'),
      kind: 'figureBars' as const,
      title: t('element.newChart'),
      figure: 'recipients' as const,
      series,
    };
    editor.run(addChart, { chart });
    return { ok: true, ref: { kind: 'chart', id: chart.id } };
  }
  const element = createPaletteElement(kind, at, doc, t, extra);
  if (!element) return { ok: false, message: 'palette.noSteps' };
  // The overview is shown without a page entry in some documents (its id is then the implied one); addElement creates it.
  editor.run(addElement, { pageId: page.id, element });
  return { ok: true, ref: { kind: 'element', id: element.id } };
}
