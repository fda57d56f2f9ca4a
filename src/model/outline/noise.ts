// What a web page or a pasted text holds besides the trapp: cookie banners, "skip to content",
// share buttons, "Kontakt oss" footers. Left out, and listed, so nothing vanishes unannounced.
import type { OutlineLine } from './outline';

const noiseLine =
  /informasjonskapsl|\bcookies?\b|godta (alle|nødvendige)|avvis alle|hopp (til|over) (hoved)?innhold|gå til hovedinnhold|til toppen|skriv ut|del (på|denne|siden)|^del$|sist (endret|oppdatert)|^publisert\b|^(meny|søk|logg inn|english|nynorsk|bokmål|lukk|tilbake|les mer|les meir|se også|sjå òg)$|personvern|tilgjengelegheitserklæring|tilgjengelighetserklæring|^(telefon|tlf\.?|e-post|epost|besøksadresse|postadresse)\s*:|sentralbord|org\.?\s*nr/i;
const noiseHeading =
  /^(kontakt( oss)?|kontaktinformasjon|relaterte (lenker|sider)|les (også|og)|aktuelt|nyheter|snarveier|om nettstedet|følg oss|del (siden|denne sida|denne siden)|nyttige lenker)$/i;
/** A step line ends a noise section whatever its level: "Trinn 3" is never footer. */
const stepLine = /^(trinn|steg)\s*\d/i;

export type Denoised = { lines: OutlineLine[]; skipped: string[] };

/** The lines with the noise taken out; a noise heading takes its section (up to the next heading as high) with it. */
export function removeNoise(lines: readonly OutlineLine[]): Denoised {
  const kept: OutlineLine[] = [];
  const skipped: string[] = [];
  let noiseLevel: number | undefined;
  for (const line of lines) {
    if (noiseLevel !== undefined && ((line.kind === 'heading' && line.level <= noiseLevel) || stepLine.test(line.text)))
      noiseLevel = undefined;
    // In plain text "Kontakt oss" is a line of its own, and what follows it is the footer.
    if (noiseLevel === undefined && line.kind !== 'item' && noiseHeading.test(line.text.replace(/[:.]$/, '')))
      noiseLevel = line.kind === 'heading' ? line.level : 6;
    if (noiseLevel !== undefined || noiseLine.test(line.text)) skipped.push(line.text);
    else kept.push(line);
  }
  return { lines: kept, skipped };
}
