import { describe, expect, it } from 'vitest';
import type { OutlineLine } from './outline';
import { findMunicipality, findOrder, readPreamble } from './preamble';

describe('findMunicipality', () => {
  it.each([
    ['Helhetlig innsatstrapp for Nordre Land kommune', 'Nordre Land'],
    ['Innsatstrappa i Alver kommune', 'Alver'],
    ['Tenestetrappa i Voss herad', 'Voss herad'],
    ['Vestland fylkeskommune: tannhelse', 'Vestland fylkeskommune'],
    ['Helsetjenester i bydel Grünerløkka', 'Bydel Grünerløkka'],
    ['Østre Toten kommunes innsatstrapp', 'Østre Toten'],
    ['Helhetlig Innsatstrapp Lillesand kommune', 'Lillesand'],
    ['Vår kommune er Gjesdal kommune', 'Gjesdal'],
  ])('%s: %s', (text, name) => expect(findMunicipality(text)).toBe(name));

  it.each(['Vår kommune skal styrke de lavere trinnene', 'Hver kommune lager sin egen trapp', 'kommunen gir hjelp'])(
    'finds none in "%s"',
    (text) => expect(findMunicipality(text)).toBeUndefined(),
  );
});

describe('findOrder', () => {
  it.each([
    [['Trinnene står fra øverst til nederst.'], 'topDown'],
    [['Trinna er lista frå øvst til nedst'], 'topDown'],
    [['Les trappa nedenfra og opp'], 'bottomUp'],
    [['Ingen rekkefølge nevnt'], undefined],
  ])('%s: %s', (texts, order) => expect(findOrder(texts)).toBe(order));
});

describe('readPreamble', () => {
  it('takes the order from a sentence on how the steps are listed, but not that sentence as the intro', () => {
    const line = (kind: OutlineLine['kind'], text: string, level = 0): OutlineLine => ({ kind, level, text });
    const before = [
      line('heading', 'Innsatstrappa i Eikeland kommune', 1),
      line('text', 'Trinnene er listet fra øverst til nederst, fra mest til minst inngripen.'),
      line('text', 'Trappa viser hvordan kommunen hjelper innbyggerne, fra det åpne til det omfattende.'),
    ];
    const preamble = readPreamble(before, before);
    expect(preamble.order).toBe('topDown');
    expect(preamble.intro).toBe('Trappa viser hvordan kommunen hjelper innbyggerne, fra det åpne til det omfattende.');
    expect(preamble.unused).toEqual(['Trinnene er listet fra øverst til nederst, fra mest til minst inngripen.']);
  });
});
