// Uploaded SVG is untrusted markup. It is parsed strictly (saxes, a streaming XML parser that
// expands no DTD entities) and written out anew from an allowlist, so what comes out is built
// by this code, not filtered from the input: no scripts, no event handlers, no foreignObject,
// no external references.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import {
  allowedAttributes,
  allowedElements,
  allowedStyleProperties,
  embeddedImageHref,
  fragmentHrefElements,
  isSafeValue,
  unwrappedElements,
} from './svgAllowlist';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

export const MAX_SVG_CHARACTERS = 5_000_000;
const MAX_DEPTH = 200;
const MAX_ELEMENTS = 100_000;

export type SvgSanitizeResult =
  /** `removed`: the names of what was left out (elements and attributes), for a message. */
  | { ok: true; svg: string; removed: string[] }
  | { ok: false; reason: 'tooLarge' | 'invalid' | 'notSvg' | 'tooComplex' };

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** A clean copy of an SVG image, or why there is none. Never throws. */
export function sanitizeSvg(source: string): SvgSanitizeResult {
  if (typeof source !== 'string' || source.length > MAX_SVG_CHARACTERS) return { ok: false, reason: 'tooLarge' };
  // More tags than elements allowed (open and close each) is refused before seconds of parsing.
  if (countTags(source) > 2 * MAX_ELEMENTS + 100) return { ok: false, reason: 'tooComplex' };
  const out: string[] = [];
  const removed = new Set<string>();
  /** Per open element: whether it is written out (false: skipped, with everything inside it). */
  const stack: ('keep' | 'unwrap' | 'skip')[] = [];
  let skipping = 0;
  let elements = 0;
  let sawRoot = false;
  let failure: 'invalid' | 'notSvg' | 'tooComplex' | undefined;

  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('error', () => {
    throw new Error((failure ??= 'invalid'));
  });
  parser.on('opentag', (tag) => {
    elements++;
    // Throwing stops the parser at once; the catch below keeps the reason.
    if (stack.length >= MAX_DEPTH || elements > MAX_ELEMENTS) throw new Error((failure = 'tooComplex'));
    if (!sawRoot) {
      sawRoot = true;
      if (tag.local !== 'svg' || (tag.uri !== SVG_NS && tag.uri !== '')) throw new Error((failure = 'notSvg'));
    }
    const kind = skipping > 0 ? 'skip' : classify(tag);
    stack.push(kind);
    if (kind === 'skip') {
      if (skipping === 0) removed.add(tag.local);
      skipping++;
      return;
    }
    if (kind === 'unwrap') {
      removed.add(tag.local);
      return;
    }
    const attributes = writeAttributes(tag, removed);
    const namespace = stack.length === 1 ? ` xmlns="${SVG_NS}"` : '';
    out.push(`<${tag.local}${namespace}${attributes}>`);
  });
  parser.on('closetag', (tag) => {
    const kind = stack.pop();
    if (kind === 'skip') skipping--;
    else if (kind === 'keep') out.push(`</${tag.local}>`);
  });
  parser.on('text', (text) => {
    if (skipping === 0 && stack.length > 0) out.push(escapeText(text));
  });
  parser.on('cdata', (text) => {
    if (skipping === 0 && stack.length > 0) out.push(escapeText(text));
  });

  try {
    parser.write(source).close();
  } catch {
    failure ??= 'invalid';
  }
  if (failure) return { ok: false, reason: failure };
  if (!sawRoot) return { ok: false, reason: 'notSvg' };
  return { ok: true, svg: out.join(''), removed: [...removed].sort() };
}

function countTags(source: string): number {
  let count = 0;
  for (let i = source.indexOf('<'); i >= 0; i = source.indexOf('<', i + 1)) count++;
  return count;
}

function classify(tag: SaxesTagNS): 'keep' | 'unwrap' | 'skip' {
  if (tag.uri !== SVG_NS && tag.uri !== '') return 'skip';
  if (allowedElements.has(tag.local)) return 'keep';
  return unwrappedElements.has(tag.local) ? 'unwrap' : 'skip';
}

function writeAttributes(tag: SaxesTagNS, removed: Set<string>): string {
  let written = '';
  for (const attribute of Object.values(tag.attributes)) {
    const { local, uri, prefix, value } = attribute;
    if (prefix === 'xmlns' || attribute.name === 'xmlns') continue;
    const isHref = (uri === '' && local === 'href') || (uri === XLINK_NS && local === 'href');
    const safe = isHref
      ? isSafeImageHref(tag.local, value)
      : uri === '' && allowedAttributes.has(local) && (local === 'style' || isSafeValue(value));
    if (!safe) {
      removed.add(attribute.name);
      continue;
    }
    const clean = local === 'style' ? cleanStyle(value, removed) : value;
    if (clean !== '') written += ` ${local}="${escapeAttribute(clean)}"`;
  }
  return written;
}

function isSafeImageHref(element: string, href: string): boolean {
  const value = href.trim();
  if (fragmentHrefElements.has(element)) return /^#[\w.:-]+$/.test(value);
  return element === 'image' && embeddedImageHref.test(value);
}

/** Keeps the declarations of a style attribute that are presentation properties with safe values. */
function cleanStyle(style: string, removed: Set<string>): string {
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (allowedStyleProperties.has(property) && isSafeValue(value) && !/[<>{}]/.test(value))
      kept.push(`${property}:${value}`);
    else removed.add(`style ${property}`);
  }
  return kept.join(';');
}
