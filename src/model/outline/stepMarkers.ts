// Which lines start a step. A trapp is written in a handful of ways: "Trinn 3: …" lines, numbered
// lines or list entries ("3.", "3)", "3 – …"), headings of one level, lines over bullet lists (with or
// without a describing sentence between), or (with nothing else to go by) one line per step. Each way is a step level the user can choose.
import type { OutlineLine } from './outline';

export const stepLevels = [
  'trinn',
  'numbered',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'heading5',
  'heading6',
  'lead',
  'lines',
] as const;
export type StepLevel = (typeof stepLevels)[number];

/** `span`: the lines the marker takes (2 when the title stands on the line after "Trinn 3"). */
export type StepMarker = {
  index: number;
  span: number;
  title: string;
  number?: number;
  level: StepLevel;
  headingLevel?: number;
};

const trinn = /^(?:trinn|steg)\s*(\d{1,3})\b\s*[:.)\-–—]?\s*(.*)$/i;
const numberedText = /^(\d{1,3})\s*(?:[.):]|\s[-–—])\s*(\S.*)$/;
/** Lines the outline view writes under a step's title, never a title themselves. */
const fieldLine = /^(undertittel|visjon|forpliktelser|forpliktingar)\s*:/i;
const isTitleLike = (line: OutlineLine | undefined) =>
  !!line &&
  line.kind !== 'item' &&
  line.text.length <= 80 &&
  !/[.:]$/.test(line.text) &&
  !trinn.test(line.text) &&
  !fieldLine.test(line.text);
const cleanTitle = (title: string) => title.replace(/^[\s:–—-]+|[\s:]+$/g, '');

/** A list follows the line, right under it or after one describing sentence. */
function isListBelow(lines: readonly OutlineLine[], index: number): boolean {
  const next = lines[index + 1];
  if (next?.kind === 'item') return true;
  return next?.kind === 'text' && /[.!?]$/.test(next.text) && lines[index + 2]?.kind === 'item';
}

/** The step this line would start at `level`, or undefined. */
function readMarker(
  lines: readonly OutlineLine[],
  index: number,
  level: StepLevel,
): Omit<StepMarker, 'index' | 'level' | 'span'> | undefined {
  const line = lines[index];
  const headingLevel = line.kind === 'heading' ? line.level : undefined;
  if (line.kind === 'item' && line.level > 0) return undefined;
  if (level === 'trinn') {
    const match = trinn.exec(line.text);
    return match ? { number: Number(match[1]), title: cleanTitle(match[2]), headingLevel } : undefined;
  }
  if (level === 'numbered') {
    if (line.number !== undefined && line.kind !== 'text')
      return { number: line.number, title: cleanTitle(line.text), headingLevel };
    const match = line.kind === 'item' ? undefined : numberedText.exec(line.text);
    return match ? { number: Number(match[1]), title: cleanTitle(match[2]), headingLevel } : undefined;
  }
  if (level.startsWith('heading'))
    return headingLevel === Number(level.slice(7)) ? { title: cleanTitle(line.text), headingLevel } : undefined;
  if (level === 'lead')
    return line.kind === 'text' && isTitleLike(line) && isListBelow(lines, index)
      ? { title: cleanTitle(line.text) }
      : undefined;
  return line.kind !== 'heading' ? { title: cleanTitle(line.text) } : undefined;
}

/** Every step marker at `level`, in reading order. A "Trinn 3" line alone takes its title from the line after it. */
export function findStepMarkers(lines: readonly OutlineLine[], level: StepLevel): StepMarker[] {
  const markers: StepMarker[] = [];
  for (let index = 0; index < lines.length; index++) {
    const found = readMarker(lines, index, level);
    if (!found) continue;
    const titleBelow = found.title === '' && isTitleLike(lines[index + 1]);
    if (titleBelow) found.title = cleanTitle(lines[index + 1].text);
    markers.push({ index, span: titleBelow ? 2 : 1, level, ...found });
  }
  return markers;
}

/** Numbers that run one way without starting over: 1, 2, 3 or 7, 6, 5 (gaps allowed). */
export function isNumberSequence(numbers: readonly number[]): boolean {
  if (numbers.length < 2) return false;
  const rising = numbers[1] > numbers[0];
  return numbers.every((n, i) => i === 0 || (rising ? n > numbers[i - 1] : n < numbers[i - 1]));
}

/**
 * Numbered lines are steps when their numbers run one way; numbered list entries with a heading
 * between them are services in numbered lists under headings, not steps.
 */
function isNumberedSteps(lines: readonly OutlineLine[], markers: readonly StepMarker[]): boolean {
  if (!isNumberSequence(markers.map((m) => m.number ?? 0))) return false;
  const between = lines.slice(markers[0].index, markers.at(-1)!.index);
  return !(markers.every((m) => lines[m.index].kind === 'item') && between.some((line) => line.kind === 'heading'));
}

/** The levels that find two or more steps, with how many each finds; the first is the best guess. */
export function getStepLevels(lines: readonly OutlineLine[]): { level: StepLevel; count: number }[] {
  const found = stepLevels.map((level) => ({ level, markers: findStepMarkers(lines, level) }));
  return found
    .filter(({ level, markers }) => markers.length >= 2 && (level !== 'numbered' || isNumberedSteps(lines, markers)))
    .map(({ level, markers }) => ({ level, count: markers.length }));
}
