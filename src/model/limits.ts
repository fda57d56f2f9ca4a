// Bounds a real trapp never reaches and every renderer can hold. A file beyond them is refused
// by the loader with the field's path, so no layout, canvas or export ever sees 100 000 track
// rows, a font size of 1e308 or a 10 MB title. Generous on purpose: a document the editor made
// must always load again (the biggest template has 13 steps and texts under 1000 characters).

export const limits = {
  /** A title, an item, a cell, a label. */
  textLength: 20_000,
  /** Speaker notes and the overview's introduction. */
  longTextLength: 100_000,
  idLength: 200,
  /** Positions and moves in points: 100 000 pt is 35 m, beyond any poster. */
  coordinate: 100_000,
  fontSize: 2_000,
  /** A figure's value: more than a municipality's budget in kroner, and exact in a double. */
  figureValue: 1e15,
  yearMin: 1000,
  yearMax: 9999,
  sections: 50,
  items: 500,
  childItems: 100,
  links: 50,
  figures: 1_000,
  bands: 100,
  tracks: 20,
  trackRows: 200,
  trackColumns: 100,
  charts: 20,
  chartBars: 100,
  /** Entries of a record keyed by id (track cells, chart values, moved parts). */
  recordEntries: 1_000,
  pages: 300,
  elementsPerPage: 2_000,
  colours: 100,
  /** A picture's data URL: a 5-million-character SVG in base64, with room to spare. */
  pictureLength: 8_000_000,
} as const;

/**
 * Names every plain object answers to (`__proto__`, `constructor`, `toString` ...). An id with
 * such a name would read the prototype where a record lookup expects a cell or a value.
 */
export function isReservedKey(key: string): boolean {
  return key in Object.prototype;
}

/** Matches any text but those names; a pattern rather than a function is zod's cheapest check, run on every id. */
export const reservedKeyPattern = new RegExp(`^(?!(?:${Object.getOwnPropertyNames(Object.prototype).join('|')})$)`);

/** `record[key]` when the record itself holds the key; never a value inherited from Object.prototype. */
export function getOwn<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
