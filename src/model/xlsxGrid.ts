// The first worksheet of an XLSX file as a grid. An XLSX file is a zip of XML parts; only three
// matter here: the workbook (which sheet is first), the shared strings and the sheet's cells.
// Read with fflate (unzip) and saxes (XML), both small, instead of a full spreadsheet library.
import { unzipSync, strFromU8 } from 'fflate';
import { trimGrid, type Grid, type GridCell } from './figureImport';
import { walkXml as walk } from './xmlWalk';

/** "C12" → row 11, column 2 (both from 0). */
function cellPosition(ref: string): { row: number; column: number } | undefined {
  const match = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!match) return undefined;
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** Throws when the bytes are not an XLSX workbook with a sheet. */
export function readXlsxGrid(bytes: Uint8Array): Grid {
  const files = unzipSync(bytes);
  const read = (path: string) => (files[path] ? strFromU8(files[path]) : undefined);
  const sheetPath = findFirstSheet(read);
  const sheet = sheetPath && read(sheetPath);
  if (!sheet) throw new Error('no worksheet');

  const shared: string[] = [];
  const strings = read('xl/sharedStrings.xml');
  if (strings) {
    let current: string | undefined;
    let inText = false;
    walk(
      strings,
      (tag) => {
        if (tag.name === 'si') current = '';
        else if (tag.name === 't') inText = true;
        // Phonetic runs repeat the text in another script; they are not part of the value.
        else if (tag.name === 'rPh') current = current === undefined ? undefined : current + '\u0000';
      },
      (text) => {
        if (inText && current !== undefined) current += text;
      },
      (name) => {
        if (name === 't') inText = false;
        else if (name === 'si') (shared.push((current ?? '').split('\u0000')[0]), (current = undefined));
      },
    );
  }

  const grid: GridCell[][] = [];
  let cell: { row: number; column: number; type: string } | undefined;
  let value = '';
  let reading = false;
  walk(
    sheet,
    (tag) => {
      if (tag.name === 'c') {
        const position = cellPosition(tag.attributes.r ?? '');
        cell = position && { ...position, type: tag.attributes.t ?? 'n' };
        value = '';
      } else if (cell && (tag.name === 'v' || tag.name === 't')) reading = true;
    },
    (text) => {
      if (reading) value += text;
    },
    (name) => {
      if (name === 'v' || name === 't') reading = false;
      else if (name === 'c' && cell) {
        const row = (grid[cell.row] ??= []);
        row[cell.column] = cellValue(cell.type, value, shared);
        cell = undefined;
      }
    },
  );
  for (let r = 0; r < grid.length; r++) grid[r] = Array.from(grid[r] ?? [], (c) => c ?? '');
  return trimGrid(Array.from(grid, (r) => r ?? []));
}

function cellValue(type: string, raw: string, shared: string[]): GridCell {
  if (type === 's') return shared[Number(raw)] ?? '';
  if (type === 'n' || type === '') return raw === '' ? '' : Number(raw);
  if (type === 'b') return raw === '1' ? 'TRUE' : 'FALSE';
  // 'str' (a formula's text), 'inlineStr', 'e' (an error such as #DIV/0!): shown as written.
  return raw;
}

function findFirstSheet(read: (path: string) => string | undefined): string | undefined {
  const workbook = read('xl/workbook.xml');
  const rels = read('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return read('xl/worksheets/sheet1.xml') ? 'xl/worksheets/sheet1.xml' : undefined;
  let firstId: string | undefined;
  walk(
    workbook,
    (tag) => {
      if (tag.name === 'sheet' && firstId === undefined)
        firstId = tag.attributes['r:id'] ?? Object.entries(tag.attributes).find(([k]) => k.endsWith(':id'))?.[1];
    },
    () => {},
    () => {},
  );
  let target: string | undefined;
  walk(
    rels,
    (tag) => {
      if (tag.name === 'Relationship' && tag.attributes.Id === firstId) target = tag.attributes.Target;
    },
    () => {},
    () => {},
  );
  if (!target) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}
