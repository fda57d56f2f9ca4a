import { describe, expect, it } from 'vitest';
import { getNodeMeasurer } from '../../export/nodeFonts';
import type { FontFace } from './fonts';
import { fitText, wrapText, type TextBox } from './wrap';

const measurer = getNodeMeasurer();
const regular: FontFace = { family: 'Source Sans 3', weight: 400 };
const bold: FontFace = { family: 'Source Sans 3', weight: 700 };
const width = (text: string, size = 14, face = regular) => measurer.width(text, face, size);

/** The greedy invariant: each line fits (or is one word), and the next line's first word would not have fitted. */
function expectGreedy(lines: string[], size: number, maxWidth: number, face = regular) {
  lines.forEach((line, i) => {
    if (line.includes(' ')) expect(width(line, size, face)).toBeLessThanOrEqual(maxWidth);
    const next = lines[i + 1]?.split(' ')[0];
    if (next) expect(width(`${line} ${next}`, size, face)).toBeGreaterThan(maxWidth);
  });
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('wrapText', () => {
  const text = 'Helsefremmende og forebyggende aktivitet';

  it('measures without kerning, so a line is the sum of its words and spaces', () => {
    expect(width(text)).toBeCloseTo(words(text).reduce((sum, w) => sum + width(w), 0) + 3 * width(' '), 6);
  });

  it('breaks a Norwegian title greedily at 14 pt in 120 pt', () => {
    // "Helsefremmende og" fits 120 pt; adding "forebyggende" does not, and neither does "forebyggende aktivitet".
    expect(width('Helsefremmende og')).toBeLessThanOrEqual(120);
    expect(width('forebyggende aktivitet')).toBeGreaterThan(120);
    const lines = wrapText(measurer, text, regular, 14, 120);
    expect(lines).toEqual(['Helsefremmende og', 'forebyggende', 'aktivitet']);
    expectGreedy(lines, 14, 120);
  });

  it.each([
    ['Døgnbemannet omsorgsbolig med heldøgns tjenester', 14, 120, regular],
    ['Korttidsopphold på sykehjem – «Trygg heim» for de eldste på Ørnåsen', 12, 90, bold],
    ['Æ Ø Å æ ø å og hverdagsrehabilitering i dagsenter', 18, 100, bold],
  ] as const)('keeps every word, in order, and the greedy invariant: %s', (input, size, maxWidth, face) => {
    const lines = wrapText(measurer, input, face, size, maxWidth);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(words(input).join(' '));
    expectGreedy(lines, size, maxWidth, face);
  });

  it('collapses runs of spaces and keeps explicit newlines', () => {
    expect(wrapText(measurer, '  Trinn   1 \nHjemmetjenester\n\nDagsenter ', regular, 14, 500)).toEqual([
      'Trinn 1',
      'Hjemmetjenester',
      '',
      'Dagsenter',
    ]);
  });

  it('puts a word longer than the line on its own line, or breaks it when asked', () => {
    const word = 'Rehabiliteringsinstitusjon';
    expect(width(word)).toBeGreaterThan(80);
    expect(wrapText(measurer, `på ${word} nå`, regular, 14, 80)).toEqual(['på', word, 'nå']);
    const pieces = wrapText(measurer, `på ${word}`, regular, 14, 80, true);
    expect(pieces[0]).toBe('på');
    expect(pieces.slice(1).join('')).toBe(word);
    for (const piece of pieces) expect(width(piece)).toBeLessThanOrEqual(80);
    // Greedy for characters too: the next piece's first character would not have fitted.
    for (let i = 1; i < pieces.length - 1; i++) expect(width(pieces[i] + pieces[i + 1][0])).toBeGreaterThan(80);
  });
});

describe('fitText', () => {
  const text = 'Helsefremmende og forebyggende aktivitet';
  const box = (changes: Partial<TextBox>): TextBox => ({
    face: regular,
    size: 14,
    minSize: 8,
    lineHeight: 1.2,
    maxWidth: 120,
    maxHeight: 1000,
    ...changes,
  });

  it('goes on under the text of a bulleted paragraph, within the width, and leaves other paragraphs at the edge', () => {
    const bullet = '•\u00a0';
    const fitted = fitText(
      measurer,
      `${bullet}Praktisk bistand i hjemmet, også rengjøring og handling\nOmsorgsstønad og avlastning for pårørende`,
      box({ hanging: bullet, maxWidth: 150 }),
    );
    const indent = width(bullet);
    const [first, ...rest] = fitted.lines;
    expect(first.startsWith(bullet)).toBe(true);
    const plain = fitted.lines.findIndex((line) => line.startsWith('Omsorgsstønad'));
    expect(fitted.indents!.slice(1, plain)).toEqual(rest.slice(0, plain - 1).map(() => indent));
    expect(fitted.indents!.slice(plain).every((n) => n === 0)).toBe(true);
    fitted.lines.forEach((line, i) => expect(fitted.indents![i] + width(line)).toBeLessThanOrEqual(150 + 1e-9));
    // Without `hanging`, no indents.
    expect(
      fitText(measurer, `${bullet}Praktisk bistand i hjemmet, også rengjøring og handling`, box({ maxWidth: 150 }))
        .indents,
    ).toBeUndefined();
  });

  it('keeps the preferred size when the text fits', () => {
    const fitted = fitText(measurer, text, box({}));
    expect(fitted).toMatchObject({
      size: 14,
      lines: ['Helsefremmende og', 'forebyggende', 'aktivitet'],
      overflow: false,
    });
    expect(fitted.height).toBeCloseTo(3 * 14 * 1.2, 9);
    expect(fitted.width).toBeCloseTo(width('Helsefremmende og'), 9);
  });

  it('shrinks in half points just far enough to fit two lines', () => {
    const fitted = fitText(measurer, text, box({ maxHeight: 2 * 14 * 1.2 }));
    expect(fitted.overflow).toBe(false);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.size).toBeLessThan(14);
    expect(fitted.height).toBeLessThanOrEqual(2 * 14 * 1.2);
    for (const line of fitted.lines) expect(width(line, fitted.size)).toBeLessThanOrEqual(120);
    // Half a point larger, the same text needs a third line.
    expect(wrapText(measurer, text, regular, fitted.size + 0.5, 120).length).toBe(3);
  });

  it('at the minimum size, cuts with an ellipsis and reports the overflow', () => {
    const fitted = fitText(measurer, text, box({ maxHeight: 10 }));
    expect(fitted.size).toBe(8);
    expect(fitted.overflow).toBe(true);
    expect(fitted.lines).toHaveLength(1);
    const [line] = fitted.lines;
    expect(line.endsWith('…')).toBe(true);
    expect(text.startsWith(line.slice(0, -1))).toBe(true);
    expect(width(line, 8)).toBeLessThanOrEqual(120);
    // The longest prefix that fits: one more character with the ellipsis would not.
    expect(width(text.slice(0, line.length) + '…', 8)).toBeGreaterThan(120);
  });

  it('shows no line at all in a box lower than one line, and says so', () => {
    expect(fitText(measurer, text, box({ maxHeight: 5 }))).toMatchObject({ lines: [], overflow: true, height: 0 });
  });

  it.each(['', '   ', '\n\n'])('empty text %j has no lines and no overflow', (empty) => {
    expect(fitText(measurer, empty, box({ maxHeight: 0 }))).toMatchObject({
      lines: [],
      size: 14,
      width: 0,
      height: 0,
      overflow: false,
    });
  });

  it('counts explicit newlines as lines', () => {
    const fitted = fitText(
      measurer,
      'Trinn 1\nHjemmetjenester\nDagsenter',
      box({ maxWidth: 500, maxHeight: 3 * 14 * 1.2 }),
    );
    expect(fitted).toMatchObject({ size: 14, lines: ['Trinn 1', 'Hjemmetjenester', 'Dagsenter'], overflow: false });
  });

  it('shrinks a long word first, and breaks it only at the minimum size', () => {
    const word = 'Rehabiliteringsinstitusjon';
    const shrunk = fitText(measurer, word, box({ maxWidth: 130 }));
    expect(shrunk.lines).toEqual([word]);
    expect(width(word, shrunk.size)).toBeLessThanOrEqual(130);
    expect(width(word, shrunk.size + 0.5)).toBeGreaterThan(130);

    const broken = fitText(measurer, word, box({ maxWidth: 60 }));
    expect(broken.size).toBe(8);
    expect(broken.lines.length).toBeGreaterThan(1);
    expect(broken.lines.join('')).toBe(word);
    for (const line of broken.lines) expect(width(line, 8)).toBeLessThanOrEqual(60);
  });
});
