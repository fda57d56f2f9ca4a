import { formatFigureValue } from '@/model/numbers';
import type { Figure, Language } from '@/model/types';
import { createDocumentTranslator } from './documentText';

/**
 * A figure as drawn in the document: its label (the user's own, or the built-in kind's name in the
 * document's language, never the interface's) with its series, and its value with its unit.
 */
export function formatDocumentFigure(figure: Figure, language: Language = 'nb'): { label: string; value: string } {
  const label = figure.label || createDocumentTranslator(language)(`figure.${figure.kind}`);
  return { label: [label, figure.series].filter(Boolean).join(' '), value: formatFigureValue(figure) };
}
