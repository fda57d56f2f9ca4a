import type { Item, Step, TrappDocument } from '@/model/types';
import type { FontFace, TextMeasurer } from './fonts';
import { flowBlocks, getTallestUnit, type FlowBlock } from './flow';
import type { Box, Overflow } from './overview';
import { getPageScale, getPageSize } from '@/model/pageSize';
import { getStepInk } from './stepColours';
import { getMunicipalityName } from './overviewFrame';
import { getHeadingWeight } from '@/model/themes';
import { layoutStepPageHeader, type StepPageHeader } from './stepPageHeader';
import { placeText, type TextBlock } from './textBlock';
import { fitText, wrapText } from './wrap';

export type StepPageBlock = {
  kind: 'heading' | 'item' | 'childItem';
  text: TextBlock;
  bullet?: TextBlock;
  itemId?: string;
  links: readonly { text: string; href: string }[];
};

export type StepSheet = {
  width: number;
  height: number;
  scale: number;
  header: StepPageHeader;
  lead?: TextBlock;
  callout?: { box: Box; text: TextBlock };
  figures?: { box: Box; cells: { label: TextBlock; value: TextBlock }[] };
  blocks: StepPageBlock[];
  /** Column rules, for the eye to follow long lists. */
  columns: Box[];
  footnote?: TextBlock;
  /** The document's municipality and title at the foot of every sheet, so a loose page says whose trapp it is from. */
  running?: TextBlock;
  ink: string;
};

export type StepPageLayout = { stepId: string; sheets: StepSheet[]; overflows: Overflow[] };

/** A figure's label and value as drawn; built-in labels in the document's `language`. */
export type FigureFormatter = (
  figure: Step['figures'][number],
  language?: TrappDocument['meta']['language'],
) => { label: string; value: string };

type Source = { kind: StepPageBlock['kind']; text: string; itemId?: string; links: StepPageBlock['links'] };

function collectBlocks(step: Step): Source[] {
  const blocks: Source[] = [];
  const items = (list: readonly Item[]) => {
    for (const item of list) {
      blocks.push({ kind: 'item', text: item.text, itemId: item.id, links: item.links ?? [] });
      for (const child of item.items ?? [])
        blocks.push({ kind: 'childItem', text: child.text, itemId: child.id, links: child.links ?? [] });
    }
  };
  if (step.commitments.items.length > 0 || step.commitments.heading) {
    blocks.push({ kind: 'heading', text: step.commitments.heading, links: [] });
    items(step.commitments.items);
  }
  for (const section of step.sections) {
    blocks.push({ kind: 'heading', text: section.heading, links: [] });
    items(section.items);
  }
  return blocks.filter((block) => block.text.trim() !== '' || block.kind !== 'heading');
}

/** A step's own page: coloured header with number and title, the vision as lead, then commitments and services in columns. */
export function layoutStepPage(
  doc: TrappDocument,
  stepId: string,
  measurer: TextMeasurer,
  formatFigure: FigureFormatter,
): StepPageLayout {
  const index = doc.steps.findIndex((s) => s.id === stepId);
  const step = doc.steps[index];
  const { width, height } = getPageSize(doc.page);
  const scale = Math.max(0.9, getPageScale({ width, height }));
  const u = (value: number) => value * scale;
  const heading: FontFace = { family: doc.theme.headingFont, weight: getHeadingWeight(doc.theme) };
  const body: FontFace = { family: doc.theme.bodyFont, weight: 400 };
  const overflows: Overflow[] = [];
  const margin = u(36);
  const contentWidth = width - 2 * margin;

  const makeHeader = (continued: boolean) =>
    layoutStepPageHeader(measurer, doc, index, { width, margin, scale, continued }, overflows);

  // First sheet: header, figures, lead (vision) and callout, then the flow starts.
  const first = makeHeader(false);
  let cursor = first.box.y + first.box.h + u(20);
  let figures: StepSheet['figures'];
  const shownFigures = step.figures.map((figure) => formatFigure(figure, doc.meta.language));
  if (shownFigures.length > 0) {
    const cellWidth = Math.min(u(150), contentWidth / shownFigures.length);
    const fitInCell = (
      text: string,
      face: FontFace,
      size: number,
      minSize: number,
      lineHeight: number,
      maxHeight: number,
    ) => fitText(measurer, text, { face, size, minSize, lineHeight, maxWidth: cellWidth - u(12), maxHeight });
    const cells = shownFigures.map((figure, i) => {
      const x = margin + i * cellWidth;
      const value = fitInCell(figure.value, heading, u(18), u(10), 1.1, u(20));
      const label = fitInCell(figure.label, body, u(9), u(7), 1.15, u(22));
      return {
        value: placeText(measurer, value, x, cursor),
        label: placeText(measurer, label, x, cursor + value.height + u(1)),
      };
    });
    const h = Math.max(...cells.map((c) => c.label.box.y + c.label.box.h - cursor));
    figures = { box: { x: margin, y: cursor, w: cellWidth * shownFigures.length, h }, cells };
    cursor += h + u(16);
  }
  let lead: TextBlock | undefined;
  if (step.vision.trim()) {
    const fitted = fitText(measurer, step.vision, {
      face: { ...body, weight: 400 },
      size: u(15),
      minSize: u(11),
      lineHeight: 1.3,
      maxWidth: Math.min(contentWidth, u(720)),
      maxHeight: height * 0.22,
    });
    if (fitted.overflow) overflows.push({ kind: 'step', id: step.id, field: 'vision' });
    lead = placeText(measurer, fitted, margin, cursor);
    cursor += fitted.height + u(14);
  }
  let callout: StepSheet['callout'];
  if (step.callout?.trim()) {
    const fitted = fitText(measurer, step.callout, {
      face: { ...body, weight: 600 },
      size: u(12),
      minSize: u(9),
      lineHeight: 1.3,
      maxWidth: Math.min(contentWidth, u(900)) - u(14),
      maxHeight: height * 0.32,
    });
    if (fitted.overflow) overflows.push({ kind: 'callout', id: step.id, field: 'callout' });
    const box = { x: margin, y: cursor, w: fitted.width + u(14), h: fitted.height };
    callout = { box, text: placeText(measurer, fitted, margin + u(12), cursor) };
    cursor += fitted.height + u(16);
  }

  let bottom = height - margin;
  let running: TextBlock | undefined;
  const source = [getMunicipalityName(doc), doc.meta.title.trim()].filter(Boolean).join(' · ');
  if (source) {
    const fitted = fitText(measurer, source, {
      face: body,
      size: u(8.5),
      minSize: u(7),
      lineHeight: 1.25,
      maxWidth: contentWidth,
      maxHeight: u(8.5) * 1.25,
    });
    running = placeText(measurer, fitted, margin, bottom - fitted.height);
    bottom -= fitted.height + u(12);
  }
  let footnote: TextBlock | undefined;
  if (step.footnote?.trim()) {
    const fitted = fitText(measurer, step.footnote, {
      face: body,
      size: u(8.5),
      minSize: u(7),
      lineHeight: 1.25,
      maxWidth: contentWidth,
      maxHeight: u(40),
    });
    footnote = placeText(measurer, fitted, margin, bottom - fitted.height);
    bottom -= fitted.height + u(12);
  }

  // The flow: headings and items through as many columns as fit, onto further sheets when needed.
  const gap = u(22);
  const sources = collectBlocks(step);
  const continuedHeader = makeHeader(true).box;
  const continuedTop = continuedHeader.y + continuedHeader.h + u(20);
  // Columns are at least about 21 ems of the type wide, and a line at most about 36 ems long.
  const getMostColumns = (factor: number) => Math.max(1, Math.floor((contentWidth + gap) / (u(210) * factor + gap)));
  const flowAt = (factor: number, columnCount = getMostColumns(factor)) => {
    const columnWidth = (contentWidth - (columnCount - 1) * gap) / columnCount;
    const measure = Math.min(columnWidth, u(360) * factor);
    const indent = u(11) * factor;
    const wrapped = sources.map((source) => {
      const isHeading = source.kind === 'heading';
      const face = isHeading ? heading : body;
      const size = u(isHeading ? 12 : 10) * factor;
      const textWidth = measure - (source.kind === 'item' ? indent : source.kind === 'childItem' ? 2 * indent : 0);
      const lines = wrapText(measurer, source.text, face, size, textWidth, true);
      const block: FlowBlock = {
        lineHeight: size * 1.3,
        lines: lines.length,
        spaceBefore: (isHeading ? u(12) : source.kind === 'item' ? u(3) : u(1)) * factor,
        keepWithNext: isHeading,
      };
      return { source, lines, face, size, block, indent };
    });
    const blocks = wrapped.map((w) => w.block);
    const flowTo = (limit: number) =>
      flowBlocks(blocks, {
        columns: columnCount,
        top: (sheet) => (sheet === 0 ? cursor : continuedTop),
        bottom: limit,
      });
    return { wrapped, flowTo, placements: flowTo(bottom), tallest: getTallestUnit(blocks), columnWidth };
  };
  // Short content gets larger type (up to 1.8 times) in as few columns as hold it on one sheet, so
  // two services read as a list rather than a row across the top; then the columns are evened out.
  const onOneSheet = (placements: { sheet: number }[]) => placements.every((p) => p.sheet === 0);
  let flow = flowAt(1);
  search: for (const factor of [1.8, 1.6, 1.4, 1.3, 1.2, 1.1, 1]) {
    for (let count = 1; count <= getMostColumns(factor); count++) {
      const fitting = flowAt(factor, count);
      if (onOneSheet(fitting.placements)) {
        flow = fitting;
        break search;
      }
    }
  }
  const { wrapped, flowTo, columnWidth } = flow;
  let placements = flow.placements;
  if (onOneSheet(placements))
    placements = flowTo(
      balancedBottom(Math.min(bottom, cursor + flow.tallest), bottom, (limit) => onOneSheet(flowTo(limit))),
    );
  const sheetCount = Math.max(1, ...placements.map((p) => p.sheet + 1));
  const sheets: StepSheet[] = Array.from({ length: sheetCount }, (_, s) => ({
    width,
    height,
    scale,
    header: s === 0 ? first : makeHeader(true),
    lead: s === 0 ? lead : undefined,
    callout: s === 0 ? callout : undefined,
    figures: s === 0 ? figures : undefined,
    blocks: [],
    columns: [],
    footnote: s === sheetCount - 1 ? footnote : undefined,
    running,
    ink: getStepInk(doc, index),
  }));
  for (const placement of placements) {
    const { source, lines, face, size, indent } = wrapped[placement.block];
    const columnX = margin + placement.column * (columnWidth + gap);
    const textX = columnX + (source.kind === 'item' ? indent : source.kind === 'childItem' ? 2 * indent : 0);
    const shown = lines.slice(placement.firstLine, placement.firstLine + placement.lineCount);
    const text = placeText(
      measurer,
      {
        lines: shown,
        face,
        size,
        lineHeight: size * 1.3,
        width: Math.max(...shown.map((l) => measurer.width(l, face, size))),
        height: shown.length * size * 1.3,
        overflow: false,
      },
      textX,
      placement.y,
    );
    const marker = source.kind === 'item' ? '•' : source.kind === 'childItem' ? '–' : undefined;
    const bullet =
      marker && placement.firstLine === 0
        ? placeText(
            measurer,
            {
              lines: [marker],
              face: body,
              size,
              lineHeight: size * 1.3,
              width: measurer.width(marker, body, size),
              height: size * 1.3,
              overflow: false,
            },
            textX - indent + u(1),
            placement.y,
          )
        : undefined;
    sheets[placement.sheet].blocks.push({
      kind: source.kind,
      text,
      bullet,
      itemId: source.itemId,
      links: source.links,
    });
  }
  if (sheetCount > 1) overflows.push({ kind: 'step', id: step.id, field: 'pageContinues' });
  return { stepId, sheets, overflows };
}

/** The highest column bottom at which everything still fits one sheet, so columns come out even. */
function balancedBottom(top: number, bottom: number, fits: (limit: number) => boolean): number {
  let low = top;
  let high = bottom;
  for (let i = 0; i < 14 && high - low > 1; i++) {
    const mid = (low + high) / 2;
    if (fits(mid)) high = mid;
    else low = mid;
  }
  return high;
}
