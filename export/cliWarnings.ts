// What the command line tells the user about a document it exports anyway: pictures and fonts
// left out because they cannot be drawn, one line each, naming the element and the reason.
import type { Translate } from '@/i18n/translate';
import type { TrappDocument } from '@/model/types';
import { getDrawablePictures } from './drawablePictures';
import { getUsableFonts } from './usableFonts';

/** The document as the exports may draw it, and a warning line per picture or font left out. */
export function getDrawableDocument(doc: TrappDocument, t: Translate): { document: TrappDocument; warnings: string[] } {
  const pictures = getDrawablePictures(doc);
  const fonts = getUsableFonts(pictures.document);
  const warnings = [
    ...pictures.leftOut.map(({ path, alt, problem }) =>
      t('export.cli.pictureLeftOut', { path, alt: alt.slice(0, 60), reason: t(`export.picture.${problem}`) }),
    ),
    // The reader's own words (English, technical) stay out of the line; the user's language says what matters.
    ...fonts.leftOut.map(({ path, family, weight }) =>
      t('export.cli.fontLeftOut', { path, family: family.slice(0, 64), weight, reason: t('fonts.problem.damaged') }),
    ),
  ];
  return { document: fonts.document, warnings };
}

/** The warning for a picture a renderer failed to draw, naming the element it belongs to. */
export function describePictureFailure(doc: TrappDocument, href: string, t: Translate): string {
  const found = doc.pages
    .flatMap((page, p) => page.elements.map((element, e) => ({ element, path: `pages[${p}].elements[${e}]` })))
    .find(({ element }) => element.kind === 'image' && element.src === href);
  const alt = found?.element.kind === 'image' ? found.element.alt : '';
  return t('export.cli.pictureLeftOut', {
    path: found?.path ?? '?',
    alt: alt.slice(0, 60),
    reason: t('export.picture.notPicture'),
  });
}

/** The language a document's own text is in, read from its text without trusting it to parse. */
export function getSourceLanguage(source: string): 'nb' | 'nn' {
  return /"language"\s*:\s*"nn"/.test(source) ? 'nn' : 'nb';
}

/** One line of an error, whatever was thrown: never a stack trace. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].slice(0, 200) || (error instanceof Error ? error.name : 'error');
}
