import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Editor } from './editor';
import { importFigures } from './figureCommands';
import { getFigureCell } from './figureTable';
import {
  getImportChanges,
  guessColumn,
  guessMapping,
  isStepsAcross,
  matchStep,
  parseDelimited,
  readImport,
  transposeGrid,
} from './figureImport';
import { readXlsxGrid } from './xlsxGrid';
import { loadTemplate } from '../../export/testing/templates';

const alver = () => loadTemplate('alver');
// Alver's "Total kostnad 2021" per step, 1000 kr, from the source document.
const cost2021 = [-63778, 23190, 32382, 33556, 10744, 182718, 22374, -5652, 1057, 125713, 52965, 98867, 19326];
const fixture = (name: string) => readFileSync(`tests/unit/fixtures/${name}`);

describe('reading delimited text', () => {
  // Each row's cells joined by ' | ', so a table reads as one line a row.
  const rows = (text: string) => parseDelimited(text).map((row) => row.join(' | '));

  it.each([
    [
      'tab-separated text as Excel copies it, keeping Norwegian numbers as typed',
      'Trinn\tKostnad\r\nTrinn 1\t1 234,5\r\nTrinn 2\t−8\r\n',
      ['Trinn | Kostnad', 'Trinn 1 | 1 234,5', 'Trinn 2 | −8'],
    ],
    ['the separator of a Norwegian CSV: semicolon', 'a;b\n1,5;2', ['a | b', '1,5 | 2']],
    ['the separator: comma with quoted decimals', 'a,b\n"1,5",2\n"say ""hi""",3', ['a | b', '1,5 | 2', 'say "hi" | 3']],
    [
      'a line break inside quotes, dropping empty rows and trailing empty columns',
      '"Trinn\n1";5;\n\n;;\n2;6;\n',
      ['Trinn\n1 | 5', '2 | 6'],
    ],
  ])('reads %s', (_title, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('matching rows to steps', () => {
  const doc = alver();
  it.each([
    ['Trinn 1', 0],
    ['trinn 13', 12],
    ['3', 2],
    ['4.', 3],
    ['Aktivitetstilbud', 3],
    ['aktivitetstilbud', 3],
    ['10 Bustader med heildøgns omsorg/omsorg+', 9],
  ])('%j is step %d', (label, index) => {
    expect(matchStep(doc, label)).toBe(doc.steps[index].id);
  });
  it.each(['Sum', 'Trinn 14', '', 'Bustad'])('%j is no step', (label) => expect(matchStep(doc, label)).toBeNull());
});

describe('guessing a column from its heading', () => {
  const doc = alver();
  it.each([
    ['Total kostnad 2021 (1000 kr)', { kind: 'totalCost', series: 'Rekneskap 2021', unit: '1000 kr' }],
    ['Kostnad pr brukar', { kind: 'costPerUser', series: 'Rekneskap 2021', unit: '1000 kr' }],
    ['Mål 2040', { kind: 'totalCost', series: 'Mål 2040', unit: '1000 kr' }],
    ['Budsjett 2026 (mill. kr)', { kind: 'totalCost', series: 'Budsjett 2026', unit: 'mill. kr' }],
    ['Årsverk 2021', { kind: 'fte', series: 'Rekneskap 2021' }],
    ['Tal vedtak', { kind: 'decisions' }],
    ['Timar pr veke', { kind: 'hoursPerWeek' }],
    ['Mottakarar', { kind: 'recipients' }],
    ['Ventetid', { kind: 'custom', label: 'Ventetid', series: 'Rekneskap 2021' }],
  ])('%j', (heading, expected) => {
    expect(guessColumn(doc, heading, 'Rekneskap 2021')).toMatchObject(expected);
  });
});

describe('Alver’s 2021 cost profile as a Norwegian CSV (semicolon, no-break spaces, "-" for missing)', () => {
  const doc = alver();
  const grid = parseDelimited(fixture('alver-cost-2021.csv').toString('utf8'));
  const mapping = guessMapping(doc, grid);

  it('guesses headings, the step column, the figures and every row’s step; the sum row goes nowhere', () => {
    expect(mapping.headerRow).toBe(true);
    expect(mapping.stepColumn).toBe(0);
    expect(mapping.columns).toEqual([
      null,
      { kind: 'totalCost', series: 'Rekneskap 2021', unit: '1000 kr' },
      { kind: 'costPerUser', series: 'Rekneskap 2021', unit: '1000 kr' },
    ]);
    expect(mapping.rows).toEqual([null, ...doc.steps.map((s) => s.id), null]);
  });

  it('reads the values as the source document has them, dashes as missing', () => {
    const { figures, problems } = readImport(grid, mapping);
    expect(problems).toEqual([]);
    expect(figures.filter((f) => f.kind === 'totalCost').map((f) => f.value)).toEqual(cost2021);
    expect(figures.filter((f) => f.kind === 'costPerUser').map((f) => f.value)).toEqual([
      null,
      1160,
      648,
      34,
      null,
      null,
      null,
      null,
      null,
      2514,
      5296,
      null,
      null,
    ]);
  });
});

describe('Alver’s cost profile as an XLSX file, steps across the top as in the source document', () => {
  const doc = alver();
  const raw = readXlsxGrid(new Uint8Array(fixture('alver-cost-profile.xlsx')));

  it('reads the first sheet: shared strings as text, numbers as numbers', () => {
    expect(raw[0][0]).toBe('Volum/kostnadsprofil pr trinn (under arbeid)');
    expect(raw[1].slice(0, 3)).toEqual(['', 'trinn 1', 'trinn 2']);
    expect(raw[2]).toEqual(['Total kostnad 2021', ...cost2021]);
    expect(raw[3].slice(0, 4)).toEqual(['Kostnad pr stykk', '-', 1160, 648]);
  });

  it('sees that the steps run across, and once turned maps like any table', () => {
    expect(isStepsAcross(doc, raw)).toBe(true);
    const grid = transposeGrid(raw);
    expect(isStepsAcross(doc, grid)).toBe(false);
    const mapping = guessMapping(doc, grid);
    expect(mapping.stepColumn).toBe(1);
    expect(mapping.columns.slice(2)).toEqual([
      { kind: 'totalCost', series: 'Rekneskap 2021', unit: '1000 kr' },
      { kind: 'costPerUser', series: 'Rekneskap 2021', unit: '1000 kr' },
    ]);
    const { figures, problems } = readImport(grid, mapping);
    expect(problems).toEqual([]);
    expect(figures.filter((f) => f.kind === 'totalCost').map((f) => f.value)).toEqual(cost2021);
  });

  it('refuses bytes that are not a workbook', () => {
    expect(() => readXlsxGrid(new Uint8Array(fixture('alver-cost-2021.csv')))).toThrow();
  });
});

describe('a comma CSV with a new series, a text column and an unreadable cell', () => {
  const doc = alver();
  const grid = parseDelimited(fixture('budget-comma.csv').toString('utf8'));
  const mapping = guessMapping(doc, grid);

  it('maps steps by number, leaves the titles column out and names the new series from the heading', () => {
    expect(mapping.stepColumn).toBe(0);
    expect(mapping.columns[1]).toBeNull();
    expect(mapping.columns[2]).toMatchObject({ kind: 'totalCost', series: 'Budsjett 2026' });
    expect(mapping.columns[3]).toMatchObject({ kind: 'recipients', series: 'Budsjett 2026' });
    expect(mapping.columns[4]).toMatchObject({ kind: 'fte', series: 'Rekneskap 2021' });
    expect(mapping.rows.slice(1)).toEqual(doc.steps.slice(0, 5).map((s) => s.id));
  });

  it('lists the cell it cannot read with its place and text, and reads the rest', () => {
    const { figures, problems } = readImport(grid, mapping);
    expect(problems).toEqual([{ row: 5, column: 2, text: '11 2OO' }]);
    expect(figures.find((f) => f.stepId === doc.steps[0].id && f.kind === 'totalCost')?.value).toBe(-60000.5);
    expect(figures.find((f) => f.stepId === doc.steps[1].id && f.kind === 'recipients')?.value).toBeNull();
    expect(figures.find((f) => f.stepId === doc.steps[3].id && f.kind === 'fte')?.value).toBe(12.5);
  });

  it('a mapping changed by the user is what is read', () => {
    const changed = { ...mapping, columns: mapping.columns.map((c, i) => (i === 2 ? null : c)) };
    expect(readImport(grid, changed).problems).toEqual([]);
  });
});

describe('a bare column of numbers, as copied from one spreadsheet column', () => {
  it('goes to the steps in order, as the document’s main figure in its first series', () => {
    const doc = alver();
    const grid = parseDelimited(cost2021.map((v) => String(v).replace('-', '−')).join('\n'));
    const mapping = guessMapping(doc, grid);
    expect(mapping).toMatchObject({
      headerRow: false,
      stepColumn: null,
      columns: [{ kind: 'totalCost', series: 'Rekneskap 2021', unit: '1000 kr' }],
    });
    expect(mapping.rows).toEqual(doc.steps.map((s) => s.id));
    expect(readImport(grid, mapping).figures.map((f) => f.value)).toEqual(cost2021);
  });
});

describe('importing', () => {
  it('is one undo step that brings every figure in and takes it all back', () => {
    const doc = alver();
    const editor = new Editor(doc);
    const grid = parseDelimited(
      ['Trinn\tMål 2040', ...cost2021.map((v, i) => `Trinn ${i + 1}\t${Math.round(v * 1.1)}`)].join('\n'),
    );
    const { figures } = readImport(grid, guessMapping(doc, grid));
    editor.run(importFigures, { figures });
    expect(getFigureCell(editor.document, doc.steps[5].id, { kind: 'totalCost' }, 'Mål 2040').value).toBe(
      Math.round(182718 * 1.1),
    );
    expect(getFigureCell(editor.document, doc.steps[5].id, { kind: 'totalCost' }, 'Rekneskap 2021').value).toBe(182718);
    expect(editor.getHistory()).toHaveLength(1);
    editor.undo();
    expect(editor.document).toEqual(doc);
  });
});

describe('what an import would change', () => {
  const doc = alver();
  const read = (lines: string[]) => {
    const grid = parseDelimited(lines.join('\n'));
    return readImport(grid, guessMapping(doc, grid)).figures;
  };

  it('the figures the trapp has already are no change, so pasting them again changes nothing', () => {
    const figures = read(['Trinn\tTotal kostnad 2021 (1000 kr)', ...cost2021.map((v, i) => `Trinn ${i + 1}\t${v}`)]);
    expect(figures).toHaveLength(13);
    expect(getImportChanges(doc, figures)).toEqual({ changes: [], same: 13 });
  });

  it('counts a changed value and a new one, and not a missing value where the step has none', () => {
    const figures = read([
      'Trinn\tTotal kostnad 2021 (1000 kr)\tÅrsverk 2021',
      'Trinn 1\t−60 000\t-',
      'Trinn 2\t23 190\t4,5',
    ]);
    const { changes, same } = getImportChanges(doc, figures);
    expect(changes.map((f) => [f.stepId, f.kind, f.value])).toEqual([
      [doc.steps[0].id, 'totalCost', -60000],
      [doc.steps[1].id, 'fte', 4.5],
    ]);
    expect(same).toBe(2);
  });

  it('a column in another unit is a change even with the same number', () => {
    const figures = read(['Trinn\tTotal kostnad 2021 (mill. kr)', 'Trinn 6\t182 718']);
    expect(getImportChanges(doc, figures).changes).toHaveLength(1);
  });

  it('a column mapped without a unit keeps the unit the figure has', () => {
    const editor = new Editor(doc);
    editor.run(importFigures, {
      figures: [{ stepId: doc.steps[5].id, kind: 'totalCost', series: 'Rekneskap 2021', unit: '', value: 190500 }],
    });
    expect(editor.document.steps[5].figures.find((f) => f.kind === 'totalCost')).toMatchObject({
      value: 190500,
      unit: '1000 kr',
    });
  });
});
