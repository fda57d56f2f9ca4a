// The published page /p/<id>: the accessible HTML export (export/html.ts) of the document's
// current state, drawn in Node with the shipped fonts, as `npm run export -- --format html` does.
import { renderHtml } from '../export/html';
import { getDrawableDocument } from '../export/cliWarnings';
import { getNodeSceneContext } from '../export/nodeContext';
import { readShippedFontBytes } from '../export/nodeFonts';
import { createTranslator, loadLaterStrings } from '@/i18n/translate';
import { withUserFontBytes, withUserFonts } from '@/layout/userFonts';
import type { TrappDocument } from '@/model/types';

// Why a picture or font is left out is among the bokmål strings the browser loads after its first picture.
await loadLaterStrings();

let shippedFonts: ReadonlyMap<string, Uint8Array> | undefined;
let shippedContext: ReturnType<typeof getNodeSceneContext> | undefined;

export function renderPublishedPage(loaded: TrappDocument): string {
  // Pictures or fonts that cannot be drawn are left out, as in the command line's export.
  const { document: doc } = getDrawableDocument(loaded, createTranslator(loaded.meta.language));
  shippedFonts ??= readShippedFontBytes();
  shippedContext ??= getNodeSceneContext();
  const context = { ...shippedContext, measurer: withUserFonts(shippedContext.measurer, doc.fonts) };
  return renderHtml({ document: doc, context, fonts: withUserFontBytes(shippedFonts, doc.fonts) });
}

/** The page has no script and needs nothing from elsewhere: fonts and pictures are data URLs inside it. */
export const PUBLISHED_PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
};
