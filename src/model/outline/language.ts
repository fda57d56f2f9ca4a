// Bokmål or nynorsk, from words that differ between the two and are common in a trapp's text.
import type { Language } from '../types';

const nynorsk = new Set(
  'ikkje eg kva korleis kvar heime dei frå berre mykje sjølv sjølvstende meistring meistre tenester teneste tenestene bustad bustader heile medan noko nokon vere hjå òg eigen eiga eige tilbod innbyggjarar innbyggjar menneske auka auke førebygging førebyggjande tidleg sjukdom sjukeheim heildøgns rettleiing tryggleik dagleg ønskjer gjer gjere saman difor heimebuande helsehjelp meistringstrapp trinna kvardagen'.split(
    ' ',
  ),
);
const bokmal = new Set(
  'ikke jeg hva hvordan hvor hjemme de fra bare mye selv selvstendig mestring mestre tjenester tjeneste tjenestene bolig boliger hele mens noe noen være hos også egen eget egne tilbud innbyggere innbygger mennesker økt øke forebygging forebyggende tidlig sykdom sykehjem heldøgns veiledning trygghet daglig ønsker gjør gjøre sammen derfor hjemmeboende mestringstrapp trinnene hverdagen'.split(
    ' ',
  ),
);

/** Nynorsk when its words outnumber bokmål's; bokmål (the default) otherwise. */
export function guessLanguage(texts: readonly string[]): Language {
  let nn = 0;
  let nb = 0;
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (nynorsk.has(word)) nn++;
      else if (bokmal.has(word)) nb++;
    }
  }
  return nn > nb ? 'nn' : 'nb';
}
