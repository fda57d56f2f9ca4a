// The document a new library starts with. It is bundled, so it is trusted: the first page load draws
// it without loading the validator (zod), and defaultDocument.test.ts checks it validates unchanged.
import template from '../../templates/ostre-toten.trapp.json';
import type { TrappDocument } from './types';

export const defaultDocument = template as unknown as TrappDocument;
