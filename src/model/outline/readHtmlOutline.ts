// HTML (a saved web page, or the clipboard's text/html from a browser or Word) into an outline.
// htmlparser2 only tokenises: no document is built, so nothing in the input runs, loads or is
// fetched, in the browser and in Node alike (one code path for the editor and the command line).
import { Parser } from 'htmlparser2';
import { isSafeHref } from '../links';
import { cleanText, MAX_LINES, noneRemoved, type Outline, type OutlineLine, type OutlineLink } from './outline';

/** Never content: code, forms, media and the page's navigation and footer. */
const skippedTags = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'nav',
  'footer',
  'form',
  'button',
  'select',
  'textarea',
  'aside',
  'head',
  'dialog',
  'video',
  'audio',
]);
const mediaTags = new Set(['img', 'picture', 'image', 'video', 'audio', 'source']);
const blockTags = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'td',
  'th',
  'tr',
  'table',
  'dt',
  'dd',
  'dl',
  'blockquote',
  'pre',
  'figcaption',
  'caption',
  'address',
  'br',
  'hr',
  'summary',
  'details',
]);
/** Classes, ids and roles that mark a page's furniture rather than its text. */
const noiseName =
  /(^|[\s_-])(cookies?|consent|gdpr|breadcrumbs?|navbar|navigation|nav|menu|footer|skip(link)?|share|social|sidebar|search)([\s_-]|$)/i;
const noiseRoles = new Set(['navigation', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog', 'complementary']);

type Context = { kind: OutlineLine['kind']; level: number; number?: number; tag: string };

const isHidden = (a: Record<string, string>) =>
  a.hidden !== undefined ||
  a['aria-hidden'] === 'true' ||
  /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style ?? '') ||
  noiseRoles.has(a.role ?? '') ||
  noiseName.test(a.class ?? '') ||
  noiseName.test(a.id ?? '');

export function readHtmlOutline(html: string): Outline {
  const removed = noneRemoved();
  const lines: OutlineLine[] = [];
  const open: string[] = [];
  let skipFrom = -1;
  let markerFrom = -1;
  let marker = '';
  const lists: { ordered: boolean; next: number }[] = [];
  const contexts: Context[] = [];
  let parts: string[] = [];
  let links: OutlineLink[] = [];
  let anchor: { href: string; parts: string[] } | undefined;

  const flush = () => {
    const text = cleanText(parts.join(''));
    const context: Context = contexts.at(-1) ?? { kind: 'text', level: 0, tag: '' };
    if (text !== '' && lines.length < MAX_LINES) {
      const line: OutlineLine = { kind: context.kind, level: context.level, text };
      if (context.number !== undefined) line.number = context.number;
      if (links.length) line.links = links;
      lines.push(line);
      // A second paragraph in the same list entry is its own line, not a second entry with the same number.
      delete context.number;
    }
    parts = [];
    links = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script') removed.scripts++;
        else if (Object.keys(attributes).some((key) => key.startsWith('on'))) removed.scripts++;
        if (mediaTags.has(name)) removed.images++;
        const depth = open.push(name) - 1;
        if (skipFrom >= 0 || markerFrom >= 0) return;
        if (skippedTags.has(name) || isHidden(attributes)) {
          skipFrom = depth;
          return;
        }
        // Word marks a list paragraph in its style and writes the bullet or number in a span to ignore.
        const wordList = /mso-list:\s*l\d+\s+level(\d)/i.exec(attributes.style ?? '');
        if (/mso-list:\s*Ignore/i.test(attributes.style ?? '')) {
          markerFrom = depth;
          marker = '';
        } else if (/^h[1-6]$/.test(name)) {
          flush();
          contexts.push({ kind: 'heading', level: Number(name[1]), tag: name });
        } else if (name === 'ul' || name === 'ol') {
          flush();
          lists.push({ ordered: name === 'ol', next: Number(attributes.start) || 1 });
        } else if (name === 'li') {
          flush();
          const list = lists.at(-1);
          contexts.push({
            kind: 'item',
            level: Math.max(0, lists.length - 1),
            number: list?.ordered ? list.next++ : undefined,
            tag: name,
          });
        } else if (wordList) {
          flush();
          contexts.push({ kind: 'item', level: Number(wordList[1]) - 1, tag: name });
        } else if (blockTags.has(name)) flush();
        else if (name === 'a') anchor = { href: (attributes.href ?? '').trim(), parts: [] };
      },
      ontext(text) {
        if (markerFrom >= 0) marker += text;
        else if (skipFrom < 0) {
          parts.push(text);
          anchor?.parts.push(text);
        }
      },
      onclosetag(name) {
        const depth = open.length - 1;
        open.pop();
        if (depth === skipFrom) skipFrom = -1;
        if (depth === markerFrom) {
          markerFrom = -1;
          const number = /^\s*(\d{1,3})[.)]/.exec(marker);
          const context = contexts.at(-1);
          if (number && context) context.number = Number(number[1]);
        }
        if (skipFrom >= 0 || markerFrom >= 0) return;
        if (name === 'a' && anchor) {
          const text = cleanText(anchor.parts.join(''));
          if (/^\s*(javascript|vbscript|data):/i.test(anchor.href)) removed.unsafeLinks++;
          else if (text !== '' && isSafeHref(anchor.href)) links.push({ text, href: anchor.href });
          anchor = undefined;
        } else if (contexts.at(-1)?.tag === name) {
          flush();
          contexts.pop();
        } else if (name === 'ul' || name === 'ol') {
          flush();
          lists.pop();
        } else if (blockTags.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { lines, removed };
}
