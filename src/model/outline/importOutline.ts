// The importer: an outline (from any reader) into a new document, with a report of what it
// understood. Pure and synchronous, so the preview, the paste handler and the command line all
// get the same document from the same text.
import { createBlankDocument } from '../defaults';
import { newId } from '../ids';
import { loadParsed, type LoadProblem } from '../load';
import { MAX_STEPS } from '../schemaConstants';
import type { Language, Step, TrappDocument } from '../types';
import { guessLanguage } from './language';
import { removeNoise } from './noise';
import type { Outline, OutlineLine, Removed } from './outline';
import { readPreamble, type Order } from './preamble';
import { buildStep, countServices, type DescribingLine } from './stepBody';
import { findStepMarkers, getStepLevels, type StepLevel } from './stepMarkers';

export type ImportOptions = {
  /** Which lines start a step; by default the best guess (`report.stepLevels[0]`). */
  stepLevel?: StepLevel;
  /** Turns the order found around (the guess was wrong). */
  reverse?: boolean;
  /** The document's language; by default guessed from the words. */
  language?: Language;
  describingLine?: DescribingLine;
};

export type ImportReport = {
  stepLevel: StepLevel;
  stepLevels: { level: StepLevel; count: number }[];
  /** How the source listed its steps; the document always has step 1 (the lowest) first. */
  order: Order;
  reversed: boolean;
  language: Language;
  guessedLanguage: Language;
  municipality: string;
  title: string;
  services: number;
  /** Lines left out: page noise, and lines outside the steps that were not the title or intro. */
  skipped: string[];
  removed: Removed;
};

/** `invalid`: what was read breaks a bound of the file format (more than 500 services in one list, say), as the loader says. */
export type ImportProblem =
  | { code: 'empty' }
  | { code: 'noSteps' }
  | { code: 'tooManySteps'; count: number; max: number }
  | { code: 'invalid'; problem: LoadProblem };
export type ImportResult =
  { ok: true; document: TrappDocument; report: ImportReport } | { ok: false; problem: ImportProblem };

/** The step levels the user can choose from (those that find two or more steps), best guess first. */
export const getImportLevels = (outline: Outline) => getStepLevels(removeNoise(outline.lines).lines);

/** A trapp title line ("Helhetlig innsatstrapp", "Voss herad") heading a plain list of steps. */
const titleWords = /trapp|kommune|herad|bydel/i;

export function importOutline(outline: Outline, options: ImportOptions = {}): ImportResult {
  if (outline.lines.length === 0) return { ok: false, problem: { code: 'empty' } };
  const { lines, skipped } = removeNoise(outline.lines);
  const stepLevels = getStepLevels(lines);
  const stepLevel = options.stepLevel ?? stepLevels[0]?.level;
  if (!stepLevel) return { ok: false, problem: { code: 'noSteps' } };
  let markers = findStepMarkers(lines, stepLevel);
  if (stepLevel === 'lines' && markers.length > 1 && titleWords.test(lines[markers[0].index].text))
    markers = markers.slice(1);
  if (markers.length === 0) return { ok: false, problem: { code: 'noSteps' } };
  if (markers.length > MAX_STEPS)
    return { ok: false, problem: { code: 'tooManySteps', count: markers.length, max: MAX_STEPS } };

  const preamble = readPreamble(lines.slice(0, markers[0].index), lines);
  const describingLine = options.describingLine ?? 'subtitle';
  const steps: Step[] = markers.map((marker, i) => {
    const end = markers[i + 1]?.index ?? lines.length;
    const body = getBody(lines.slice(marker.index + marker.span, end), marker.headingLevel, skipped);
    // Under a step that is itself a list entry, its nested entries are the step's own services.
    if (lines[marker.index].kind === 'item')
      for (const [i, line] of body.entries())
        if (line.kind === 'item') body[i] = { ...line, level: Math.max(0, line.level - 1) };
    return buildStep(
      marker.title || (marker.number !== undefined ? `Trinn ${marker.number}` : ''),
      body,
      describingLine,
    );
  });
  const numbers = markers.map((m) => m.number).filter((n) => n !== undefined);
  const order: Order = numbers.length >= 2 && numbers[0] > numbers.at(-1)! ? 'topDown' : (preamble.order ?? 'bottomUp');
  const reversed = (order === 'topDown') !== !!options.reverse;
  if (reversed) steps.reverse();

  const guessedLanguage = guessLanguage(lines.map((l) => l.text));
  const language = options.language ?? guessedLanguage;
  const blank = createBlankDocument({ steps: 1, language });
  const hasServices = steps.some((step) => countServices(step) > 0);
  const candidate: TrappDocument = {
    ...blank,
    meta: {
      ...blank.meta,
      title: preamble.title || blank.meta.title,
      municipality: preamble.municipality || blank.meta.municipality,
      intro: preamble.intro,
    },
    steps,
    // Every service is on its step's page even when the overview has room for only some.
    pages: [
      ...blank.pages,
      ...(hasServices
        ? steps.map((step) => ({ id: newId('page'), kind: 'step' as const, stepId: step.id, elements: [] }))
        : []),
    ],
  };
  const checked = loadParsed(JSON.parse(JSON.stringify(candidate)));
  if (!checked.ok) return { ok: false, problem: { code: 'invalid', problem: checked.problems[0] } };
  const report: ImportReport = {
    stepLevel,
    stepLevels,
    order,
    reversed,
    language,
    guessedLanguage,
    municipality: preamble.municipality,
    title: preamble.title,
    services: steps.reduce((n, step) => n + countServices(step), 0),
    skipped: [...skipped, ...preamble.unused],
    removed: outline.removed,
  };
  return { ok: true, document: checked.document, report };
}

/**
 * A step's lines up to a heading as high as (or higher than) its own marker's heading: what follows
 * such a heading is not part of the step ("Relaterte tjenester" after the last step).
 */
function getBody(lines: readonly OutlineLine[], headingLevel: number | undefined, skipped: string[]): OutlineLine[] {
  if (headingLevel === undefined) return [...lines];
  const end = lines.findIndex((line) => line.kind === 'heading' && line.level <= headingLevel);
  if (end < 0) return [...lines];
  skipped.push(...lines.slice(end).map((line) => line.text));
  return lines.slice(0, end);
}
