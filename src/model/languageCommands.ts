// The document's own language (bokmål or nynorsk), which every word the layout draws follows,
// changed at any time rather than only when a blank trapp is made.
import { defineCommand } from './command';
import { placeholders } from './defaults';
import type { Language } from './types';

/** The languages a document can be written in, in the order the interface offers them. */
export const documentLanguages: readonly Language[] = ['nb', 'nn'];

/**
 * Sets the document's language. Texts still holding a blank document's placeholder in the old
 * language ("Kommunenavn", "Helhetlig innsatstrapp") take the new language's; what the user wrote stays.
 */
export const setDocumentLanguage = defineCommand<{ language: Language }>(
  'setDocumentLanguage',
  (doc, { language }) => {
    const from = placeholders[doc.meta.language];
    const to = placeholders[language];
    if (doc.meta.municipality === from.municipality) doc.meta.municipality = to.municipality;
    if (doc.meta.title === from.title) doc.meta.title = to.title;
    if (doc.axis.label === from.axis) doc.axis.label = to.axis;
    doc.meta.language = language;
  },
  ({ language }) => ({ key: 'history.setDocumentLanguage', params: { language } }),
);
