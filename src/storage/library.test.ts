import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '@/model/defaults';
import { getCardName, getCopyName, getDaysLeftInBin, getDefaultName, searchEntries, sortByUpdated } from './library';

const entry = (name: string, municipality: string, title = 'Innsatstrapp', updatedAt = 0) => ({
  name,
  municipality,
  title,
  updatedAt,
});

describe('library rules', () => {
  it('names a new document after its municipality and title', () => {
    const doc = createBlankDocument({ steps: 3, language: 'nn' });
    expect(getDefaultName(doc)).toBe('Kommunenamn – Heilskapleg innsatstrapp');
    expect(getDefaultName({ ...doc, meta: { ...doc.meta, municipality: ' ', title: '' } })).toBe('Trapp');
  });

  it('shows a card by the document’s name unless the user gave it one; an older record’s name counts as given unless it is a blank default', () => {
    const blank = createBlankDocument({ steps: 3, language: 'nb' });
    const doc = { ...blank, meta: { ...blank.meta, municipality: 'Voss herad', title: 'Innsatstrapp' } };
    expect(getCardName({ name: 'Kommunenavn – Helhetlig innsatstrapp', renamed: false }, doc)).toBe(
      'Voss herad – Innsatstrapp',
    );
    expect(getCardName({ name: 'Mitt utkast', renamed: true }, doc)).toBe('Mitt utkast');
    expect(getCardName({ name: 'Kommunenavn – Helhetlig innsatstrapp' }, doc)).toBe('Voss herad – Innsatstrapp');
    expect(getCardName({ name: 'Kommunenamn – Heilskapleg innsatstrapp' }, doc)).toBe('Voss herad – Innsatstrapp');
    expect(getCardName({ name: 'Mitt utkast' }, doc)).toBe('Mitt utkast');
    expect(getCardName({ name: 'Kommunenavn – Helhetlig innsatstrapp', renamed: false }, undefined)).toBe(
      'Kommunenavn – Helhetlig innsatstrapp',
    );
  });

  it.each([
    ['Alver', [], 'Alver (kopi)'],
    ['Alver', ['Alver (kopi)'], 'Alver (kopi 2)'],
    ['Alver (kopi)', ['Alver (kopi)', 'Alver (kopi 2)'], 'Alver (kopi 3)'],
  ])('a copy of %s next to %j is %s', (name, taken, expected) => {
    expect(getCopyName(name, taken)).toBe(expected);
  });

  it('searches name, municipality and title for every word, in any case', () => {
    const entries = [
      entry('Utkast 2026', 'Østre Toten'),
      entry('Bustadtrapp', 'Alver', 'Bustadtrapp'),
      entry('Plan', 'Lillesand', 'Mestringstrapp'),
    ];
    expect(searchEntries(entries, 'østre').map((e) => e.name)).toEqual(['Utkast 2026']);
    expect(searchEntries(entries, 'ALVER bustad').map((e) => e.name)).toEqual(['Bustadtrapp']);
    expect(searchEntries(entries, 'mestring').map((e) => e.name)).toEqual(['Plan']);
    expect(searchEntries(entries, '  ')).toHaveLength(3);
    expect(searchEntries(entries, 'gausdal')).toEqual([]);
  });

  it('counts the days a document has left in the bin', () => {
    const day = 86_400_000;
    expect(getDaysLeftInBin(0, 0)).toBe(29);
    expect(getDaysLeftInBin(0, 29 * day + 1)).toBe(0);
    expect(getDaysLeftInBin(0, 40 * day)).toBe(0);
  });

  it('sorts the newest change first', () => {
    expect(
      sortByUpdated([entry('a', '', '', 1), entry('b', '', '', 3), entry('c', '', '', 2)]).map((e) => e.name),
    ).toEqual(['b', 'c', 'a']);
  });
});
