// What stands before the first step: the document's title, the municipality, an intro paragraph and
// sometimes the reading order ("fra øverst til nederst").
import type { OutlineLine } from './outline';

export type Order = 'bottomUp' | 'topDown';
export type Preamble = { title: string; municipality: string; intro: string; order?: Order; unused: string[] };

const topDown =
  /fr[aå]\s+(den\s+)?øv(er)?st[e]?\s+(trinnet\s+)?til\s+(den\s+)?ned(er)?st|ovenfra og ned|ovanfrå og ned|fr[aå] toppen og ned/i;
const bottomUp =
  /fr[aå]\s+(den\s+)?ned(er)?st[e]?\s+(trinnet\s+)?til\s+(den\s+)?øv(er)?st|nedenfra og opp|nedanfrå og opp/i;
/** Words that belong to a two-word municipality name ("Nordre Land", "Østre Toten", "Indre Østfold"). */
const namePrefixes = /^(nordre|søndre|østre|vestre|indre|ytre|nord|sør|øvre|nedre|lille|store|midtre|gamle|nye)$/i;
/** Words that start a sentence before "kommune" without naming one: "Vår kommune skal …". */
const notNames =
  /^(vår|hver|kvar|din|di|denne|dette|den|en|ei|eit|et|alle|hele|heile|ny|nye|egen|eigen|annen|anna|samme|same|vertskommune|nabokommune)$/i;
const upper = '[A-ZÆØÅ][\\p{L}-]*';
const municipalityPattern = new RegExp(`(${upper})(?:\\s+(${upper}))?\\s+(fylkeskommune|kommune|herad)s?\\b`, 'gu');
const districtPattern = new RegExp(`\\b[Bb]ydel\\s+(${upper}(?:\\s+${upper})?)`, 'u');

/**
 * The municipality as it should be drawn: "Voss herad", "Vestland fylkeskommune" and "Bydel Frogner"
 * as written; "X kommune" as "X", the form the templates keep (the poster adds "kommune").
 */
export function findMunicipality(text: string): string | undefined {
  const district = districtPattern.exec(text);
  if (district) return `Bydel ${district[1]}`;
  const match = [...text.matchAll(municipalityPattern)].find((m) => !notNames.test(m[2] ?? m[1]));
  if (!match) return undefined;
  const name = match[2] && namePrefixes.test(match[1]) ? `${match[1]} ${match[2]}` : (match[2] ?? match[1]);
  const kind = match[3].toLowerCase();
  return kind === 'kommune' ? name : `${name} ${kind}`;
}

export function findOrder(texts: readonly string[]): Order | undefined {
  for (const text of texts) {
    if (topDown.test(text)) return 'topDown';
    if (bottomUp.test(text)) return 'bottomUp';
  }
  return undefined;
}

/** The title, intro and order from the lines before the first step; the municipality from anywhere. */
export function readPreamble(before: readonly OutlineLine[], everything: readonly OutlineLine[]): Preamble {
  const headings = before.filter((l) => l.kind === 'heading');
  const titleLine = headings.sort((a, b) => a.level - b.level)[0] ?? before.find((l) => l.text.length <= 120);
  // A sentence on how the text was listed ("fra øverst til nederst") says nothing on the poster,
  // which always draws step 1 at the bottom: it tells the order and is reported as left out.
  const introLine = before.find(
    (l) => l !== titleLine && l.kind === 'text' && l.text.length >= 40 && findOrder([l.text]) === undefined,
  );
  const municipality =
    [titleLine, ...before, ...everything].map((l) => l && findMunicipality(l.text)).find(Boolean) ?? '';
  let title = titleLine?.text ?? '';
  // "Helhetlig innsatstrapp i Voss herad": the municipality is drawn on its own, so the title need not repeat it.
  const tail =
    municipality &&
    new RegExp(
      `\\s*(\\bi|\\bfor|[-–—:,])\\s*${municipality.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s+kommune)?$`,
      'i',
    );
  if (tail && tail.test(title)) title = title.replace(tail, '');
  if (municipality && title.toLowerCase() === municipality.toLowerCase()) title = '';
  return {
    title,
    municipality,
    intro: introLine?.text ?? '',
    order: findOrder(before.map((l) => l.text)),
    unused: before.filter((l) => l !== titleLine && l !== introLine).map((l) => l.text),
  };
}
